import { closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';

/** The SQLite database cannot be opened where DATABASE_URL points; the message says why and what to do. */
export class DatabaseOpenError extends Error {
  override readonly name = 'DatabaseOpenError';
}

/**
 * Creates the database's folder and any missing folders above it, one level at a time: Node's
 * recursive mkdir loops forever where mkdir answers ENOENT under a folder that exists (/proc, /sys).
 * `resolve` reads the working directory, so a deleted one fails here, not in a loop.
 */
export function ensureSqliteFolder(path: string): void {
  const missing: string[] = [];
  for (let folder = dirname(resolve(path)); !existsSync(folder); folder = dirname(folder)) {
    missing.unshift(folder);
    if (dirname(folder) === folder) break;
  }
  for (const folder of missing) mkdirSync(folder);
}

const HOW_TO =
  'set DATABASE_URL to a file in a folder Stepwise may write to (for example sqlite:/var/lib/stepwise/stepwise.db)';

/**
 * An existing database file this process may only read is refused at open. SQLite itself would fall back to
 * reading it quietly, the server would start, and every write would then fail with a 500: opening it for
 * writing here (as SQLite first tries) tells the two apart, whatever the cause (permissions, an immutable
 * file, a read-only mount).
 */
export function mustBeWritable(path: string): void {
  let fd: number;
  try {
    fd = openSync(path, 'r+');
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT' || code === 'EISDIR') return; // a new database, or a refusal SQLite words itself
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
      const file = resolve(path);
      throw new DatabaseOpenError(
        `the database file ${file} is read-only for the user running Stepwise, so nothing could be saved; make ${basename(file)} writable for that user (and its folder ${dirname(file)}), or ${HOW_TO}`,
      );
    }
    return;
  }
  closeSync(fd);
}

const isFile = (path: string) => {
  try {
    return !statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/** Why a SQLite file at `path` could not be opened, in plain words naming the folder and what to do. */
export function openFailure(path: string, error: unknown): DatabaseOpenError {
  const code = String((error as { code?: unknown })?.code ?? '');
  let file: string;
  try {
    file = resolve(path);
  } catch {
    return new DatabaseOpenError(
      `the folder Stepwise was started in no longer exists, so the database path ${path} leads nowhere; start Stepwise from an existing folder, or give DATABASE_URL an absolute path`,
    );
  }
  const folder = dirname(file);
  if (code === 'ENOTDIR' || isFile(folder))
    return new DatabaseOpenError(
      `the database folder ${folder} cannot be made: part of that path is a file, not a folder; ${HOW_TO}`,
    );
  if (code === 'EACCES' || code === 'EPERM' || code === 'SQLITE_CANTOPEN' || code === 'SQLITE_PERM')
    return new DatabaseOpenError(
      `Stepwise may not create or open its database in ${folder} (the folder is read-only or not writable for this user); give the user running Stepwise write access to ${folder}, or ${HOW_TO}`,
    );
  if (code === 'EROFS' || code.startsWith('SQLITE_READONLY'))
    return new DatabaseOpenError(
      `the database in ${folder} is read-only: SQLite must write ${basename(file)} and create ${basename(file)}-wal and ${basename(file)}-shm beside it; make ${folder} writable for the user running Stepwise, or ${HOW_TO}`,
    );
  if (code === 'ENOENT')
    return new DatabaseOpenError(
      `the database folder ${folder} cannot be created (the folder above it takes no new folders); ${HOW_TO}`,
    );
  if (code === 'SQLITE_NOTADB') return new DatabaseOpenError(`${file} is not a SQLite database; ${HOW_TO}`);
  return new DatabaseOpenError(`the database ${file} cannot be opened (${code || 'unknown error'}); ${HOW_TO}`);
}
