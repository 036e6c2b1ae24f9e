import type { Kysely, Selectable } from 'kysely';
import type { ExerciseEntry, ExerciseStore, SettingStore } from '../../core/ports.js';
import type { Database } from '../schema.js';
import { iso, isUniqueViolation, toDate } from './rows.js';

type EntryRow = Selectable<Database['exercise_entries']>;

const toEntry = (result: EntryRow): ExerciseEntry => ({
  id: result.id,
  userId: result.user_id,
  programId: result.program_id,
  exerciseId: result.exercise_id,
  answers: JSON.parse(result.answers) as Record<string, string | number>,
  createdAt: toDate(result.created_at),
});

export function createExerciseRepository(db: Kysely<Database>): ExerciseStore {
  return {
    async insert(exerciseEntry) {
      // The id is the client's retry key: a second insert of it is a value (`duplicate`), not a
      // unique-violation, on both databases; a concurrent twin waits for the first and then does nothing.
      const insertResult = await db
        .insertInto('exercise_entries')
        .values({
          id: exerciseEntry.id,
          user_id: exerciseEntry.userId,
          program_id: exerciseEntry.programId,
          exercise_id: exerciseEntry.exerciseId,
          answers: JSON.stringify(exerciseEntry.answers),
          created_at: iso(exerciseEntry.createdAt),
        })
        .onConflict((oc) => oc.column('id').doNothing())
        .executeTakeFirst();
      if (Number(insertResult.numInsertedOrUpdatedRows ?? 0) > 0) return { kind: 'inserted' };
      const existing = await db
        .selectFrom('exercise_entries')
        .selectAll()
        .where('user_id', '=', exerciseEntry.userId)
        .where('id', '=', exerciseEntry.id)
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

    async remove(userId, entryId) {
      const deleteResult = await db
        .deleteFrom('exercise_entries')
        .where('user_id', '=', userId)
        .where('id', '=', entryId)
        .executeTakeFirst();
      return Number(deleteResult.numDeletedRows) > 0;
    },
  };
}

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
