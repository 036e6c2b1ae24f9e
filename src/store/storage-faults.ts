import type { DatabaseConnection, Dialect, Driver } from 'kysely';
import { StepwiseError } from '../core/errors.js';
import type { Log } from '../core/ports.js';

/**
 * Driver codes meaning "there is no room to write", in plain words for `/readyz`: SQLite's, and
 * PostgreSQL's SQLSTATE 53100 disk_full and 53200 out_of_memory (a server that cannot allocate
 * refuses writes just the same). Words name no path or host.
 */
const NO_ROOM: Record<string, string> = {
  SQLITE_FULL:
    'the disk holding the database is full (SQLITE_FULL): writes are refused; free space on that disk and they resume by themselves',
  '53100':
    'the PostgreSQL server’s disk is full (SQLSTATE 53100 disk_full): writes are refused; free space on the database server and they resume by themselves',
  '53200':
    'the PostgreSQL server is out of memory (SQLSTATE 53200 out_of_memory): writes are refused; check the database server’s memory',
};

/** Causes followed when looking for the real failure (a wrapper keeps it in `cause`). */
const MAX_CHAIN = 8;

/** The "no room" driver code anywhere in an error's chain (`cause` after `cause`), or undefined. */
export function noRoomCode(error: unknown): string | undefined {
  let link = error;
  for (let depth = 0; depth < MAX_CHAIN && link && typeof link === 'object'; depth++) {
    const code = (link as { code?: unknown }).code;
    if (typeof code === 'string' && Object.hasOwn(NO_ROOM, code)) return code;
    link = (link as { cause?: unknown }).cause;
  }
  return undefined;
}

/** A storage fault writes met lately: its driver code and what it means, in plain words. */
export interface StorageFault {
  code: string;
  words: string;
}

/** What the database remembers of failed writes, for the error map and `/readyz`. */
export interface StorageFaults {
  /** The fault of the last failed write, while one failed in the last minute. */
  current(): StorageFault | undefined;
  /** A driver error as the domain's `storage_full` refusal when it is one (remembered), else unchanged. */
  translate(error: unknown): unknown;
}

/** A fault is over once no write has met it for this long (so a flapping disk is one episode, one log line). */
const FAULT_QUIET_MS = 60_000;

/**
 * The memory of storage faults, one per open database. The cause is logged once per episode, by
 * driver code only (the driver's message may carry a path or a host), then again when it is over.
 */
export function createStorageFaults(log?: Pick<Log, 'error' | 'info'>, now: () => number = Date.now): StorageFaults {
  let fault: { code: string; lastAt: number } | undefined;
  const current = (): StorageFault | undefined => {
    if (fault && now() - fault.lastAt >= FAULT_QUIET_MS) {
      log?.info({ event: 'storage_recovered', code: fault.code }, 'no write has met a full disk for a minute');
      fault = undefined;
    }
    return fault && { code: fault.code, words: NO_ROOM[fault.code]! };
  };
  return {
    current,
    translate(error) {
      const code = noRoomCode(error);
      if (!code) return error;
      if (!current()) log?.error({ event: 'storage_full', code }, 'writes fail: the database has no room');
      fault = { code, lastAt: now() };
      return new StepwiseError('storage_full', `the database has no room (${code})`, { code });
    },
  };
}

/**
 * A dialect whose every query failure passes through `faults.translate`, so a full disk reaches
 * the interfaces as `storage_full` (HTTP 503, a calm chat reply), whatever query met it.
 */
export function withStorageFaults(dialect: Dialect, faults: StorageFaults): Dialect {
  return {
    createAdapter: () => dialect.createAdapter(),
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createIntrospector: (db) => dialect.createIntrospector(db),
    createDriver: () => guardDriver(dialect.createDriver(), faults),
  };
}

function guardDriver(driver: Driver, faults: StorageFaults): Driver {
  const guarded = new WeakSet<DatabaseConnection>();
  const acquire = driver.acquireConnection.bind(driver);
  // Connections are pooled and reused: each is wrapped once, the first time it is handed out.
  driver.acquireConnection = async () => {
    const connection = await acquire();
    if (guarded.has(connection)) return connection;
    const execute = connection.executeQuery.bind(connection);
    // async + await: Kysely's SQLite connection throws synchronously, PostgreSQL's rejects.
    connection.executeQuery = (async (query) => {
      try {
        return await execute(query);
      } catch (error) {
        throw faults.translate(error);
      }
    }) as DatabaseConnection['executeQuery'];
    guarded.add(connection);
    return connection;
  };
  return driver;
}
