import { afterEach, describe, expect, it } from 'vitest';
import type { Log } from '../../src/core/ports.js';
import { type ApiHarness, startApi } from './api-harness.js';

describe('API limits and failures', () => {
  let harness: ApiHarness | undefined;
  afterEach(async () => {
    await harness?.dispose();
    harness = undefined;
  });

  it('refuses a body over API_BODY_LIMIT with 413 JSON', async () => {
    harness = await startApi('sqlite', { API_BODY_LIMIT: '1024' });
    const user = await harness.user(1);
    await harness.call('POST', '/api/programs/recovery/enroll', user, {});
    const big = await harness.call('POST', '/api/tracks/actions', user, {
      action_type: 'support_group_attended',
      source_id: 'x'.repeat(2000),
    });
    expect(big).toMatchObject({
      status: 413,
      body: { error: 'payload_too_large', message: 'the body is over the limit of 1024 bytes' },
    });
    expect(
      (await harness.call('POST', '/api/tracks/actions', user, { action_type: 'support_group_attended' })).status,
    ).toBe(200);
  });

  it('limits requests per user with 429 JSON and Retry-After, other users unaffected', async () => {
    harness = await startApi('sqlite', { RATE_LIMIT_PER_MINUTE: '3' });
    const [ann, bob] = [await harness.user(1), await harness.user(2)];
    for (let i = 0; i < 3; i++) expect((await harness.call('GET', '/api/programs', ann)).status).toBe(200);
    const limited = await harness.call('GET', '/api/programs', ann);
    expect(limited).toMatchObject({
      status: 429,
      body: { error: 'rate_limited', message: expect.stringContaining('try again in') },
    });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect((await harness.call('GET', '/api/programs', bob)).status).toBe(200);
  });

  it('counts requests without a valid token by address, so tokens cannot be guessed at speed', async () => {
    harness = await startApi('sqlite', { RATE_LIMIT_PER_MINUTE: '2' });
    const guesses = [];
    for (let i = 0; i < 4; i++)
      guesses.push((await harness.call('GET', '/api/programs', { auth: `Bearer guess-${i}` })).status);
    expect(guesses).toEqual([401, 401, 429, 429]);
    expect((await harness.call('GET', '/api/programs', await harness.user(3))).status).toBe(200);
  });

  it('does not limit at all with RATE_LIMIT_PER_MINUTE=0', async () => {
    harness = await startApi('sqlite', { RATE_LIMIT_PER_MINUTE: '0' });
    const user = await harness.user(1);
    for (let i = 0; i < 30; i++) expect((await harness.call('GET', '/api/programs', user)).status).toBe(200);
    expect((await harness.call('GET', '/api/programs', user)).headers['x-ratelimit-limit']).toBeUndefined();
  });

  it('answers an unexpected failure with a generic 500 and logs only the error name', async () => {
    const lines: unknown[] = [];
    const log: Log = {
      info: (fields) => lines.push(fields),
      warn: (fields) => lines.push(fields),
      error: (fields) => lines.push(fields),
    };
    harness = await startApi('sqlite', {}, log);
    const user = await harness.user(1);
    const token = harness.token(user.id);
    await harness.app.database.close();
    const response = await harness.call(
      'POST',
      '/api/tracks/actions',
      { auth: `Bearer ${token}` },
      { action_type: 'emotional_checkin', source_id: 'my private note' },
    );
    expect(response).toMatchObject({
      status: 500,
      body: { error: 'internal_error', message: 'something went wrong on our side; please try again' },
    });
    expect(lines).toContainEqual(
      expect.objectContaining({
        event: 'http_error',
        error: expect.any(String),
        route: '/api/tracks/actions',
        method: 'POST',
      }),
    );
    const logged = JSON.stringify(lines);
    for (const secret of [token, 'my private note', 'authorization', 'Bearer']) expect(logged).not.toContain(secret);
  });
});
