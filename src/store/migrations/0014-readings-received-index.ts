import type { Kysely } from 'kysely';

/**
 * The trigger job asks every few minutes who has sent readings lately (`readersSince`): an index on
 * when a reading was received keeps that a short range read instead of a scan of every reading.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('biometric_readings_received_idx')
    .on('biometric_readings')
    .columns(['created_at', 'user_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('biometric_readings_received_idx').ifExists().execute();
}
