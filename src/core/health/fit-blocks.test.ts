import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { isStepwiseError } from '../errors.js';
import { isDayOff } from './day-frame.js';
import { fitDay } from './fit-blocks.js';
import type { BlockTemplate, DayTemplate, FitResult, Schedule } from './model.js';

const text = (en: string) => ({ en, ru: en });

const block = (id: string, over: Partial<BlockTemplate> = {}): BlockTemplate => ({
  id,
  title: text(id),
  archetypeTitle: text(id),
  purpose: text(id),
  energy: 'low',
  part: 'morning',
  anchor: 'wake',
  offsetMinutes: 0,
  durationMinutes: 30,
  flexibilityMinutes: 0,
  dependsOn: [],
  messaging: text(id),
  versions: { low: text(id), high: text(id) },
  holds: ['mindfulness'],
  ...over,
});

const day = (...blocks: BlockTemplate[]): DayTemplate => ({
  archetype: 'foundation_builder',
  mode: 'standard',
  name: 'test',
  energyDistribution: { morning: 0.4, midday: 0.3, evening: 0.3 },
  blocks,
});

const schedule = (over: Partial<Schedule> = {}): Schedule => ({
  timeZone: 'Europe/Moscow',
  wake: '07:00',
  sleep: '23:00',
  meals: {},
  exercise: 'any',
  ...over,
});

const office = { start: '09:00', end: '18:00', days: [1, 2, 3, 4, 5] };

/** Placed blocks as "id local-start–local-end" in the person's zone, and unfit ones as "id: reason". */
function shown(result: FitResult, zone: string): string[] {
  const local = (at: Date) => DateTime.fromJSDate(at, { zone }).toFormat('HH:mm');
  return [
    ...result.placed.map((fitted) => `${fitted.template.id} ${local(fitted.start)}–${local(fitted.end)}`),
    ...result.unfit.map((unfit) => `${unfit.template.id}: ${unfit.reason}`),
  ];
}

const startOf = (result: FitResult, id: string) =>
  result.placed.find((fitted) => fitted.template.id === id)?.start.toISOString();

