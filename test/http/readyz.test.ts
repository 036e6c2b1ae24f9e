import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { DIALECTS } from '../factories/databases.js';
import { type ApiHarness, startApi } from './api-harness.js';

for (const dialect of DIALECTS) {
  describe(`${dialect}: /readyz`, () => {
    let api: ApiHarness;
    beforeAll(async () => {
      api = await startApi(dialect);
    }, 120_000);
    afterAll(() => api?.dispose());

    it('is ready with the database reachable, migrated and writable; /healthz stays liveness', async () => {
      const ready = await api.http.inject({ url: '/readyz' });
      expect(ready.statusCode).toBe(200);
      expect(ready.json()).toEqual({
        status: 'ready',
        database: 'ok',
        migrations_pending: [],
        writable: true,
        problems: [],
      });
      expect((await api.http.inject({ url: '/healthz' })).json().status).toBe('ok');
    });

    it('is not ready, saying why, when a migration is missing', async () => {
      const db = api.app.database.db;
      await sql`delete from kysely_migration where name = '0012-web-sessions'`.execute(db);
      const notReady = await api.http.inject({ url: '/readyz' });
      expect(notReady.statusCode).toBe(503);
      expect(notReady.json()).toMatchObject({
        status: 'not_ready',
        migrations_pending: ['0012-web-sessions'],
        problems: [expect.stringContaining('npx stepwise migrate')],
      });
      expect((await api.http.inject({ url: '/healthz' })).statusCode).toBe(200);
      await sql`insert into kysely_migration (name, timestamp) values ('0012-web-sessions', ${new Date().toISOString()})`.execute(
        db,
      );
    });

    if (dialect === 'sqlite')
      it('is not ready when the database file refuses writes', async () => {
        // query_only stands in for a full or read-only disk: every write is refused, reads still work.
        // The write test runs at most every 30 s (probes must not retire the read caches): wait it out.
        api.app.clock.advance(31_000);
        await sql`pragma query_only = on`.execute(api.app.database.db);
        const refused = await api.http.inject({ url: '/readyz' });
        await sql`pragma query_only = off`.execute(api.app.database.db);
        expect(refused.statusCode).toBe(503);
        expect(refused.json()).toMatchObject({ writable: false, problems: [expect.stringMatching(/refuses writes/)] });
      });
  });
}

describe('the readiness probe and the read caches', () => {
  it('its heartbeat writes (at most every 30 s) retire nobody’s cached views', async () => {
    const api = await startApi('sqlite');
    try {
      const ann = await api.user(5151);
      const stamp = () => api.app.freshness.current(ann.id);
      await api.http.inject({ url: '/readyz' });
      const before = stamp();
      expect(before).toBeDefined();
      for (let i = 0; i < 5; i++) expect((await api.http.inject({ url: '/readyz' })).statusCode).toBe(200);
      api.app.clock.advance(30_000);
      await api.http.inject({ url: '/readyz' });
      expect(stamp()).toBe(before);
      // Ann's own write does move it.
      await api.call('PATCH', '/api/me', ann, { locale: 'ru' });
      expect(stamp()).not.toBe(before);
    } finally {
      await api.dispose();
    }
  }, 120_000);
});
