import type SQLite from 'better-sqlite3';
import { LRUCache } from 'lru-cache';

/** How long another process's commit may go unseen by read caches (reading data_version costs ~3 µs). */
export const OTHER_WRITERS_CHECK_MS = 5;
/** People whose counter is remembered between checks (~150 bytes each). */
const REMEMBERED_VERSIONS = 100_000;

/** The SQL function the watch triggers call with the id of each person whose counter this connection changed. */
const TOUCHED = 'stepwise_user_version_touched';

/**
 * A person's change counter (`user_versions`), read from the table only when it may have changed:
 * this connection changed *that person's* row since it was read, or another process committed
 * (SQLite's data_version, read at most every OTHER_WRITERS_CHECK_MS). Otherwise the remembered value:
 * a cached read costs no statement at all, and one person's write makes nobody else's read check again
 * (counting this connection's writes as a whole did: at 50 writes a second by others, a person's
 * cached reads fell to 0.67×).
 *
 * Who was changed is told by TEMP triggers on `user_versions`, which live on this connection only and
 * fire for its writes, committed or not: the person is forgotten at once, and read again. A counter
 * read while a transaction is open on the connection is not remembered (it may be that transaction's,
 * uncommitted). Prepared on first use: the table exists once the migrations have run.
 */
export function userVersionOf(sqlite: SQLite.Database): (userId: string) => number {
  // `maxSize` counting one per person, not `max`: with `max`, lru-cache sets aside room for every entry up front.
  const known = new LRUCache<string, { version: number; other: number }>({
    maxSize: REMEMBERED_VERSIONS,
    sizeCalculation: () => 1,
  });
  sqlite.function(TOUCHED, { deterministic: false }, (id: unknown) => {
    known.delete(String(id));
    return null;
  });
  let read: SQLite.Statement<[string], number> | undefined;
  const dataVersion = sqlite.prepare('pragma data_version').pluck();
  let other = 0;
  let checkedAt = -Infinity;
  let watching = false;
  return (userId) => {
    const now = performance.now();
    if (now - checkedAt >= OTHER_WRITERS_CHECK_MS) {
      other = dataVersion.get() as number;
      checkedAt = now;
    }
    const hit = known.get(userId);
    if (hit && hit.other === other) return hit.version;
    read ??= sqlite.prepare<[string], number>('select version from user_versions where id = ?').pluck();
    const version = read.get(userId) ?? 0;
    // A temp trigger made inside a transaction would go with its rollback: watch from outside one.
    if (!sqlite.inTransaction) watching ||= watchChanges(sqlite);
    if (watching && !sqlite.inTransaction) known.set(userId, { version, other });
    return version;
  };
}

/** Temp triggers: this connection's every change to a person's counter names the person to TOUCHED. */
function watchChanges(sqlite: SQLite.Database): true {
  for (const [operation, row] of [
    ['insert', 'new'],
    ['update', 'new'],
    ['delete', 'old'],
  ] as const)
    sqlite.exec(`create temp trigger if not exists stepwise_user_version_${operation}
      after ${operation} on main.user_versions begin select ${TOUCHED}(${row}.id); end`);
  return true;
}
