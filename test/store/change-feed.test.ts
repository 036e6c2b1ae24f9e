import { createServer, type Server, Socket } from 'node:net';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLog } from '../../src/core/ports.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import { createPgListener } from '../../src/store/relay/pg-listener.js';
import { DIALECTS } from '../factories/databases.js';
import { createTestApp, type TestApp } from '../factories/app.js';

const until = async (check: () => boolean | Promise<boolean>, ms = 3000) => {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

for (const dialect of DIALECTS) {
  describe(`the read caches' change feed (${dialect})`, () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await createTestApp(dialect);
    });
    afterAll(async () => app?.dispose());

    const user = (subject: string) => app.goals.ensureUser({ provider: 'telegram', subject, locale: 'en' });
    /**
     * The stamp once the feed is listening (on PostgreSQL the first read opens it) and the
     * notifications of earlier writes have had the time to arrive.
     */
    const stampOf = async (userId: string) => {
      await until(() => app.freshness.current(userId) !== undefined);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return app.freshness.current(userId)!;
    };

    it('moves a person’s stamp on their own writes only, from any table', async () => {
      const [ann, bob] = [await user('7001'), await user('7002')];
      await app.tracks.enroll(ann.id, 'recovery');
      const [annBefore, bobBefore] = [await stampOf(ann.id), await stampOf(bob.id)];
      await app.tracks.recordAction(ann.id, { actionType: 'emotional_checkin', source: 'api' });
      await until(() => app.freshness.current(ann.id) !== annBefore);
      // Bob's stays: give a stray notification the time to arrive before looking.
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(app.freshness.current(bob.id)).toBe(bobBefore);
      await app.goals.setPreferences(bob.id, { locale: 'ru' });
      await until(() => app.freshness.current(bob.id) !== bobBefore);
    });

    it('tells account changes apart on PostgreSQL: a person’s own actions leave their account stamp alone', async () => {
      const ann = await user('7006');
      await app.tracks.enroll(ann.id, 'recovery');
      if (dialect === 'sqlite') return expect(app.freshness.account).toBeUndefined();
      const before = await stampOf(ann.id);
      await until(() => app.freshness.account!(ann.id) !== undefined);
      const account = app.freshness.account!(ann.id);
      await app.tracks.recordAction(ann.id, { actionType: 'emotional_checkin', source: 'api' });
      await until(() => app.freshness.current(ann.id) !== before);
      expect(app.freshness.account!(ann.id)).toBe(account);
      await app.goals.setPreferences(ann.id, { locale: 'ru' });
      await until(() => app.freshness.account!(ann.id) !== account);
    });

    it('a rolled-back write moves nothing on PostgreSQL (its NOTIFY is never delivered)', async () => {
      const ann = await user('7003');
      const before = await stampOf(ann.id);
      await app.database.db
        .transaction()
        .execute(async (tx) => {
          await sql`update users set locale = 'ru' where id = ${ann.id}`.execute(tx);
          throw new Error('changed my mind');
        })
        .catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 100));
      // SQLite's counter rolls back with the transaction too.
      expect(app.freshness.current(ann.id)).toBe(before);
    });

    it('watches a table added after this release, with no list to update', async () => {
      const ann = await user('7004');
      await sql`create table notes_later (user_id varchar(36) not null, body text)`.execute(app.database.db);
      expect((await migrateToLatest(app.database.db, app.testDb.schema)).error).toBeUndefined();
      const before = await stampOf(ann.id);
      await sql`insert into notes_later (user_id, body) values (${ann.id}, 'x'), (${ann.id}, 'y')`.execute(
        app.database.db,
      );
      await until(() => app.freshness.current(ann.id) !== before);
      await sql`drop table notes_later`.execute(app.database.db);
    });

    it.runIf(dialect === 'postgres')(
      'replaces the statement triggers of earlier releases with row triggers',
      async () => {
        // What a database migrated before 2026-11-24 has on each watched table.
        await sql`create or replace function stepwise_changed_new_user_id() returns trigger language plpgsql as
        'begin perform pg_notify(tg_argv[0], changed.user_id::text) from (select distinct user_id from new_rows) as changed; return null; end'`.execute(
          app.database.db,
        );
        await sql`create trigger stepwise_changed_goals_insert after insert on goals referencing new table as new_rows
        for each statement execute function stepwise_changed_new_user_id('stepwise_changes')`.execute(app.database.db);
        expect((await migrateToLatest(app.database.db, app.testDb.schema)).error).toBeUndefined();
        const { rows } = await sql<{ name: string }>`select t.tgname as name from pg_trigger t join pg_class c
        on c.oid = t.tgrelid where c.relname = 'goals' and c.relnamespace = current_schema()::regnamespace
        and not t.tgisinternal`.execute(app.database.db);
        expect(rows.map((row) => row.name)).toEqual(['stepwise_row_goals']);
        const old = await sql`select 1 from pg_proc where proname = 'stepwise_changed_new_user_id'`.execute(
          app.database.db,
        );
        expect(old.rows).toEqual([]);
      },
    );

    it('erasure leaves no trace of the person in the change counters either', async () => {
      const ann = await user('7005');
      await app.tracks.enroll(ann.id, 'recovery');
      await app.dataRights.forget(ann.id);
      if (dialect === 'sqlite') {
        const { rows } = await sql`select * from user_versions where id = ${ann.id}`.execute(app.database.db);
        expect(rows).toEqual([]);
      }
      expect(await stampOf(ann.id)).toBeDefined();
    });

    if (dialect === 'postgres')
      it('stops answering while its listening connection is gone, and starts again when it is back', async () => {
        const ann = await user('7006');
        const before = await stampOf(ann.id);
        // This suite's listening connection carries its schema in its name (others are left alone).
        const { rows } = await sql<{ pid: number }>`select pid from pg_stat_activity
          where application_name = ${`stepwise-events ${app.testDb.schema}`}`.execute(app.database.db);
        expect(rows.length).toBeGreaterThan(0);
        for (const row of rows) await sql`select pg_terminate_backend(${row.pid})`.execute(app.database.db);
        await until(() => app.freshness.current(ann.id) === undefined, 2000);
        // Back: whatever was cached before counts as changed (notifications were missed meanwhile).
        await until(() => app.freshness.current(ann.id) !== undefined, 5000);
        expect(app.freshness.current(ann.id)).not.toBe(before);
      });
  });
}

