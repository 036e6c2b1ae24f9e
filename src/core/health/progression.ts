import { isInProgress, isMastered, streakBonusesReached } from './habit-strength.js';
import { ruledOutByNotes } from './health-notes.js';
import { ladderOf } from './levels.js';
import type { Archetype, HabitDef, HabitStanding, LevelDef } from './model.js';

/** Phase 7: where a person stands on their archetype's ladder and what opens next. */
export interface Progression {
  currentLevel: LevelDef;
  levelIndex: number;
  /** Habit ids at ≥ 80 %. */
  mastered: string[];
  /** Habit ids at 20–79 %. */
  inProgress: string[];
  /** In progress, ≥ 60 % and a streak of 7 or more: ready for the next scaling level. */
  readyForAdvancement: string[];
  /** Up to three open habits not started yet, easiest first. */
  nextRecommended: string[];
  /** Habits mastered per week in the system. */
  velocity: number;
  /**
   * Per level, the archetype's habits it opens (difficulty above the previous level's cap, up to its
   * own), without those the person's health notes rule out: the plan's own rule, so nothing is offered
   * here that the plan would never give.
   */
  unlockedByLevel: Array<{ levelId: string; habitIds: string[] }>;
  /** Habits the person's streak bonuses opened for them (their archetype's, their notes allowing). */
  openedByStreaks: string[];
}

export interface ProgressionInput {
  archetype: Archetype;
  levels: readonly LevelDef[];
  habits: readonly HabitDef[];
  standings: readonly HabitStanding[];
  /** Declared health-note ids; a habit contraindicated by any of them is never offered. */
  notes: readonly string[];
  weeksInSystem: number;
  /** The level of the person's plan today (`levelOfDay` decides it when the day's plan is built). */
  levelId: string;
}

const READY_PERCENT = 60;
const READY_STREAK = 7;
const RECOMMENDED = 3;

export function assessProgression(input: ProgressionInput): Progression {
  const { archetype, habits, standings } = input;
  const ladder = ladderOf(archetype, input.levels);
  const index = Math.max(
    0,
    ladder.findIndex((rung) => rung.id === input.levelId),
  );
  const level = ladder[index]!;
  const byId = standingMap(standings);
  const open = openHabits({ archetype, habits, level, standings, notes: input.notes });
  const mastered = standings.filter(isMastered).map((standing) => standing.habitId);
  return {
    currentLevel: level,
    levelIndex: index,
    mastered,
    inProgress: standings.filter(isInProgress).map((standing) => standing.habitId),
    readyForAdvancement: standings
      .filter((standing) => isInProgress(standing) && standing.masteryPercent >= READY_PERCENT)
      .filter((standing) => standing.streak >= READY_STREAK)
      .map((standing) => standing.habitId),
    nextRecommended: open
      .filter((habit) => (byId.get(habit.id)?.attempts ?? 0) === 0)
      .map((habit, i) => ({ habit, i }))
      .sort((left, right) => left.habit.difficulty - right.habit.difficulty || left.i - right.i)
      .slice(0, RECOMMENDED)
      .map(({ habit }) => habit.id),
    velocity: mastered.length / Math.max(1, input.weeksInSystem),
    openedByStreaks: [...habitsEarnedByStreaks(habits, standings)].filter((id) =>
      open.some((habit) => habit.id === id),
    ),
    unlockedByLevel: ladder.map((rung, i) => ({
      levelId: rung.id,
      habitIds: habits
        .filter((habit) => habit.archetypes.includes(archetype) && habit.difficulty <= rung.maxDifficulty)
        .filter((habit) => i === 0 || habit.difficulty > ladder[i - 1]!.maxDifficulty)
        .filter((habit) => !ruledOutByNotes(habit, input.notes))
        .map((habit) => habit.id),
    })),
  };
}

/**
 * Habits a person may be offered now: they fit the archetype, are within the level's difficulty cap,
 * have every prerequisite mastered, and nothing the person declared rules them out. A streak bonus
 * that names a habit opens it ahead of its prerequisites and level: 7, 14 or 30 days in a row is
 * proof enough of readiness. It never overrides a declared health note or the archetype.
 */
export function openHabits(input: {
  archetype: Archetype;
  habits: readonly HabitDef[];
  level: LevelDef;
  standings: readonly HabitStanding[];
  notes: readonly string[];
}): HabitDef[] {
  const byId = standingMap(input.standings);
  const earned = habitsEarnedByStreaks(input.habits, input.standings);
  return input.habits.filter(
    (habit) =>
      habit.archetypes.includes(input.archetype) &&
      (earned.has(habit.id) ||
        (habit.difficulty <= input.level.maxDifficulty &&
          habit.prerequisites.every((id) => isMastered(byId.get(id))))) &&
      !ruledOutByNotes(habit, input.notes),
  );
}

/** Habits opened by streak bonuses already earned (a best streak that reached the bonus's days). */
export function habitsEarnedByStreaks(habits: readonly HabitDef[], standings: readonly HabitStanding[]): Set<string> {
  const byId = standingMap(standings);
  const earned = new Set<string>();
  for (const habit of habits) {
    const best = byId.get(habit.id)?.longestStreak ?? 0;
    for (const days of streakBonusesReached(best)) {
      const opened = habit.streakBonuses[days].habit;
      if (opened !== undefined) earned.add(opened);
    }
  }
  return earned;
}

const standingMap = (standings: readonly HabitStanding[]) =>
  new Map(standings.map((standing) => [standing.habitId, standing]));

export { ladderOf };

/** Which version of a habit to offer (kept beside strength, where its thresholds live). */
export { scalingLevel } from './habit-strength.js';
