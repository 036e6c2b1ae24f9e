import type { UserId } from '../../core/goals/model.js';
import type { Clock } from '../../core/ports.js';
import type { EventBus } from '../../core/tracks/events.js';
import type { StoredRow, UserDataStore } from '../../core/privacy/user-data.port.js';

/** The export's format name and version; docs/export.md describes every field. Bump on a breaking change. */
export const EXPORT_FORMAT = 'stepwise-export';
export const EXPORT_VERSION = 1;

/** Everything stored about one person: the GDPR access right as one JSON document. */
export interface UserExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exported_at: string;
  user_id: UserId;
  /** Every user-scoped table, by name, with the person's rows as stored (secrets' hashes left out). */
  tables: Record<string, StoredRow[]>;
}

export interface DataRights {
  exportAll(userId: UserId): Promise<UserExport>;
  /** What an erasure would remove, table by table (for the confirmation the person reads first). */
  inventory(userId: UserId): Promise<Record<string, number>>;
  /** Erases the person and every row that names them; true when there was someone to erase. */
  forget(userId: UserId): Promise<boolean>;
}

/** The person's data rights over the store: export everything, count it, erase it. */
export function createDataRights(deps: {
  store: UserDataStore;
  clock: Clock;
  bus?: Pick<EventBus, 'publish'>;
}): DataRights {
  return {
    async exportAll(userId) {
      return {
        format: EXPORT_FORMAT,
        version: EXPORT_VERSION,
        exported_at: deps.clock.now().toISOString(),
        user_id: userId,
        tables: await deps.store.collect(userId),
      };
    },
    inventory: (userId) => deps.store.countRows(userId),
    async forget(userId) {
      const erased = await deps.store.erase(userId);
      // Open dashboards on every instance close, whichever door the erasure came through.
      if (erased) deps.bus?.publish({ type: 'account_erased', userId, programId: '', at: deps.clock.now() });
      return erased;
    },
  };
}
