import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { fitDay } from './fit-blocks.js';
import type { BlockAnchor, BlockTemplate, DayTemplate, FitResult, Schedule } from './model.js';

/**
 * Property tests of fitting: 1,000 random schedules, zones, dates (DST changes among them) and
 * templates, free-day blocks among them. The person's sleep, work and days off are computed here from
 * the schedule with luxon alone, not with the fitter's helpers, so a shared mistake cannot hide.
 */

const ZONES = [
  'America/New_York',
  'Europe/London',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'Pacific/Chatham',
  'Europe/Moscow',
  'America/St_Johns',
  'Australia/Adelaide',
  'America/Santiago',
  'America/Havana',
  'Pacific/Kiritimati',
  'Asia/Kolkata',
  'UTC',
];

/**
 * Every offset change of these zones in 2026–2027: the local date and the wall-clock minute at which
 * the clocks jump (02:00 in New York, 02:45 on Chatham, midnight in Santiago). Found by comparing noon
 * offsets day to day, then walking that day in 15-minute steps (every zone here changes on a quarter).
 */
const TRANSITIONS = ZONES.flatMap((zone) => {
  const found: Array<{ zone: string; date: string; minutes: number }> = [];
  for (let noon = DateTime.fromISO('2026-01-01T12:00', { zone }); noon.year < 2028; noon = noon.plus({ days: 1 })) {
    if (noon.offset === noon.plus({ days: 1 }).offset) continue;
    let at = noon;
    while (at.plus({ minutes: 15 }).offset === at.offset) at = at.plus({ minutes: 15 });
    const after = at.plus({ minutes: 15 });
    found.push({ zone, date: after.toISODate()!, minutes: (at.hour * 60 + at.minute + 15) % 1440 });
  }
  return found;
});

const MINUTE = 60_000;
const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));

/** The first real instant at which a local wall clock shows this time (or, in a gap, luxon's forward move). */
function wallClock(date: string, time: string, zone: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = [Math.floor(toMinutes(time) / 60), toMinutes(time) % 60];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  // Try the offsets in force a day before and a day after; keep those that read back as this wall time.
  const offsets = [-1, 1].map((days) => DateTime.fromMillis(asUtc + days * 86_400_000, { zone }).offset);
  const exact = offsets
    .map((offset) => asUtc - offset * MINUTE)
    .filter((at) => DateTime.fromMillis(at, { zone }).toFormat('yyyy-MM-dd HH:mm') === `${date} ${time}`);
  if (exact.length > 0) return Math.min(...exact);
  return DateTime.fromObject({ year, month, day, hour, minute }, { zone }).toMillis();
}

const nextDay = (date: string) => DateTime.fromISO(date, { zone: 'UTC' }).plus({ days: 1 }).toISODate()!;

interface Span {
  start: number;
  end: number;
}
const overlaps = (left: Span, right: Span) => left.start < right.end && right.start < left.end;

/** Awake window, work shifts and the lunch break of this person's day, from the schedule's words. */
function personDay(schedule: Schedule, date: string) {
  const zone = schedule.timeZone;
  const later = toMinutes(schedule.sleep) > toMinutes(schedule.wake);
  const awake = {
    start: wallClock(date, schedule.wake, zone),
    end: wallClock(later ? date : nextDay(date), schedule.sleep, zone),
  };
  const shifts: Span[] = [];
  const work = schedule.work;
  for (const day of [DateTime.fromISO(date).minus({ days: 1 }).toISODate()!, date, nextDay(date)]) {
    if (!work || !work.days.includes(DateTime.fromISO(day).weekday)) continue;
    const endDay = toMinutes(work.end) > toMinutes(work.start) ? day : nextDay(day);
    shifts.push({ start: wallClock(day, work.start, zone), end: wallClock(endDay, work.end, zone) });
  }
  const lunchTime = schedule.meals.lunch ?? documentedDefaultLunch(schedule);
  const lunchDay = toMinutes(lunchTime) >= toMinutes(schedule.wake) ? date : nextDay(date);
  const lunch = wallClock(lunchDay, lunchTime, zone);
  const host = shifts.find((shift) => shift.start <= lunch && lunch < shift.end);
  const lunchBreak = host ? { start: lunch, end: Math.min(host.end, lunch + 45 * MINUTE) } : null;
  // A day off: a weekday without a shift starting on it; with no work hours at all, the weekend.
  const weekday = DateTime.fromISO(date).weekday;
  const dayOff = work ? !work.days.includes(weekday) : weekday >= 6;
  return { awake, shifts, lunchBreak, lunch, dayOff };
}

/** The documented default: 12:30 if inside work hours (or no work), else the middle of work hours. */
function documentedDefaultLunch(schedule: Schedule): string {
  if (!schedule.work) return '12:30';
  const start = toMinutes(schedule.work.start);
  const end = toMinutes(schedule.work.end);
  const inside = end > start ? 750 >= start && 750 < end : 750 >= start || 750 < end;
  if (inside) return '12:30';
  const length = end > start ? end - start : end + 1440 - start;
  return hhmm((start + Math.floor(length / 2)) % 1440);
}

