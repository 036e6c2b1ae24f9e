import type { BlockAnchor, DayPart, Schedule } from './model.js';
import { addDays, instantOf, isoWeekday, MINUTE, minutesOfDay } from './clock.js';

/** A half-open span of instants [start, end), epoch milliseconds. */
export interface Interval {
  start: number;
  end: number;
}

/**
 * One person's local day as instants: when they are awake, when they are at work, and where each
 * anchor of a block template lands. Built once per (schedule, date) and then only read.
 */
export interface DayFrame {
  awake: Interval;
  /** Work hours that touch the day, with the lunch break already cut out. */
  work: Interval[];
  lunchBreak: Interval | null;
  anchors: Readonly<Record<Exclude<BlockAnchor, 'exercise'>, number>>;
  /** Where exercise goes; `any` has no time of its own, so it follows the block's part of the day. */
  exercise: (part: DayPart) => number;
  /** A day off (see `isDayOff`): the only days with room for the template's free-day blocks. */
  dayOff: boolean;
}

const LUNCH_BREAK_MINUTES = 45;
const DEFAULT_LUNCH = 12 * 60 + 30;
const DEFAULT_DINNER = 19 * 60;
const DEFAULT_EVENING_EXERCISE = 18 * 60;
/** An after-work block and the wind-down before sleep need about two hours between work and sleep. */
const MIN_EVENING = 120 * MINUTE;

export const overlapMs = (left: Interval, right: Interval): number =>
  Math.max(0, Math.min(left.end, right.end) - Math.max(left.start, right.start));

/**
 * Defaults, documented because people see them: breakfast 30 minutes after waking; lunch at 12:30 when
 * that is inside their work hours (or they have none), otherwise the middle of their work hours (a
 * night-shift worker on 22:00–06:00 lunches at 02:00); dinner at 19:00; midday is the midpoint of the
 * awake window. `work_end` is where the day's main free time begins: the end of the shift that ends
 * while they are awake, when at least two hours of evening follow it or that evening is the longest
 * free stretch anyway; otherwise (no work that day, or a night shift ending an hour before sleep) the
 * middle of the longest stretch awake and off work — midday on a day off, the afternoon before a
 * night shift. Exercise: morning is an hour after waking; midday is lunch; evening is 30 minutes after
 * the end of work when `work_end` is that end, otherwise 18:00 (or, when 18:00 is at work, 30 minutes
 * after `work_end`); `any` follows the block's part of the day, except that a midday workout on a
 * working day goes to `work_end` rather than into a 45-minute lunch break.
 */
export function dayFrame(schedule: Schedule, date: string): DayFrame {
  const zone = schedule.timeZone;
  const wakeMinutes = minutesOfDay(schedule.wake);
  const sleepMinutes = minutesOfDay(schedule.sleep);
  // A wall-clock time belongs to the awake day that starts at wake: 01:00 with wake 07:00 is tomorrow.
  const onAwakeDay = (minutes: number) => instantOf(minutes >= wakeMinutes ? date : addDays(date, 1), minutes, zone);
  const wake = instantOf(date, wakeMinutes, zone);
  const sleep = instantOf(sleepMinutes > wakeMinutes ? date : addDays(date, 1), sleepMinutes, zone);
  // A spring-forward gap can push wake past an early sleep; the day then simply has no room.
  const awake = { start: wake, end: Math.max(wake, sleep) };
  const midday = wake + Math.floor((awake.end - wake) / 2 / MINUTE) * MINUTE;
  const lunch = onAwakeDay(mealMinutes(schedule, 'lunch') ?? defaultLunch(schedule));
  const shifts = workShifts(schedule, date);
  const lunchBreak = breakInside(shifts, lunch);
  const shiftEnd = shifts.find((shift) => shift.end > awake.start && shift.end <= awake.end)?.end;
  const workEnd = mainFreeTime(awake, shifts, shiftEnd) ?? midday;
  const breakfast = mealMinutes(schedule, 'breakfast');
  const anchors = {
    wake,
    sleep: awake.end,
    midday,
    lunch,
    breakfast: breakfast === undefined ? wake + 30 * MINUTE : onAwakeDay(breakfast),
    dinner: onAwakeDay(mealMinutes(schedule, 'dinner') ?? DEFAULT_DINNER),
    work_end: workEnd,
  };
  const sixPm = onAwakeDay(DEFAULT_EVENING_EXERCISE);
  const atWork = (at: number) => shifts.some((shift) => shift.start <= at && at < shift.end);
  const evening = workEnd === shiftEnd || atWork(sixPm) ? workEnd + 30 * MINUTE : sixPm;
  const byPart: Record<DayPart, number> = { morning: wake + 60 * MINUTE, midday: lunch, evening };
  const anyTime: Record<DayPart, number> = { ...byPart, midday: lunchBreak ? workEnd : lunch };
  const exercise = (part: DayPart) => (schedule.exercise === 'any' ? anyTime[part] : byPart[schedule.exercise]);
  const dayOff = isDayOff(schedule, date);
  return { awake, work: cutOut(shifts, lunchBreak), lunchBreak, anchors, exercise, dayOff };
}

