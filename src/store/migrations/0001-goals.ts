import { type Kysely, sql } from 'kysely';
import { timestampType } from './column-types.js';

/** Users and their identities, goals, steps, clarifications, and per-chat conversation state. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const ts = timestampType(db);

  await db.schema
    .createTable('users')
    .addColumn('id', 'varchar(36)', (item) => item.primaryKey())
    .addColumn('locale', 'varchar(8)', (item) => item.notNull())
    .addColumn('tone', 'varchar(16)', (item) => item.notNull())
    .addColumn('display_name', 'text')
    .addColumn('created_at', ts, (item) => item.notNull())
    .addColumn('updated_at', ts, (item) => item.notNull())
    .execute();

  await db.schema
    .createTable('user_identities')
    .addColumn('provider', 'varchar(32)', (item) => item.notNull())
    .addColumn('subject', 'varchar(255)', (item) => item.notNull())
    .addColumn('user_id', 'varchar(36)', (item) => item.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', ts, (item) => item.notNull())
    .addPrimaryKeyConstraint('user_identities_pk', ['provider', 'subject'])
    .execute();

  await db.schema
    .createTable('goals')
    .addColumn('id', 'varchar(36)', (item) => item.primaryKey())
    .addColumn('user_id', 'varchar(36)', (item) => item.notNull().references('users.id').onDelete('cascade'))
    .addColumn('title', 'text', (item) => item.notNull())
    .addColumn('description', 'text')
    .addColumn('status', 'varchar(16)', (item) => item.notNull())
    .addColumn('goal_type', 'varchar(32)')
    .addColumn('created_at', ts, (item) => item.notNull())
    .addColumn('updated_at', ts, (item) => item.notNull())
    .execute();
  await db.schema.createIndex('goals_user_idx').on('goals').columns(['user_id', 'status']).execute();
  // The database itself keeps "exactly one active goal per user".
  await db.schema
    .createIndex('goals_one_active_idx')
    .on('goals')
    .column('user_id')
    .unique()
    .where(sql.ref('status'), '=', 'active')
    .execute();

  await db.schema
    .createTable('steps')
    .addColumn('id', 'varchar(36)', (item) => item.primaryKey())
    .addColumn('goal_id', 'varchar(36)', (item) => item.notNull().references('goals.id').onDelete('cascade'))
    .addColumn('user_id', 'varchar(36)', (item) => item.notNull().references('users.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (item) => item.notNull())
    .addColumn('text', 'text', (item) => item.notNull())
    .addColumn('estimated_minutes', 'integer')
    .addColumn('status', 'varchar(16)', (item) => item.notNull())
    .addColumn('rephrased', 'integer', (item) => item.notNull().defaultTo(0))
    .addColumn('user_comment', 'text')
    .addColumn('source', 'varchar(16)', (item) => item.notNull())
    .addColumn('coach_key', 'varchar(64)')
    .addColumn('created_at', ts, (item) => item.notNull())
    .addColumn('completed_at', ts)
    .addUniqueConstraint('steps_goal_seq_uq', ['goal_id', 'seq'])
    .execute();
  // ...and "never two open steps on one goal", even under concurrent requests.
  await db.schema
    .createIndex('steps_one_open_idx')
    .on('steps')
    .column('goal_id')
    .unique()
    .where(sql.ref('status'), '=', 'open')
    .execute();

  await db.schema
    .createTable('clarifications')
    .addColumn('id', 'varchar(36)', (item) => item.primaryKey())
    .addColumn('goal_id', 'varchar(36)', (item) => item.notNull().references('goals.id').onDelete('cascade'))
    .addColumn('user_id', 'varchar(36)', (item) => item.notNull().references('users.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (item) => item.notNull())
    .addColumn('steps_before', 'integer', (item) => item.notNull())
    .addColumn('question', 'text', (item) => item.notNull())
    .addColumn('answer', 'text')
    .addColumn('created_at', ts, (item) => item.notNull())
    .addColumn('answered_at', ts)
    .addUniqueConstraint('clarifications_goal_seq_uq', ['goal_id', 'seq'])
    .execute();

  await db.schema
    .createTable('chat_states')
    .addColumn('user_id', 'varchar(36)', (item) => item.notNull().references('users.id').onDelete('cascade'))
    .addColumn('channel', 'varchar(32)', (item) => item.notNull())
    .addColumn('state', 'text', (item) => item.notNull())
    .addColumn('updated_at', ts, (item) => item.notNull())
    .addPrimaryKeyConstraint('chat_states_pk', ['user_id', 'channel'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['chat_states', 'clarifications', 'steps', 'goals', 'user_identities', 'users']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
