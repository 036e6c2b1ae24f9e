import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '../../src/core/goals/model.js';
import type { Log } from '../../src/core/ports.js';
import { noRoomCode } from '../../src/store/storage-faults.js';
import { DIALECTS } from '../factories/databases.js';
import { type ApiHarness, startApi } from './api-harness.js';

/** Log lines as fields, with the level. */
function recordingLog() {
  const lines: Array<Record<string, unknown> & { level: string }> = [];
  const log: Log = {
    info: (fields) => void lines.push({ level: 'info', ...fields }),
    warn: (fields) => void lines.push({ level: 'warn', ...fields }),
    error: (fields) => void lines.push({ level: 'error', ...fields }),
  };
  return { log, lines };
}

/** A goal too big for the pages the database has (Cyrillic is 2 bytes a character: ~4.4 KB, an overflow page). */
const BIG_GOAL = { title: 'Выучить испанский '.repeat(10).trim(), description: 'я'.repeat(2000) };

/**
 * Fills the disk for real: SQLite's max_page_count caps this connection's file at its present size
 * (after VACUUM, no free page is left), so a write needing a new page meets SQLITE_FULL — inside
 * a transaction, where SQLite rolls back by itself and a second ROLLBACK used to hide the cause.
 * PostgreSQL's disk cannot be filled here: a trigger raises the server's own SQLSTATE instead.
 */
const fullDisk = {
  async fill(api: ApiHarness, dialect: string, sqlstate = 'disk_full') {
    const db = api.app.database.db;
    if (dialect === 'sqlite') {
      await sql`vacuum`.execute(db);
      const pages = (await sql<{ page_count: number }>`pragma page_count`.execute(db)).rows[0]!.page_count;
      await sql.raw(`pragma max_page_count = ${pages}`).execute(db);
      return;
    }
    await sql
      .raw(
        `create or replace function refuse_write() returns trigger language plpgsql as $$
         begin raise exception 'no room' using errcode = '${sqlstate}'; end $$`,
      )
      .execute(db);
    await sql`drop trigger if exists goals_no_room on goals`.execute(db);
    await sql`create trigger goals_no_room before insert on goals for each row execute function refuse_write()`.execute(
      db,
    );
  },
  async free(api: ApiHarness, dialect: string) {
    const db = api.app.database.db;
    if (dialect === 'sqlite') await sql`pragma max_page_count = 1073741823`.execute(db);
    else await sql`drop trigger goals_no_room on goals`.execute(db);
  },
};

for (const dialect of DIALECTS) {
  describe(`${dialect}: a full disk`, () => {
    let api: ApiHarness;
    let ann: User;
    const { log, lines } = recordingLog();
    const code = dialect === 'sqlite' ? 'SQLITE_FULL' : '53100';
    beforeAll(async () => {
      api = await startApi(dialect, {}, log);
      ann = await api.user(7101);
      expect((await api.call('POST', '/api/goals', ann, { title: 'Learn Spanish' })).status).toBe(201);
    }, 120_000);
    afterAll(() => api?.dispose());

    it('answers writes 503 storage_full in plain words, logs the cause once, and shows it in /readyz', async () => {
      await fullDisk.fill(api, dialect);
      for (let attempt = 0; attempt < 3; attempt++) {
        const refused = await api.call('POST', '/api/goals', ann, BIG_GOAL);
        expect(refused.status).toBe(503);
        expect(refused.body).toEqual({
          error: 'storage_full',
          message:
            'the server has run out of room for data, so this request was not carried out; please try again later',
        });
        expect(refused.headers['retry-after']).toBe('60');
      }
      // Reads go on: the goal made before the disk filled is still listed, and nothing half-made is.
      const listed = await api.call('GET', '/api/goals', ann);
      expect(listed.status).toBe(200);
      expect(listed.body.goals.map((goal: { title: string }) => goal.title)).toEqual(['Learn Spanish']);

      // One line for three refusals, by driver code: no path, no request, no 500 "request failed".
      expect(lines.filter((line) => line.level === 'error')).toEqual([{ level: 'error', event: 'storage_full', code }]);
      expect(JSON.stringify(lines)).not.toMatch(/\/tmp|stepwise-test|Выучить/);

      const ready = await api.http.inject({ url: '/readyz' });
      expect(ready.statusCode).toBe(503);
      expect(ready.json()).toMatchObject({ status: 'not_ready', database: 'ok', writable: false });
      expect(ready.json().problems).toEqual([
        expect.stringContaining(`(${dialect === 'sqlite' ? code : 'SQLSTATE 53100'}`),
      ]);
      expect(ready.json().problems[0]).toMatch(/disk is full|disk holding the database is full/);
      // Liveness stays: the process is up and restarting it would not free the disk.
      expect((await api.http.inject({ url: '/healthz' })).statusCode).toBe(200);
    });

    it('takes writes again once there is room, and turns ready after a quiet minute', async () => {
      await fullDisk.free(api, dialect);
      expect((await api.call('POST', '/api/goals', ann, BIG_GOAL)).status).toBe(201);
      expect((await api.http.inject({ url: '/readyz' })).statusCode).toBe(503);
      api.app.clock.advance(61_000);
      const ready = await api.http.inject({ url: '/readyz' });
      expect(ready.json()).toMatchObject({ status: 'ready', writable: true, problems: [] });
      expect(lines.filter((line) => line.event === 'storage_recovered')).toEqual([
        { level: 'info', event: 'storage_recovered', code },
      ]);
    });

    if (dialect === 'postgres')
      it('treats an out-of-memory server (SQLSTATE 53200) the same: 503, named in /readyz', async () => {
        await fullDisk.fill(api, dialect, 'out_of_memory');
        try {
          const refused = await api.call('POST', '/api/goals', ann, { title: 'Run a 10k' });
          expect(refused.status).toBe(503);
          expect(refused.body.error).toBe('storage_full');
          const ready = await api.http.inject({ url: '/readyz' });
          expect(ready.statusCode).toBe(503);
          expect(ready.json().problems).toEqual([expect.stringContaining('out of memory (SQLSTATE 53200')]);
        } finally {
          await fullDisk.free(api, dialect);
        }
      });
  });
}

describe('the cause behind a wrapper', () => {
  it('finds the driver code down the chain of causes', () => {
    const full = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    const hidden = Object.assign(new Error('cannot rollback - no transaction is active', { cause: full }), {
      code: 'SQLITE_ERROR',
    });
    expect(noRoomCode(new Error('outer', { cause: hidden }))).toBe('SQLITE_FULL');
    expect(noRoomCode(Object.assign(new Error('x'), { code: '53100' }))).toBe('53100');
    expect(noRoomCode(Object.assign(new Error('x'), { code: '23505' }))).toBeUndefined();
    expect(noRoomCode(Object.assign(new Error('x'), { code: 'toString' }))).toBeUndefined();
  });
});
