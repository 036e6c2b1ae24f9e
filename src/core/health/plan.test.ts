import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { BlockTemplate, DayTemplate, HabitDef, HabitStanding, LevelDef, PlanMode } from './model.js';
import { buildDayPlan, type PlanInput, planDateFor } from './plan.js';

const text = (en: string) => ({ en, ru: en });

const habit = (id: string, over: Partial<HabitDef> = {}): HabitDef =>
  ({
    id,
    name: text(id),
    category: 'mindfulness',
    archetypes: ['foundation_builder'],
    difficulty: 2,
    prerequisites: [],
    durationMinutes: 10,
    energy: 'low',
    intensity: 'easy',
    contraindications: [],
    ...over,
  }) as HabitDef; // education and other texts play no part in choosing

const block = (id: string, over: Partial<BlockTemplate> = {}): BlockTemplate => ({
  id,
  title: text(id),
  archetypeTitle: text(id),
  purpose: text(id),
  energy: 'medium',
  part: 'morning',
  anchor: 'wake',
  offsetMinutes: 0,
  durationMinutes: 30,
  flexibilityMinutes: 30,
  dependsOn: [],
  messaging: text(id),
  versions: { low: text(id), high: text(id) },
  holds: ['mindfulness'],
  ...over,
});

const template = (mode: PlanMode, ...blocks: BlockTemplate[]): DayTemplate => ({
  archetype: 'foundation_builder',
  mode,
  name: `fb_${mode}`,
  energyDistribution: { morning: 0.4, midday: 0.3, evening: 0.3 },
  blocks,
});

const LEVELS: LevelDef[] = [
  {
    id: 'fb_starter',
    archetype: 'foundation_builder',
    name: text('Starter'),
    description: text('Starter'),
    maxDifficulty: 5,
    masterToAdvance: 3,
    requiredSkills: [],
    estimatedWeeks: 4,
  },
];

const HABITS = [
  habit('breathe'),
  habit('body_scan', { durationMinutes: 15 }),
  habit('gratitude', { durationMinutes: 5 }),
  habit('walk', { category: 'movement', energy: 'medium', durationMinutes: 20 }),
  habit('run', { category: 'movement', energy: 'high', durationMinutes: 20 }),
  habit('squats', { category: 'movement', energy: 'medium', durationMinutes: 10, contraindications: ['knee_injury'] }),
  habit('long_hike', { category: 'movement', energy: 'low', durationMinutes: 90 }),
  habit('hard_puzzle', { category: 'cognitive', difficulty: 8 }),
  habit('call_friend', { category: 'social', prerequisites: ['breathe'] }),
];

const STANDARD = template(
  'standard',
  block('morning_calm'),
  block('midday_move', { anchor: 'midday', part: 'midday', energy: 'high', holds: ['movement'], durationMinutes: 40 }),
  block('evening_calm', { anchor: 'sleep', part: 'evening', offsetMinutes: -60 }),
);

const standing = (habitId: string, masteryPercent: number): HabitStanding => ({
  habitId,
  strength: masteryPercent / 100,
  masteryPercent,
  attempts: 10,
  successes: 8,
  streak: 3,
  longestStreak: 5,
  firstAttempt: '2026-03-01',
  lastAttempt: '2026-03-10',
});

const input = (over: Partial<PlanInput> = {}, notes: string[] = []): PlanInput => ({
  habits: HABITS,
  templates: [STANDARD],
  levels: LEVELS,
  profile: {
    userId: 'u1',
    archetype: 'foundation_builder',
    schedule: { timeZone: 'Europe/Moscow', wake: '07:00', sleep: '23:00', meals: {}, exercise: 'any' },
    notes,
  },
  mode: 'standard',
  standings: [],
  date: '2026-03-02',
  ...over,
});

const tasksBy = (plan: ReturnType<typeof buildDayPlan>) =>
  Object.fromEntries(
    plan.blocks.map((fitted) => [
      fitted.template.id,
      plan.tasks.filter((task) => task.block === fitted).map((task) => task.habit.id),
    ]),
  );

