import type { Kysely } from 'kysely';
import type { ProcessedUpdates } from '../../core/ports.js';
import type { Database } from '../schema.js';
import { iso, isUniqueViolation } from './rows.js';

/** Remembers handled update ids so a redelivered update is processed once. */
export function createProcessedUpdateRepository(db: Kysely<Database>): ProcessedUpdates {
  return {
    async claim(source, updateId, at) {
      try {
        await db
          .insertInto('processed_updates')
          .values({ source, update_id: updateId, processed_at: iso(at) })
          .execute();
        return true;
      } catch (error) {
        if (isUniqueViolation(error)) return false;
        throw error;
      }
    },

    async release(source, updateId) {
      await db.deleteFrom('processed_updates').where('source', '=', source).where('update_id', '=', updateId).execute();
    },

    async forgetBefore(at) {
      const result = await db.deleteFrom('processed_updates').where('processed_at', '<', iso(at)).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
