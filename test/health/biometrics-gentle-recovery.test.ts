import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '../../src/core/goals/model.js';
import type { Log } from '../../src/core/ports.js';
import { loadHealthPack } from '../../src/content/load-health-pack.js';
import { messages } from '../../src/i18n/catalog.js';
import { adaptationText } from '../../src/interfaces/chat/features/health/adaptation-view.js';
import { type ApiHarness, startApi } from '../http/api-harness.js';
import { DIALECTS } from '../factories/databases.js';

/**
 * Issue 56, point 2: a trigger that fires with no planned task to change used to answer
 * `adaptation: null` — nothing shown, nothing logged. Now the person learns what was noticed, with
 * the seed's fallback (a gentle recovery session added in the next block it fits), in their language,
 * through the same accept / keep flow; the event is logged by code only.
 */

const loaded = loadHealthPack();
if (!loaded.ok) throw new Error('content/health has problems');
const pack = loaded.pack;
const DAY = 86_400_000;

for (const dialect of DIALECTS) {
  describe(`${dialect}: a fired trigger with nothing to change still reaches the person`, () => {
    let api: ApiHarness;
    let count = 0;
    const logged: Array<{ fields: Record<string, unknown>; msg: string }> = [];
    const log: Log = {
      info: (fields, msg) => logged.push({ fields, msg }),
      warn: (fields, msg) => logged.push({ fields, msg }),
      error: (fields, msg) => logged.push({ fields, msg }),
    };
    beforeAll(async () => {
      api = await startApi(dialect, {}, log);
      // 13:00 in Moscow: only the evening's gentle tasks are still ahead for a foundation builder.
      api.app.clock.advance(new Date('2026-03-02T10:00:00Z').getTime() - api.app.clock.now().getTime());
    });
    afterAll(async () => {
      await api?.dispose();
    });

    async function readyUser(locale: 'en' | 'ru'): Promise<User> {
      const user = await api.user(780_000 + ++count, locale);
      const put = await api.call('PUT', '/api/health/profile', user, {
        archetype: 'foundation_builder',
        schedule: { time_zone: 'Europe/Moscow', wake: '07:00', sleep: '23:00' },
      });
      expect(put.status).toBe(200);
      return user;
    }
    const at = (msAgo: number) => new Date(api.app.clock.now().getTime() - msAgo).toISOString();

    for (const locale of ['en', 'ru'] as const)
      it(`${locale}: stress spike with only easy tasks ahead: a gentle recovery session is added, with the reason; accept works`, async () => {
        const user = await readyUser(locale);
        const plan = (await api.call('GET', '/api/health/plan/today', user)).body;
        const habits = new Map(pack.habits.map((habit) => [habit.id, habit]));
        const ahead = plan.tasks as Array<{ habit_id: string; task_id: string }>;
        expect(ahead.length).toBeGreaterThan(0);
        // Three weeks of HRV at 60 ms make a ready baseline; today it is 30 with stress 0.9.
        const history = Array.from({ length: 21 }, (_, index) => ({
          timestamp: at((index + 1) * DAY),
          source: 'oura',
          hrv_score: 60,
          hrv_metric: 'rmssd',
        }));
        const baseline = await api.call('POST', '/api/health/readings', user, { readings: history });
        expect(baseline.status).toBe(200);
        logged.length = 0;
        const spike = await api.call('POST', '/api/health/readings', user, {
          readings: [{ timestamp: at(60_000), source: 'oura', hrv_score: 30, hrv_metric: 'rmssd', stress_level: 0.9 }],
        });
        expect(spike.status).toBe(200);
        const adaptation = spike.body.adaptation;
        expect(adaptation).not.toBeNull();
        expect(adaptation).toMatchObject({ trigger: 'stress_spike', action: 'gentle_recovery', status: 'pending' });
        expect(adaptation.changes).toHaveLength(1);
        const [change] = adaptation.changes;
        expect(change.added).toBe(true);
        const habit = habits.get(change.adapted.habit_id)!;
        expect(habit.energy).toBe('low');
        expect(habit.intensity).toBe('easy');
        expect(['mindfulness', 'sleep_recovery']).toContain(habit.category);
        // What was noticed, and what is added, in the person's language.
        if (locale === 'en') {
          expect(adaptation.reason).toContain('High stress together with HRV well below your usual');
          expect(adaptation.reason).toContain(`a short recovery session is added: ${habit.name.en}`);
          expect(adaptation.action_name).toBe('A gentle recovery session');
        } else {
          expect(adaptation.reason).toContain('Сильный стресс и вариабельность пульса');
          expect(adaptation.reason).toContain(`добавлена короткая пауза на восстановление: ${habit.name.ru}`);
          expect(adaptation.action_name).toBe('Мягкое восстановление');
        }
        // The bot's message says it too: the reason, then the added session, in the person's language.
        const text = adaptationText(messages(locale), adaptation, { zone: 'Europe/Moscow', locale, disclaimer: false });
        expect(text).toContain(adaptation.reason);
        expect(text).toContain(
          locale === 'en'
            ? `• Added: ${habit.name.en}, ${habit.durationMinutes} min`
            : `• Добавлено: ${habit.name.ru}, ${habit.durationMinutes} мин`,
        );
        // Logged by code, never with the person's text.
        const event = logged.find((entry) => entry.fields.event === 'adaptation_fallback');
        expect(event?.fields).toMatchObject({
          trigger_id: 'stress_spike',
          action: 'gentle_recovery',
          user_id: user.id,
        });
        expect(JSON.stringify(event)).not.toContain(adaptation.reason);
        // Today's plan shows the added session in its block, offered until answered.
        const today = (await api.call('GET', '/api/health/plan/today', user)).body;
        const shown = today.tasks.find((task: { task_id: string }) => task.task_id === change.adapted.task_id);
        expect(shown?.real_time_adaptations.current_status).toBe('pending');
        if (change.block_id) expect(shown.time_block.block_id).toBe(change.block_id);
        // The same accept flow.
        const accepted = await api.call('POST', `/api/health/adaptations/${adaptation.adaptation_id}/accept`, user, {});
        expect(accepted.status).toBe(200);
        expect(accepted.body.status).toBe('accepted');
        const listed = (await api.call('GET', '/api/health/adaptations', user)).body.adaptations;
        expect(listed.map((entry: { adaptation_id: string }) => entry.adaptation_id)).toContain(
          adaptation.adaptation_id,
        );
        // The added session is a task of the day like the others: it can be marked done.
        const marked = await api.call('POST', `/api/health/plan/today/tasks/${change.adapted.task_id}`, user, {
          outcome: 'done',
        });
        expect(marked.status, JSON.stringify(marked.body)).toBe(200);
        const after = (await api.call('GET', '/api/health/plan/today', user)).body;
        const done = after.tasks.find((task: { task_id: string }) => task.task_id === change.adapted.task_id);
        expect(done?.outcome).toBe('done');
      });
  });
}