describe("today's plan", () => {
  it('fills each block with one or two open habits of its categories that fit its time and energy', () => {
    const plan = buildDayPlan(input());
    expect(plan).toMatchObject({ templateName: 'fb_standard', level: { id: 'fb_starter' }, unfit: [], empty: [] });
    for (const fitted of plan.blocks) {
      const tasks = plan.tasks.filter((task) => task.block === fitted);
      expect(tasks.length).toBeGreaterThanOrEqual(1);
      expect(tasks.length).toBeLessThanOrEqual(2);
      expect(tasks.reduce((sum, task) => sum + task.durationMinutes, 0)).toBeLessThanOrEqual(
        fitted.template.durationMinutes,
      );
      for (const task of tasks) expect(fitted.template.holds).toContain(task.habit.category);
    }
    const ids = plan.tasks.map((task) => task.habit.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Too long for any block, above the level, prerequisite not mastered: never offered.
    expect(ids).not.toContain('long_hike');
    expect(ids).not.toContain('hard_puzzle');
    expect(ids).not.toContain('call_friend');
    expect(plan.tasks[0]!.taskId).toBe(`2026-03-02:${plan.tasks[0]!.habit.id}`);
  });

  it('puts habits in progress first and scales them to their mastery', () => {
    const plan = buildDayPlan(input({ standings: [standing('body_scan', 55), standing('gratitude', 90)] }));
    const first = plan.tasks.find((task) => task.block.template.id === 'morning_calm')!;
    expect(first.habit.id).toBe('body_scan');
    expect(first.scaling).toBe('intermediate');
    // Mastered habits are kept up, but only after in-progress and new ones.
    expect(tasksBy(plan).morning_calm![1]).not.toBe('gratitude');
  });

  it('never offers a habit the person’s health notes rule out', () => {
    for (let day = 1; day <= 20; day++) {
      const date = `2026-03-${String(day).padStart(2, '0')}`;
      const plan = buildDayPlan(input({ date }, ['knee_injury']));
      expect(plan.tasks.map((task) => task.habit.id)).not.toContain('squats');
    }
  });

  it('keeps a recovery day at medium energy at most, with the recovery template', () => {
    const recovery = template(
      'recovery',
      block('soft_move', { energy: 'high', holds: ['movement'], durationMinutes: 20, flexibilityMinutes: 0 }),
    );
    const plan = buildDayPlan(input({ templates: [STANDARD, recovery], mode: 'recovery' }));
    expect(plan.templateName).toBe('fb_recovery');
    expect(plan.tasks.map((task) => task.habit.id)).not.toContain('run');
    expect(plan.tasks.every((task) => task.habit.energy !== 'high')).toBe(true);
    // No performance template: the standard day stands in.
    expect(buildDayPlan(input({ mode: 'performance' })).templateName).toBe('fb_standard');
  });

  it('reports blocks that did not fit and blocks left empty, with reasons', () => {
    const plan = buildDayPlan(
      input({
        templates: [
          template(
            'standard',
            block('social', { holds: ['social'] }),
            block('sprint', { anchor: 'midday', holds: ['movement'], energy: 'low', durationMinutes: 5 }),
            block('crowded', { anchor: 'dinner', holds: ['movement'], durationMinutes: 15 }),
            block('after_bed', { anchor: 'sleep', offsetMinutes: 30, flexibilityMinutes: 0 }),
          ),
        ],
        habits: HABITS.filter((entry) => entry.category !== 'mindfulness' || entry.id === 'breathe'),
      }),
    );
    expect(plan.empty.map((entry) => [entry.block.template.id, entry.reason])).toEqual([
      ['social', 'nothing_open'],
      ['sprint', 'too_long'],
    ]);
    expect(plan.unfit.map((entry) => [entry.template.id, entry.reason])).toEqual([['after_bed', 'inside_sleep']]);
    expect(buildDayPlan(input({ habits: [HABITS[3]!, HABITS[4]!] })).empty.map((entry) => entry.reason)).toEqual([
      'nothing_open',
      'nothing_open',
    ]);
  });

  it('keeps a habit to the parts of the day it names', () => {
    const bedtime = habit('wind_down', { durationMinutes: 20, parts: ['evening'] });
    const plan = buildDayPlan(input({ habits: [bedtime, habit('breathe', { parts: ['morning', 'evening'] })] }));
    expect(tasksBy(plan)).toEqual({ morning_calm: ['breathe'], midday_move: [], evening_calm: ['wind_down'] });
  });

  it('does not plan the same habit twice in a day', () => {
    const twice = template('standard', block('first'), block('second', { anchor: 'sleep', offsetMinutes: -60 }));
    const plan = buildDayPlan(input({ templates: [twice], habits: [habit('breathe', { durationMinutes: 30 })] }));
    expect(plan.tasks.map((task) => task.habit.id)).toEqual(['breathe']);
    expect(plan.empty.map((entry) => entry.reason)).toEqual(['already_planned']);
  });

  it('gives a free-day block, on days off only, first to what no other block has room for', () => {
    const weekly = template(
      'standard',
      ...STANDARD.blocks,
      block('day_off', {
        days: 'free',
        part: 'midday',
        anchor: 'midday',
        offsetMinutes: -150,
        durationMinutes: 120,
        holds: ['mindfulness', 'movement'],
      }),
    );
    // No work hours: Saturday and Sunday are the days off.
    for (const [date, userId] of [
      ['2026-03-07', 'u1'],
      ['2026-03-08', 'u2'],
      ['2026-03-14', 'u3'],
    ] as const) {
      const plan = buildDayPlan(input({ templates: [weekly], date, profile: { ...input().profile, userId } }));
      // Its first category is mindfulness, but every mindfulness habit also fits the 30-minute blocks.
      expect(tasksBy(plan).day_off![0]).toBe('long_hike');
      expect(tasksBy(plan).day_off).toHaveLength(2);
    }
    const monday = buildDayPlan(input({ templates: [weekly], date: '2026-03-02' }));
    expect(monday.blocks.map((fitted) => fitted.template.id)).not.toContain('day_off');
    expect([...monday.unfit, ...monday.empty]).toEqual([]);
    expect(monday.tasks.map((task) => task.habit.id)).not.toContain('long_hike');
  });

  it('gives the same plan for the same input, and varies it from day to day', () => {
    expect(buildDayPlan(input())).toEqual(buildDayPlan(input()));
    const firstPicks = new Set(
      Array.from({ length: 14 }, (_, i) => {
        const date = DateTime.fromISO('2026-03-02').plus({ days: i }).toISODate()!;
        return buildDayPlan(input({ date })).tasks[0]!.habit.id;
      }),
    );
    expect(firstPicks.size).toBeGreaterThan(1);
  });

  it('switches to the new day’s plan at the wake time, in the person’s zone', () => {
    const schedule = input().profile.schedule; // Moscow, wake 07:00 (04:00 UTC)
    expect(planDateFor(new Date('2026-03-02T03:59:00Z'), schedule)).toBe('2026-03-01');
    expect(planDateFor(new Date('2026-03-02T04:00:00Z'), schedule)).toBe('2026-03-02');
    expect(planDateFor(new Date('2026-03-01T21:30:00Z'), schedule)).toBe('2026-03-01'); // 00:30 local
  });
});
