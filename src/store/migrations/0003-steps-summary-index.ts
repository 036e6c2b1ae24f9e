import type { Kysely } from 'kysely';

/** Lets "how many steps are done" and the coach's key summary read an index, not the table. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('steps_goal_status_key_idx')
    .on('steps')
    .columns(['user_id', 'goal_id', 'status', 'coach_key'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('steps_goal_status_key_idx').ifExists().execute();
}
