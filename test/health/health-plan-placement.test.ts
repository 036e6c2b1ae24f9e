// Where the day's plan puts a habit beyond its block's categories and size: the preferred exercise
// time, the day's high-energy part, working days only for work habits, a caffeine cut-off before the
// cut-off, and morning light against sunrise. Plans are built from the shipped pack.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Archetype,
  ARCHETYPES,
  type BlockTemplate,
  type DayTemplate,
  type HabitDef,
  type HabitStanding,
  type Schedule,
} from '../../src/core/health/model.js';
import { buildDayPlan, type DayPlan } from '../../src/core/health/plan.js';
import type { StoredDayPlan } from '../../src/core/health/stores.port.js';
import { sharedContent } from '../factories/app-content.js';
import { createTestApp, type TestApp } from '../factories/app.js';

const pack = () => sharedContent().health;
const OFFICE: Schedule = {
  timeZone: 'UTC',
  wake: '07:00',
  sleep: '23:00',
  work: { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] },
  meals: {},
  exercise: 'any',
};
/** Monday 2026-11-23 to Sunday 2026-11-29. */
const WEEK = Array.from({ length: 7 }, (_, i) => `2026-11-${23 + i}`);
const WEEKEND = new Set(['2026-11-28', '2026-11-29']);

const mastered = (): HabitStanding[] =>
  pack().habits.map((habit) => ({
    habitId: habit.id,
    strength: 0.9,
    masteryPercent: 90,
    attempts: 20,
    successes: 18,
    streak: 2,
    longestStreak: 5,
    firstAttempt: '2026-09-01',
    lastAttempt: '2026-11-20',
  }));

/** A plan from the shipped pack: a beginner's (`first`) or, with everything mastered, the top level's. */
function plan(
  archetype: Archetype,
  date: string,
  schedule: Schedule,
  stage: 'first' | 'top',
  templates?: DayTemplate[],
) {
  const { habits, levels } = pack();
  const own = levels.filter((level) => level.archetype === archetype);
  return buildDayPlan({
    habits,
    templates: templates ?? pack().templates,
    levels,
    profile: { userId: `placement-${archetype}`, archetype, schedule, notes: [] },
    mode: 'standard',
    standings: stage === 'first' ? [] : mastered(),
    date,
    previousLevelId: stage === 'first' ? undefined : own.at(-1)!.id,
  });
}

const hoursAfterWake = (task: DayPlan['tasks'][number], date: string) =>
  (task.block.start.getTime() - Date.parse(`${date}T07:00:00Z`)) / 3_600_000;

describe('the preferred exercise time, for every archetype', () => {
  it.each([
    'peak_performer',
    'foundation_builder',
    'systematic_improver',
    'connected_explorer',
    'transformation_seeker',
    'resilience_rebuilder',
  ] as const)('%s: movement sits later in a week of evening exercisers than of morning ones', (archetype) => {
    const movementHours = (exercise: Schedule['exercise']) =>
      WEEK.flatMap((date) =>
        (['first', 'top'] as const).flatMap((stage) =>
          plan(archetype, date, { ...OFFICE, exercise }, stage)
            .tasks.filter((task) => task.habit.category === 'movement')
            .map((task) => hoursAfterWake(task, date)),
        ),
      ).reduce((sum, hours) => sum + hours, 0);
    expect(movementHours('evening')).toBeGreaterThan(movementHours('morning'));
  });
});

describe('the day’s size', () => {
  it.each(ARCHETYPES)('%s: a week on the top level holds more tasks than a week on the first', (archetype) => {
    const tasks = (stage: 'first' | 'top') =>
      WEEK.reduce((sum, date) => sum + plan(archetype, date, OFFICE, stage).tasks.length, 0);
    expect(tasks('top')).toBeGreaterThan(tasks('first'));
  });
});

