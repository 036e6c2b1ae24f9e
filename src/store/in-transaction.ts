import type { Kysely, Transaction } from 'kysely';
import { setTimeout as sleep } from 'node:timers/promises';
import { RECONNECT_PAUSE_MS, safeToRetry } from './connection-faults.js';
import type { Database } from './schema.js';

/**
 * Runs `work` in a transaction on `db`, or inside the one `db` already is: a repository method that
 * needs a transaction of its own joins its caller's unit of work instead of nesting (Kysely cannot).
 *
 * A transaction of its own runs once more when the database failed it before COMMIT was sent (its
 * connection ended, a deadlock): the server rolled it back, so nothing of the first run stays, and
 * `work` here is the store's own statements, with no effect outside the database. A failure at COMMIT
 * is never retried (it may have committed); a second failure is the caller's (503).
 */
export async function inTransaction<T>(
  db: Kysely<Database>,
  work: (tx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  if (db.isTransaction) return work(db as Transaction<Database>);
  try {
    return await db.transaction().execute(work);
  } catch (error) {
    if (!safeToRetry(error)) throw error;
    // A moment for the pool to hear that its other connections to a restarted server are gone too
    // (random, so the transactions one restart failed do not all come back at once).
    await sleep(RECONNECT_PAUSE_MS * (1 + Math.random()));
    return db.transaction().execute(work);
  }
}
