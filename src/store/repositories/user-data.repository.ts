import { type Kysely, sql } from 'kysely';
import type { Sealer } from '../../core/privacy/sealer.port.js';
import type { StoredRow, UserDataStore } from '../../core/privacy/user-data.port.js';
import { createSealer } from '../crypto/aes-gcm-sealer.js';
import { placeOf, SEALED_COLUMNS } from '../crypto/sealed-columns.js';
import type { DialectName } from '../dialect.js';
import { inTransaction } from '../in-transaction.js';
import type { Database } from '../schema.js';
import { userScopedTables } from '../user-scoped-tables.js';
import { isoTime } from '../../core/iso-time.js';

/**
 * Secrets, not personal data: a stored hash of a sign-in link or session cookie is left out of an
 * export (it would only help someone who got the file), but the rows (when, until when) stay in.
 */
const REDACTED_COLUMNS = new Set(['code_hash', 'id_hash', 'ics_secret']);

const plain = (row: Record<string, unknown>): StoredRow =>
  Object.fromEntries(
    Object.entries(row)
      .filter(([column]) => !REDACTED_COLUMNS.has(column))
      .map(([column, value]) => [column, value instanceof Date ? isoTime(value) : (value as StoredRow[string])]),
  );

/** The person's own words, opened: an export holds what they wrote, never what the store sealed. */
function opened(sealer: Sealer, table: string, row: Record<string, unknown>): Record<string, unknown> {
  const columns: readonly string[] = SEALED_COLUMNS[table as keyof typeof SEALED_COLUMNS]?.columns ?? [];
  const open = (column: string, value: unknown) =>
    columns.includes(column) && typeof value === 'string'
      ? sealer.open(value, placeOf(table, column, String(row.user_id)))
      : value;
  return Object.fromEntries(Object.entries(row).map(([column, value]) => [column, open(column, value)]));
}

/**
 * Export, erasure and a per-table count of one person's rows, over both databases. With a data key
 * set, the export opens what the store sealed (`sealer` is the app's); erasure needs no key.
 */
export function createUserDataRepository(
  db: Kysely<Database>,
  dialect: DialectName,
  sealer: Sealer = createSealer(),
): UserDataStore {
  const tables = () => userScopedTables(db, dialect);
  return {
    async collect(userId) {
      const users = await sql<Record<string, unknown>>`select * from users where id = ${userId}`.execute(db);
      const data: Record<string, StoredRow[]> = { users: users.rows.map(plain) };
      for (const table of await tables()) {
        const rows = await sql<Record<string, unknown>>`
          select * from ${sql.table(table)} where user_id = ${userId}`.execute(db);
        data[table] = rows.rows.map((row) => plain(opened(sealer, table, row)));
      }
      return data;
    },

    async erase(userId) {
      return inTransaction(db, async (tx) => {
        // Every table first (a table whose foreign key lacks a cascade still ends empty), then the user.
        for (const table of await userScopedTables<Database>(tx, dialect))
          await sql`delete from ${sql.table(table)} where user_id = ${userId}`.execute(tx);
        const deleted = await tx.deleteFrom('users').where('id', '=', userId).executeTakeFirst();
        // Last: every delete above bumped the person's change counter (SQLite), which goes with them.
        if (dialect === 'sqlite') await sql`delete from user_versions where id = ${userId}`.execute(tx);
        return Number(deleted.numDeletedRows) > 0;
      });
    },

    async countRows(userId) {
      const counts: Record<string, number> = {};
      const users = await sql<{ n: number }>`select count(*) as n from users where id = ${userId}`.execute(db);
      counts.users = Number(users.rows[0]!.n);
      for (const table of await tables()) {
        const rows = await sql<{ n: number }>`
          select count(*) as n from ${sql.table(table)} where user_id = ${userId}`.execute(db);
        counts[table] = Number(rows.rows[0]!.n);
      }
      return counts;
    },
  };
}
