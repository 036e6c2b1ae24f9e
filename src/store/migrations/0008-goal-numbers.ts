import { type Kysely, sql } from 'kysely';

/**
 * Goal numbers: `goals.seq` is the goal's place among its user's goals in creation order (1, 2, …).
 * `/goals` used to number goals by their place in a list sorted by status, so the numbers moved with
 * every switch; a stored number never does. Existing goals are numbered by creation time (then id,
 * for goals created in the same instant), with one statement that both databases run.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('goals').addColumn('seq', 'integer').execute();
  await sql`
    update goals set seq = (
      select count(*) from goals earlier
      where earlier.user_id = goals.user_id
        and (earlier.created_at < goals.created_at or (earlier.created_at = goals.created_at and earlier.id <= goals.id))
    )`.execute(db);
  // Two goals created at once by one user cannot take the same number (the store retries the loser).
  await db.schema.createIndex('goals_user_seq_uq').on('goals').columns(['user_id', 'seq']).unique().execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('goals_user_seq_uq').ifExists().execute();
  await db.schema.alterTable('goals').dropColumn('seq').execute();
}
