import type { Kysely } from 'kysely';
import { timestampType } from './column-types.js';

/**
 * The web app's sign-in (issue 13): one-time login links and browser sessions, both stored as a
 * SHA-256 of their secret (a copied database holds no usable link or cookie); `users.signed_out_at`,
 * before which no API token of the user is honoured ("sign out everywhere"); and `users.time_zone`,
 * the person's own setting. Both new tables go with their user.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const ts = timestampType(db);
  await db.schema.alterTable('users').addColumn('time_zone', 'varchar(64)').execute();
  await db.schema.alterTable('users').addColumn('signed_out_at', ts).execute();

  await db.schema
    .createTable('login_links')
    .addColumn('code_hash', 'varchar(64)', (item) => item.primaryKey())
    .addColumn('user_id', 'varchar(36)', (item) => item.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', ts, (item) => item.notNull())
    .addColumn('expires_at', ts, (item) => item.notNull())
    .addColumn('used_at', ts)
    .execute();
  await db.schema.createIndex('login_links_user_idx').on('login_links').column('user_id').execute();

  await db.schema
    .createTable('web_sessions')
    .addColumn('id_hash', 'varchar(64)', (item) => item.primaryKey())
    .addColumn('user_id', 'varchar(36)', (item) => item.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', ts, (item) => item.notNull())
    .addColumn('expires_at', ts, (item) => item.notNull())
    .execute();
  await db.schema.createIndex('web_sessions_user_idx').on('web_sessions').column('user_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('web_sessions').execute();
  await db.schema.dropTable('login_links').execute();
  await db.schema.alterTable('users').dropColumn('signed_out_at').execute();
  await db.schema.alterTable('users').dropColumn('time_zone').execute();
}
