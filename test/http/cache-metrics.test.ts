import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApi } from './api-harness.js';

/** The value of `name{cache="…"}` in a Prometheus text page. */
const figure = (page: string, name: string, cache: string): number =>
  Number(new RegExp(`^${name}\\{cache="${cache}"\\} (\\S+)$`, 'm').exec(page)?.[1] ?? NaN);

describe('the memory caches at /metrics', () => {
  let harness: ApiHarness;
  beforeAll(async () => {
    harness = await startApi('sqlite');
  }, 120_000);
  afterAll(async () => harness?.dispose());

  it('counts hits and misses of the token, user and view caches, and their bounded bytes', async () => {
    const ann = await harness.user(4501);
    expect(
      (await harness.call('POST', '/api/programs/recovery/enroll', ann, { primary_track: 'self_work' })).status,
    ).toBe(201);
    // The same token three times: verified once, then remembered; the view built once, then served.
    const auth = { auth: `Bearer ${harness.token(ann.id)}` };
    for (let i = 0; i < 3; i++) expect((await harness.call('GET', '/api/tracks/progress', auth)).status).toBe(200);
    const page = (await harness.http.inject({ url: '/metrics' })).body;
    expect(figure(page, 'stepwise_cache_misses', 'views')).toBe(1);
    expect(figure(page, 'stepwise_cache_hits', 'views')).toBe(2);
    expect(figure(page, 'stepwise_cache_hit_ratio', 'views')).toBeCloseTo(2 / 3);
    expect(figure(page, 'stepwise_cache_hits', 'tokens')).toBeGreaterThanOrEqual(2);
    expect(figure(page, 'stepwise_cache_entries', 'users')).toBeGreaterThanOrEqual(1);
    expect(figure(page, 'stepwise_cache_bytes', 'views')).toBeGreaterThan(0);
  });
});
