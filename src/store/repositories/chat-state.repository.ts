import type { Kysely } from 'kysely';
import type { ChatStateStore } from '../../core/ports.js';
import type { Sealer } from '../../core/privacy/sealer.port.js';
import { createSealer } from '../crypto/aes-gcm-sealer.js';
import { sealedColumns } from '../crypto/sealed-columns.js';
import type { Database } from '../schema.js';
import { iso } from './rows.js';

/**
 * Where each user's conversation stands per channel (waiting for a title, an answer…), as JSON. It
 * holds drafts (a letter half-written), so the whole state is sealed when a data key is set.
 */
export function createChatStateRepository(db: Kysely<Database>, sealer: Sealer = createSealer()): ChatStateStore {
  const sealed = sealedColumns(sealer).chat_states.state;
  return {
    async get(userId, channel) {
      const row = await db
        .selectFrom('chat_states')
        .select('state')
        .where('user_id', '=', userId)
        .where('channel', '=', channel)
        .executeTakeFirst();
      return row ? (JSON.parse(sealed.open(row.state, userId)) as unknown) : undefined;
    },

    async set(userId, channel, state, at) {
      const values = {
        user_id: userId,
        channel,
        state: sealed.seal(JSON.stringify(state), userId),
        updated_at: iso(at),
      };
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
