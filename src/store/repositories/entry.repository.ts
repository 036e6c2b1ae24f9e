import type { Kysely } from 'kysely';
import type { EntryStore } from '../../core/entries/entry-store.port.js';
import type { Sealer } from '../../core/privacy/sealer.port.js';
import { createSealer } from '../crypto/aes-gcm-sealer.js';
import { sealedColumns } from '../crypto/sealed-columns.js';
import type { Database } from '../schema.js';
import { entryOf } from './exercise.repository.js';
import { iso } from './rows.js';

/**
 * Entries as their owner reads them back. Pages are keyset pages on (created_at, id), newest
 * first: an entry saved meanwhile lands before the first page and never shifts a later one.
 * Timestamps compare as written by `iso()` (fixed-width ISO text on SQLite, timestamptz on PostgreSQL).
 */
export function createEntryRepository(db: Kysely<Database>, sealer: Sealer = createSealer()): EntryStore {
  const sealed = sealedColumns(sealer).exercise_entries;
  const toEntry = entryOf(sealed);
  const mine = (userId: string) => db.selectFrom('exercise_entries').selectAll().where('user_id', '=', userId);
  return {
    async page(userId, { after, limit }) {
      let query = mine(userId);
      if (after) {
        const at = iso(after.createdAt);
        query = query.where((eb) =>
          eb.or([eb('created_at', '<', at), eb.and([eb('created_at', '=', at), eb('id', '<', after.id)])]),
        );
      }
      const rows = await query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
      return rows.map(toEntry);
    },

    async byId(userId, entryId) {
      const row = await mine(userId).where('id', '=', entryId).executeTakeFirst();
      return row && toEntry(row);
    },

    async recentOf(userId, exerciseIds, limit) {
      if (exerciseIds.length === 0) return [];
      const rows = await mine(userId)
        .where('exercise_id', 'in', [...exerciseIds])
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
      return rows.map(toEntry);
    },

    async replaceAnswers(userId, entryId, answers) {
      const updated = await db
        .updateTable('exercise_entries')
        .set({ answers: sealed.answers.seal(JSON.stringify(answers), userId) })
        .where('user_id', '=', userId)
        .where('id', '=', entryId)
        .executeTakeFirst();
      return Number(updated.numUpdatedRows) > 0;
    },

    async remove(userId, entryId) {
      const deleted = await db
        .deleteFrom('exercise_entries')
        .where('user_id', '=', userId)
        .where('id', '=', entryId)
        .executeTakeFirst();
      return Number(deleted.numDeletedRows) > 0;
    },
  };
}
