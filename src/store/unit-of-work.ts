import type { Kysely } from 'kysely';
import type { TrackStatsStore, UnitOfWork } from '../core/ports.js';
import type { Sealer } from '../core/privacy/sealer.port.js';
import { createSealer } from './crypto/aes-gcm-sealer.js';
import { type AllStores, createStores } from './create-stores.js';
import { averageCompletion, stuckUsers } from './repositories/track-stats.js';
import type { Database } from './schema.js';
import { createStoreMemory, type StoreMemory } from './store-memory.js';
import { type TransactionSlot, transactionHandle } from './transaction-handle.js';

interface Slot extends TransactionSlot {
  stores: AllStores;
}

/**
 * The `UnitOfWork` port: every repository over one transaction, sealing with the app's sealer and
 * remembering in the store's `memory` (the same the app's other repositories use).
 *
 * The repositories are built once per slot, not per transaction: a slot is a set of them over a
 * handle that stands for the transaction holding the slot (transaction-handle.ts). A slot is taken
 * once the transaction has its connection, so there are never more slots than connections open at
 * once (one on SQLite, the pool's size on PostgreSQL), and a finished step builds nothing.
 */
export function createUnitOfWork(
  db: Kysely<Database>,
  sealer: Sealer = createSealer(),
  memory: StoreMemory = createStoreMemory(),
): UnitOfWork {
  const idle: Slot[] = [];
  const newSlot = (): Slot => {
    const slot: TransactionSlot = {};
    return Object.assign(slot, { stores: createStores(transactionHandle(slot), sealer, memory) });
  };
  return {
    transaction: (work) =>
      db.transaction().execute(async (tx) => {
        const slot = idle.pop() ?? newSlot();
        slot.tx = tx;
        try {
          return await work(slot.stores);
        } finally {
          slot.tx = undefined;
          idle.push(slot);
        }
      }),
  };
}

/** The `TrackStatsStore` port over the whole database (for the metrics gauges). */
export function createTrackStats(db: Kysely<Database>): TrackStatsStore {
  return { averageCompletion: () => averageCompletion(db), stuckUsers: (before) => stuckUsers(db, before) };
}
