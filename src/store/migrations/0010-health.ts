import type { Kysely } from 'kysely';
import { timestampType } from './column-types.js';

/**
 * The health program (issue 11): one profile per user (archetype, schedule and health notes as JSON,
 * the digest switch, the calendar secret), the day's plan as stored on first view, and one mark per
 * user, habit and local date. Health notes are sensitive: they live only in `health_profiles.notes`.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const ts = timestampType(db);
  await db.schema
    .createTable('health_profiles')
    .addColumn('user_id', 'varchar(36)', (item) => item.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('archetype', 'varchar(32)')
    .addColumn('mode', 'varchar(16)')
    // JSON as text on both databases: the schedule, the health-note ids, the quiz answers.
    .addColumn('schedule', 'text')
    .addColumn('notes', 'text', (item) => item.notNull())
    .addColumn('quiz_answers', 'text')
    .addColumn('started_on', 'varchar(10)')
    // 0/1 on both databases (better-sqlite3 cannot bind booleans).
    .addColumn('digest_enabled', 'integer', (item) => item.notNull())
    .addColumn('digest_sent_on', 'varchar(10)')
    .addColumn('ics_secret', 'varchar(64)')
    .addColumn('created_at', ts, (item) => item.notNull())
    .addColumn('updated_at', ts, (item) => item.notNull())
    .execute();
  // The calendar URL is looked up by its secret alone; two users never share one.
  await db.schema.createIndex('health_profiles_ics_uq').on('health_profiles').column('ics_secret').unique().execute();
  await db.schema
    .createIndex('health_profiles_digest_idx')
    .on('health_profiles')
    .columns(['digest_enabled', 'user_id'])
    .execute();

  await db.schema
    .createTable('health_day_plans')
    .addColumn('user_id', 'varchar(36)', (item) => item.notNull().references('users.id').onDelete('cascade'))
    .addColumn('plan_date', 'varchar(10)', (item) => item.notNull())
    .addColumn('plan', 'text', (item) => item.notNull())
    .addColumn('created_at', ts, (item) => item.notNull())
    .addPrimaryKeyConstraint('health_day_plans_pk', ['user_id', 'plan_date'])
    .execute();

  await db.schema
    .createTable('health_habit_logs')
    .addColumn('user_id', 'varchar(36)', (item) => item.notNull().references('users.id').onDelete('cascade'))
    .addColumn('habit_id', 'varchar(64)', (item) => item.notNull())
    .addColumn('log_date', 'varchar(10)', (item) => item.notNull())
    .addColumn('outcome', 'varchar(16)', (item) => item.notNull())
    // An 8-byte float on both (SQLite reads the type name as REAL); null for skipped, rest and sick.
    .addColumn('fraction', 'double precision')
    .addColumn('source', 'varchar(16)', (item) => item.notNull())
    .addColumn('recorded_at', ts, (item) => item.notNull())
    .addPrimaryKeyConstraint('health_habit_logs_pk', ['user_id', 'habit_id', 'log_date'])
    .execute();
  await db.schema
    .createIndex('health_habit_logs_user_date_idx')
    .on('health_habit_logs')
    .columns(['user_id', 'log_date'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['health_habit_logs', 'health_day_plans', 'health_profiles'])
    await db.schema.dropTable(table).ifExists().execute();
}
