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
    .addColumn('user_id', 'varchar(36)', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('program_id', 'varchar(32)', (c) => c.notNull())
    .addColumn('primary_track', 'varchar(32)', (c) => c.notNull())
    .addColumn('track_switches', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('enrolled_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('enrollments_pk', ['user_id', 'program_id'])
    .execute();

  await db.schema
    .createTable('track_states')
    .addColumn('user_id', 'varchar(36)', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('program_id', 'varchar(32)', (c) => c.notNull())
    .addColumn('track', 'varchar(32)', (c) => c.notNull())
    .addColumn('completion', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('phase', 'varchar(16)', (c) => c.notNull())
    .addColumn('total_actions', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_activity_at', ts)
    .addColumn('last_progress_at', ts)
    .addColumn('nudged_at', ts)
    .addPrimaryKeyConstraint('track_states_pk', ['user_id', 'program_id', 'track'])
    .execute();

  await db.schema
    .createTable('actions')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('user_id', 'varchar(36)', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('program_id', 'varchar(32)', (c) => c.notNull())
    .addColumn('action_type', 'varchar(48)', (c) => c.notNull())
    .addColumn('source', 'varchar(16)', (c) => c.notNull())
    .addColumn('source_id', 'varchar(128)')
    .addColumn('created_at', ts, (c) => c.notNull())
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
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('user_id', 'varchar(36)', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('program_id', 'varchar(32)', (c) => c.notNull())
    .addColumn('action_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('track', 'varchar(32)', (c) => c.notNull())
    .addColumn('action_type', 'varchar(48)', (c) => c.notNull())
    .addColumn('source', 'varchar(16)', (c) => c.notNull())
    .addColumn('delta', 'integer', (c) => c.notNull())
    .addColumn('old_pct', 'integer', (c) => c.notNull())
    .addColumn('new_pct', 'integer', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('progress_events_user_idx')
    .on('progress_events')
    .columns(['user_id', 'program_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('track_milestones')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('user_id', 'varchar(36)', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('program_id', 'varchar(32)', (c) => c.notNull())
    .addColumn('track', 'varchar(32)', (c) => c.notNull())
    .addColumn('milestone_type', 'varchar(64)', (c) => c.notNull())
    .addColumn('achieved_at', ts, (c) => c.notNull())
    .addColumn('metadata', 'text', (c) => c.notNull())
    .addUniqueConstraint('track_milestones_uq', ['user_id', 'program_id', 'milestone_type'])
    .execute();

  await db.schema
    .createTable('exercise_entries')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('user_id', 'varchar(36)', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('program_id', 'varchar(32)', (c) => c.notNull())
    .addColumn('exercise_id', 'varchar(48)', (c) => c.notNull())
    .addColumn('answers', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('exercise_entries_user_idx')
    .on('exercise_entries')
    .columns(['user_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('settings')
    .addColumn('key', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
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
