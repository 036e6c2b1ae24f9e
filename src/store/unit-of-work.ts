import type { Kysely } from 'kysely';
import type { TrackStatsStore, UnitOfWork } from '../core/ports.js';
import type { Sealer } from '../core/privacy/sealer.port.js';
import { createStores } from './create-stores.js';
import { averageCompletion, stuckUsers } from './repositories/track-stats.js';
import type { Database } from './schema.js';

/** The `UnitOfWork` port: every repository built over one transaction, sealing with the app's sealer. */
export function createUnitOfWork(db: Kysely<Database>, sealer?: Sealer): UnitOfWork {
  return { transaction: (work) => db.transaction().execute((tx) => work(createStores(tx, sealer))) };
}

/** The `TrackStatsStore` port over the whole database (for the metrics gauges). */
export function createTrackStats(db: Kysely<Database>): TrackStatsStore {
  return { averageCompletion: () => averageCompletion(db), stuckUsers: (before) => stuckUsers(db, before) };
}
