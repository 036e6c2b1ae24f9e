import type { Kysely } from 'kysely';

/**
 * One row per person and program with what the progress view would otherwise aggregate over their whole
 * ledger (action counts per type, distinct days with progress): with 10,000 people of ~100 actions each,
 * the uncached view cost a group-by over the person's actions on every read. Every recorded action moves
 * the row in its own write (repositories/progress-tally.ts). Nothing is filled here: a missing row is
 * counted from the ledger on the person's next read, so the migration costs nothing on a large database.
 * `user_id` makes it the person's data for export, erasure and the change triggers.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('progress_snapshots')
    .addColumn('user_id', 'varchar(36)', (item) => item.notNull().references('users.id').onDelete('cascade'))
    .addColumn('program_id', 'varchar(32)', (item) => item.notNull())
    .addColumn('counts', 'text', (item) => item.notNull())
    .addColumn('days_active', 'integer', (item) => item.notNull())
    .addColumn('last_day', 'varchar(10)')
    .addPrimaryKeyConstraint('progress_snapshots_pk', ['user_id', 'program_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('progress_snapshots').ifExists().execute();
}
