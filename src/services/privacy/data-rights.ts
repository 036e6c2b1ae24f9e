import type { UserId } from '../../core/goals/model.js';
import type { Clock } from '../../core/ports.js';
import type { EventBus } from '../../core/tracks/events.js';
import type { StoredRow, UserDataStore } from '../../core/privacy/user-data.port.js';
import type { WorkGate } from '../work-gate.js';
import { isoTime } from '../../core/iso-time.js';

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
  /**
   * The export turned into what is sent (JSON text, a page), inside the export gate: collecting and
   * rendering both hold the person's one place and one of the server's few.
   */
  exportAs<T>(userId: UserId, render: (document: UserExport) => T | Promise<T>): Promise<T>;
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
  /**
   * Bounds exports: every row of a person is read, unsealed and serialised at once (10,000 entries
   * are tens of MB and a few hundred ms of the event loop), so unbounded exports starve everyone
   * else. Without one (the operator's own CLI), exports are not bounded.
   */
  gate?: WorkGate;
}): DataRights {
  const collect = async (userId: UserId): Promise<UserExport> => ({
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exported_at: isoTime(deps.clock.now()),
    user_id: userId,
    tables: await deps.store.collect(userId),
  });
  const gated = <T>(userId: UserId, work: () => Promise<T>) => (deps.gate ? deps.gate.run(userId, work) : work());
  return {
    exportAll: (userId) => gated(userId, () => collect(userId)),
    exportAs: (userId, render) => gated(userId, async () => render(await collect(userId))),
    inventory: (userId) => deps.store.countRows(userId),
    async forget(userId) {
      const erased = await deps.store.erase(userId);
      // Open dashboards on every instance close, whichever door the erasure came through.
      if (erased) deps.bus?.publish({ type: 'account_erased', userId, programId: '', at: deps.clock.now() });
      return erased;
    },
  };
}
