import { type Kysely, SqliteAdapter } from 'kysely';

/** `timestamptz` on PostgreSQL, ISO-8601 `text` on SQLite (which has no time type). */
export function timestampType(db: Kysely<unknown>): 'timestamptz' | 'text' {
  return db.getExecutor().adapter instanceof SqliteAdapter ? 'text' : 'timestamptz';
}
