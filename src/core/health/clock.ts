import { IANAZone } from 'luxon';
import { StepwiseError } from '../errors.js';
import { parseTimeOfDay } from '../goals/reminders.js';
import { isoTime } from '../iso-time.js';

/**
 * Wall-clock arithmetic for the health plan. Everything downstream works in epoch milliseconds (UTC
 * instants), so a DST day is simply a day with 23 or 25 real hours and durations stay real minutes.
 * Offsets come from luxon's cached zone objects: a `DateTime` per wall-clock time costs ten times
 * more, and a plan resolves a dozen of them.
 */

export const MINUTE = 60_000;
const DAY = 86_400_000;

/** "HH:MM" → minutes after local midnight; a bad time is the caller's input error, not ours to guess. */
export function minutesOfDay(time: string): number {
  const parsed = parseTimeOfDay(time);
  if (!parsed) throw new StepwiseError('invalid_input', `not a time of day: ${time}`, { time });
  return Number(parsed.slice(0, 2)) * 60 + Number(parsed.slice(3));
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight UTC of a calendar date, as a number of milliseconds (calendar arithmetic only). */
function utcMidnight(date: string): number {
  const match = DATE.exec(date);
  const [year, month, day] = match ? [+match[1]!, +match[2]!, +match[3]!] : [NaN, NaN, NaN];
  const at = Date.UTC(year, month - 1, day);
  // Date.UTC rolls 2026-02-30 over to March; a date that does not read back is not a date.
  return isoTime(new Date(at)).slice(0, 10) === date ? at : NaN;
}

/** The local calendar date `days` after `date` (both "YYYY-MM-DD"); calendar days, not 24-hour steps. */
export const addDays = (date: string, days: number): string =>
  isoTime(new Date(utcMidnight(date) + days * DAY)).slice(0, 10);

/** ISO weekday (1 = Monday … 7 = Sunday) of a calendar date; a date has the same weekday in every zone. */
export const isoWeekday = (date: string): number => new Date(utcMidnight(date)).getUTCDay() || 7;

/** Throws on a malformed date or an unknown zone, so a typo never yields a silently empty day. */
export function checkDay(date: string, timeZone: string): void {
  if (Number.isNaN(utcMidnight(date)) || !IANAZone.create(timeZone).isValid)
    throw new StepwiseError('invalid_input', `bad date or time zone: ${date} ${timeZone}`, { date, timeZone });
}

/**
 * The instant of a wall-clock time on a local date. A time inside a spring-forward gap moves forward
 * by the gap (as luxon does: 02:30 on a New York spring day is 03:30). On a fall-back day an ambiguous
 * time means its first occurrence — luxon alone picks either one depending on the zone, and "05:30
 * before sleep" should not drift by an hour on one night a year. Offsets a day either side bracket the
 * change (no zone changes twice within two days).
 */
export function instantOf(date: string, minutes: number, timeZone: string): number {
  const zone = IANAZone.create(timeZone);
  const asUtc = utcMidnight(date) + minutes * MINUTE;
  const before = zone.offset(asUtc - DAY);
  const after = zone.offset(asUtc + DAY);
  if (before === after) return asUtc - before * MINUTE;
  const readsBack = [before, after]
    .map((offset) => asUtc - offset * MINUTE)
    .filter((at) => at + zone.offset(at) * MINUTE === asUtc);
  return readsBack.length > 0 ? Math.min(...readsBack) : asUtc - Math.min(before, after) * MINUTE;
}

/** The local date and minutes-of-day of an instant in a zone. */
export function localOf(at: number, timeZone: string): { date: string; minutes: number } {
  const local = at + IANAZone.create(timeZone).offset(at) * MINUTE;
  const minutes = Math.floor((((local % DAY) + DAY) % DAY) / MINUTE);
  return { date: isoTime(new Date(local)).slice(0, 10), minutes };
}
