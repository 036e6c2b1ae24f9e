import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { User } from '../../src/core/goals/model.js';
import { silentLog } from '../../src/core/ports.js';
import { loadConfig } from '../../src/config/env.js';
import { createApp } from '../../src/main/app.js';
import { DIALECTS } from '../factories/databases.js';
import { type ApiHarness, startApi } from './api-harness.js';
import { sharedCrisisCheck } from '../factories/safety.js';
import { sharedContent } from '../factories/app-content.js';

// GET /api/tracks/progress is read through a cache on both databases. Whatever writes, the next
// read must show it: the API itself, the bot (the same process), or another process on the same
// database (`stepwise chat` beside the server, another instance: see also e2e/stale-reads.test.ts).
describe.each(DIALECTS)('progress stays true to the database (%s)', (dialect) => {
  let harness: ApiHarness;
  let ann: User;
  let bob: User;
  beforeAll(async () => {
    harness = await startApi(dialect);
    ann = await harness.user(3001);
    bob = await harness.user(3002, 'ru');
    await harness.app.tracks.enroll(ann.id, 'recovery', 'self_work');
    await harness.app.tracks.enroll(bob.id, 'recovery', 'community');
  });
  afterAll(() => harness?.dispose());

  const completion = async (user: User, track: string) =>
    (await harness.call('GET', '/api/tracks/progress', user)).body.tracks[track].completion_percentage as number;

  it('reads the database once for repeated reads', async () => {
    // PostgreSQL: the change feed listens from the first cached read on; until then reads go through.
    await harness.call('GET', '/api/tracks/progress', ann);
    const deadline = Date.now() + 5000;
    while (harness.app.freshness.current(ann.id) === undefined && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 10));
    // Whatever the warm-up left cached is retired, as a new LLM suggestion would.
    harness.app.freshness.bump(ann.id);
    const snapshot = vi.spyOn(harness.app.stores.tracks, 'progressSnapshot');
    try {
      const first = await harness.call('GET', '/api/tracks/progress', ann);
      const again = await harness.call('GET', '/api/tracks/progress', ann);
      expect(again.body).toEqual(first.body);
      expect(again.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(snapshot).toHaveBeenCalledTimes(1);
    } finally {
      snapshot.mockRestore();
    }
  });

  it('shows an action recorded by the bot on the very next read, and only to its user', async () => {
    const bobBefore = (await harness.call('GET', '/api/tracks/progress', bob)).body;
    const before = await completion(ann, 'child_connection');
    await harness.app.tracks.recordAction(ann.id, { actionType: 'quest_created', source: 'telegram' });
    expect(await completion(ann, 'child_connection')).toBe(before + 30);
    expect((await harness.call('GET', '/api/tracks/progress', bob)).body).toEqual(bobBefore);
  });

  it('shows a change of language and of focus at once', async () => {
    await harness.call('GET', '/api/tracks/progress', ann);
    await harness.app.goals.setPreferences(ann.id, { locale: 'ru' });
    const ru = (await harness.call('GET', '/api/tracks/progress', ann)).body;
    expect(ru.tracks.self_work.next_action.suggestion).toMatch(/[а-яё]/i);
    await harness.app.goals.setPreferences(ann.id, { locale: 'en' });
    await harness.call('POST', '/api/tracks/set-primary', ann, { track: 'negotiation' });
    expect((await harness.call('GET', '/api/tracks/progress', ann)).body.primary_track).toBe('negotiation');
  });

  it('notices time passing: a track idle for over 30 days gets its gentle nudge without any write', async () => {
    const carol = await harness.user(3003);
    await harness.app.tracks.enroll(carol.id, 'recovery', 'self_work');
    await harness.app.tracks.recordAction(carol.id, { actionType: 'emotional_checkin', source: 'telegram' });
    expect(
      (await harness.call('GET', '/api/tracks/progress', carol)).body.tracks.self_work.next_action.reason,
    ).not.toBe('idle');
    harness.app.clock.advance(31 * 24 * 3600 * 1000);
    expect((await harness.call('GET', '/api/tracks/progress', carol)).body.tracks.self_work.next_action.reason).toBe(
      'idle',
    );
  });

  it('shows what another process wrote to the same database', async () => {
    const config = loadConfig({ DATABASE_URL: harness.app.testDb.url, LOG_LEVEL: 'silent' });
    if (!config.ok) throw new Error(config.problems.join('\n'));
    const other = await createApp(config.config, {
      crisisCheck: sharedCrisisCheck(),
      content: sharedContent(),
      log: silentLog,
      db: harness.app.testDb.schema ? { schema: harness.app.testDb.schema, poolSize: 2 } : {},
    });
    try {
      const before = await completion(ann, 'community');
      await other.tracks.recordAction(ann.id, { actionType: 'support_group_joined', source: 'cli' });
      // SQLite: another process's commit is noticed within a few milliseconds (data_version).
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(await completion(ann, 'community')).toBeGreaterThan(before);
    } finally {
      await other.close();
    }
  });
});

describe('progress as a polling dashboard gets it', () => {
  let harness: ApiHarness;
  let ann: User;
  beforeAll(async () => {
    harness = await startApi('sqlite');
    ann = await harness.user(3101);
    await harness.app.tracks.enroll(ann.id, 'recovery', 'self_work');
  });
  afterAll(() => harness?.dispose());

  const get = (headers: Record<string, string> = {}) =>
    harness.http.inject({
      url: '/api/tracks/progress',
      headers: { authorization: `Bearer ${harness.token(ann.id)}`, ...headers },
    });

  it('answers 304 with no body while the client already has this version, and the new version after a change', async () => {
    const first = await get();
    expect(first.headers).toMatchObject({
      etag: expect.stringMatching(/^"[\w-]{27}"$/),
      'cache-control': 'private, no-cache',
    });
    const unchanged = await get({ 'if-none-match': first.headers.etag as string });
    expect(unchanged.statusCode).toBe(304);
    expect(unchanged.body).toBe('');
    await harness.app.tracks.recordAction(ann.id, { actionType: 'emotional_checkin', source: 'telegram' });
    const changed = await get({ 'if-none-match': first.headers.etag as string });
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).not.toBe(first.headers.etag);
    expect(changed.json().tracks.self_work.completion_percentage).toBe(10);
  });

  it('sends gzip to clients that accept it (browsers do), the same JSON when unpacked, and plain JSON to the rest', async () => {
    const plain = await get();
    expect(plain.headers['content-encoding']).toBeUndefined();
    const packed = await get({ 'accept-encoding': 'gzip, deflate, br' });
    expect(packed.headers).toMatchObject({
      'content-encoding': 'gzip',
      vary: 'accept-encoding',
      'content-type': 'application/json; charset=utf-8',
    });
    expect(packed.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);
    expect(JSON.parse(gunzipSync(packed.rawPayload).toString('utf8'))).toEqual(plain.json());
    // Its own tag, and either tag of this version answers 304.
    expect(packed.headers.etag).toBe(`${(plain.headers.etag as string).slice(0, -1)}-gz"`);
    expect((await get({ 'accept-encoding': 'gzip', 'if-none-match': packed.headers.etag as string })).statusCode).toBe(
      304,
    );
    expect((await get({ 'if-none-match': `"nope", ${packed.headers.etag as string}` })).statusCode).toBe(304);
    expect((await get({ 'if-none-match': '*' })).statusCode).toBe(304);
    expect((await get({ 'accept-encoding': 'gzip;q=0, identity' })).headers['content-encoding']).toBeUndefined();
  });
});