describe('the seed’s energy distribution', () => {
  const text = (en: string) => ({ en, ru: en });
  const block = (
    id: string,
    part: BlockTemplate['part'],
    anchor: BlockTemplate['anchor'],
    offset: number,
  ): BlockTemplate => ({
    id,
    title: text(id),
    archetypeTitle: text(id),
    purpose: text(id),
    energy: 'high',
    part,
    anchor,
    offsetMinutes: offset,
    durationMinutes: 60,
    flexibilityMinutes: 30,
    dependsOn: [],
    messaging: text(id),
    versions: { low: text(id), high: text(id) },
    holds: ['movement', 'mindfulness', 'cognitive', 'nutrition', 'social', 'sleep_recovery'],
  });
  /** The transformation seeker's standard day replaced by two equal blocks: before work and after it. */
  const twoBlocks = (energyDistribution: DayTemplate['energyDistribution']) =>
    pack().templates.map((template) =>
      template.archetype === 'transformation_seeker' && template.mode === 'standard'
        ? {
            ...template,
            energyDistribution,
            blocks: [block('early', 'morning', 'wake', 30), block('late', 'midday', 'work_end', 30)],
          }
        : template,
    );

  it('puts demanding habits in the part of the day with the larger share of its energy', () => {
    const demandingIn = (part: BlockTemplate['part'], shares: DayTemplate['energyDistribution']) =>
      WEEK.flatMap((date) => plan('transformation_seeker', date, OFFICE, 'top', twoBlocks(shares)).tasks).filter(
        (task) => task.habit.energy === 'high' && task.block.template.part === part,
      ).length;
    const morningHeavy = { morning: 0.6, midday: 0.2, evening: 0.2 };
    const middayHeavy = { morning: 0.2, midday: 0.6, evening: 0.2 };
    expect(demandingIn('morning', morningHeavy)).toBeGreaterThan(demandingIn('morning', middayHeavy));
    expect(demandingIn('midday', middayHeavy)).toBeGreaterThan(demandingIn('midday', morningHeavy));
  });
});

describe('work-only habits and cut-offs', () => {
  const desk = ['peak_performer', 'foundation_builder', 'systematic_improver'] as const;
  it('plans desk stretches on working days and never on a day off', () => {
    const days = desk.flatMap((archetype) =>
      WEEK.flatMap((date) =>
        (['first', 'top'] as const).map((stage) => ({
          date,
          desk: plan(archetype, date, OFFICE, stage).tasks.some((task) => task.habit.id === 'desk_stretch_breaks'),
        })),
      ),
    );
    expect(days.filter((day) => WEEKEND.has(day.date) && day.desk)).toEqual([]);
    expect(days.some((day) => !WEEKEND.has(day.date) && day.desk)).toBe(true);
  });

  it.each([
    ['an office day', OFFICE],
    ['an early day', { ...OFFICE, wake: '05:30', sleep: '21:30' }],
    ['a late day without work', { ...OFFICE, wake: '09:00', sleep: '01:00', work: undefined }],
  ])('plans the caffeine cut-off in a block before the cut-off, not at dawn: %s', (_, schedule) => {
    const sleepHours = Number(schedule.sleep.slice(0, 2)) + Number(schedule.sleep.slice(3)) / 60;
    const cutoffs = (['peak_performer', 'systematic_improver', 'transformation_seeker'] as const).flatMap((archetype) =>
      WEEK.flatMap((date) =>
        plan(archetype, date, schedule, 'top')
          .tasks.filter((task) => task.habit.id === 'caffeine_cutoff')
          .map((task) => {
            const local = task.block.start.getUTCHours() + task.block.start.getUTCMinutes() / 60;
            return (sleepHours - local + 24) % 24;
          }),
      ),
    );
    expect(cutoffs.length).toBeGreaterThan(0);
    for (const hoursBeforeSleep of cutoffs) {
      expect(hoursBeforeSleep).toBeGreaterThanOrEqual(8);
      expect(hoursBeforeSleep).toBeLessThanOrEqual(13);
    }
  });
});

