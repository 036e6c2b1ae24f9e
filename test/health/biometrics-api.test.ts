import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '../../src/core/goals/model.js';
import type { TrackEvent } from '../../src/core/tracks/events.js';
import { type ApiHarness, startApi } from '../http/api-harness.js';
import { DIALECTS } from '../factories/databases.js';

const MOSCOW = { time_zone: 'Europe/Moscow', wake: '07:00', sleep: '23:00' };
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

for (const dialect of DIALECTS) {
  describe(`${dialect}: biometric readings, readiness and plan adaptations`, () => {
    let api: ApiHarness;
    let count = 0;
    const events: TrackEvent[] = [];

    beforeAll(async () => {
      api = await startApi(dialect);
      // 10:00 in Moscow on a Monday: most of the day's blocks are still ahead.
      api.app.clock.advance(new Date('2026-03-02T07:00:00Z').getTime() - api.app.clock.now().getTime());
      api.app.bus.subscribe((event) => events.push(event));
    });
    afterAll(async () => {
      await api?.dispose();
    });

    const now = () => api.app.clock.now();
    const at = (msAgo: number) => new Date(now().getTime() - msAgo).toISOString();
    const newUser = (locale: 'en' | 'ru' = 'en') => api.user(700_000 + ++count, locale);
    async function readyUser(locale: 'en' | 'ru' = 'en'): Promise<User> {
      const user = await newUser(locale);
      const put = await api.call('PUT', '/api/health/profile', user, {
        archetype: 'foundation_builder',
        schedule: MOSCOW,
      });
      expect(put.status).toBe(200);
      return user;
    }
    const send = (user: User, readings: object[]) => api.call('POST', '/api/health/readings', user, { readings });

    it('stores a batch once: sending it again adds nothing', async () => {
      const user = await newUser();
      const batch = [
        { timestamp: at(2 * HOUR), source: 'oura', hrv_score: 48, resting_heart_rate: 55, sleep_minutes: 431 },
        { timestamp: at(HOUR), source: 'manual', energy_level: 0.7 },
      ];
      const first = await send(user, batch);
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ received: 4, added: 4 });
      const again = await send(user, batch);
      expect(again.body).toMatchObject({ received: 4, added: 0 });
    });

    it('refuses a wrong batch whole, naming the item, and stores none of it', async () => {
      const user = await newUser();
      const wrong = await send(user, [
        { timestamp: at(HOUR), source: 'oura', hrv_score: 50 },
        { timestamp: at(HOUR), source: 'oura', energy_level: 7 },
      ]);
      expect(wrong.status).toBe(400);
      expect(wrong.body.message).toMatch(/^readings\.1\.energy_level: /);
      const empty = await send(user, [{ timestamp: at(HOUR), source: 'oura' }]);
      expect(empty.body.message).toMatch(/at least one measure/);
      const tooMany = await send(
        user,
        Array.from({ length: 1_001 }, (_, i) => ({ timestamp: at(i * 60_000), source: 'oura', heart_rate: 60 })),
      );
      expect(tooMany.status).toBe(400);
      expect(tooMany.body.message).toMatch(/^readings: /);
      const item = { timestamp: at(HOUR), source: 'oura', hrv_score: 50, resting_heart_rate: 55, sleep_minutes: 420 };
      const oversized = await send(
        user,
        Array.from({ length: 12_000 }, () => item),
      );
      expect(oversized.status).toBe(413);
      expect((await api.call('GET', '/api/health/baselines', user)).body.baselines).toEqual([]);
    });

    // Each refusal names the field as the client sent it, the rule and its limit, in grammatical words.
    const item = (fields: object) => ({ timestamp: at(HOUR), source: 'oura', ...fields });
    it.each([
      [
        'a future timestamp, named by its item (not the third normalised reading’s `at`)',
        () => [
          item({ hrv_score: 50, resting_heart_rate: 55 }),
          { ...item({ energy_level: 0.5 }), timestamp: at(-HOUR) },
        ],
        'readings.1.timestamp: must not be in the future (at most 5 minutes ahead of the server’s clock)',
      ],
      [
        'a timestamp that is not a date-time',
        () => [item({ heart_rate: 60, timestamp: 'yesterday' })],
        'readings.0.timestamp: must be an ISO 8601 date-time with its offset, like 2026-11-27T07:30:00+01:00',
      ],
      [
        'a source that is not a slug',
        () => [item({ heart_rate: 60, source: 'Oura Ring!' })],
        'readings.0.source: must be a lowercase slug of 1–32 characters: a letter, then letters, digits or _ (like "oura" or "manual")',
      ],
      ['an empty batch', () => [], 'readings: must have at least 1 item'],
      [
        'a batch over the limit',
        () => Array.from({ length: 1_001 }, () => item({ heart_rate: 60 })),
        'readings: must have at most 1000 items',
      ],
      ['an HRV under its range', () => [item({ hrv_score: 0 })], 'readings.0.hrv_score: must be at least 1'],
    ])('refuses %s, saying which field and why', async (_name, readings, message) => {
      const user = await newUser();
      expect(await send(user, readings())).toMatchObject({ status: 400, body: { error: 'invalid_input', message } });
    });

    it('leaves out HRV measured during exercise and says so; sleep and rest HRV are kept', async () => {
      const user = await newUser();
      const ride = await send(user, [
        item({ hrv_score: 152.6, hrv_context: 'exercise', heart_rate: 150 }),
        item({ hrv_score: 150, hrv_context: 'exercise' }),
      ]);
      expect(ride.body).toMatchObject({ received: 1, added: 1, skipped: { hrv_during_activity: 2 } });
      const onlyRide = await send(user, [item({ hrv_score: 140, hrv_context: 'exercise' })]);
      expect(onlyRide.body).toMatchObject({ received: 0, added: 0, skipped: { hrv_during_activity: 1 } });
      const night = await send(user, [
        item({ hrv_score: 45, hrv_context: 'sleep', timestamp: at(3 * HOUR) }),
        item({ hrv_score: 47 }),
      ]);
      expect(night.body).toMatchObject({ received: 2, added: 2, skipped: {} });
    });

    it.each([
      [{ feedback: 'x'.repeat(501) }, 'feedback: must be at most 500 characters'],
      [{ feedback: 7 }, 'feedback: must be a string'],
      [{ reason: 'tired' }, 'reason: is not a known field'],
    ])('names the field of a wrong answer to a plan change, and its rule (%j)', async (body, message) => {
      const user = await newUser();
      const answer = await api.call('POST', '/api/health/adaptations/any/keep', user, body);
      expect(answer).toMatchObject({ status: 400, body: { error: 'invalid_input', message } });
    });

    it.each([
      ['/api/health/readings', 'text/plain', 'application/json'],
      ['/api/health/checkin', 'application/xml', 'application/json'],
      ['/api/health/imports?filename=export.xml', 'text/plain', 'application/octet-stream'],
    ])('answers %s sent as %s with 415, naming %s', async (url, type, wanted) => {
      const user = await newUser();
      const answer = await api.http.inject({
        method: 'POST',
        url,
        headers: { authorization: `Bearer ${api.token(user.id)}`, 'content-type': type },
        payload: 'hrv 50',
      });
      expect([answer.statusCode, answer.json()]).toEqual([
        415,
        {
          error: 'unsupported_media_type',
          message: `Content-Type ${type} is not accepted here: send the body as ${wanted}`,
        },
      ]);
    });

    it('keeps SDNN and RMSSD apart: each judged only against its own baseline', async () => {
      const user = await readyUser();
      const days = Array.from({ length: 20 }, (_, i) => i + 1);
      const history = days.flatMap((day) => [
        { timestamp: at(day * DAY), source: 'apple_health', hrv_score: 40, hrv_metric: 'sdnn' },
        { timestamp: at(day * DAY + HOUR), source: 'oura', hrv_score: 80 },
      ]);
      expect((await send(user, history)).status).toBe(200);
      const baselines = (await api.call('GET', '/api/health/baselines', user)).body.baselines;
      expect(baselines).toEqual([
        expect.objectContaining({ metric: 'hrv_rmssd', source: 'oura', baseline_value: 80, status: 'ready' }),
        expect.objectContaining({ metric: 'hrv_sdnn', source: 'apple_health', baseline_value: 40, status: 'ready' }),
      ]);
      expect(baselines[0].data_points_used).toBe(20);
      // Today's RMSSD of 65.6 is 18 % under the RMSSD baseline; the SDNN baseline of 40 plays no part.
      await send(user, [{ timestamp: at(HOUR), source: 'oura', hrv_score: 65.6 }]);
      const readiness = (await api.call('GET', '/api/health/readiness', user)).body;
      const hrv = readiness.contributors.find((part: { signal: string }) => part.signal === 'hrv');
      expect(hrv.explanation).toBe('HRV 18 % below your usual');
      expect(readiness.score).toBeGreaterThanOrEqual(0);
      expect(readiness.disclaimer).toMatch(/not medical advice/);
      const ru = (await api.call('GET', '/api/health/readiness?lang=ru', user)).body;
      expect(ru.disclaimer).toMatch(/не медицинский совет/);
    });

    const upload = (user: User, file: string, name: string) =>
      api.http.inject({
        method: 'POST',
        url: `/api/health/imports?filename=${encodeURIComponent(name)}`,
        headers: { authorization: `Bearer ${api.token(user.id)}`, 'content-type': 'application/octet-stream' },
        payload: readFileSync(`test/fixtures/health-imports/${file}`),
      });

    it('imports a real Apple Health export through the API, once, and refuses a broken file whole', async () => {
      const user = await newUser();
      const first = await upload(user, 'apple-hkimport/export.xml', 'export.xml');
      expect(first.statusCode).toBe(200);
      const body = JSON.parse(first.body);
      // ashtom/hkimport's export: 67 nights of sleep (overlapping apps counted once).
      expect(body).toMatchObject({ format: 'apple_health_xml', records: 10_939, added: 67 });
      const again = JSON.parse((await upload(user, 'apple-hkimport/export.xml', 'export.xml')).body);
      expect(again.added).toBe(0);
      const fresh = await newUser();
      const broken = await upload(fresh, 'own/broken/export-truncated.xml', 'export.xml');
      expect(broken.statusCode).toBe(422);
      expect(JSON.parse(broken.body)).toMatchObject({
        error: 'bad_import_file',
        message: expect.stringMatching(/line/),
      });
      expect((await api.call('GET', '/api/health/baselines', fresh)).body.baselines).toEqual([]);
    });

    it('calls the first two weeks calibrating and scores nothing against them', async () => {
      const user = await newUser();
      const week = Array.from({ length: 5 }, (_, i) => ({
        timestamp: at((i + 1) * DAY),
        source: 'garmin',
        hrv_score: 60,
      }));
      await send(user, [...week, { timestamp: at(HOUR), source: 'garmin', hrv_score: 30 }]);
      const readiness = (await api.call('GET', '/api/health/readiness', user)).body;
      expect(readiness.contributors).toEqual([
        expect.objectContaining({ signal: 'hrv', score: null, calibratingDays: 5 }),
      ]);
      expect(readiness.contributors[0].explanation).toBe('HRV: still learning your usual (5 of 14 days)');
      expect(readiness.score).toBeNull();
    });

    /** Whether the plan has a task ahead that "half the time, one step easier" changes (plans rotate per person). */
    const lighterAhead = (plan: {
      blocks: Array<{ start: string; task_ids: string[] }>;
      tasks: Array<{
        task_id: string;
        duration_minutes: number;
        intensity_hint: string;
        progression_context: { skill_level: string };
      }>;
    }) => {
      const ahead = new Set(
        plan.blocks.filter((block) => new Date(block.start) > now()).flatMap((block) => block.task_ids),
      );
      return plan.tasks.some(
        (task) =>
          ahead.has(task.task_id) &&
          (task.duration_minutes > 5 ||
            task.intensity_hint !== 'easy' ||
            task.progression_context.skill_level !== 'beginner'),
      );
    };

    it('adapts the rest of today on an energy drop; accepting shows the adapted plan, a second answer is refused', async () => {
      let user = await readyUser();
      let before = (await api.call('GET', '/api/health/plan/today', user)).body;
      for (let tries = 0; tries < 20 && !lighterAhead(before); tries += 1) {
        user = await readyUser();
        before = (await api.call('GET', '/api/health/plan/today', user)).body;
      }
      await api.call('POST', '/api/health/checkin', user, { energy: 5, stress: 2, sleep: 4 });
      api.app.clock.advance(30 * 60_000);
      events.length = 0;
      const drop = await api.call('POST', '/api/health/checkin', user, { energy: 1, stress: 2, sleep: 4 });
      expect(drop.status).toBe(200);
      const adaptation = drop.body.adaptation;
      // From 5 to 1: far past both thresholds, so more sure than the trigger's 0.8 (confidenceOf).
      expect(adaptation).toMatchObject({ trigger: 'energy_drop', status: 'pending', confidence: 0.9 });
      expect(events).toContainEqual(
        expect.objectContaining({ type: 'plan_adapted', userId: user.id, adaptationId: adaptation.adaptation_id }),
      );
      for (const change of adaptation.changes)
        expect(change.adapted.duration_minutes).toBe(
          Math.min(change.original.duration_minutes, Math.max(5, Math.round(change.original.duration_minutes / 2))),
        );
      const pending = (await api.call('GET', '/api/health/plan/today', user)).body;
      const changed = pending.tasks.find(
        (task: { task_id: string }) => task.task_id === adaptation.changes[0].original.task_id,
      );
      expect(changed.real_time_adaptations.current_status).toBe('pending');
      expect(changed.duration_minutes).toBe(adaptation.changes[0].original.duration_minutes);

      const accepted = await api.call('POST', `/api/health/adaptations/${adaptation.adaptation_id}/accept`, user, {});
      expect(accepted.status).toBe(200);
      const today = (await api.call('GET', '/api/health/plan/today', user)).body;
      const adapted = today.tasks.find(
        (task: { task_id: string }) => task.task_id === adaptation.changes[0].original.task_id,
      );
      expect(adapted.real_time_adaptations.current_status).toBe('adapted');
      expect(adapted.duration_minutes).toBe(adaptation.changes[0].adapted.duration_minutes);
      expect(today.tasks.map((task: { task_id: string }) => task.task_id)).toEqual(
        before.tasks.map((task: { task_id: string }) => task.task_id),
      );
      const twice = await api.call('POST', `/api/health/adaptations/${adaptation.adaptation_id}/keep`, user, {});
      expect(twice).toMatchObject({ status: 409, body: { error: 'adaptation_closed' } });
      // Another drop inside the cooldown changes nothing more.
      api.app.clock.advance(60_000);
      await api.call('POST', '/api/health/checkin', user, { energy: 5, stress: 2, sleep: 4 });
      api.app.clock.advance(60_000);
      const again = await api.call('POST', '/api/health/checkin', user, { energy: 1, stress: 2, sleep: 4 });
      expect(again.body.adaptation).toBeNull();
    });

    it('lets an adaptation lapse (6 hours, or once the last task it changes has passed): announced once, never shown again', async () => {
      const user = await readyUser();
      await api.call('POST', '/api/health/checkin', user, { energy: 5, stress: 2, sleep: 4 });
      api.app.clock.advance(60_000);
      const drop = await api.call('POST', '/api/health/checkin', user, { energy: 1, stress: 2, sleep: 4 });
      const id = drop.body.adaptation.adaptation_id;
      const expires = new Date(drop.body.adaptation.expires_at).getTime();
      expect(expires).toBeGreaterThanOrEqual(now().getTime() + 6 * HOUR);
      api.app.clock.advance(expires - now().getTime() + 60_000);
      events.length = 0;
      expect(await api.app.biometrics.expire()).toBeGreaterThanOrEqual(1);
      expect(await api.app.biometrics.expire()).toBe(0);
      expect(events).toContainEqual(expect.objectContaining({ type: 'adaptation_expired', adaptationId: id }));
      const today = (await api.call('GET', '/api/health/plan/today', user)).body;
      expect(
        today.tasks.every(
          (task: { real_time_adaptations: { current_status: string } }) =>
            task.real_time_adaptations.current_status === 'standard',
        ),
      ).toBe(true);
      const listed = (await api.call('GET', '/api/health/adaptations', user)).body.adaptations;
      expect(listed.find((entry: { adaptation_id: string }) => entry.adaptation_id === id).status).toBe('expired');
      const late = await api.call('POST', `/api/health/adaptations/${id}/accept`, user, {});
      expect(late.status).toBe(409);
    });
  });
}