describe('fitting a day template to a schedule', () => {
  const officeDay = day(
    block('wake_up'),
    block('breakfast_walk', { anchor: 'breakfast', durationMinutes: 20, dependsOn: ['wake_up'] }),
    block('lunch_reset', { anchor: 'lunch', part: 'midday' }),
    block('deep_focus', { anchor: 'midday', part: 'midday', durationMinutes: 60, flexibilityMinutes: 60 }),
    block('workout', { anchor: 'exercise', part: 'evening', durationMinutes: 45 }),
    block('wind_down', { anchor: 'sleep', part: 'evening', offsetMinutes: -60 }),
  );

  it('keeps a 9–18 office worker in Moscow free at work, except in the lunch break', () => {
    const monday = fitDay(officeDay, schedule({ work: office, exercise: 'evening' }), '2026-03-02');
    expect(shown(monday, 'Europe/Moscow')).toEqual([
      'wake_up 07:00–07:30',
      'breakfast_walk 07:30–07:50',
      'lunch_reset 12:30–13:00',
      'workout 18:30–19:15',
      'wind_down 22:00–22:30',
      'deep_focus: inside_work',
    ]);
    // Moscow is UTC+3 all year.
    expect(startOf(monday, 'wake_up')).toBe('2026-03-02T04:00:00.000Z');
  });

  it('uses midday and 18:00 on a day off', () => {
    const saturday = fitDay(officeDay, schedule({ work: office, exercise: 'evening' }), '2026-03-07');
    expect(shown(saturday, 'Europe/Moscow')).toContain('deep_focus 15:00–16:00');
    expect(shown(saturday, 'Europe/Moscow')).toContain('workout 18:00–18:45');
  });

  it('fits a night-shift worker (22:00–06:00) around a shift that runs past midnight', () => {
    const nights = schedule({ wake: '14:00', sleep: '07:00', work: { ...office, start: '22:00', end: '06:00' } });
    const template = day(
      block('wake_up', { offsetMinutes: 15, durationMinutes: 20 }),
      block('dinner_walk', { anchor: 'dinner', part: 'evening' }),
      block('night_lunch', { anchor: 'lunch', part: 'midday' }),
      block('after_shift', { anchor: 'work_end', part: 'evening' }),
      block('midday_focus', { anchor: 'midday', part: 'midday', flexibilityMinutes: 30 }),
    );
    const tuesday = fitDay(template, nights, '2026-03-03');
    // Lunch defaults to the middle of the shift (02:00), with its 45-minute break. Work ends at 06:00,
    // an hour before sleep: their free time is the afternoon before the shift, and `work_end` its middle.
    expect(shown(tuesday, 'Europe/Moscow')).toEqual([
      'wake_up 14:15–14:35',
      'after_shift 18:00–18:30',
      'dinner_walk 19:00–19:30',
      'night_lunch 02:00–02:30',
      'midday_focus: inside_work',
    ]);
    expect(startOf(tuesday, 'night_lunch')).toBe('2026-03-03T23:00:00.000Z');
  });

  it('keeps work_end at the end of a shift with an evening after it, and finds a workout room after work', () => {
    const after = (over: Partial<Schedule>, date: string) =>
      shown(
        fitDay(
          day(
            block('after_work', { anchor: 'work_end', part: 'evening' }),
            block('workout', { anchor: 'exercise', part: 'midday', durationMinutes: 60, flexibilityMinutes: 30 }),
          ),
          schedule(over),
          date,
        ),
        'Europe/Moscow',
      );
    // A late shift leaves two hours before a 01:00 sleep: still an evening, so work_end is 23:00.
    expect(after({ sleep: '01:00', work: { ...office, start: '14:00', end: '23:00' } }, '2026-03-02')).toContain(
      'after_work 23:00–23:30',
    );
    // `any` sends a midday workout to lunch, unless lunch is a 45-minute break at work: then after work.
    expect(after({ work: office }, '2026-03-02')).toEqual(['after_work 18:00–18:30', 'workout 18:30–19:30']);
    expect(after({ work: office }, '2026-03-07')).toEqual(['workout 12:30–13:30', 'after_work 15:00–15:30']);
  });

  it('runs the awake window past midnight when sleep is after midnight', () => {
    const late = fitDay(
      day(block('last', { anchor: 'sleep', offsetMinutes: -60 })),
      schedule({ sleep: '01:00' }),
      '2026-03-02',
    );
    expect(startOf(late, 'last')).toBe('2026-03-02T21:00:00.000Z');
  });

  it('reports every block that cannot fit, with the reason', () => {
    const result = fitDay(
      day(
        block('marathon', { durationMinutes: 17 * 60 }),
        block('after_bed', { anchor: 'sleep', offsetMinutes: 30, flexibilityMinutes: 10 }),
        block('first'),
        block('second'),
        block('follows_bed', { dependsOn: ['after_bed'] }),
        block('follows_nothing', { dependsOn: ['no_such_block'] }),
        block('in_office', { anchor: 'lunch', offsetMinutes: 90, flexibilityMinutes: 30 }),
      ),
      schedule({ work: office }),
      '2026-03-02',
    );
    expect(shown(result, 'Europe/Moscow')).toEqual([
      'first 07:00–07:30',
      'marathon: too_long',
      'after_bed: inside_sleep',
      'second: no_room',
      'follows_bed: dependency_unplaced',
      'follows_nothing: dependency_unplaced',
      'in_office: inside_work',
    ]);
  });

  it('places dependencies first, whatever the template order, and records the shift', () => {
    const result = fitDay(
      day(
        block('after', { durationMinutes: 15, dependsOn: ['before'] }),
        block('before', { durationMinutes: 60 }),
        block('nudged', { offsetMinutes: 60, durationMinutes: 10, flexibilityMinutes: 20 }),
        block('wedge', { offsetMinutes: 180, durationMinutes: 30 }),
        block('pulled', { offsetMinutes: 178, durationMinutes: 5, flexibilityMinutes: 10 }),
      ),
      schedule(),
      '2026-03-02',
    );
    expect(shown(result, 'Europe/Moscow')).toEqual([
      'before 07:00–08:00',
      'after 08:00–08:15',
      'nudged 08:15–08:25',
      'pulled 09:53–09:58',
      'wedge 10:00–10:30',
    ]);
    const shifted = Object.fromEntries(result.placed.map((fitted) => [fitted.template.id, fitted.shiftedMinutes]));
    // +5 is tried before −5; a dependency's push counts as a shift from the template's own time.
    expect(shifted).toEqual({ before: 0, after: 60, nudged: 15, pulled: -5, wedge: 0 });
  });

  it('refuses a malformed date or an unknown zone instead of returning an empty day', () => {
    const attempt = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return isStepwiseError(error) ? error.code : 'other';
      }
      return 'none';
    };
    expect(attempt(() => fitDay(day(block('a')), schedule(), '2026-02-30'))).toBe('invalid_input');
    expect(attempt(() => fitDay(day(block('a')), schedule({ timeZone: 'Mars/Olympus' }), '2026-03-02'))).toBe(
      'invalid_input',
    );
    expect(attempt(() => fitDay(day(block('a')), schedule({ wake: 'dawn' }), '2026-03-02'))).toBe('invalid_input');
  });
});

