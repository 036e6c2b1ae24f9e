import { readFileSync } from 'node:fs';

/** Where the open-files limit cannot be read (not Linux): the usual soft limit. */
const FALLBACK_LIMIT = 1024;

/**
 * The process's open-files limit (RLIMIT_NOFILE, soft). Node has no API for it; Linux shows it in
 * /proc/self/limits (read after Node raised the soft limit to the hard one at start). Elsewhere, or
 * when it says "unlimited", FALLBACK_LIMIT.
 */
export function openFilesLimit(read: () => string = () => readFileSync('/proc/self/limits', 'utf8')): {
  limit: number;
  read: boolean;
} {
  try {
    const soft = /^Max open files\s+(\d+)\s/m.exec(read())?.[1];
    if (soft) return { limit: Number(soft), read: true };
  } catch {
    // not Linux: no /proc
  }
  return { limit: FALLBACK_LIMIT, read: false };
}

/**
 * The most connections to hold under an open-files limit: the rest is kept for what else needs a
 * descriptor — the database pool (and pg-boss's), the LISTEN connection, SQLite's files, an import's
 * temporary file, the web app's files as they are sent, Node's own — and for the moment between
 * accepting a connection over the cap and closing an idle one to make room for it (connections.ts).
 * An eighth, at least 128: 1,024 descriptors hold 896 connections.
 */
export function connectionCap(limit: number): number {
  const reserve = Math.max(128, Math.ceil(limit / 8));
  return Math.max(16, limit - reserve);
}