const time = fc.integer({ min: 0, max: 1439 }).map(hhmm);
const usualWake = fc.integer({ min: 4 * 12, max: 11 * 12 }).map((fives) => hhmm(fives * 5));
const usualSleep = fc.integer({ min: 21 * 12, max: 26 * 12 }).map((fives) => hhmm((fives * 5) % 1440));

/** A schedule in a zone; `near` adds times of interest (around a DST jump) to every time's choices. */
const scheduleArb = (zone: fc.Arbitrary<string>, near: fc.Arbitrary<string> = time): fc.Arbitrary<Schedule> =>
  fc.record({
    timeZone: zone,
    wake: fc.oneof(usualWake, time, near),
    sleep: fc.oneof(usualSleep, time, near),
    work: fc.option(
      fc.record({
        start: fc.oneof(fc.constantFrom('09:00', '08:30', '22:00', '14:00'), time, near),
        end: fc.oneof(fc.constantFrom('17:00', '18:00', '06:00', '23:00'), time, near),
        days: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
      }),
      { nil: undefined },
    ),
    meals: fc.record(
      {
        breakfast: fc.oneof(time, near),
        lunch: fc.oneof(fc.constantFrom('12:00', '12:30', '13:00'), time, near),
        dinner: time,
      },
      { requiredKeys: [] },
    ),
    exercise: fc.constantFrom('morning', 'midday', 'evening', 'any'),
  });

const anyDate = fc
  .date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true })
  .map((at) => at.toISOString().slice(0, 10));

/** Half the days are ordinary; the other half sit on a DST jump (or a day either side) with times near it. */
const dayArb: fc.Arbitrary<{ schedule: Schedule; date: string }> = fc.oneof(
  fc.record({ schedule: scheduleArb(fc.constantFrom(...ZONES)), date: anyDate }),
  fc.constantFrom(...TRANSITIONS).chain((jump) =>
    fc.record({
      schedule: scheduleArb(
        fc.constant(jump.zone),
        fc.integer({ min: -18, max: 18 }).map((k) => hhmm((((jump.minutes + k * 5) % 1440) + 1440) % 1440)),
      ),
      date: fc.constantFrom(jump.date, nextDay(jump.date), DateTime.fromISO(jump.date).minus({ days: 1 }).toISODate()!),
    }),
  ),
);

const ANCHORS: BlockAnchor[] = ['wake', 'breakfast', 'lunch', 'midday', 'work_end', 'dinner', 'exercise', 'sleep'];
const text = { en: 'x', ru: 'x' };

const blockArb = (i: number): fc.Arbitrary<BlockTemplate> =>
  fc
    .record({
      anchor: fc.constantFrom(...ANCHORS),
      part: fc.constantFrom('morning' as const, 'midday' as const, 'evening' as const),
      offsetMinutes: fc.oneof(fc.constant(0), fc.integer({ min: -30, max: 30 }), fc.integer({ min: -180, max: 240 })),
      durationMinutes: fc.oneof(
        fc.integer({ min: 5, max: 45 }),
        fc.integer({ min: 5, max: 120 }),
        fc.integer({ min: 1, max: 1500 }),
      ),
      flexibilityMinutes: fc.integer({ min: 0, max: 120 }),
      dependsOn: fc.uniqueArray(fc.integer({ min: 0, max: Math.max(0, i - 1) }), { maxLength: i === 0 ? 0 : 2 }),
      // About one block in four belongs to days off only.
      days: fc.oneof(
        { arbitrary: fc.constant(undefined), weight: 3 },
        { arbitrary: fc.constant('free' as const), weight: 1 },
      ),
    })
    .map(({ days, ...drawn }) => ({
      ...drawn,
      ...(days ? { days } : {}),
      id: `b${i}`,
      dependsOn: drawn.dependsOn.map((dep) => `b${dep}`),
      title: text,
      archetypeTitle: text,
      purpose: text,
      energy: 'medium',
      messaging: text,
      versions: { low: text, high: text },
      holds: ['movement'],
    }));

const templateArb: fc.Arbitrary<DayTemplate> = fc
  .integer({ min: 3, max: 6 })
  .chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => blockArb(i))))
  .map((blocks) => ({
    archetype: 'systematic_improver',
    mode: 'standard',
    name: 'random',
    energyDistribution: { morning: 0.3, midday: 0.4, evening: 0.3 },
    blocks,
  }));