describe('what a timed task says', () => {
  let app: TestApp;
  let count = 0;
  beforeAll(async () => {
    app = await createTestApp('sqlite');
  });
  afterAll(async () => {
    await app?.dispose();
  });

  /** A person whose stored plan for `date` holds one habit in the template's first block, at `start`–`end`. */
  async function personWith(
    archetype: Archetype,
    schedule: Partial<Schedule>,
    locale: 'en' | 'ru',
    habit: HabitDef,
    at: [string, string],
  ) {
    const user = await app.goals.ensureUser({ provider: 'test', subject: `timed-${++count}`, locale });
    const { timeZone, wake, sleep } = { ...OFFICE, ...schedule };
    await app.health.updateProfile(user.id, { archetype, schedule: { timeZone, wake, sleep } });
    const template = pack().templates.find(
      (candidate) => candidate.archetype === archetype && candidate.mode === 'standard',
    )!;
    const level = pack().levels.find((candidate) => candidate.archetype === archetype)!;
    // The plan's date is the local one: 23:15 UTC is already the next morning in Novosibirsk.
    const date = new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date(at[0]));
    const stored: StoredDayPlan = {
      date,
      archetype,
      mode: 'standard',
      levelId: level.id,
      blocks: [
        {
          blockId: template.blocks[0]!.id,
          start: at[0],
          end: at[1],
          tasks: [{ habitId: habit.id, scaling: 'beginner' }],
        },
      ],
      unfit: [],
    };
    await app.stores.health.keepDayPlan(user.id, stored, new Date(at[0]));
    return { user, date };
  }
  const habitNamed = (id: string) => pack().habits.find((habit) => habit.id === id)!;
  const taskOf = async (userId: string, now: string) =>
    (await app.health.today(userId, { now: new Date(now) })).tasks[0]!;

  it.each([
    ['foundation_builder', 'en', 'Europe/Berlin', 'sunrise today is at 7:48 AM', 'light therapy lamp'],
    ['resilience_rebuilder', 'ru', 'Europe/Berlin', 'солнце сегодня встаёт в 07:48', 'лампа для светотерапии'],
    ['connected_explorer', 'ru', 'Asia/Novosibirsk', 'солнце сегодня встаёт в 09:22', 'лампа для светотерапии'],
  ] as const)(
    '%s (%s, %s): morning light before sunrise offers the dark-morning version',
    async (archetype, locale, zone, timing, lamp) => {
      // 06:15–06:30 local on 27 November: an hour or more before sunrise in both zones.
      const start = zone === 'Europe/Berlin' ? '2026-11-27T05:15:00.000Z' : '2026-11-26T23:15:00.000Z';
      const end = zone === 'Europe/Berlin' ? '2026-11-27T05:30:00.000Z' : '2026-11-26T23:30:00.000Z';
      const { user } = await personWith(
        archetype,
        { timeZone: zone, wake: '06:00', sleep: '22:00' },
        locale,
        habitNamed('morning_light'),
        [start, end],
      );
      const task = await taskOf(user.id, end);
      expect(task.educational_content.practical_implementation.optimal_timing).toContain(timing);
      expect(task.description).toContain(lamp);
    },
  );

  it('keeps morning light as it is when the sun is already up', async () => {
    const light = habitNamed('morning_light');
    const { user } = await personWith(
      'foundation_builder',
      { timeZone: 'Europe/Berlin', wake: '06:00', sleep: '22:00' },
      'en',
      light,
      ['2026-06-20T04:15:00.000Z', '2026-06-20T04:30:00.000Z'],
    );
    const task = await taskOf(user.id, '2026-06-20T04:30:00.000Z');
    expect(task.description).toBe(light.implementation.technique.en);
    expect(task.educational_content.practical_implementation.optimal_timing).toBe(light.implementation.timing.en);
  });

  it.each([
    ['en', '23:00', 'your last caffeine by 3:00 PM, about 8 hours before your 11:00 PM bedtime'],
    ['ru', '22:30', 'последний кофеин до 14:30, примерно за 8 ч до сна в 22:30'],
  ] as const)('names the caffeine cut-off’s clock time (%s, asleep at %s)', async (locale, sleep, timing) => {
    const { user } = await personWith(
      'peak_performer',
      { timeZone: 'UTC', wake: '07:00', sleep },
      locale,
      habitNamed('caffeine_cutoff'),
      ['2026-11-25T12:35:00.000Z', '2026-11-25T12:55:00.000Z'],
    );
    const task = await taskOf(user.id, '2026-11-25T12:40:00.000Z');
    expect(task.educational_content.practical_implementation.optimal_timing).toBe(
      locale === 'en' ? `Today: ${timing}` : `Сегодня: ${timing}`,
    );
  });
});
