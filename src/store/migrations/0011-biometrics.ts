import type { Kysely } from 'kysely';
import { timestampType } from './column-types.js';

/**
 * Biometrics (issue 12): one normalised readings table (metric and source kept: SDNN and RMSSD never
 * mix), baselines per user, metric and source (the seed's `user_baselines`), and the log of plan
 * adaptations (the seed's `plan_adaptations`). Readings are health data: scoped by user, deleted
 * with the user.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const ts = timestampType(db);
  await db.schema
    .createTable('biometric_readings')
    .addColumn('user_id', 'varchar(36)', (item) => item.notNull().references('users.id').onDelete('cascade'))
    .addColumn('metric', 'varchar(32)', (item) => item.notNull())
    .addColumn('source', 'varchar(32)', (item) => item.notNull())
    .addColumn('at', ts, (item) => item.notNull())
    // The person's local date when it was stored: baselines and sleep nights are by day.
    .addColumn('local_day', 'varchar(10)', (item) => item.notNull())
    .addColumn('value', 'double precision', (item) => item.notNull())
    .addColumn('created_at', ts, (item) => item.notNull())
    // A re-sent batch or a re-imported file finds its readings already here (idempotent).
    .addPrimaryKeyConstraint('biometric_readings_pk', ['user_id', 'metric', 'source', 'at'])
    .execute();
  await db.schema
    .createIndex('biometric_readings_day_idx')
    .on('biometric_readings')
    .columns(['user_id', 'metric', 'source', 'local_day'])
    .execute();

  await db.schema
    .createTable('user_baselines')
    .addColumn('user_id', 'varchar(36)', (item) => item.notNull().references('users.id').onDelete('cascade'))
    .addColumn('metric', 'varchar(32)', (item) => item.notNull())
    .addColumn('source', 'varchar(32)', (item) => item.notNull())
    .addColumn('baseline_value', 'double precision', (item) => item.notNull())
    .addColumn('spread', 'double precision', (item) => item.notNull())
    .addColumn('calculation_method', 'varchar(64)', (item) => item.notNull())
    .addColumn('data_points_used', 'integer', (item) => item.notNull())
    .addColumn('status', 'varchar(16)', (item) => item.notNull())
    .addColumn('calculated_on', 'varchar(10)', (item) => item.notNull())
    .addColumn('valid_until', 'varchar(10)', (item) => item.notNull())
    .addColumn('updated_at', ts, (item) => item.notNull())
    .addPrimaryKeyConstraint('user_baselines_pk', ['user_id', 'metric', 'source'])
    .execute();

  await db.schema
    .createTable('plan_adaptations')
    .addColumn('id', 'varchar(36)', (item) => item.primaryKey())
    .addColumn('user_id', 'varchar(36)', (item) => item.notNull().references('users.id').onDelete('cascade'))
    .addColumn('plan_date', 'varchar(10)', (item) => item.notNull())
    .addColumn('trigger_id', 'varchar(64)', (item) => item.notNull())
    // The reason in both languages, as JSON: the content may change later, the log must not.
    .addColumn('trigger_reason', 'text', (item) => item.notNull())
    .addColumn('action', 'varchar(32)', (item) => item.notNull())
    .addColumn('confidence', 'double precision', (item) => item.notNull())
    // The original and adapted version of each task it changes, as JSON text.
    .addColumn('changes', 'text', (item) => item.notNull())
    .addColumn('status', 'varchar(16)', (item) => item.notNull())
    .addColumn('feedback', 'text')
    .addColumn('created_at', ts, (item) => item.notNull())
    .addColumn('expires_at', ts, (item) => item.notNull())
    .addColumn('decided_at', ts)
    .addColumn('notified_at', ts)
    .addColumn('expiry_announced_at', ts)
    .execute();
  await db.schema
    .createIndex('plan_adaptations_user_idx')
    .on('plan_adaptations')
    .columns(['user_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('plan_adaptations_open_idx')
    .on('plan_adaptations')
    .columns(['status', 'expires_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['plan_adaptations', 'user_baselines', 'biometric_readings'])
    await db.schema.dropTable(table).ifExists().execute();
}
