import type { Kysely } from 'kysely';
import { timestampType } from './column-types.js';

/**
 * A daily reminder of the open goal step (issue 17): one row per user, the local time and IANA
 * zone they picked, and the local date of the last one sent, so the job sends at most one a day.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const ts = timestampType(db);
  await db.schema
    .createTable('goal_reminders')
    .addColumn('user_id', 'varchar(36)', (item) => item.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('time', 'varchar(5)', (item) => item.notNull())
    .addColumn('time_zone', 'varchar(64)', (item) => item.notNull())
    // 0/1 on both databases (better-sqlite3 cannot bind booleans).
    .addColumn('enabled', 'integer', (item) => item.notNull())
    .addColumn('last_sent_on', 'varchar(10)')
    .addColumn('updated_at', ts, (item) => item.notNull())
    .execute();
  await db.schema
    .createIndex('goal_reminders_enabled_idx')
    .on('goal_reminders')
    .columns(['enabled', 'user_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('goal_reminders').ifExists().execute();
}
