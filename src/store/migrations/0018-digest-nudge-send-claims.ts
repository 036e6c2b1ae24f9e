import type { Kysely } from 'kysely';
import { timestampType } from './column-types.js';

/**
 * The claim goal reminders take before the Bot API call (0017), for morning digests (in the person's
 * health profile) and nudges (in the program enrolment): the date it is for, the attempt holding it
 * and since when. Their sent marks alone let a job retried while its first attempt was still on its
 * way to Telegram send a second copy.
 */
const TABLES = ['health_profiles', 'enrollments'] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of TABLES) {
    // One column per statement: SQLite's ALTER TABLE adds one at a time.
    await db.schema.alterTable(table).addColumn('sending_on', 'varchar(10)').execute();
    await db.schema.alterTable(table).addColumn('sending_token', 'varchar(36)').execute();
    await db.schema.alterTable(table).addColumn('sending_since', timestampType(db)).execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of TABLES)
    for (const column of ['sending_since', 'sending_token', 'sending_on'])
      await db.schema.alterTable(table).dropColumn(column).execute();
}
