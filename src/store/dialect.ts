import SQLite from 'better-sqlite3';
import { CompiledQuery, type Driver, Kysely, PostgresDialect, SqliteDialect, type SqliteDatabase, sql } from 'kysely';
import { pgDriver } from './pg-driver.js';
import { prepareStatements } from './pg-prepared.js';
import { currentSchemaIntrospector } from './pg-introspector.js';
import type { Log } from '../core/ports.js';
import type { Database } from './schema.js';
import { BACKSTOP_AUTOCHECKPOINT_PAGES, startCheckpointer } from './sqlite/checkpointer.js';
import { createStorageFaults, type StorageFaults, withStorageFaults } from './storage-faults.js';
import { DatabaseOpenError, ensureSqliteFolder, mustBeWritable, openFailure } from './sqlite/open-failure.js';
import { errorCode } from './relay/pg-listener.js';
import { userVersionOf } from './sqlite/user-versions.js';

export { DatabaseOpenError } from './sqlite/open-failure.js';
export { OTHER_WRITERS_CHECK_MS } from './sqlite/user-versions.js';

export type DialectName = 'sqlite' | 'postgres';

export interface StepwiseDb {
  db: Kysely<Database>;
  dialect: DialectName;
  /** PostgreSQL: the schema it runs in when one was given (the migration table lives there too). */
  schema?: string;
  /** Where the data lives, with any password removed: safe to print. */
  describe: string;
  /** Resolves when the database answers a trivial query (for /healthz). */
  ping(): Promise<void>;
  /**
   * SQLite only: a person's change counter (`user_versions`, bumped by triggers in every writing
   * transaction of any process on the file; 0 before their first write). This connection's writes
   * show at once, another process's within OTHER_WRITERS_CHECK_MS; one person's write leaves the
   * others' remembered counters alone (sqlite/user-versions.ts). Read caches check it.
   */
  userVersion?: (userId: string) => number;
  /** Writes refused for lack of room (a full disk) lately: HTTP answers 503 and /readyz says why. */
  faults: StorageFaults;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** PostgreSQL only: run in this schema (tests use a throw-away schema per suite). */
  schema?: string;
  /** PostgreSQL only: pool size (default 10). */
  poolSize?: number;
  /** PostgreSQL: named (prepared) statements, see pg-prepared.ts; off behind a pooler that cannot keep them. */
  preparedStatements?: boolean;
  /** Where the store says what went wrong in the background (SQLite's checkpoint thread, a full disk). */
  log?: Pick<Log, 'warn' | 'error' | 'info'>;
  /** Milliseconds now (the app's Clock): when a full-disk episode counts as over. */
  now?: () => number;
}

/** Opens the database a `DATABASE_URL` names: `sqlite:<path>` / `sqlite::memory:` or `postgres://…`. */
export function openDatabase(url: string, options: OpenOptions = {}): StepwiseDb {
  const faults = createStorageFaults(options.log, options.now);
  if (url.startsWith('sqlite:')) return openSqlite(url.slice('sqlite:'.length), faults, options.log);
  if (/^postgres(ql)?:\/\//.test(url)) return openPostgres(url, options, faults);
  throw new Error('only sqlite: and postgres:// database URLs are supported');
}

/** The longest a write waits for another process's write lock before the request fails. */
const LOCK_WAIT_MS = 15_000;

/**
 * Every transaction starts `BEGIN IMMEDIATE`. A deferred one that reads before it writes cannot wait
 * out the busy timeout when another process (a second server, `stepwise chat`) commits meanwhile:
 * SQLite answers SQLITE_BUSY_SNAPSHOT at once. Taking the write lock first makes it wait its turn.
 * Transactions here are units of work that write, so nothing reads under a lock it does not need.
 */
class ImmediateSqliteDialect extends SqliteDialect {
  constructor(
    private readonly sqlite: SQLite.Database,
    database: SqliteDatabase,
  ) {
    super({ database });
  }

  override createDriver(): Driver {
    const driver = super.createDriver();
    // Another process that writes in a tight loop can hold the lock at every one of the busy
    // handler's polls for the whole busy timeout: try again (after a short random pause, so the two
    // do not keep colliding) until LOCK_WAIT_MS, rather than answer 500 for a lock.
    driver.beginTransaction = async (connection) => {
      const deadline = Date.now() + LOCK_WAIT_MS;
      for (;;) {
        try {
          await connection.executeQuery(CompiledQuery.raw('begin immediate'));
          return;
        } catch (error) {
          if ((error as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() >= deadline) throw error;
          await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20));
        }
      }
    };
    // SQLite rolls a transaction back by itself when a write fails for lack of room (SQLITE_FULL,
    // also IOERR and NOMEM): a second ROLLBACK fails with SQLITE_ERROR and would hide the real cause.
    const rollback = driver.rollbackTransaction.bind(driver);
    driver.rollbackTransaction = async (connection) => {
      if (this.sqlite.inTransaction) await rollback(connection);
    };
    return driver;
  }
}