/**
 * A day off: a weekday outside the person's work days; without work hours, Saturday and Sunday (a
 * weekly habit still needs its day). A shift belongs to the weekday it starts on, so a night worker's
 * Saturday after a Friday night shift is a day off.
 */
export function isDayOff(schedule: Schedule, date: string): boolean {
  const weekday = isoWeekday(date);
  return schedule.work ? !schedule.work.days.includes(weekday) : weekday >= 6;
}

/**
 * Where the day's main free time is (the `work_end` anchor), or undefined when work fills the whole
 * awake window. The stretches are the awake window minus the shifts (a lunch break is no free time).
 */
function mainFreeTime(awake: Interval, shifts: readonly Interval[], shiftEnd: number | undefined): number | undefined {
  const stretches = freeStretches(awake, shifts);
  const length = (stretch: Interval) => stretch.end - stretch.start;
  const longest = stretches.reduce<Interval | undefined>(
    (best, stretch) => (best && length(best) >= length(stretch) ? best : stretch),
    undefined,
  );
  if (!longest) return undefined;
  const after = stretches.find((stretch) => stretch.start === shiftEnd);
  if (after && (length(after) >= MIN_EVENING || length(after) >= length(longest))) return after.start;
  return longest.start + Math.floor(length(longest) / 2 / MINUTE) * MINUTE;
}

/** The awake window minus work shifts, in time order. */
function freeStretches(awake: Interval, shifts: readonly Interval[]): Interval[] {
  const stretches: Interval[] = [];
  let from = awake.start;
  for (const shift of [...shifts].sort((left, right) => left.start - right.start)) {
    if (shift.start > from) stretches.push({ start: from, end: Math.min(shift.start, awake.end) });
    from = Math.max(from, shift.end);
  }
  if (awake.end > from) stretches.push({ start: from, end: awake.end });
  return stretches.filter((stretch) => stretch.end > stretch.start);
}

const mealMinutes = (schedule: Schedule, meal: 'breakfast' | 'lunch' | 'dinner'): number | undefined => {
  const time = schedule.meals[meal];
  return time === undefined ? undefined : minutesOfDay(time);
};

function defaultLunch(schedule: Schedule): number {
  if (!schedule.work) return DEFAULT_LUNCH;
  const start = minutesOfDay(schedule.work.start);
  const length = (minutesOfDay(schedule.work.end) - start + 1440) % 1440 || 1440;
  const into = (DEFAULT_LUNCH - start + 1440) % 1440;
  return into < length ? DEFAULT_LUNCH : (start + Math.floor(length / 2)) % 1440;
}

/**
 * Work shifts that can touch this awake day: those starting the day before (a night shift running into
 * the morning), on the day, and the day after (an awake window that runs past midnight). A shift
 * belongs to the weekday it starts on; an end at or before the start means it ends the next day.
 */
export function workShifts(schedule: Schedule, date: string): Interval[] {
  const work = schedule.work;
  if (!work) return [];
  const start = minutesOfDay(work.start);
  const end = minutesOfDay(work.end);
  return [-1, 0, 1]
    .map((offset) => addDays(date, offset))
    .filter((day) => work.days.includes(isoWeekday(day)))
    .map((day) => ({
      start: instantOf(day, start, schedule.timeZone),
      end: instantOf(end > start ? day : addDays(day, 1), end, schedule.timeZone),
    }))
    .filter((shift) => shift.end > shift.start);
}

function breakInside(shifts: Interval[], lunch: number): Interval | null {
  const shift = shifts.find((candidate) => candidate.start <= lunch && lunch < candidate.end);
  return shift ? { start: lunch, end: Math.min(shift.end, lunch + LUNCH_BREAK_MINUTES * MINUTE) } : null;
}

function cutOut(shifts: Interval[], hole: Interval | null): Interval[] {
  if (!hole) return shifts;
  return shifts.flatMap((shift) =>
    overlapMs(shift, hole) === 0
      ? [shift]
      : [
          { start: shift.start, end: hole.start },
          { start: hole.end, end: shift.end },
        ].filter((piece) => piece.end > piece.start),
  );
}
