import type { Kysely, Selectable } from 'kysely';
import type { Locale, Tone, User, UserId } from '../../core/goals/model.js';
import type { Preferences } from '../../core/goals/stores.port.js';
import type { UserStore } from '../../core/ports.js';
import { compiledOnce } from '../compiled-once.js';
import { inTransaction } from '../in-transaction.js';
import type { Database, UsersTable } from '../schema.js';
import { iso, isUniqueViolation, toDate } from './rows.js';

/**
 * The columns a `User` is made of, selected by name: a statement with `*` is never prepared on
 * PostgreSQL (see pg-prepared.ts), and this one runs for every write request.
 */
const USER_COLUMNS = ['id', 'locale', 'tone', 'display_name', 'created_at', 'time_zone', 'signed_out_at'] as const;

const toUser = (row: Pick<Selectable<UsersTable>, (typeof USER_COLUMNS)[number]>): User => ({
  id: row.id,
  locale: row.locale as Locale,
  tone: row.tone as Tone,
  displayName: row.display_name,
  createdAt: toDate(row.created_at),
  timeZone: row.time_zone,
  signedOutAt: row.signed_out_at === null ? null : toDate(row.signed_out_at),
});

// Read by every request whose token was not cached and by every write: built and compiled once.
const userById = compiledOnce((db, values: { userId: string }) =>
  db.selectFrom('users').select(USER_COLUMNS).where('id', '=', values.userId),
);

/** Users and the identities they are known by (a Telegram account, the terminal chat); one user per identity. */
export function createUserRepository(db: Kysely<Database>): UserStore {
  const byIdentity = async (provider: string, subject: string) => {
    const row = await db
      .selectFrom('user_identities as i')
      .innerJoin('users as u', 'u.id', 'i.user_id')
      .selectAll('u')
      .where('i.provider', '=', provider)
      .where('i.subject', '=', subject)
      .executeTakeFirst();
    return row && toUser(row);
  };

  return {
    byIdentity,

    async byId(userId) {
      const [row] = (await userById(db, { userId })).rows;
      return row && toUser(row);
    },

    async createWithIdentity(user, provider, subject) {
      try {
        await inTransaction(db, async (tx) => {
          const at = iso(user.createdAt);
          await tx
            .insertInto('users')
            .values({
              id: user.id,
              locale: user.locale,
              tone: user.tone,
              display_name: user.displayName,
              created_at: at,
              updated_at: at,
            })
            .execute();
          await tx
            .insertInto('user_identities')
            .values({ provider, subject, user_id: user.id, created_at: at })
            .execute();
        });
        return user;
      } catch (error) {
        // Two first messages at once: the other one created the user; use theirs.
        if (!isUniqueViolation(error)) throw error;
        const existing = await byIdentity(provider, subject);
        if (!existing) throw error;
        return existing;
      }
    },

    async subjectOf(userId, provider) {
      const row = await db
        .selectFrom('user_identities')
        .select('subject')
        .where('user_id', '=', userId)
        .where('provider', '=', provider)
        .executeTakeFirst();
      return row?.subject;
    },

    async updatePreferences(userId: UserId, prefs: Preferences, at: Date) {
      if (!prefs.locale && !prefs.tone && !prefs.timeZone) return;
      await db
        .updateTable('users')
        .set({
          ...(prefs.locale && { locale: prefs.locale }),
          ...(prefs.tone && { tone: prefs.tone }),
          ...(prefs.timeZone && { time_zone: prefs.timeZone }),
          updated_at: iso(at),
        })
        .where('id', '=', userId)
        .execute();
    },
  };
}
