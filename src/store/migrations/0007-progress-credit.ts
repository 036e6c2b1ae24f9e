import { type Kysely, sql } from 'kysely';
import { timestampType } from './column-types.js';

/**
 * Progress that means something (issue 17). `actions.credit`: why an action earned what it did
 * (`full`, `repeat`, `track_cap`, `daily_cap`, `too_soon`; null for older rows, which counted in
 * full), so the day's repeats are counted from the ledger. `enrollments.primary_chosen_at`: when the
 * person chose their focus track (null while "which matters most?" waits for an answer); earlier
 * enrolments are taken as chosen at enrolment, as they were shown. The index serves "this type, today".
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const ts = timestampType(db);
  await db.schema.alterTable('actions').addColumn('credit', 'varchar(16)').execute();
  await db.schema.alterTable('enrollments').addColumn('primary_chosen_at', ts).execute();
  await sql`update enrollments set primary_chosen_at = enrolled_at`.execute(db);
  await db.schema
    .createIndex('actions_user_type_time_idx')
    .on('actions')
    .columns(['user_id', 'program_id', 'action_type', 'created_at'])
    .execute();
  // The new index starts with the old one's columns, so the old one only costs writes.
  await db.schema.dropIndex('actions_user_type_idx').ifExists().execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('actions_user_type_idx')
    .on('actions')
    .columns(['user_id', 'program_id', 'action_type'])
    .execute();
  await db.schema.dropIndex('actions_user_type_time_idx').ifExists().execute();
  await db.schema.alterTable('enrollments').dropColumn('primary_chosen_at').execute();
  await db.schema.alterTable('actions').dropColumn('credit').execute();
}
