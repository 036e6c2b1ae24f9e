import { type Kysely, sql } from 'kysely';

/**
 * The terminal chat used to save the operating-system account as the person's name, so it greeted
 * "Hi, root!". Nobody gave that name: it is cleared wherever a terminal user's display name is
 * still their account name (a name the person chose is kept). The account stays their identity.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    update users set display_name = null
    where id in (
      select user_id from user_identities
      where provider = 'cli' and subject = users.display_name
    )`.execute(db);
}

/** Nothing to undo: an account name is not a name to give back. */
export async function down(): Promise<void> {}
