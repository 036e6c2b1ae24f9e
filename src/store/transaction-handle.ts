import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.js';

/** Where a handle finds its transaction: set while one runs, cleared when it ends. */
export interface TransactionSlot {
  tx?: Transaction<Database>;
}

/**
 * A database handle that is whichever transaction `slot` holds now, so repositories built over it
 * once serve every transaction that later takes the slot (unit-of-work.ts). Methods are bound to
 * the transaction itself, since Kysely's objects keep their state in private fields. Used after its
 * transaction ended, it fails at once rather than reach into another one.
 */
export function transactionHandle(slot: TransactionSlot): Kysely<Database> {
  return new Proxy({} as Kysely<Database>, {
    get(_target, property) {
      const tx = slot.tx;
      if (!tx) throw new Error('the stores of a unit of work were used after its transaction ended');
      const value: unknown = Reflect.get(tx, property, tx);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(tx) : value;
    },
  });
}
