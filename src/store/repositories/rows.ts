import { fromIsoTime, isoTime } from '../../core/iso-time.js';

/** Reads a timestamp column: a Date from PostgreSQL, an ISO string from SQLite. */
export const toDate = (value: string | Date): Date => (value instanceof Date ? value : fromIsoTime(value));
export const toDateOrNull = (value: string | Date | null): Date | null => (value === null ? null : toDate(value));
/** Writes a timestamp column the same way on both databases. */
export const iso = isoTime;
export const isoOrNull = (date: Date | null): string | null => (date ? iso(date) : null);

/** True when an insert hit a unique index (SQLite and PostgreSQL report it differently). */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
