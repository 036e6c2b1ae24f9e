import type { HabitStanding, ScalingLevel, TaskOutcome } from './model.js';

/**
 * Habit strength as Loop Habit Tracker computes it: exponential smoothing over the days a habit was
 * planned. A daily habit done every day from zero passes 0.8 on day 31 (1 − 0.5^(n/13) ≥ 0.8 needs
 * n ≥ 13·log₂5 ≈ 30.2); a missed day pulls it down gently, not to zero — the reason Loop uses it.
 */

/** One planned day of a habit: its outcome, or `missed` when the day passed with none. */
export interface HabitDay {
  date: string;
  outcome: TaskOutcome | 'missed';
  /** For `partial`: the share done, 0–1 (default one half). */
  fraction?: number;
}

export const MASTERED_PERCENT = 80;
export const IN_PROGRESS_PERCENT = 20;
const DEFAULT_PARTIAL = 0.5;

/** Loop's multiplier for a habit planned `frequency` times a day (1 daily, 3/7 three times a week). */
export const multiplier = (frequency: number): number => 0.5 ** (Math.sqrt(frequency) / 13);

/** What a day adds to the score; `undefined` for declared days (skipped, rest, sick) that change nothing. */
export function valueOf(day: HabitDay): number | undefined {
  switch (day.outcome) {
    case 'done':
      return 1;
    case 'partial':
      return Math.min(1, Math.max(0, day.fraction ?? DEFAULT_PARTIAL));
    case 'missed':
      return 0;
    default:
      return undefined;
  }
}

/** The strength after these days, from `start` (0 for a new habit). */
export function strengthOf(history: readonly HabitDay[], frequency: number, start = 0): number {
  const keep = multiplier(frequency);
  return history.reduce((score, day) => {
    const value = valueOf(day);
    return value === undefined ? score : score * keep + value * (1 - keep);
  }, start);
}

/**
 * A user's standing with one habit from its planned days, oldest first. Attempts are the days that
 * counted (done, partial, missed); a success is a done day or a partial one of at least half. The
 * streak runs over done and partial days, a miss ends it, declared days pass over it untouched.
 */
export function standingOf(habitId: string, history: readonly HabitDay[], frequency = 1): HabitStanding {
  const strength = strengthOf(history, frequency);
  const counted = history.filter((day) => valueOf(day) !== undefined);
  let streak = 0;
  let longestStreak = 0;
  for (const day of counted) {
    streak = day.outcome === 'missed' ? 0 : streak + 1;
    longestStreak = Math.max(longestStreak, streak);
  }
  return {
    habitId,
    strength,
    masteryPercent: Math.round(strength * 100),
    attempts: counted.length,
    successes: counted.filter((day) => valueOf(day)! >= DEFAULT_PARTIAL).length,
    streak,
    longestStreak,
    firstAttempt: counted[0]?.date ?? null,
    lastAttempt: counted.at(-1)?.date ?? null,
  };
}

/**
 * The seed's `mastery_level` (0–10): the mastery percentage in tenths, rounded down, so a habit is
 * mastered (80 %) from level 8 and level 10 means its strength has all but reached its ceiling.
 */
export const masteryLevel = (standing: Pick<HabitStanding, 'masteryPercent'> | undefined): number =>
  Math.max(0, Math.min(10, Math.floor((standing?.masteryPercent ?? 0) / 10)));

export const isMastered = (standing: HabitStanding | undefined): boolean =>
  (standing?.masteryPercent ?? 0) >= MASTERED_PERCENT;

export const isInProgress = (standing: HabitStanding | undefined): boolean => {
  const percent = standing?.masteryPercent ?? 0;
  return percent >= IN_PROGRESS_PERCENT && percent < MASTERED_PERCENT;
};

/** Which version of a habit to offer: beginner under 40 %, intermediate to 79 %, advanced from 80 %. */
export function scalingLevel(standing: HabitStanding | undefined): ScalingLevel {
  const percent = standing?.masteryPercent ?? 0;
  if (percent >= MASTERED_PERCENT) return 'advanced';
  return percent >= 40 ? 'intermediate' : 'beginner';
}

/** The streak bonuses (the seed's 7, 14 and 30 days) a streak of this length has unlocked. */
export function streakBonusesReached(streak: number): Array<'7' | '14' | '30'> {
  return (['7', '14', '30'] as const).filter((days) => streak >= Number(days));
}
