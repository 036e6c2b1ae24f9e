import {
  createPersonLanes,
  createZoneGuesses,
  type PersonLanes,
  type ZoneGuesses,
} from './repositories/track-ledger-pg.js';

/**
 * What the repositories remember between calls, made once where the store is opened and shared by
 * every repository built over it, transactions included. Everything in it is keyed by person (their
 * zone; their lane per program), so one person's entry never answers for another. Built per
 * transaction, the zone guesses alone (an LRU of 100,000) cost a finished step ~13 ms.
 */
export interface StoreMemory {
  zones: ZoneGuesses;
  lanes: PersonLanes;
}

export const createStoreMemory = (): StoreMemory => ({ zones: createZoneGuesses(), lanes: createPersonLanes() });
