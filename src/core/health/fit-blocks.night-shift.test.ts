import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { loadHealthPack } from '../../content/load-health-pack.js';
import { fitDay } from './fit-blocks.js';
import type { DayTemplate, Schedule } from './model.js';

/**
 * The real day templates for a night-shift worker: work 22:00–06:00, wake 14:00, sleep 07:00, in
 * Moscow (no DST) and New York, over the Friday to Monday around both of New York's 2026 clock
 * changes. Sleep and work are computed here with luxon from the schedule's words.
 */

const loaded = loadHealthPack();
if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
const TEMPLATES = loaded.pack.templates;

const ZONES = ['Europe/Moscow', 'America/New_York'];
const DATES = ['2026-03-06', '2026-03-07', '2026-03-08', '2026-03-09', '2026-10-30', '2026-10-31', '2026-11-01'];
const WEEKDAYS = [1, 2, 3, 4, 5];
// Every night too, so that a shift runs through the night the clocks change.
const EVERY_NIGHT = [1, 2, 3, 4, 5, 6, 7];

const nights = (timeZone: string, days: number[]): Schedule => ({
  timeZone,
  wake: '14:00',
  sleep: '07:00',
  work: { start: '22:00', end: '06:00', days },
  meals: {},
  exercise: 'any',
});

const MINUTE = 60_000;
const plusDays = (date: string, days: number) => DateTime.fromISO(date).plus({ days }).toISODate()!;
// None of these wall-clock times is ambiguous; 02:00 on New York's spring night moves to 03:00, as luxon does.
const at = (date: string, time: string, zone: string) => DateTime.fromISO(`${date}T${time}`, { zone }).toMillis();

interface Span {
  start: number;
  end: number;
}
const overlaps = (left: Span, right: Span) => left.start < right.end && right.start < left.end;

/** Awake 14:00 to 07:00, shifts 22:00–06:00 from the work days, a 45-minute break from 02:00. */
function nightOf(schedule: Schedule, date: string) {
  const zone = schedule.timeZone;
  const awake = { start: at(date, '14:00', zone), end: at(plusDays(date, 1), '07:00', zone) };
  const shifts = [-1, 0, 1]
    .map((offset) => plusDays(date, offset))
    .filter((day) => schedule.work!.days.includes(DateTime.fromISO(day).weekday))
    .map((day) => ({ start: at(day, '22:00', zone), end: at(plusDays(day, 1), '06:00', zone) }));
  const lunch = at(plusDays(date, 1), '02:00', zone);
  const lunchBreak = { start: lunch, end: lunch + 45 * MINUTE };
  const dayOff = !schedule.work!.days.includes(DateTime.fromISO(date).weekday);
  const tonight = shifts.find((shift) => shift.start >= awake.start && shift.start < awake.end);
  return { awake, shifts, lunchBreak, dayOff, tonight };
}

function checkNight(schedule: Schedule, date: string, template: DayTemplate) {
  const result = fitDay(template, schedule, date);
  const { awake, shifts, lunchBreak, dayOff, tonight } = nightOf(schedule, date);
  const where = `${schedule.timeZone} ${date}`;
  // A sensible plan: every block of the day has its place, the free-day block on a day off only.
  expect(result.unfit, where).toEqual([]);
  const today = template.blocks.filter((block) => block.days !== 'free' || dayOff);
  expect(result.placed.map((fitted) => fitted.template.id).sort(), where).toEqual(
    today.map((block) => block.id).sort(),
  );
  for (const fitted of result.placed) {
    const span = { start: fitted.start.getTime(), end: fitted.end.getTime() };
    const what = `${where} ${fitted.template.id}`;
    expect(span.start >= awake.start && span.end <= awake.end, `${what} awake`).toBe(true);
    const inBreak = span.start >= lunchBreak.start && span.end <= lunchBreak.end;
    expect(inBreak || !shifts.some((shift) => overlaps(span, shift)), `${what} off work`).toBe(true);
    // The after-work block goes to the free afternoon before the shift, not the hour before sleep.
    if (fitted.template.anchor === 'work_end' && tonight)
      expect(span.end <= tonight.start, `${what} before the shift`).toBe(true);
  }
  const anchored = result.placed.filter((fitted) => ['wake', 'sleep'].includes(fitted.template.anchor));
  expect(anchored.length, `${where}: wake and sleep blocks`).toBeGreaterThanOrEqual(2);
}

describe('a night-shift worker (22:00–06:00, awake 14:00–07:00) in the real day templates', () => {
  for (const zone of ZONES)
    for (const [label, days] of [
      ['Monday to Friday', WEEKDAYS],
      ['every night', EVERY_NIGHT],
    ] as const)
      it(`${zone}, ${label}: every block fits, around sleep and work, across the clock changes`, () => {
        const schedule = nights(zone, [...days]);
        for (const template of TEMPLATES) for (const date of DATES) checkNight(schedule, date, template);
      });

  it('puts the wind-down in the hour after the shift and the main session in the afternoon', () => {
    const schedule = nights('America/New_York', WEEKDAYS);
    const template = TEMPLATES.find((one) => one.archetype === 'peak_performer' && one.mode === 'standard')!;
    const local = (instant: Date) => DateTime.fromJSDate(instant, { zone: 'America/New_York' }).toFormat('ccc HH:mm');
    const shown = (date: string) =>
      fitDay(template, schedule, date).placed.map(
        (fitted) => `${fitted.template.id} ${local(fitted.start)}–${local(fitted.end)}`,
      );
    // Friday: a working night. Saturday: a day off (the Friday shift ended at 06:00), with the
    // free-day block, and the spring-forward night, when 02:00 becomes 03:00.
    expect(shown('2026-03-06')).toEqual([
      'dawn_protocol Fri 14:15–Fri 14:45',
      'peak_window Fri 18:30–Fri 19:15',
      'recovery_analytics Sat 02:05–Sat 02:25',
      'evening_review Sat 06:00–Sat 06:30',
    ]);
    expect(shown('2026-03-07')).toEqual([
      'dawn_protocol Sat 14:15–Sat 14:45',
      'extended_deep_session Sat 15:30–Sat 17:30',
      'peak_window Sat 22:30–Sat 23:15',
      'recovery_analytics Sun 03:05–Sun 03:25',
      'evening_review Sun 05:30–Sun 06:00',
    ]);
  });
});
