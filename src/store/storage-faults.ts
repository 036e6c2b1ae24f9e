import type { CompiledQuery, DatabaseConnection, Dialect, Driver, QueryResult } from 'kysely';
import { setTimeout as sleep } from 'node:timers/promises';
import { isStepwiseError, StepwiseError } from '../core/errors.js';
import type { Log } from '../core/ports.js';
import { databaseUnavailable, outcomeUnknown, RECONNECT_PAUSE_MS, unavailableCause } from './connection-faults.js';

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
  /**
   * A driver error as the domain's `storage_full` refusal when it is one (remembered), as
   * `database_unavailable` when the connection went or the server could not take the work just now,
   * else unchanged.
   */
  translate(error: unknown): unknown;
}

/** A fault is over once no write has met it for this long (so a flapping disk is one episode, one log line). */
const FAULT_QUIET_MS = 60_000;

/** A lost connection is logged at most this often per code: a restart fails many requests at once. */
const UNAVAILABLE_LOG_MS = 10_000;

/**
 * The memory of storage faults, one per open database. The cause is logged once per episode, by
 * driver code only (the driver's message may carry a path or a host), then again when it is over.
 */
export function createStorageFaults(
  log?: Pick<Log, 'error' | 'info' | 'warn'>,
  now: () => number = Date.now,
): StorageFaults {
  let fault: { code: string; lastAt: number } | undefined;
  const unavailableLoggedAt = new Map<string, number>();
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
      const unavailable = unavailableCause(error);
      if (unavailable) {
        // By code only: the driver's message may name the host. Requests answer 503 with Retry-After.
        const last = unavailableLoggedAt.get(unavailable.code);
        if (last === undefined || now() - last >= UNAVAILABLE_LOG_MS) {
          unavailableLoggedAt.set(unavailable.code, now());
          log?.warn({ event: 'database_unavailable', ...unavailable }, 'a database request failed; it may be retried');
        }
        return databaseUnavailable(unavailable, error);
      }
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
  // Each connection's own executeQuery, before the wrapping below.
  const unguarded = new WeakMap<DatabaseConnection, DatabaseConnection['executeQuery']>();
  // Connections inside a transaction: there, only COMMIT can make anything stick.
  const inTransaction = new WeakSet<DatabaseConnection>();
  const acquire = driver.acquireConnection.bind(driver);
  const release = driver.releaseConnection.bind(driver);
  // Connections are pooled and reused: each is wrapped once, the first time it is handed out.
  driver.acquireConnection = async () => {
    let connection: DatabaseConnection;
    try {
      connection = await acquire();
    } catch (error) {
      // No connection to be had (the server down, restarting, out of connections): 503, not 500.
      throw faults.translate(error);
    }
    if (unguarded.has(connection)) return connection;
    const execute = connection.executeQuery.bind(connection);
    unguarded.set(connection, execute);
    // async + await: Kysely's SQLite connection throws synchronously, PostgreSQL's rejects.
    connection.executeQuery = (async (query) => {
      try {
        return await execute(query);
      } catch (error) {
        const translated = faults.translate(error);
        if (!lostConnection(translated) || inTransaction.has(connection)) throw translated;
        // A query builder's SELECT on its own changes nothing: asked again on another connection (a
        // restart ends every connection at once; the pool has heard of the others' end by now).
        if (query.query.kind === 'SelectQueryNode') return readAgain(query, translated);
        // Any other statement on its own commits by itself: lost on the way, it may have taken effect.
        throw outcomeUnknown(translated);
      }
    }) as DatabaseConnection['executeQuery'];
    return connection;
  };
  const readAgain = async <R>(query: CompiledQuery, failure: unknown): Promise<QueryResult<R>> => {
    let fresh: DatabaseConnection | undefined;
    try {
      await sleep(RECONNECT_PAUSE_MS);
      fresh = await driver.acquireConnection();
      // Once: unguarded, so a second loss is not asked again in turn.
      return (await unguarded.get(fresh)!(query)) as QueryResult<R>;
    } catch {
      throw failure;
    } finally {
      if (fresh) await release(fresh);
    }
  };
  const begin = driver.beginTransaction.bind(driver);
  driver.beginTransaction = async (connection, settings) => {
    inTransaction.add(connection);
    try {
      await begin(connection, settings);
    } catch (error) {
      inTransaction.delete(connection);
      throw error;
    }
  };
  // COMMIT sent and then no answer: the server may have committed. Marked, so nothing runs it again.
  const commit = driver.commitTransaction.bind(driver);
  driver.commitTransaction = async (connection) => {
    try {
      await commit(connection);
      inTransaction.delete(connection);
    } catch (error) {
      throw outcomeUnknown(error);
    }
  };
  // A connection that ended took its transaction with it (the server rolls back): the ROLLBACK that
  // cannot be sent would replace the error that says what happened (and whether COMMIT was sent).
  // The pool drops the dead connection when it is released.
  const rollback = driver.rollbackTransaction.bind(driver);
  driver.rollbackTransaction = async (connection) => {
    try {
      await rollback(connection);
    } catch (error) {
      if (!lostConnection(error)) throw error;
    } finally {
      inTransaction.delete(connection);
    }
  };
  return driver;
}

const lostConnection = (error: unknown) => isStepwiseError(error) && error.details.reason === 'connection_lost';
