import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type SQLite from 'better-sqlite3';
import { copyPages, type CopyOptions, inPlainWords } from './backup.js';
import { openDatabase, openSqliteFile } from './dialect.js';
import { migrateToLatest, pendingMigrations } from './migrate.js';

export type BackupCheck =
  | { ok: true; people: number; migrations: string[] }
  | { ok: false; reason: 'missing' | 'not_sqlite' | 'damaged' | 'not_stepwise' | 'newer'; message: string };

export type RestoreOutcome =
  | { ok: true; people: number; applied: string[] }
  | {
      ok: false;
      reason:
        Extract<BackupCheck, { ok: false }>['reason'] | 'same_file' | 'not_empty' | 'target_unreadable' | 'failed';
      message: string;
    };

/**
 * Restores a backup (`stepwise backup`) into the SQLite file `target`, which must hold nobody yet:
 * the backup is checked first (a sound SQLite file, a Stepwise schema no newer than this code), a
 * target that holds people is refused untouched, the pages are copied with SQLite's backup API
 * (which takes the target's locks properly, unlike a file copy under a -wal file), and the result is
 * migrated to this code's schema.
 */
export async function restoreSqlite(
  backup: string,
  target: string,
  options: CopyOptions = {},
): Promise<RestoreOutcome> {
  const check = await inspectBackup(backup);
  if (!check.ok) return check;
  if (resolve(backup) === resolve(target))
    return { ok: false, reason: 'same_file', message: 'the backup is the configured database itself' };
  const present = peopleIn(target);
  if (present === undefined)
    return {
      ok: false,
      reason: 'target_unreadable',
      message: `${target} exists but is not a readable SQLite database; nothing was changed (move it away first)`,
    };
  if (present > 0)
    return {
      ok: false,
      reason: 'not_empty',
      message:
        `the database at ${target} already holds ${present} ${present === 1 ? 'person' : 'people'}; a restore goes ` +
        'only into an empty database, so nothing was changed (point DATABASE_URL at a new file and run restore again)',
    };
  mkdirSync(dirname(resolve(target)), { recursive: true });
  const source = openSqliteFile(backup, { readonly: true });
  try {
    const copied = await copyPages(source, target, options);
    if (copied.pages === 0) throw Object.assign(new Error('nothing copied'), { code: 'SQLITE_BUSY' });
  } catch (failure) {
    return { ok: false, reason: 'failed', message: `the backup could not be copied: ${inPlainWords(failure)}` };
  } finally {
    source.close();
  }
  const database = openDatabase(`sqlite:${target}`);
  try {
    const report = await migrateToLatest(database.db);
    if (report.error)
      return {
        ok: false,
        reason: 'failed',
        message: `restored, but migrating it failed: ${inPlainWords(report.error)}`,
      };
    return { ok: true, people: check.people, applied: report.applied };
  } finally {
    await database.close();
  }
}

/** Is this file a Stepwise database this code can take: sound, with our schema, not from a newer version? */
export async function inspectBackup(path: string): Promise<BackupCheck> {
  if (!existsSync(path)) return { ok: false, reason: 'missing', message: `there is no file at ${path}` };
  let file: SQLite.Database;
  try {
    // Read-only: checking a backup must not change it (ours are rollback-journal files, read cleanly).
    file = openSqliteFile(path, { readonly: true });
  } catch {
    return notSqlite(path);
  }
  try {
    const verdict = file.pragma('integrity_check', { simple: true });
    if (verdict !== 'ok') return { ok: false, reason: 'damaged', message: `${path} is damaged: ${String(verdict)}` };
    const tables = new Set(file.prepare("select name from sqlite_master where type = 'table'").pluck().all());
    if (!tables.has('kysely_migration') || !tables.has('users'))
      return {
        ok: false,
        reason: 'not_stepwise',
        message: `${path} is a SQLite database but not a Stepwise one (it has no migration table or users)`,
      };
    const migrations = file.prepare('select name from kysely_migration order by name').pluck().all() as string[];
    const known = new Set(await knownMigrations());
    const unknown = migrations.filter((name) => !known.has(name));
    if (unknown.length > 0)
      return {
        ok: false,
        reason: 'newer',
        message: `${path} comes from a newer Stepwise (its schema has ${unknown.join(', ')}, which this version does not know); upgrade Stepwise, then restore`,
      };
    const people = file.prepare('select count(*) from users').pluck().get() as number;
    return { ok: true, people, migrations };
  } catch (failure) {
    const code = String((failure as { code?: unknown }).code ?? '');
    if (code === 'SQLITE_NOTADB') return notSqlite(path);
    return { ok: false, reason: 'damaged', message: `${path} could not be read: ${inPlainWords(failure)}` };
  } finally {
    file.close();
  }
}

const notSqlite = (path: string): BackupCheck => ({
  ok: false,
  reason: 'not_sqlite',
  message: `${path} is not a Stepwise backup (not a SQLite database at all)`,
});

/**
 * The migrations this code has, read through the same Migrator the app uses: on an empty database
 * every one is pending. So a migration added later needs no second list here.
 */
async function knownMigrations(): Promise<string[]> {
  const empty = openDatabase('sqlite::memory:');
  try {
    return await pendingMigrations(empty.db);
  } finally {
    await empty.close();
  }
}

/**
 * How many people the target holds: 0 when there is no file yet or no schema, undefined when it is
 * not a database. Opened read-write though it only reads: a read-only connection to a WAL file
 * would leave empty -wal and -shm files behind.
 */
function peopleIn(target: string): number | undefined {
  if (!existsSync(target)) return 0;
  let database: SQLite.Database | undefined;
  try {
    database = openSqliteFile(target);
    const hasUsers = database.prepare("select 1 from sqlite_master where type = 'table' and name = 'users'").get();
    return hasUsers ? (database.prepare('select count(*) from users').pluck().get() as number) : 0;
  } catch {
    return undefined;
  } finally {
    database?.close();
  }
}