/** Opens the file, or says in plain words why it cannot (a folder that is a file, read-only, gone…). */
function openSqliteOrSayWhy(path: string, memory: boolean): SQLite.Database {
  let sqlite: SQLite.Database | undefined;
  try {
    if (!memory) {
      ensureSqliteFolder(path);
      mustBeWritable(path);
    }
    sqlite = new SQLite(memory ? ':memory:' : path);
    // WAL lets readers run beside the writer (its first write: a read-only folder fails here).
    sqlite.pragma('journal_mode = WAL');
    return sqlite;
  } catch (error) {
    sqlite?.close();
    throw error instanceof DatabaseOpenError ? error : openFailure(path, error);
  }
}

function openSqlite(path: string, faults: StorageFaults, log?: Pick<Log, 'warn'>): StepwiseDb {
  const memory = path === ':memory:' || path === '';
  const sqlite = openSqliteOrSayWhy(path, memory);
  // NORMAL sync is durable across app crashes in WAL mode; the busy timeout makes a second process
  // (e.g. `stepwise chat` beside the server) wait, not fail.
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // Checkpoints run in a background thread (see checkpointer.ts), not inside a user's commit.
  const checkpointer = memory ? undefined : startCheckpointer(path, log);
  if (checkpointer) sqlite.pragma(`wal_autocheckpoint = ${BACKSTOP_AUTOCHECKPOINT_PAGES}`);
  const statements = withStatementCache(sqlite);
  const dialect = withStorageFaults(new ImmediateSqliteDialect(sqlite, statements), faults);
  const db = new Kysely<Database>({ dialect });
  return {
    db,
    dialect: 'sqlite',
    describe: memory ? 'SQLite (in memory)' : `SQLite ${path}`,
    ping: () => ping(db),
    faults,
    close: async () => {
      await checkpointer?.stop();
      await db.destroy();
    },
    userVersion: userVersionOf(sqlite),
  };
}

/**
 * Kysely's SQLite driver prepares every query afresh, which costs more than running it. Statements
 * are cached by SQL text (the queries are a small fixed set; `in (…)` lists of other lengths just
 * add entries) and bounded, oldest out.
 */
function withStatementCache(sqlite: SQLite.Database, size = 500): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => void sqlite.close(),
    prepare(query: string) {
      let statement = cache.get(query);
      if (!statement) {
        statement = sqlite.prepare(query);
        if (cache.size >= size) cache.delete(cache.keys().next().value!);
        cache.set(query, statement);
      }
      return statement;
    },
  };
}

function openPostgres(url: string, options: OpenOptions, faults: StorageFaults): StepwiseDb {
  const pool = new (pgDriver().Pool)({
    connectionString: url,
    max: options.poolSize ?? 10,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  if (options.preparedStatements !== false) prepareStatements(pool);
  // A connection the server ends (a restart, a failover, an operator's terminate, a dropped database) reports it on
  // the connection itself. The pool listens there only while the connection is idle, so one ended while checked out
  // (inside a transaction, between its statements) had nobody listening, and Node ended the process. Each connection
  // gets a listener for its whole life: the work on it fails on its own (its request answers with an error), and the
  // pool drops the dead connection when it is released. The pool re-reports an idle one's end: said once, here.
  pool.on('connect', (client) =>
    client.on('error', (error) =>
      options.log?.warn(
        { event: 'database_connection_lost', error: errorCode(error) },
        'a database connection was closed by the server; the pool opens another when needed',
      ),
    ),
  );
  pool.on('error', () => undefined);
  const postgres = new PostgresDialect({ pool });
  postgres.createIntrospector = currentSchemaIntrospector;
  const db = new Kysely<Database>({ dialect: withStorageFaults(postgres, faults) });
  const safe = new URL(url);
  safe.password = '';
  return {
    db,
    dialect: 'postgres',
    ...(options.schema && { schema: options.schema }),
    describe: `PostgreSQL ${safe.host}${safe.pathname}`,
    ping: () => ping(db),
    faults,
    close: () => db.destroy(),
  };
}

const ping = async (db: Kysely<Database>) => void (await sql`select 1`.execute(db));

/** The file a `sqlite:` URL names; undefined for PostgreSQL and for an in-memory SQLite database. */
export function sqliteFileOf(url: string): string | undefined {
  if (!url.startsWith('sqlite:')) return undefined;
  const path = url.slice('sqlite:'.length);
  return path === '' || path === ':memory:' ? undefined : path;
}

/**
 * A bare connection to an existing SQLite file, for whole-file work (backup and restore,
 * store/backup.ts): the app's busy timeout, but no WAL switch, checkpoint thread or Kysely, so
 * opening it changes nothing in the file. Throws SQLITE_CANTOPEN when there is no such file.
 */
export function openSqliteFile(path: string, options: { readonly?: boolean } = {}): SQLite.Database {
  const sqlite = new SQLite(path, { fileMustExist: true, readonly: options.readonly ?? false });
  sqlite.pragma('busy_timeout = 5000');
  return sqlite;
}
