/** Reads a timestamp column: a Date from PostgreSQL, an ISO string from SQLite. */
export const toDate = (v: string | Date): Date => (v instanceof Date ? v : new Date(v));
export const toDateOrNull = (v: string | Date | null): Date | null => (v === null ? null : toDate(v));
/** Writes a timestamp column the same way on both databases. */
export const iso = (d: Date): string => d.toISOString();

/** True when an insert hit a unique index (SQLite and PostgreSQL report it differently). */
export function isUniqueViolation(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
