import type { Kysely } from 'kysely';
import { timestampType } from './column-types.js';

/**
 * Whether a next-action suggestion helped (seed 000: "user feedback loop"; its rollback condition
 * "AI suggestions low quality (>50 % negative feedback)" is watched on the metric this feeds). Ids
 * and a verdict only, never the user's words. `day` (UTC, YYYY-MM-DD) keeps one row per user,
 * suggestion and day: a repeated tap updates it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const ts = timestampType(db);
  await db.schema
    .createTable('suggestion_feedback')
    .addColumn('id', 'varchar(36)', (item) => item.primaryKey())
    .addColumn('user_id', 'varchar(36)', (item) => item.notNull().references('users.id').onDelete('cascade'))
    .addColumn('program_id', 'varchar(32)', (item) => item.notNull())
    .addColumn('track', 'varchar(32)', (item) => item.notNull())
    .addColumn('suggestion_id', 'varchar(64)', (item) => item.notNull())
    .addColumn('reason', 'varchar(8)', (item) => item.notNull())
    // 0/1 on both databases (better-sqlite3 cannot bind booleans).
    .addColumn('helpful', 'integer', (item) => item.notNull())
    .addColumn('day', 'varchar(10)', (item) => item.notNull())
    .addColumn('created_at', ts, (item) => item.notNull())
    .addColumn('updated_at', ts, (item) => item.notNull())
    .addUniqueConstraint('suggestion_feedback_uq', ['user_id', 'suggestion_id', 'day'])
    .execute();
  await db.schema
    .createIndex('suggestion_feedback_user_idx')
    .on('suggestion_feedback')
    .columns(['user_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('suggestion_feedback').ifExists().execute();
}
