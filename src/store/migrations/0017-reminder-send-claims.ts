import type { Kysely } from 'kysely';
import { timestampType } from './column-types.js';

/**
 * A claim on the day's reminder, taken before the Bot API call: the local date it is for, the attempt
 * holding it and since when. Checking `last_sent_on` alone let a second attempt (a job retried after its
 * lease ran out, on another instance) send while the first was still on its way to Telegram.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // One column per statement: SQLite's ALTER TABLE adds one at a time.
  await db.schema.alterTable('goal_reminders').addColumn('sending_on', 'varchar(10)').execute();
  await db.schema.alterTable('goal_reminders').addColumn('sending_token', 'varchar(36)').execute();
  await db.schema.alterTable('goal_reminders').addColumn('sending_since', timestampType(db)).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const column of ['sending_since', 'sending_token', 'sending_on'])
    await db.schema.alterTable('goal_reminders').dropColumn(column).execute();
}