function checkInvariants(template: DayTemplate, schedule: Schedule, date: string, result: FitResult) {
  const { awake, shifts, lunchBreak, dayOff } = personDay(schedule, date);
  // On a working day a free-day block is no part of the day: neither placed nor reported, and a
  // dependency on it binds nothing.
  const today = template.blocks.filter((block) => block.days !== 'free' || dayOff);
  const absent = new Set(template.blocks.filter((block) => !today.includes(block)).map((block) => block.id));
  const spans = result.placed.map((fitted) => ({ start: fitted.start.getTime(), end: fitted.end.getTime() }));
  result.placed.forEach((fitted, i) => {
    const span = spans[i]!;
    expect(span.end - span.start, 'real minutes').toBe(fitted.template.durationMinutes * MINUTE);
    expect(span.start >= awake.start && span.end <= awake.end, `${fitted.template.id} inside the awake window`).toBe(
      true,
    );
    for (const shift of shifts) {
      const pieces = lunchBreak
        ? [
            { start: shift.start, end: Math.min(shift.end, lunchBreak.start) },
            { start: Math.max(shift.start, lunchBreak.end), end: shift.end },
          ]
        : [shift];
      for (const piece of pieces.filter((part) => part.end > part.start))
        expect(overlaps(span, piece), `${fitted.template.id} clear of work`).toBe(false);
    }
    spans.forEach((other, j) => j !== i && expect(overlaps(span, other), 'blocks apart').toBe(false));
  });
  const placedById = new Map(result.placed.map((fitted) => [fitted.template.id, fitted]));
  for (const fitted of result.placed)
    for (const dep of fitted.template.dependsOn.filter((id) => !absent.has(id))) {
      expect(placedById.has(dep), `${dep} placed before ${fitted.template.id}`).toBe(true);
      expect(placedById.get(dep)!.end.getTime()).toBeLessThanOrEqual(fitted.start.getTime());
    }
  for (const unfit of result.unfit) {
    if (unfit.reason === 'dependency_unplaced')
      expect(unfit.template.dependsOn.some((dep) => !absent.has(dep) && !placedById.has(dep))).toBe(true);
    if (unfit.reason === 'too_long')
      expect(unfit.template.durationMinutes * MINUTE).toBeGreaterThan(awake.end - awake.start);
  }
  const ids = [...result.placed, ...result.unfit].map((entry) => entry.template.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect([...ids].sort()).toEqual(today.map((block) => block.id).sort());
}

/**
 * The other direction: the first block is placed before any other, so when its preferred slot (from
 * the wake, sleep or lunch time computed here) is free, it must land exactly there. This catches a
 * fitter that is safe only by being too cautious (an hour off on a DST night, a lunch break ignored).
 */
function checkFirstBlockOnTime(template: DayTemplate, schedule: Schedule, date: string, result: FitResult) {
  const first = template.blocks[0]!;
  const { awake, shifts, lunchBreak, lunch, dayOff } = personDay(schedule, date);
  if (first.days === 'free' && !dayOff) return;
  const anchors: Partial<Record<BlockAnchor, number>> = { wake: awake.start, sleep: awake.end, lunch };
  const anchor = anchors[first.anchor];
  if (anchor === undefined) return;
  const slot = { start: anchor + first.offsetMinutes * MINUTE, end: 0 };
  slot.end = slot.start + first.durationMinutes * MINUTE;
  const inBreak = lunchBreak !== null && slot.start >= lunchBreak.start && slot.end <= lunchBreak.end;
  const free =
    slot.start >= awake.start && slot.end <= awake.end && (inBreak || !shifts.some((shift) => overlaps(slot, shift)));
  if (!free) return;
  const placed = result.placed.find((fitted) => fitted.template.id === first.id);
  expect(placed?.start.getTime(), `${first.id} on time`).toBe(slot.start);
  expect(placed?.shiftedMinutes).toBe(0);
}

describe('fitting, over 1,000 random days', () => {
  it('never overlaps sleep, work or another block, keeps dependencies and reports the rest', () => {
    fc.assert(
      fc.property(templateArb, dayArb, (template, { schedule, date }) => {
        const result = fitDay(template, schedule, date);
        checkInvariants(template, schedule, date, result);
        checkFirstBlockOnTime(template, schedule, date, result);
        expect(fitDay(template, schedule, date)).toEqual(result);
      }),
      { numRuns: 1000 },
    );
  });

  it('is not vacuous: on ordinary days most blocks find a place, free-day blocks on days off among them', () => {
    const samples = fc.sample(fc.tuple(templateArb, dayArb), { numRuns: 300, seed: 11 });
    const results = samples.map(([template, { schedule, date }]) => fitDay(template, schedule, date));
    expect(results.reduce((sum, result) => sum + result.placed.length, 0)).toBeGreaterThan(300);
    const free = (result: FitResult) => result.placed.filter((fitted) => fitted.template.days === 'free').length;
    expect(results.reduce((sum, result) => sum + free(result), 0)).toBeGreaterThan(30);
    const leftOut = samples.filter(([template], i) => {
      const shown = new Set([...results[i]!.placed, ...results[i]!.unfit].map((entry) => entry.template.id));
      return template.blocks.some((block) => !shown.has(block.id));
    });
    expect(leftOut.length).toBeGreaterThan(30);
    // Four jumps a year in most zones here (Lord Howe's half hour, Chatham's 45-minute zone among them).
    expect(TRANSITIONS.length).toBeGreaterThan(30);
  });
});
