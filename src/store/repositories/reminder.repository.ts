import type { Kysely } from 'kysely';
import type { GoalReminder, ReminderStore } from '../../core/goals/reminders.js';
import type { Database } from '../schema.js';
import { iso } from './rows.js';
import { createSendClaims } from './send-claims.js';

type Row = Database['goal_reminders'];

const toReminder = (row: Pick<Row, 'user_id' | 'time' | 'time_zone' | 'enabled' | 'last_sent_on'>): GoalReminder => ({
  userId: row.user_id,
  time: row.time,
  timeZone: row.time_zone,
  enabled: Number(row.enabled) === 1,
  lastSentOn: row.last_sent_on,
});

/** Daily goal reminders; one row per user. */
export function createReminderRepository(db: Kysely<Database>): ReminderStore {
  const columns = ['user_id', 'time', 'time_zone', 'enabled', 'last_sent_on'] as const;
  return {
    async get(userId) {
      const row = await db
        .selectFrom('goal_reminders')
        .select(columns)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return row && toReminder(row);
    },
    async save(reminder, at) {
      const values = {
        time: reminder.time,
        time_zone: reminder.timeZone,
        enabled: reminder.enabled ? 1 : 0,
        updated_at: iso(at),
      };
      await db
        .insertInto('goal_reminders')
        .values({ user_id: reminder.userId, last_sent_on: null, ...values })
        .onConflict((oc) => oc.column('user_id').doUpdateSet(values))
        .execute();
    },
    async enabled(limit, afterUserId) {
      let query = db.selectFrom('goal_reminders').select(columns).where('enabled', '=', 1);
      if (afterUserId) query = query.where('user_id', '>', afterUserId);
      const rows = await query.orderBy('user_id').limit(limit).execute();
      return rows.map(toReminder);
    },
    async markSent(userId, localDate) {
      await db.updateTable('goal_reminders').set({ last_sent_on: localDate }).where('user_id', '=', userId).execute();
    },
    sends: createSendClaims(db, 'goal_reminders', (userId: string) => ({ user_id: userId })),
  };
}
