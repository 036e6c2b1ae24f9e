import type { Kysely } from 'kysely';
import type { WebSessionStore } from '../../core/auth/web-sessions.port.js';
import { inTransaction } from '../in-transaction.js';
import type { Database } from '../schema.js';
import { iso } from './rows.js';

/** Login links and web sessions, by the hash of their secret. */
export function createWebSessionRepository(db: Kysely<Database>): WebSessionStore {
  return {
    async addLink(link) {
      await db
        .insertInto('login_links')
        .values({
          code_hash: link.codeHash,
          user_id: link.userId,
          created_at: iso(link.createdAt),
          expires_at: iso(link.expiresAt),
          used_at: null,
        })
        .execute();
    },

    async useLink(codeHash, at) {
      // One statement: of two tabs opening the same link at once, exactly one gets the user.
      const row = await db
        .updateTable('login_links')
        .set({ used_at: iso(at) })
        .where('code_hash', '=', codeHash)
        .where('used_at', 'is', null)
        .where('expires_at', '>', iso(at))
        .returning('user_id')
        .executeTakeFirst();
      return row?.user_id;
    },

    ...signInQueries(db),

    async addSession(session) {
      await db
        .insertInto('web_sessions')
        .values({
          id_hash: session.idHash,
          user_id: session.userId,
          created_at: iso(session.createdAt),
          expires_at: iso(session.expiresAt),
        })
        .execute();
    },

    async sessionUser(idHash, at) {
      const row = await db
        .selectFrom('web_sessions')
        .select('user_id')
        .where('id_hash', '=', idHash)
        .where('expires_at', '>', iso(at))
        .executeTakeFirst();
      return row?.user_id;
    },

    async endSession(idHash) {
      await db.deleteFrom('web_sessions').where('id_hash', '=', idHash).execute();
    },

    async signOutEverywhere(userId, at) {
      await inTransaction(db, async (tx) => {
        await tx.deleteFrom('web_sessions').where('user_id', '=', userId).execute();
        await tx.deleteFrom('login_links').where('user_id', '=', userId).execute();
        await tx
          .updateTable('users')
          .set({ signed_out_at: iso(at) })
          .where('id', '=', userId)
          .execute();
      });
    },
  };
}

/** Questions about links and sign-ins that change nothing: is a link good now, has anybody signed in here. */
function signInQueries(db: Kysely<Database>): Pick<WebSessionStore, 'linkUsable' | 'anySignIn'> {
  return {
    async linkUsable(codeHash, at) {
      const row = await db
        .selectFrom('login_links')
        .select('user_id')
        .where('code_hash', '=', codeHash)
        .where('used_at', 'is', null)
        .where('expires_at', '>', iso(at))
        .executeTakeFirst();
      return row !== undefined;
    },

    async anySignIn() {
      const session = await db.selectFrom('web_sessions').select('user_id').limit(1).executeTakeFirst();
      if (session) return true;
      const used = await db
        .selectFrom('login_links')
        .select('user_id')
        .where('used_at', 'is not', null)
        .limit(1)
        .executeTakeFirst();
      return used !== undefined;
    },
  };
}
