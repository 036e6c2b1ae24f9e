import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type StepwiseError, isStepwiseError } from '../../src/core/errors.js';
import { createWorkGate } from '../../src/services/work-gate.js';
import { DIALECTS } from '../factories/databases.js';
import { type ApiHarness, startApi } from '../http/api-harness.js';

/** A run the test ends when it wants, and the promise of its end. */
function held() {
  let release!: () => void;
  const done = new Promise<void>((resolve) => (release = resolve));
  return { work: () => done, release };
}

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => (isStepwiseError(error) ? (error as StepwiseError) : Promise.reject(error)),
  );

for (const dialect of DIALECTS) {
  describe(`${dialect}: exports cannot crowd out everyone else`, () => {
    let api: ApiHarness;
    beforeAll(async () => {
      api = await startApi(dialect, { EXPORT_CONCURRENCY: '2' });
    });
    afterAll(() => api?.dispose());

    it('refuses a person’s second export while the first is being prepared (429, Retry-After), then serves it', async () => {
      const ann = await api.user(5801);
      const first = held();
      const running = api.app.gates.exports.run(ann.id, first.work);
      const second = await api.call('GET', '/api/me/export', ann);
      expect(second.status).toBe(429);
      expect(second.body).toEqual({
        error: 'already_running',
        message: 'an export of yours is still being prepared; ask again when it has arrived',
      });
      expect(Number(second.headers['retry-after'])).toBeGreaterThan(0);
      // Another person's export is not held up by it.
      expect((await api.call('GET', '/api/me/export', await api.user(5802))).status).toBe(200);
      first.release();
      await running;
      expect((await api.call('GET', '/api/me/export', ann)).status).toBe(200);
    });

    it('refuses an export beyond EXPORT_CONCURRENCY with 503 and Retry-After, whoever asks', async () => {
      const [one, two] = [held(), held()];
      const running = [
        api.app.gates.exports.run((await api.user(5803)).id, one.work),
        api.app.gates.exports.run((await api.user(5804)).id, two.work),
      ];
      const third = await api.call('GET', '/api/me/export', await api.user(5805));
      expect(third.status).toBe(503);
      expect(third.body).toMatchObject({ error: 'server_busy' });
      expect(Number(third.headers['retry-after'])).toBeGreaterThan(0);
      one.release();
      two.release();
      await Promise.all(running);
      expect((await api.call('GET', '/api/me/export', await api.user(5805))).status).toBe(200);
    });

    it('refuses an export one person asks for while their own export is running', async () => {
      const bob = await api.user(5806);
      // Four at once: on PostgreSQL the token check is a round trip, so a first export may finish before a second
      // one is past it (then both are rightly answered); among four, some overlap, and an overlapping one is refused.
      const statuses = (await Promise.all(Array.from({ length: 4 }, () => api.call('GET', '/api/me/export', bob)))).map(
        (response) => response.status,
      );
      expect(statuses).toContain(200);
      expect(statuses).toContain(429);
      expect(statuses.filter((status) => status !== 200 && status !== 429)).toEqual([]);
    });
  });
}

describe('the work gate', () => {
  const words = { yours: 'yours', full: 'full' };

  it('holds one place per person and a total for everyone, giving places back when work ends or fails', async () => {
    const gate = createWorkGate({ total: 2, retryAfterS: { yours: 3, full: 7 }, words, monotonicMs: () => 0 });
    const [ann, bob] = [held(), held()];
    const running = [gate.run('ann', ann.work), gate.run('bob', bob.work)];
    expect(gate.running).toBe(2);
    expect(await refusal(gate.run('ann', async () => 1))).toMatchObject({
      code: 'already_running',
      details: { retry_after_s: 3 },
    });
    expect(await refusal(gate.run('cid', async () => 1))).toMatchObject({
      code: 'server_busy',
      details: { retry_after_s: 7 },
    });
    ann.release();
    bob.release();
    await Promise.all(running);
    await expect(gate.run('ann', () => Promise.reject(new Error('broken file')))).rejects.toThrow('broken file');
    expect(gate.running).toBe(0);
    expect(await gate.run('ann', async () => 'again')).toBe('again');
  });

  it('makes a person wait factor × their last run before the next starts, refusing nothing', async () => {
    vi.useFakeTimers();
    try {
      let now = 0;
      const gate = createWorkGate({
        total: 1,
        pauseFactor: 4,
        retryAfterS: { yours: 1, full: 1 },
        words,
        monotonicMs: () => now,
      });
      await gate.run('ann', async () => {
        now += 300; // a 300 ms export
      });
      let started = false;
      const next = gate.run('ann', async () => {
        started = true;
      });
      // Waiting out the pause holds the person's place: a third ask is refused, as a concurrent one.
      expect(await refusal(gate.run('ann', async () => undefined))).toMatchObject({ code: 'already_running' });
      await vi.advanceTimersByTimeAsync(1_100);
      expect(started).toBe(false);
      await vi.advanceTimersByTimeAsync(200);
      await next;
      expect(started).toBe(true);
      // Someone else never waits for ann's pause.
      expect(await gate.run('bob', async () => 'now')).toBe('now');
    } finally {
      vi.useRealTimers();
    }
  });
});
