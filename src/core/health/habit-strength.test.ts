import { describe, expect, it } from 'vitest';
import {
  type HabitDay,
  masteryLevel,
  multiplier,
  scalingLevel,
  standingOf,
  strengthOf,
  streakBonusesReached,
} from './habit-strength.js';
import type { TaskOutcome } from './model.js';

/** Consecutive days from 2026-03-01, one outcome each. */
const days = (...outcomes: Array<TaskOutcome | 'missed'>): HabitDay[] =>
  outcomes.map((outcome, i) => ({ date: `2026-03-${String(i + 1).padStart(2, '0')}`, outcome }));

const repeat = <T>(value: T, count: number): T[] => Array.from({ length: count }, () => value);

describe('habit strength (Loop Habit Tracker)', () => {
  it('uses 0.5^(√f/13): a daily habit halves its distance to 1 every 13 days', () => {
    expect(multiplier(1)).toBeCloseTo(0.9481, 4);
    expect(multiplier(3 / 7)).toBeCloseTo(0.5 ** (Math.sqrt(3 / 7) / 13), 12);
    expect(strengthOf(days(...repeat('done' as const, 13)), 1)).toBeCloseTo(0.5, 10);
  });

  it('reaches 0.8 after the number of daily dones the formula gives (31), shown as 80 % from day 30', () => {
    const needed = Math.ceil(13 * Math.log2(5));
    expect(needed).toBe(31);
    expect(strengthOf(days(...repeat('done' as const, needed - 1)), 1)).toBeLessThan(0.8);
    expect(strengthOf(days(...repeat('done' as const, needed)), 1)).toBeGreaterThanOrEqual(0.8);
    // 30 days: 1 − 0.5^(30/13) ≈ 0.798, which rounds to 80 % — mastered, as a person would expect.
    const thirty = standingOf('walk', days(...repeat('done' as const, 30)));
    expect(thirty.strength).toBeCloseTo(1 - 0.5 ** (30 / 13), 12);
    expect(thirty.masteryPercent).toBe(80);
    expect(thirty).toMatchObject({ attempts: 30, successes: 30, streak: 30, longestStreak: 30 });
    expect(thirty).toMatchObject({ firstAttempt: '2026-03-01', lastAttempt: '2026-03-30' });
  });

  it('leaves strength and streak alone on skipped, rest and sick days', () => {
    const plain = standingOf('walk', days('done', 'done', 'done'));
    for (const declared of ['skipped', 'rest', 'sick'] as const) {
      const withBreak = standingOf('walk', days('done', declared, 'done', declared, 'done'));
      expect(withBreak.strength).toBe(plain.strength);
      expect(withBreak.streak).toBe(3);
      expect(withBreak.attempts).toBe(3);
    }
  });

  it('counts a partial day in proportion and keeps the streak going', () => {
    const full = strengthOf(days('done'), 1);
    expect(strengthOf([{ date: '2026-03-01', outcome: 'partial', fraction: 0.25 }], 1)).toBeCloseTo(full * 0.25, 12);
    expect(strengthOf(days('partial'), 1)).toBeCloseTo(full / 2, 12);
    const standing = standingOf('walk', [
      { date: '2026-03-01', outcome: 'done' },
      { date: '2026-03-02', outcome: 'partial', fraction: 0.3 },
      { date: '2026-03-03', outcome: 'partial' },
    ]);
    expect(standing).toMatchObject({ streak: 3, attempts: 3, successes: 2 });
  });

  it('lowers strength on a miss and restarts the streak, keeping the longest', () => {
    const before = days(...repeat('done' as const, 10));
    const after = [...before, { date: '2026-03-11', outcome: 'missed' as const }];
    expect(strengthOf(after, 1)).toBeLessThan(strengthOf(before, 1));
    expect(strengthOf(after, 1)).toBeGreaterThan(0);
    const standing = standingOf('walk', [...after, { date: '2026-03-12', outcome: 'done' }]);
    expect(standing).toMatchObject({ streak: 1, longestStreak: 10, attempts: 12, successes: 11 });
  });

  it('grows more slowly per opportunity for a habit planned three times a week', () => {
    const history = days(...repeat('done' as const, 10));
    expect(strengthOf(history, 3 / 7)).toBeLessThan(strengthOf(history, 1));
  });

  // Days done in a row from a new habit → the seed's 0–10 mastery level: mastered (80 %) is level 8.
  it.each([
    [0, 0],
    [1, 0],
    [2, 1],
    [13, 5],
    [30, 8],
    [90, 9],
    [200, 10],
  ])('puts %i done days in a row at mastery level %i of 10', (count, level) => {
    const standing = standingOf('walk', days(...repeat('done' as const, count)));
    expect(masteryLevel(standing)).toBe(level);
  });

  it('dates the first and the latest attempt, a missed planned day among them, but no rest day', () => {
    const standing = standingOf('walk', days('rest', 'missed', 'done', 'partial', 'skipped'));
    expect(standing).toMatchObject({ firstAttempt: '2026-03-02', lastAttempt: '2026-03-04', attempts: 3 });
    expect(standingOf('walk', [])).toMatchObject({ firstAttempt: null, lastAttempt: null });
    expect(masteryLevel(undefined)).toBe(0);
  });

  it('starts empty and scales by mastery', () => {
    expect(standingOf('walk', [])).toMatchObject({ strength: 0, masteryPercent: 0, attempts: 0, firstAttempt: null });
    const at = (masteryPercent: number) => scalingLevel({ ...standingOf('walk', []), masteryPercent });
    expect([at(0), at(39), at(40), at(79), at(80)]).toEqual([
      'beginner',
      'beginner',
      'intermediate',
      'intermediate',
      'advanced',
    ]);
    expect(scalingLevel(undefined)).toBe('beginner');
    expect(streakBonusesReached(6)).toEqual([]);
    expect(streakBonusesReached(14)).toEqual(['7', '14']);
  });
});
