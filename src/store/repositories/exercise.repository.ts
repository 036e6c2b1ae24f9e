import type { Kysely, Selectable } from 'kysely';
import type { ExerciseEntry, ExerciseStore, SettingStore } from '../../core/ports.js';
import type { Database } from '../schema.js';
import { iso, isUniqueViolation, toDate } from './rows.js';

type EntryRow = Selectable<Database['exercise_entries']>;

const toEntry = (r: EntryRow): ExerciseEntry => ({
  id: r.id,
  userId: r.user_id,
  programId: r.program_id,
  exerciseId: r.exercise_id,
  answers: JSON.parse(r.answers) as Record<string, string | number>,
  createdAt: toDate(r.created_at),
});

export function createExerciseRepository(db: Kysely<Database>): ExerciseStore {
  return {
    async insert(e) {
      // The id is the client's retry key: a second insert of it is a value (`duplicate`), not a
      // unique-violation, on both databases; a concurrent twin waits for the first and then does nothing.
      const r = await db
        .insertInto('exercise_entries')
        .values({
          id: e.id,
          user_id: e.userId,
          program_id: e.programId,
          exercise_id: e.exerciseId,
          answers: JSON.stringify(e.answers),
          created_at: iso(e.createdAt),
        })
        .onConflict((oc) => oc.column('id').doNothing())
        .executeTakeFirst();
      if (Number(r.numInsertedOrUpdatedRows ?? 0) > 0) return { kind: 'inserted' };
      const existing = await db
        .selectFrom('exercise_entries')
        .selectAll()
        .where('user_id', '=', e.userId)
        .where('id', '=', e.id)
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
      const r = await db
        .deleteFrom('exercise_entries')
        .where('user_id', '=', userId)
        .where('id', '=', entryId)
        .executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
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
      } catch (e) {
        if (!isUniqueViolation(e)) throw e;
        return (await get(key))!;
      }
    },
  };
}
