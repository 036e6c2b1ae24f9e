import type { Kysely, Transaction } from 'kysely';
import type { TrackStatsStore, UnitOfWork } from '../core/ports.js';
import { createStores } from './create-stores.js';
import { averageCompletion, stuckUsers } from './repositories/track.repository.js';
import type { Database } from './schema.js';

/**
 * Runs `work` in a transaction on `db`, or inside the one `db` already is: a repository method that
 * needs a transaction of its own joins its caller's unit of work instead of nesting.
 */
export function inTransaction<T>(db: Kysely<Database>, work: (tx: Transaction<Database>) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db as Transaction<Database>) : db.transaction().execute(work);
}

/** The `UnitOfWork` port: every repository built over one transaction. */
export function createUnitOfWork(db: Kysely<Database>): UnitOfWork {
  return { transaction: (work) => db.transaction().execute((tx) => work(createStores(tx))) };
}

/** The `TrackStatsStore` port over the whole database (for the metrics gauges). */
export function createTrackStats(db: Kysely<Database>): TrackStatsStore {
  return { averageCompletion: () => averageCompletion(db), stuckUsers: (before) => stuckUsers(db, before) };
}
