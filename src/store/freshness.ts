import type { Freshness } from '../core/ports.js';

/** Freshness from the database's change stamp (undefined: no cheap stamp, reads are not cached). */
export function createFreshness(databaseStamp: (() => string) | undefined): Freshness {
  let generation = 0;
  return {
    current: databaseStamp ? () => `${databaseStamp()}/${generation}` : () => undefined,
    bump: () => void generation++,
  };
}
