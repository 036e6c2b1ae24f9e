import type { Goal, Locale, Step, UserId } from '../../core/goals/model.js';
import {
  canonicalTimeZone,
  type GoalReminder,
  parseTimeOfDay,
  type ReminderStore,
  reminderDueOn,
} from '../../core/goals/reminders.js';
import type { Stores } from '../../core/ports.js';
import { StepwiseError } from '../../core/errors.js';
import type { DeliveryOutcome, ScheduledDelivery } from '../../core/delivery.port.js';
import { sendOnce, type SendOnceDeps } from '../delivery/send-once.js';

export interface ReminderDeps extends SendOnceDeps {
  reminders: ReminderStore;
  stores: Pick<Stores, 'users' | 'goals' | 'steps'>;
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

    /** The job's scan: a key (`<user id>:<local date>`) per reminder due now, at most one a local day. */
    async dueKeys(): Promise<string[]> {
      const now = deps.clock.now();
      const keys: string[] = [];
      let after: UserId | undefined;
      for (;;) {
        const page = await deps.reminders.enabled(PAGE, after);
        for (const reminder of page) {
          const localDate = reminderDueOn(reminder, now);
          // Checked here too, so a day with nothing open costs no claim (a write) every minute.
          if (localDate && (await reminderFor(deps, reminder.userId))) keys.push(`${reminder.userId}:${localDate}`);
        }
        if (page.length < PAGE) return keys;
        after = page.at(-1)!.userId;
      }
    },

    /**
     * Sends one key's reminder (`deliver` is the bot), unless it went out already that day, the
     * reminder was turned off, or nothing is open (a reminder is for a step); 'failed' while another
     * attempt holds its claim (the queue tries again later, and finds it sent or the claim left).
     */
    deliverOne: (key: string, deliver: (message: ReminderMessage, signal: AbortSignal) => Promise<boolean>) =>
      deliverOne(deps, key, deliver),
  };
}

/** The reminder a person would get now: their active goal's open step, in their language. */
async function reminderFor(deps: ReminderDeps, userId: UserId): Promise<ReminderMessage | undefined> {
  const [user, goal] = await Promise.all([deps.stores.users.byId(userId), deps.stores.goals.active(userId)]);
  const step = goal && (await deps.stores.steps.open(userId, goal.id));
  return user && goal && step ? { userId, locale: user.locale, goal, step } : undefined;
}

async function deliverOne(
  deps: ReminderDeps,
  key: string,
  deliver: (message: ReminderMessage, signal: AbortSignal) => Promise<boolean>,
): Promise<DeliveryOutcome> {
  const split = key.lastIndexOf(':');
  const [userId, localDate] = [key.slice(0, split), key.slice(split + 1)];
  // Still due for that very date: a retry the next day must not send yesterday's reminder.
  const owed = async () => {
    const reminder = await deps.reminders.get(userId);
    const due = reminder && reminderDueOn(reminder, deps.clock.now()) === localDate;
    return due ? reminderFor(deps, userId) : undefined;
  };
  // Checked before the claim too, so a job no longer owed costs no write.
  if (!(await owed())) return 'nothing';
  const outcome = await sendOnce(deps, {
    kind: 'reminder',
    userId,
    claims: deps.reminders.sends,
    row: userId,
    on: localDate,
    owed,
    send: async (message, signal) => ((await deliver(message, signal)) ? 'sent' : 'failed'),
    markSent: () => deps.reminders.markSent(userId, localDate),
  });
  if (outcome === 'sent') deps.log.info({ event: 'reminder_sent', user_id: userId }, 'goal reminder sent');
  return outcome;
}

export type ReminderServices = ReturnType<typeof createReminderServices>;

/**
 * The daily reminders as a scheduled delivery (`send` is the bot's). Each key is claimed in the
 * reminder's own row with a lease (send-once.ts), so a runner adds no claim that would outlive a killed process.
 */
export function reminderDelivery(
  reminders: Pick<ReminderServices, 'dueKeys' | 'deliverOne'>,
  send: (message: ReminderMessage, signal: AbortSignal) => Promise<boolean>,
): ScheduledDelivery {
  return {
    name: 'reminder',
    due: () => reminders.dueKeys(),
    deliver: (key) => reminders.deliverOne(key, send),
  };
}
