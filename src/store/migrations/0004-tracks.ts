import { type Kysely, sql } from 'kysely';
import { timestampType } from './column-types.js';

/**
 * Programs and tracks (seed 000): enrolments with the primary track, each track's materialised
 * state, the append-only progress ledger, the actions that fed it, milestones (the seed's
 * TrackMilestone), finished exercises, settings, and a goal's optional track.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const ts = timestampType(db);

  await db.schema
    .createTable('enrollments')
    .addColumn('user_id', 'varchar(36)', (item) => item.notNull().references('users.id').onDelete('cascade'))
    .addColumn('program_id', 'varchar(32)', (item) => item.notNull())
    .addColumn('primary_track', 'varchar(32)', (item) => item.notNull())
    .addColumn('track_switches', 'integer', (item) => item.notNull().defaultTo(0))
    .addColumn('enrolled_at', ts, (item) => item.notNull())
    .addColumn('updated_at', ts, (item) => item.notNull())
    .addPrimaryKeyConstraint('enrollments_pk', ['user_id', 'program_id'])
    .execute();

  await db.schema
    .createTable('track_states')
    .addColumn('user_id', 'varchar(36)', (item) => item.notNull().references('users.id').onDelete('cascade'))
    .addColumn('program_id', 'varchar(32)', (item) => item.notNull())
    .addColumn('track', 'varchar(32)', (item) => item.notNull())
    .addColumn('completion', 'integer', (item) => item.notNull().defaultTo(0))
    .addColumn('phase', 'varchar(16)', (item) => item.notNull())
    .addColumn('total_actions', 'integer', (item) => item.notNull().defaultTo(0))
    .addColumn('last_activity_at', ts)
    .addColumn('last_progress_at', ts)
    .addColumn('nudged_at', ts)
    .addPrimaryKeyConstraint('track_states_pk', ['user_id', 'program_id', 'track'])
    .execute();

  await db.schema
    .createTable('actions')
    .addColumn('id', 'varchar(36)', (item) => item.primaryKey())
    .addColumn('user_id', 'varchar(36)', (item) => item.notNull().references('users.id').onDelete('cascade'))
    .addColumn('program_id', 'varchar(32)', (item) => item.notNull())
    .addColumn('action_type', 'varchar(48)', (item) => item.notNull())
    .addColumn('source', 'varchar(16)', (item) => item.notNull())
    .addColumn('source_id', 'varchar(128)')
    .addColumn('created_at', ts, (item) => item.notNull())
    .execute();
  await db.schema
    .createIndex('actions_user_type_idx')
    .on('actions')
    .columns(['user_id', 'program_id', 'action_type'])
    .execute();
  // The same quest or letter recorded twice (a retry, a double tap) counts once.
  await db.schema
    .createIndex('actions_source_uq')
    .on('actions')
    .columns(['user_id', 'program_id', 'action_type', 'source_id'])
    .unique()
    .where(sql.ref('source_id'), 'is not', null)
    .execute();

  await db.schema
    .createTable('progress_events')
    .addColumn('id', 'varchar(36)', (item) => item.primaryKey())
    .addColumn('user_id', 'varchar(36)', (item) => item.notNull().references('users.id').onDelete('cascade'))
    .addColumn('program_id', 'varchar(32)', (item) => item.notNull())
    .addColumn('action_id', 'varchar(36)', (item) => item.notNull())
    .addColumn('track', 'varchar(32)', (item) => item.notNull())
    .addColumn('action_type', 'varchar(48)', (item) => item.notNull())
    .addColumn('source', 'varchar(16)', (item) => item.notNull())
    .addColumn('delta', 'integer', (item) => item.notNull())
    .addColumn('old_pct', 'integer', (item) => item.notNull())
    .addColumn('new_pct', 'integer', (item) => item.notNull())
    .addColumn('created_at', ts, (item) => item.notNull())
    .execute();
  await db.schema
    .createIndex('progress_events_user_idx')
    .on('progress_events')
    .columns(['user_id', 'program_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('track_milestones')
    .addColumn('id', 'varchar(36)', (item) => item.primaryKey())
    .addColumn('user_id', 'varchar(36)', (item) => item.notNull().references('users.id').onDelete('cascade'))
    .addColumn('program_id', 'varchar(32)', (item) => item.notNull())
    .addColumn('track', 'varchar(32)', (item) => item.notNull())
    .addColumn('milestone_type', 'varchar(64)', (item) => item.notNull())
    .addColumn('achieved_at', ts, (item) => item.notNull())
    .addColumn('metadata', 'text', (item) => item.notNull())
    .addUniqueConstraint('track_milestones_uq', ['user_id', 'program_id', 'milestone_type'])
    .execute();

  await db.schema
    .createTable('exercise_entries')
    .addColumn('id', 'varchar(36)', (item) => item.primaryKey())
    .addColumn('user_id', 'varchar(36)', (item) => item.notNull().references('users.id').onDelete('cascade'))
    .addColumn('program_id', 'varchar(32)', (item) => item.notNull())
    .addColumn('exercise_id', 'varchar(48)', (item) => item.notNull())
    .addColumn('answers', 'text', (item) => item.notNull())
    .addColumn('created_at', ts, (item) => item.notNull())
    .execute();
  await db.schema
    .createIndex('exercise_entries_user_idx')
    .on('exercise_entries')
    .columns(['user_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('settings')
    .addColumn('key', 'varchar(64)', (item) => item.primaryKey())
    .addColumn('value', 'text', (item) => item.notNull())
    .execute();

  await db.schema.alterTable('goals').addColumn('track', 'varchar(64)').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('goals').dropColumn('track').execute();
  for (const table of [
    'settings',
    'exercise_entries',
    'track_milestones',
    'progress_events',
    'actions',
    'track_states',
    'enrollments',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