describe('free-day blocks', () => {
  const week = day(
    block('wake_up'),
    block('long_outing', { days: 'free', part: 'midday', anchor: 'midday', offsetMinutes: -120, durationMinutes: 120 }),
    block('after_outing', { anchor: 'midday', part: 'midday', offsetMinutes: 30, dependsOn: ['long_outing'] }),
    block('wind_down', { anchor: 'sleep', part: 'evening', offsetMinutes: -60 }),
  );

  it('are placed on a day off like any block, and are no part of a working day', () => {
    const monday = fitDay(week, schedule({ work: office }), '2026-03-02');
    // Not unfit, not reported: simply not part of Monday; the block after it loses only its order.
    expect(shown(monday, 'Europe/Moscow')).toEqual([
      'wake_up 07:00–07:30',
      'wind_down 22:00–22:30',
      'after_outing: inside_work',
    ]);
    const saturday = fitDay(week, schedule({ work: office }), '2026-03-07');
    expect(shown(saturday, 'Europe/Moscow')).toEqual([
      'wake_up 07:00–07:30',
      'long_outing 13:00–15:00',
      'after_outing 15:30–16:00',
      'wind_down 22:00–22:30',
    ]);
  });

  it('are reported like any block when a day off has no room for them', () => {
    const short = schedule({ wake: '10:00', sleep: '11:30', work: office });
    expect(shown(fitDay(week, short, '2026-03-07'), 'Europe/Moscow')).toContain('long_outing: too_long');
    expect(shown(fitDay(week, short, '2026-03-07'), 'Europe/Moscow')).toContain('after_outing: dependency_unplaced');
  });

  it('find the days off: outside the work days; Saturday and Sunday without work hours', () => {
    const days = (over: Partial<Schedule>) =>
      ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08'].map((date) =>
        isDayOff(schedule(over), date) ? 'off' : 'work',
      );
    expect(days({ work: office })).toEqual(['work', 'work', 'work', 'work', 'work', 'off', 'off']);
    expect(days({})).toEqual(['work', 'work', 'work', 'work', 'work', 'off', 'off']);
    // A night shift belongs to the day it starts: the Friday shift ends on Saturday morning, a day off.
    const nights = { ...office, start: '22:00', end: '06:00', days: [2, 3, 4, 5, 6] };
    expect(days({ wake: '14:00', sleep: '07:00', work: nights })).toEqual([
      'off',
      'work',
      'work',
      'work',
      'work',
      'work',
      'off',
    ]);
    const everyDay = fitDay(week, schedule({ work: { ...office, days: [1, 2, 3, 4, 5, 6, 7] } }), '2026-03-07');
    expect(everyDay.placed.map((fitted) => fitted.template.id)).not.toContain('long_outing');
  });
});

