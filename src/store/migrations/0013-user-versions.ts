import { type Kysely, SqliteAdapter } from 'kysely';

/**
 * Per-person change counters for the read caches (issue 15), SQLite only: triggers on every table
 * with a `user_id` (see change-feed/triggers.ts) bump the person's row in the same transaction as
 * the write, so a cached view is checked with one primary-key read and a write retires only its own
 * person's views, from this process or any other on the file. PostgreSQL's triggers NOTIFY instead.
 * The key is `id`, not `user_id`, so the export's "every table with a user_id" leaves it out: it
 * holds no personal data, and erasure deletes it last (after the triggers of the other deletes).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return;
  await db.schema
    .createTable('user_versions')
    .addColumn('id', 'varchar(36)', (item) => item.primaryKey())
    .addColumn('version', 'integer', (item) => item.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('user_versions').ifExists().execute();
}
