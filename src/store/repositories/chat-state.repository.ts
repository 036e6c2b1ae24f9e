import type { Kysely } from 'kysely';
import type { ChatStateStore } from '../../core/ports.js';
import type { Database } from '../schema.js';
import { iso } from './rows.js';

/** Where each user's conversation stands per channel (waiting for a title, an answer…), as JSON. */
export function createChatStateRepository(db: Kysely<Database>): ChatStateStore {
  return {
    async get(userId, channel) {
      const row = await db
        .selectFrom('chat_states')
        .select('state')
        .where('user_id', '=', userId)
        .where('channel', '=', channel)
        .executeTakeFirst();
      return row ? (JSON.parse(row.state) as unknown) : undefined;
    },

    async set(userId, channel, state, at) {
      const values = { user_id: userId, channel, state: JSON.stringify(state), updated_at: iso(at) };
      await db
        .insertInto('chat_states')
        .values(values)
        .onConflict((oc) =>
          oc.columns(['user_id', 'channel']).doUpdateSet({ state: values.state, updated_at: values.updated_at }),
        )
        .execute();
    },

    async clear(userId, channel) {
      await db.deleteFrom('chat_states').where('user_id', '=', userId).where('channel', '=', channel).execute();
    },
  };
}
