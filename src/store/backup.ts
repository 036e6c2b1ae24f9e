import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type SQLite from 'better-sqlite3';
import { openSqliteFile } from './dialect.js';

/** Where a copy stands: pages copied of the total; `restarted` when SQLite began again from the first page. */
export interface CopyProgress {
  done: number;
  total: number;
  restarted: boolean;
}

export interface CopyOptions {
  /** Pages (4 KB each) per step; progress is reported between steps. */
  pagesPerStep?: number;
  onProgress?: (progress: CopyProgress) => void;
}

export type BackupOutcome =
  | { ok: true; file: string; bytes: number; pages: number; restarts: number }
  | { ok: false; reason: 'exists' | 'no_folder' | 'no_database' | 'failed' | 'damaged'; message: string };

/** 100 pages (400 KB) a step: SQLite's own default, fine-grained enough for progress on a large file. */
const PAGES_PER_STEP = 100;
/** What better-sqlite3 takes as "every page that is left" in one step (its rate is clamped to int32). */
const ALL_PAGES = 0x7fffffff;

/**
 * Copies the SQLite database at `source` to `destination` with SQLite's online backup API, while
 * other processes (the server) go on reading and writing it. The copy is written under a temporary
 * name beside the destination and renamed only once it is complete and passes `integrity_check`,
 * so a file at `destination` is always a whole backup. An existing file is replaced only with `force`.
 */
export async function backupSqlite(
  source: string,
  destination: string,
  options: CopyOptions & { force?: boolean } = {},
): Promise<BackupOutcome> {
  const file = resolve(destination);
  const refused = refuseDestination(file, options.force ?? false);
  if (refused) return refused;
  let database: SQLite.Database;
  try {
    database = openSqliteFile(source);
  } catch {
    return { ok: false, reason: 'no_database', message: `there is no database at ${source} to back up` };
  }
  const partial = join(dirname(file), `.${basename(file)}.${randomBytes(4).toString('hex')}.partial`);
  try {
    const copied = await copyPages(database, partial, options);
    if (copied.pages === 0) throw Object.assign(new Error('nothing copied'), { code: 'SQLITE_BUSY' });
    const problem = sealCopy(partial);
    if (problem) return { ok: false, reason: 'damaged', message: `the copy failed its integrity check: ${problem}` };
    // Checked again just before the rename: another backup may have written the name meanwhile.
    const late = refuseDestination(file, options.force ?? false);
    if (late) return late;
    renameSync(partial, file);
    syncFolder(dirname(file));
    return { ok: true, file, bytes: statSync(file).size, ...copied };
  } catch (failure) {
    return { ok: false, reason: 'failed', message: `the copy could not be made: ${inPlainWords(failure)}` };
  } finally {
    database.close();
    for (const leftover of [partial, `${partial}-journal`, `${partial}-wal`, `${partial}-shm`])
      rmSync(leftover, { force: true });
  }
}

function refuseDestination(file: string, force: boolean): BackupOutcome | undefined {
  if (existsSync(file) && !force)
    return { ok: false, reason: 'exists', message: `${file} already exists (add --force to replace it)` };
  if (!existsSync(dirname(file)))
    return { ok: false, reason: 'no_folder', message: `the folder ${dirname(file)} does not exist` };
  return undefined;
}

/**
 * Runs the backup API step by step, reporting progress. When another process commits between two
 * steps, SQLite starts the copy again from the first page (that is what keeps the copy consistent);
 * against a server that writes every few milliseconds a copy in small steps might never finish, so
 * after one restart the rest is copied in a single step: one read transaction, a snapshot that WAL
 * mode lets the writers work beside.
 */
export async function copyPages(
  database: SQLite.Database,
  target: string,
  options: CopyOptions = {},
): Promise<{ pages: number; restarts: number }> {
  const pagesPerStep = options.pagesPerStep ?? PAGES_PER_STEP;
  let previousRemaining = Number.POSITIVE_INFINITY;
  let restarts = 0;
  const result = await database.backup(target, {
    progress: ({ totalPages, remainingPages }) => {
      // A step that left no fewer pages to go made no headway: a restart (or a busy lock).
      const restarted = remainingPages >= previousRemaining;
      previousRemaining = remainingPages;
      if (restarted) restarts++;
      options.onProgress?.({ done: totalPages - remainingPages, total: totalPages, restarted });
      return restarted ? ALL_PAGES : pagesPerStep;
    },
  });
  return { pages: result.totalPages, restarts };
}

/**
 * Makes the copy one self-contained file (rollback journal, not WAL: the copy carries the live
 * file's WAL flag, and a WAL file needs its -wal and -shm companions to be read), checks it, and
 * flushes it to disk. Returns the first integrity problem, if any.
 */
function sealCopy(path: string): string | undefined {
  const copy = openSqliteFile(path);
  try {
    copy.pragma('journal_mode = DELETE');
    const verdict = copy.pragma('integrity_check', { simple: true });
    if (verdict !== 'ok') return String(verdict);
  } finally {
    copy.close();
  }
  const descriptor = openSync(path, 'r+');
  try {
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
  return undefined;
}

/** The rename itself is durable only once the folder is flushed (not possible everywhere: then skipped). */
function syncFolder(folder: string): void {
  try {
    const descriptor = openSync(folder, 'r');
    try {
      fsyncSync(descriptor);
    } finally {
      closeSync(descriptor);
    }
  } catch {
    // Some file systems refuse to open or flush a folder; the rename still happened.
  }
}

/** A storage failure in words a person can act on (never a driver's message, which may carry paths). */
export function inPlainWords(failure: unknown): string {
  const code = String((failure as { code?: unknown }).code ?? '');
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return 'the disk is full';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return 'the database stayed locked by another process (is a server restoring or migrating it?)';
  if (code.startsWith('SQLITE_READONLY') || code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
    return 'a file or folder is not writable by this user';
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') return 'the database file is damaged';
  return `an unexpected storage error (${code || (failure as Error).name || 'unknown'})`;
}
