import type { Kysely } from 'kysely';
import { timestampType } from './column-types.js';

/** Ids of incoming updates already handled (Telegram redelivers after timeouts and restarts). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('processed_updates')
    .addColumn('source', 'varchar(32)', (item) => item.notNull())
    .addColumn('update_id', 'varchar(64)', (item) => item.notNull())
    .addColumn('processed_at', timestampType(db), (item) => item.notNull())
    .addPrimaryKeyConstraint('processed_updates_pk', ['source', 'update_id'])
    .execute();
  await db.schema.createIndex('processed_updates_at_idx').on('processed_updates').column('processed_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('processed_updates').ifExists().execute();
}
