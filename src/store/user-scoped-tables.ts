import { type Kysely, sql } from 'kysely';
import type { DialectName } from './dialect.js';

/**
 * Tables with a `user_id` column, read from the live schema (never a hand-kept list): what an
 * export reads, what erasure deletes, and where the read caches' change triggers go.
 */
export async function userScopedTables<T>(db: Kysely<T>, dialect: DialectName): Promise<string[]> {
  const found =
    dialect === 'sqlite'
      ? await sql<{ name: string }>`
          select m.name as name from sqlite_master m join pragma_table_info(m.name) p
          where m.type = 'table' and p.name = 'user_id' order by m.name`.execute(db)
      : await sql<{ name: string }>`
          select table_name as name from information_schema.columns
          where table_schema = current_schema() and column_name = 'user_id' order by table_name`.execute(db);
  return found.rows.map((row) => row.name);
}
