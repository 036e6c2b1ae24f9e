import type { Goal, Locale, Step, UserId } from '../../core/goals/model.js';
import {
  canonicalTimeZone,
  type GoalReminder,
  parseTimeOfDay,
  type ReminderStore,
  reminderDueOn,
} from '../../core/goals/reminders.js';
import type { Clock, Log, Stores } from '../../core/ports.js';
import { StepwiseError } from '../../core/errors.js';
import type { DeliveryClaims } from '../delivery/delivery-claims.js';

export interface ReminderDeps {
  reminders: ReminderStore;
  stores: Pick<Stores, 'users' | 'goals' | 'steps'>;
  claims: Pick<DeliveryClaims, 'claim' | 'release'>;
  clock: Clock;
  log: Log;
}

/** One reminder to deliver: the open step of the active goal, in the person's language. */
export interface ReminderMessage {
  userId: UserId;
  locale: Locale;
  goal: Pick<Goal, 'id' | 'title'>;
  step: Pick<Step, 'text' | 'estimatedMinutes'>;
}

/** How many reminders the job reads per page (it pages through all of them each run). */
const PAGE = 500;

/** Setting, reading and sending the daily goal reminders. */
export function createReminderServices(deps: ReminderDeps) {
  return {
    get: (userId: UserId) => deps.reminders.get(userId),

    /** Turns the reminder on at `time` ("19:00") in `timeZone` (IANA); a clear refusal for either one wrong. */
    async set(userId: UserId, time: string, timeZone: string): Promise<GoalReminder> {
      const at = parseTimeOfDay(time);
      if (!at) throw new StepwiseError('invalid_input', 'time: expected a time of day like 19:00');
      const zone = canonicalTimeZone(timeZone);
      if (!zone) throw new StepwiseError('invalid_input', 'time_zone: expected an IANA time zone like Europe/Moscow');
      const reminder = { userId, time: at, timeZone: zone, enabled: true };
      await deps.reminders.save(reminder, deps.clock.now());
      return { ...reminder, lastSentOn: (await deps.reminders.get(userId))?.lastSentOn ?? null };
    },

    /** Off with one tap; the time and zone are kept for turning it back on. */
    async turnOff(userId: UserId): Promise<boolean> {
      const reminder = await deps.reminders.get(userId);
      if (!reminder?.enabled) return false;
      await deps.reminders.save({ ...reminder, enabled: false }, deps.clock.now());
      return true;
    },

    /** The job: every due reminder with an open step, sent once per local day (`deliver` is the bot). */
    async sendDue(deliver: (message: ReminderMessage) => Promise<boolean>): Promise<number> {
      const now = deps.clock.now();
      let sent = 0;
      let after: UserId | undefined;
      for (;;) {
        const page = await deps.reminders.enabled(PAGE, after);
        for (const reminder of page) if (await sendOne(deps, reminder, now, deliver)) sent += 1;
        if (page.length < PAGE) return sent;
        after = page.at(-1)!.userId;
      }
    },
  };
}

async function sendOne(
  deps: ReminderDeps,
  reminder: GoalReminder,
  now: Date,
  deliver: (message: ReminderMessage) => Promise<boolean>,
): Promise<boolean> {
  const localDate = reminderDueOn(reminder, now);
  if (!localDate) return false;
  const { userId } = reminder;
  const [user, goal] = await Promise.all([deps.stores.users.byId(userId), deps.stores.goals.active(userId)]);
  const step = goal && (await deps.stores.steps.open(userId, goal.id));
  // Nothing open (no goal, a question waiting, all done): no message today — a reminder is for a step.
  if (!user || !goal || !step) return false;
  // The claim is shared by every instance (the processed-updates ledger), so two never both send.
  const claim = `${userId}:${localDate}`;
  if (!(await deps.claims.claim('reminder', claim))) return false;
  const delivered = await deliver({ userId, locale: user.locale, goal, step }).catch(() => false);
  if (!delivered) {
    await deps.claims.release('reminder', claim);
    return false;
  }
  await deps.reminders.markSent(userId, localDate);
  deps.log.info({ event: 'reminder_sent', user_id: userId }, 'goal reminder sent');
  return true;
}

export type ReminderServices = ReturnType<typeof createReminderServices>;