describe('fitting across time-zone oddities', () => {
  const fit = (zone: string, date: string, over: Partial<Schedule>, ...blocks: BlockTemplate[]) =>
    fitDay(day(...blocks), schedule({ timeZone: zone, ...over }), date);

  it('New York spring forward: a wake time in the gap moves forward, durations stay real minutes', () => {
    const gap = fit('America/New_York', '2026-03-08', { wake: '02:30' }, block('first'));
    expect(startOf(gap, 'first')).toBe('2026-03-08T07:30:00.000Z'); // 03:30 EDT
    const early = fit('America/New_York', '2026-03-08', { wake: '01:00' }, block('long', { durationMinutes: 90 }));
    expect(shown(early, 'America/New_York')).toEqual(['long 01:00–03:30']);
    expect(early.placed[0]!.end.getTime() - early.placed[0]!.start.getTime()).toBe(90 * 60_000);
  });

  it('New York fall back: an ambiguous time is its first occurrence; midday splits the 22.5 real hours', () => {
    const result = fit(
      'America/New_York',
      '2026-11-01',
      { wake: '01:30' },
      block('first'),
      block('hour_later', { offsetMinutes: 60 }),
      block('noonish', { anchor: 'midday' }),
    );
    expect(startOf(result, 'first')).toBe('2026-11-01T05:30:00.000Z'); // 01:30 EDT
    expect(startOf(result, 'hour_later')).toBe('2026-11-01T06:30:00.000Z'); // 01:30 EST, an hour later
    expect(startOf(result, 'noonish')).toBe('2026-11-01T16:45:00.000Z'); // 11:45 EST
  });

  it('London: 01:30 does not exist in spring and happens twice in autumn', () => {
    expect(startOf(fit('Europe/London', '2026-03-29', { wake: '01:30' }, block('first')), 'first')).toBe(
      '2026-03-29T01:30:00.000Z', // 02:30 BST
    );
    expect(startOf(fit('Europe/London', '2026-10-25', { wake: '01:30' }, block('first')), 'first')).toBe(
      '2026-10-25T00:30:00.000Z', // 01:30 BST
    );
  });

  it('Lord Howe: a half-hour DST shift either way', () => {
    expect(startOf(fit('Australia/Lord_Howe', '2026-04-05', { wake: '01:45' }, block('first')), 'first')).toBe(
      '2026-04-04T14:45:00.000Z', // 01:45 +11:00, the first of two
    );
    expect(startOf(fit('Australia/Lord_Howe', '2026-10-04', { wake: '02:15' }, block('first')), 'first')).toBe(
      '2026-10-03T15:45:00.000Z', // 02:45 +11:00: the gap is 30 minutes
    );
  });

  it('Kathmandu (+05:45): an office day with its lunch break', () => {
    const result = fit(
      'Asia/Kathmandu',
      '2026-06-01',
      { work: office },
      block('first'),
      block('lunch_walk', { anchor: 'lunch', durationMinutes: 30 }),
    );
    expect(startOf(result, 'first')).toBe('2026-06-01T01:15:00.000Z');
    expect(startOf(result, 'lunch_walk')).toBe('2026-06-01T06:45:00.000Z');
  });

  it('Chatham (+12:45/+13:45): the gap and the repeated hour', () => {
    expect(startOf(fit('Pacific/Chatham', '2026-09-27', { wake: '03:00' }, block('first')), 'first')).toBe(
      '2026-09-26T14:15:00.000Z', // 04:00 +13:45
    );
    expect(startOf(fit('Pacific/Chatham', '2026-04-05', { wake: '03:00' }, block('first')), 'first')).toBe(
      '2026-04-04T13:15:00.000Z', // 03:00 +13:45, the first of two
    );
  });
});