/** A TCP proxy to PostgreSQL that can go silent: packets stop, no connection closes. */
async function silentableProxy(target: { host: string; port: number }) {
  const pairs: Array<[Socket, Socket]> = [];
  let silent = false;
  const server: Server = createServer((client) => {
    const upstream = new Socket();
    upstream.connect(target.port, target.host);
    pairs.push([client, upstream]);
    client.on('data', (chunk) => !silent && upstream.write(chunk));
    upstream.on('data', (chunk) => !silent && client.write(chunk));
    for (const socket of [client, upstream]) socket.on('error', () => undefined);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as { port: number }).port,
    setSilent: (value: boolean) => void (silent = value),
    connections: () => pairs.filter(([client]) => !client.destroyed).length,
    close: async () => {
      for (const [client, upstream] of pairs) [client, upstream].forEach((socket) => socket.destroy());
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

describe.runIf(process.env.TEST_DATABASE_URL)('the listening connection’s keepalive (PostgreSQL)', () => {
  it('notices a connection gone silent without closing, says so, and listens again through a new one', async () => {
    const url = new URL(process.env.TEST_DATABASE_URL!);
    const proxy = await silentableProxy({ host: url.hostname, port: Number(url.port || 5432) });
    url.host = `127.0.0.1:${proxy.port}`;
    const seen: string[] = [];
    const states: string[] = [];
    const listener = createPgListener({
      url: url.toString(),
      log: silentLog,
      keepaliveMs: 200,
      keepaliveTimeoutMs: 300,
    });
    try {
      listener.add({
        channel: 'stepwise_keepalive_test',
        message: (payload) => seen.push(payload),
        up: () => states.push('up'),
        down: () => states.push('down'),
      });
      await until(() => states.includes('up'));
      proxy.setSilent(true);
      const silentAt = Date.now();
      await until(() => states.includes('down'), 3000);
      // Noticed within one keepalive period plus its timeout (and some slack for a busy machine).
      expect(Date.now() - silentAt).toBeLessThan(1500);
      proxy.setSilent(false);
      await until(() => states.filter((state) => state === 'up').length === 2, 5000);
      const direct = new URL(process.env.TEST_DATABASE_URL!);
      const { default: pg } = await import('pg');
      const sender = new pg.Client({ connectionString: direct.toString() });
      await sender.connect();
      await sender.query(`select pg_notify('stepwise_keepalive_test', 'after')`);
      await sender.end();
      await until(() => seen.includes('after'));
    } finally {
      await listener.close();
      await proxy.close();
    }
  });
});
