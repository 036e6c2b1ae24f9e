import type { Kysely, Selectable } from 'kysely';
import type { ExerciseEntry, ExerciseStore, SettingStore } from '../../core/ports.js';
import type { Sealer } from '../../core/privacy/sealer.port.js';
import { createSealer } from '../crypto/aes-gcm-sealer.js';
import { type SealedCiphers, sealedColumns } from '../crypto/sealed-columns.js';
import type { Database } from '../schema.js';
import { iso, isUniqueViolation, toDate } from './rows.js';

export type EntryRow = Selectable<Database['exercise_entries']>;

/** Reads an entry row, opening its answers (letters, thought records, notes for court live there). */
export const entryOf =
  (sealed: SealedCiphers['exercise_entries']) =>
  (row: EntryRow): ExerciseEntry => ({
    id: row.id,
    userId: row.user_id,
    programId: row.program_id,
    exerciseId: row.exercise_id,
    answers: JSON.parse(sealed.answers.open(row.answers, row.user_id)) as Record<string, string | number>,
    createdAt: toDate(row.created_at),
  });

/** The answers of finished exercises, always filtered by their owner; the entry id is the retry key. */
export function createExerciseRepository(db: Kysely<Database>, sealer: Sealer = createSealer()): ExerciseStore {
  const sealed = sealedColumns(sealer).exercise_entries;
  const toEntry = entryOf(sealed);
  return {
    async insert(entry) {
      // The id is the client's retry key: a second insert of it is a value (`duplicate`), not a
      // unique-violation, on both databases; a concurrent twin waits for the first and then does nothing.
      const inserted = await db
        .insertInto('exercise_entries')
        .values({
          id: entry.id,
          user_id: entry.userId,
          program_id: entry.programId,
          exercise_id: entry.exerciseId,
          answers: sealed.answers.seal(JSON.stringify(entry.answers), entry.userId),
          created_at: iso(entry.createdAt),
        })
        .onConflict((oc) => oc.column('id').doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0) return { kind: 'inserted' };
      const existing = await db
        .selectFrom('exercise_entries')
        .selectAll()
        .where('user_id', '=', entry.userId)
        .where('id', '=', entry.id)
        .executeTakeFirst();
      return existing ? { kind: 'duplicate', existing: toEntry(existing) } : { kind: 'taken' };
    },

    async list(userId, limit) {
      const rows = await db
        .selectFrom('exercise_entries')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('created_at', 'desc')
        .limit(limit)
        .execute();
      return rows.map(toEntry);
    },
  };
}

/** Install-wide settings (key → value), each written once: the first writer's value wins. */
export function createSettingRepository(db: Kysely<Database>): SettingStore {
  const get = async (key: string) =>
    (await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst())?.value;
  return {
    get,
    async putIfAbsent(key, value) {
      try {
        await db.insertInto('settings').values({ key, value }).execute();
        return value;
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        return (await get(key))!;
      }
    },
  };
}
