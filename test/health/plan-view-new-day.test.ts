import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../factories/databases.js';
import { type ApiHarness, startApi } from '../http/api-harness.js';

// Up at 07:00 in Moscow (UTC+3): the plan day turns at 04:00 UTC.
const MOSCOW = { time_zone: 'Europe/Moscow', wake: '07:00', sleep: '23:00' };
const BEFORE_WAKE = new Date('2026-03-03T03:59:30Z');

// A dashboard polls today's plan from a view cache that holds a view up to a minute; the wake time
// must still bring the new day's plan on the very next request, not up to a minute later.
describe.each(DIALECTS)('today’s plan at the wake time (%s)', (dialect) => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi(dialect);
    api.app.clock.advance(BEFORE_WAKE.getTime() - api.app.clock.now().getTime());
  });
  afterAll(() => api?.dispose());

  it('shows the new day’s plan, with a new ETag, on the first request after the wake time', async () => {
    const user = await api.user(961_001);
    const put = await api.call('PUT', '/api/health/profile', user, {
      archetype: 'foundation_builder',
      schedule: MOSCOW,
    });
    expect(put.status).toBe(200);
    const get = (etag?: string) =>
      api.http.inject({
        url: '/api/health/plan/today',
        headers: { authorization: `Bearer ${api.token(user.id)}`, ...(etag && { 'if-none-match': etag }) },
      });
    // The first view stores the day's plan (a write that retires what it built); the second is kept.
    await get();
    // PostgreSQL: views are cached once the change feed is listening; until then every read is built.
    const deadline = Date.now() + 5000;
    while (api.app.freshness.current(user.id) === undefined && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 10));
    const evening = await get();
    expect(evening.json().date).toBe('2026-03-02');
    const etag = evening.headers.etag as string;
    expect((await get(etag)).statusCode).toBe(304);

    api.app.clock.advance(40_000); // 07:00:10 in Moscow: well within the cache's minute
    const morning = await get(etag);
    expect(morning.statusCode).toBe(200);
    expect(morning.headers.etag).not.toBe(etag);
    const plan = morning.json();
    expect(plan.date).toBe('2026-03-03');
    expect(plan.tasks.length).toBeGreaterThan(0);
    for (const task of plan.tasks) expect(task.task_id).toMatch(/^2026-03-03:/);
  });
});
