import type { Freshness } from '../../core/ports.js';
import { createChangeLog } from './change-log.js';

/**
 * SQLite: a person's views are fresh while their row in `user_versions` (bumped by triggers in the
 * writing transaction, by any process on the file) and their local mark (in-memory state, such as
 * a model's suggestion arriving) are what the view was built under. One primary-key read per check
 * (~2 µs): exact, also across processes, and a write retires only its own person's views.
 */
export function createSqliteFreshness(versionOf: (userId: string) => number): Freshness {
  const local = createChangeLog();
  return {
    current: (userId) => `${versionOf(userId)}/${local.stampOf(userId)}`,
    bump: (userId) => local.mark(userId),
  };
}

/** No cheap stamp (caching off, or an in-process store nothing else writes): reads are not cached. */
export const uncached: Freshness = { current: () => undefined, bump: () => undefined };
