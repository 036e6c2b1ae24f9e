import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { isStepwiseError } from '../../src/core/errors.js';
import { openDatabase } from '../../src/store/dialect.js';
import { inTransaction } from '../../src/store/in-transaction.js';
import { createTestDatabase } from '../factories/databases.js';

/** The server's goodbye (57P01), or the socket's end when it arrives first (pg's own words, no code). */
const ENDED_BY_SERVER = expect.stringMatching(/^(57P01|connection_ended)$/);

/** A log that keeps the warnings it is given, for the test to read. */
const collectingWarnings = () => {
  const warnings: Array<Record<string, unknown>> = [];
  const log = {
    warn: (fields: object) => void warnings.push(fields as never),
    error: () => undefined,
    info: () => undefined,
  };
  return { warnings, log };
};

// A server restart, a failover or an operator's pg_terminate_backend ends idle pooled connections:
// the pool must say so and carry on, not crash the process with an unhandled 'error' event.
describe.runIf(process.env.TEST_DATABASE_URL)('a pooled PostgreSQL connection ended by the server', () => {
  it('is reported once, named by its code, and the next query opens another connection', async () => {
    const { warnings, log } = collectingWarnings();
    const store = openDatabase(process.env.TEST_DATABASE_URL!, { poolSize: 1, log });
    const admin = openDatabase(process.env.TEST_DATABASE_URL!, { poolSize: 1 });
    try {
      const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(store.db);
      await sql`select pg_terminate_backend(${rows[0]!.pid})`.execute(admin.db);
      const deadline = Date.now() + 3000;
      while (warnings.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(warnings).toEqual([{ event: 'database_connection_lost', error: '57P01' }]);
      const again = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(store.db);
      expect(again.rows[0]!.pid).not.toBe(rows[0]!.pid);
    } finally {
      await store.close();
      await admin.close();
    }
  });

  it('fails the transaction whose connection the server ends between statements, and the process lives on', async () => {
    const { warnings, log } = collectingWarnings();
    const store = openDatabase(process.env.TEST_DATABASE_URL!, { poolSize: 1, log });
    const admin = openDatabase(process.env.TEST_DATABASE_URL!, { poolSize: 1 });
    // A checked-out connection's 'error' with nobody listening is an uncaught exception: it ended the server.
    const uncaught: unknown[] = [];
    const onUncaught = (error: unknown) => void uncaught.push(error);
    process.prependListener('uncaughtException', onUncaught);
    let pid = 0;
    try {
      const outcome = await store.db
        .transaction()
        .execute(async (trx) => {
          pid = (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(trx)).rows[0]!.pid;
          await sql`select pg_terminate_backend(${pid})`.execute(admin.db);
          await new Promise((resolve) => setTimeout(resolve, 200));
          await sql`select 1`.execute(trx);
          return 'committed';
        })
        .catch(() => 'failed');
      expect(outcome).toBe('failed');
      expect(uncaught).toEqual([]);
      // The server's goodbye (57P01), then the socket's end: both said, by code, never by message.
      expect(warnings[0]).toEqual({ event: 'database_connection_lost', error: '57P01' });
      // The work that failed is said too, once, as what a caller meets (database_unavailable), by code.
      expect(warnings.filter((warning) => warning.event !== 'database_connection_lost')).toEqual([
        { event: 'database_unavailable', code: 'connection_ended', reason: 'connection_lost' },
      ]);
      const again = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(store.db);
      expect(again.rows[0]!.pid).not.toBe(pid);
    } finally {
      process.off('uncaughtException', onUncaught);
      await store.close();
      await admin.close();
    }
  });

  it('answers a transaction whose connection ended as database_unavailable, and runs it again once before COMMIT', async () => {
    const { log } = collectingWarnings();
    const store = openDatabase(process.env.TEST_DATABASE_URL!, { poolSize: 2, log });
    const admin = openDatabase(process.env.TEST_DATABASE_URL!, { poolSize: 1 });
    const runs: number[] = [];
    try {
      // The first run's connection is ended between its statements: the server rolled it back, so the
      // store runs the work again on another connection, and the caller sees only the second run.
      const outcome = await inTransaction(store.db, async (tx) => {
        const pid = (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(tx)).rows[0]!.pid;
        runs.push(pid);
        if (runs.length === 1) await sql`select pg_terminate_backend(${pid})`.execute(admin.db);
        await sql`select 1`.execute(tx);
        return 'committed';
      });
      expect(outcome).toBe('committed');
      expect(runs).toHaveLength(2);
      expect(runs[1]).not.toBe(runs[0]);
      // Twice in a row: the caller hears it, in the domain's words (HTTP 503), never a driver error (500).
      const twice = await inTransaction(store.db, async (tx) => {
        const pid = (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(tx)).rows[0]!.pid;
        await sql`select pg_terminate_backend(${pid})`.execute(admin.db);
        await sql`select 1`.execute(tx);
      }).catch((error: unknown) => error);
      expect(isStepwiseError(twice) && { code: twice.code, details: twice.details }).toEqual({
        code: 'database_unavailable',
        details: { code: ENDED_BY_SERVER, reason: 'connection_lost' },
      });
    } finally {
      await store.close();
      await admin.close();
    }
  });

  it('never runs again a transaction whose COMMIT was sent: it may have committed', async () => {
    const testDb = await createTestDatabase('postgres');
    const store = openDatabase(testDb.url, { schema: testDb.schema, poolSize: 2 });
    const admin = openDatabase(process.env.TEST_DATABASE_URL!, { poolSize: 1 });
    try {
      // A deferred trigger makes COMMIT slow (its work runs at commit), long enough to end the
      // connection while the server is committing.
      await sql`create table slow_commit (id int)`.execute(store.db);
      await sql`create function slow() returns trigger language plpgsql as $$
        begin perform pg_sleep(0.5); return null; end $$`.execute(store.db);
      await sql`create constraint trigger slow_commit after insert on slow_commit
        deferrable initially deferred for each row execute function slow()`.execute(store.db);
      let runs = 0;
      const failure = inTransaction(store.db, async (tx) => {
        runs++;
        const pid = (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(tx)).rows[0]!.pid;
        await sql`insert into slow_commit values (1)`.execute(tx);
        setTimeout(() => void sql`select pg_terminate_backend(${pid})`.execute(admin.db), 150);
      }).catch((error: unknown) => error);
      const error = await failure;
      expect(isStepwiseError(error) && { code: error.code, details: error.details }).toEqual({
        code: 'database_unavailable',
        details: { code: ENDED_BY_SERVER, reason: 'connection_lost', outcome: 'unknown' },
      });
      expect(runs).toBe(1);
    } finally {
      await store.close();
      await admin.close();
      await testDb.dispose();
    }
  });

  it('answers database_unavailable when no server answers at all', async () => {
    const store = openDatabase('postgres://stepwise@127.0.0.1:1/nowhere', { poolSize: 1 });
    try {
      const error = await store.ping().catch((failure: unknown) => failure);
      expect(isStepwiseError(error) && { code: error.code, details: error.details }).toEqual({
        code: 'database_unavailable',
        details: { code: 'ECONNREFUSED', reason: 'connection_lost' },
      });
    } finally {
      await store.close();
    }
  });
});
