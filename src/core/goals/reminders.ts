import type { SendClaims } from '../delivery.port.js';
import type { UserId } from './model.js';

/** A daily reminder of the open step, at a local time the person picked, in their time zone. */
export interface GoalReminder {
  userId: UserId;
  /** "HH:MM", 24-hour, local to `timeZone`. */
  time: string;
  /** An IANA zone ("Europe/Moscow"); DST is the zone's business, not ours. */
  timeZone: string;
  enabled: boolean;
  /** The local date ("YYYY-MM-DD") of the last reminder sent: one a day, never a flood. */
  lastSentOn: string | null;
}

/** Reminders stored per user; every query is scoped to its user except the job's scan. */
export interface ReminderStore {
  get(userId: UserId): Promise<GoalReminder | undefined>;
  save(reminder: Omit<GoalReminder, 'lastSentOn'>, at: Date): Promise<void>;
  /** Enabled reminders, a page at a time (the job filters by local time). */
  enabled(limit: number, afterUserId?: UserId): Promise<GoalReminder[]>;
  /** The day's reminder went out: it is not sent again that local day. */
  markSent(userId: UserId, localDate: string): Promise<void>;
  /** Claims on a day's send, in the person's reminder row (services/delivery/send-once.ts). */
  sends: SendClaims<UserId>;
}

const TIME = /^([01]?\d|2[0-3])[:.h ]?([0-5]\d)$/;

/** "7:30", "07.30", "1930" → "07:30"/"19:30"; undefined when it is not a time of day. */
export function parseTimeOfDay(text: string): string | undefined {
  const match = TIME.exec(text.trim().toLowerCase());
  if (!match) return undefined;
  return `${match[1]!.padStart(2, '0')}:${match[2]}`;
}

/** The zone's canonical name when the runtime knows it ("europe/moscow" → "Europe/Moscow"). */
export function canonicalTimeZone(text: string): string | undefined {
  const name = text.trim();
  if (!/^[A-Za-z_]+(\/[A-Za-z_+-]+){0,2}$/.test(name)) return undefined;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** The local date and "HH:MM" of an instant in a zone. */
export function localClock(at: Date, timeZone: string): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const part = (type: string) => parts.find((item) => item.type === type)!.value;
  return { date: `${part('year')}-${part('month')}-${part('day')}`, time: `${part('hour')}:${part('minute')}` };
}

/**
 * The local date a reminder is due for now, or undefined. Due once the local clock has passed its
 * time and none was sent that local day — so a server that was down at 19:00 sends one at 19:40,
 * not one per missed run, and a DST jump that skips 02:30 still sends at 03:00.
 */
export function reminderDueOn(reminder: GoalReminder, now: Date): string | undefined {
  if (!reminder.enabled) return undefined;
  const local = localClock(now, reminder.timeZone);
  if (local.time < reminder.time || reminder.lastSentOn === local.date) return undefined;
  return local.date;
}
