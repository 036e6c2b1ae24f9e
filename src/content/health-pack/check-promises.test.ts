import { describe, expect, it } from 'vitest';
import type { HabitDef, LevelDef } from '../../core/health/model.js';
import { loadHealthPack } from '../load-health-pack.js';
import { checkHabits } from './check-habits.js';
import { checkRequiredSkills } from './check-levels.js';

const loaded = loadHealthPack();
if (!loaded.ok) throw new Error('content/health has problems');
const { habits, levels, templates } = loaded.pack;
const entries = (list: readonly HabitDef[]) => list.map((habit) => ({ file: `habits/${habit.category}.yaml`, habit }));

/** The real repertoire with one habit's 7-day bonus replaced. */
const withBonus = (bonus: HabitDef['streakBonuses']['7']) =>
  entries(
    habits.map((habit, i) => (i === 0 ? { ...habit, streakBonuses: { ...habit.streakBonuses, '7': bonus } } : habit)),
  );
const promiseProblems = (list: ReturnType<typeof entries>) =>
  checkHabits(list).filter((problem) => problem.includes('says it unlocks'));

describe('check:content keeps streak bonuses honest', () => {
  it('passes the real repertoire: every bonus that says "Unlock" names the habit it opens', () => {
    expect(promiseProblems(entries(habits))).toEqual([]);
    const promising = habits.flatMap((habit) => Object.values(habit.streakBonuses)).filter((bonus) => bonus.habit);
    expect(promising.every((bonus) => /^Unlock: /.test(bonus.en) && /^Открыто: /.test(bonus.ru))).toBe(true);
  });

  it('fails a new "Unlock" without a target, in either language', () => {
    expect(promiseProblems(withBonus({ en: 'Unlock: a longer walk', ru: 'Длинная прогулка' }))).toHaveLength(1);
    expect(promiseProblems(withBonus({ en: 'A longer walk', ru: 'Открыто: длинная прогулка' }))).toHaveLength(1);
    expect(promiseProblems(withBonus({ en: 'Unlock: a walk', ru: 'Открыто: прогулка', habit: habits[1]!.id }))).toEqual(
      [],
    );
    // Recognition is no promise, and "открытого внимания" is not "открыто".
    const recognition = { en: "That's a real rhythm now.", ru: 'Ритм уже есть. Минуты открытого внимания.' };
    expect(promiseProblems(withBonus(recognition))).toEqual([]);
  });
});

describe('check:content keeps levels climbable in order', () => {
  it('passes the real levels: each required skill is its level’s own and planned on working days', () => {
    expect(checkRequiredSkills(levels, entries(habits), templates)).toEqual([]);
  });

  it('refuses a required skill that is easy enough for the level below, unknown, or of another archetype', () => {
    const second = levels.find((level) => level.id === 'fb_confidence_builder')!;
    const broken: LevelDef[] = levels.map((level) =>
      level === second
        ? { ...level, requiredSkills: ['three_mindful_breaths', 'no_such_habit', 'stair_climbing'] }
        : level,
    );
    const problems = checkRequiredSkills(broken, entries(habits), templates);
    expect(problems).toContainEqual(expect.stringMatching(/fb_confidence_builder.*"three_mindful_breaths".*band 4–6/));
    expect(problems).toContainEqual(expect.stringMatching(/unknown habit "no_such_habit"/));
    expect(problems).toContainEqual(expect.stringMatching(/"stair_climbing" does not fit foundation_builder/));
  });
});
