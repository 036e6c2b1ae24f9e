import { StepwiseError } from '../errors.js';
import { isMastered } from './habit-strength.js';
import { ruledOutByNotes } from './health-notes.js';
import type { Archetype, HabitDef, HabitStanding, LevelDef } from './model.js';

/** An archetype's levels from the gentlest cap up (stable, so content order breaks ties). */
export function ladderOf(archetype: Archetype, levels: readonly LevelDef[]): LevelDef[] {
  const ladder = levels
    .filter((level) => level.archetype === archetype)
    .sort((left, right) => left.maxDifficulty - right.maxDifficulty);
  if (ladder.length === 0) throw new StepwiseError('invalid_input', `no levels for ${archetype}`, { archetype });
  return ladder;
}

export interface LevelInput {
  archetype: Archetype;
  levels: readonly LevelDef[];
  habits: readonly HabitDef[];
  standings: readonly HabitStanding[];
  notes: readonly string[];
}

/** The habits of a level's own band: the archetype's, above the previous level's cap, up to its own. */
export function bandOf(ladder: readonly LevelDef[], index: number, habits: readonly HabitDef[]): HabitDef[] {
  const level = ladder[index]!;
  const floor = index === 0 ? 0 : ladder[index - 1]!.maxDifficulty;
  return habits.filter(
    (habit) =>
      habit.archetypes.includes(level.archetype) && habit.difficulty > floor && habit.difficulty <= level.maxDifficulty,
  );
}

/**
 * Whether the person may leave the level at `index` for the next (the seed's `required_skills`): every
 * required skill their notes allow is mastered — one their notes rule out is replaced by any other
 * mastered habit of the level's own band, so nobody is held back by what they may not do — and
 * `masterToAdvance` of the archetype's habits up to the level's cap are mastered. Easy habits alone
 * never carry anyone up: the required skills are the level's own, harder ones.
 */
export function readyToLeave(input: LevelInput, ladder: readonly LevelDef[], index: number): boolean {
  const level = ladder[index]!;
  if (index === ladder.length - 1) return false;
  const byId = new Map(input.standings.map((standing) => [standing.habitId, standing]));
  const mastered = (habit: HabitDef) => isMastered(byId.get(habit.id));
  const required = level.requiredSkills.map((id) => input.habits.find((habit) => habit.id === id));
  const allowed = required.filter(
    (habit): habit is HabitDef => habit !== undefined && !ruledOutByNotes(habit, input.notes),
  );
  const band = bandOf(ladder, index, input.habits).filter((habit) => !ruledOutByNotes(habit, input.notes));
  const upToCap = input.habits.filter(
    (habit) => habit.archetypes.includes(input.archetype) && habit.difficulty <= level.maxDifficulty && mastered(habit),
  );
  return (
    allowed.every(mastered) &&
    band.filter(mastered).length >= level.requiredSkills.length &&
    upToCap.length >= level.masterToAdvance
  );
}

/**
 * The level of a new plan day: the level of the person's previous plan, or the next one when they are
 * ready to leave it — one step a day at most, so a level is only ever entered from the one before it,
 * however much was mastered at once. The first plan starts on the first level, and so does a previous
 * level that is not on this archetype's ladder (the archetype was changed, or the level left the content).
 */
export function levelOfDay(input: LevelInput, previousLevelId: string | undefined): { level: LevelDef; index: number } {
  const ladder = ladderOf(input.archetype, input.levels);
  const previous = ladder.findIndex((level) => level.id === previousLevelId);
  if (previous < 0) return { level: ladder[0]!, index: 0 };
  const index = readyToLeave(input, ladder, previous) ? previous + 1 : previous;
  return { level: ladder[index]!, index };
}
