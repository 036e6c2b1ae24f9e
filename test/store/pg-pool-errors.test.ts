import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/dialect.js';

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
      expect(new Set(warnings.map((warning) => warning.event))).toEqual(new Set(['database_connection_lost']));
      const again = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(store.db);
      expect(again.rows[0]!.pid).not.toBe(pid);
    } finally {
      process.off('uncaughtException', onUncaught);
      await store.close();
      await admin.close();
    }
  });
});
