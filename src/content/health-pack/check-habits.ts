// Checks across the habits: the repertoire's size, ids, references, prerequisite cycles, and a place in the day.
import {
  ARCHETYPES,
  type DayTemplate,
  type HabitCategory,
  type HabitDef,
  type LevelDef,
} from '../../core/health/model.js';
import { blockTakes } from '../../core/health/plan.js';
import { duplicates } from './check-frames.js';
import { FILES, HEALTH_NOTE_IDS } from './files.js';
import type { HabitEntry } from './read-habits.js';

/**
 * Words that promise something opens. A bonus that says them must name the habit it opens (`habit`),
 * which the plan then really offers; otherwise it is recognition of the streak, not a promise.
 */
const PROMISES = [/\bunlock/i, /(?:^|[\s«"(])(?:открыт[оаы]?|открывается|открывает)(?=[:\s.,!]|$)/i];

/** The bars for the repertoire. */
const MIN_HABITS = 90;
const MIN_PER_ARCHETYPE = 20;

/** Counts, unique ids, references and cycles across all the habit files. */
export function checkHabits(entries: readonly HabitEntry[]): string[] {
  const problems: string[] = [];
  if (entries.length < MIN_HABITS)
    problems.push(`habits/: ${entries.length} habits; the repertoire needs ${MIN_HABITS}`);
  for (const archetype of ARCHETYPES) {
    const count = entries.filter(({ habit }) => habit.archetypes.includes(archetype)).length;
    if (count < MIN_PER_ARCHETYPE)
      problems.push(`habits/: ${count} habits fit ${archetype}; each archetype needs ${MIN_PER_ARCHETYPE}`);
  }
  const byId = new Map<string, HabitEntry>();
  for (const entry of entries) {
    const first = byId.get(entry.habit.id);
    if (first) problems.push(`${entry.file}: ${entry.habit.id}: id already used in ${first.file}`);
    else byId.set(entry.habit.id, entry);
  }
  const notes = new Set<string>(HEALTH_NOTE_IDS);
  for (const { file, habit } of entries) {
    const where = `${file}: ${habit.id}`;
    for (const note of habit.contraindications)
      if (!notes.has(note)) problems.push(`${where}: contraindications: "${note}" is not a health note id`);
    problems.push(...duplicates(`${where}: prerequisites`, habit.prerequisites));
    for (const id of habit.prerequisites) problems.push(...prerequisiteProblems(where, habit, byId.get(id), id));
    for (const [days, bonus] of Object.entries(habit.streakBonuses)) {
      if (bonus.habit !== undefined && !byId.has(bonus.habit))
        problems.push(`${where}: streakBonuses.${days}: unknown habit "${bonus.habit}"`);
      if (bonus.habit === undefined && PROMISES.some((promise) => promise.test(bonus.en) || promise.test(bonus.ru)))
        problems.push(
          `${where}: streakBonuses.${days}: says it unlocks something but names no habit to open; name one (habit: <id>) or word it as recognition`,
        );
    }
  }
  problems.push(...cycles(entries, byId));
  return problems;
}

/**
 * A prerequisite must exist, be no harder than the habit it opens (a level opens by difficulty), and
 * fit every archetype the habit fits: a person is only offered their archetype's habits, so a
 * prerequisite outside it could never be mastered and the habit would stay locked for good.
 */
function prerequisiteProblems(where: string, habit: HabitDef, prerequisite: HabitEntry | undefined, id: string) {
  if (!prerequisite) return [`${where}: prerequisites: unknown habit "${id}"`];
  if (id === habit.id) return [`${where}: prerequisites: a habit cannot require itself`];
  const problems: string[] = [];
  if (prerequisite.habit.difficulty > habit.difficulty)
    problems.push(
      `${where}: prerequisites: "${id}" (difficulty ${prerequisite.habit.difficulty}) is harder than the habit (${habit.difficulty})`,
    );
  const missing = habit.archetypes.filter((archetype) => !prerequisite.habit.archetypes.includes(archetype));
  if (missing.length > 0)
    problems.push(`${where}: prerequisites: "${id}" does not fit ${missing.join(', ')}, so it stays locked for them`);
  return problems;
}

/** Each prerequisite cycle once, as `a → b → a`, named by the file of the habit it was found from. */
function cycles(entries: readonly HabitEntry[], byId: ReadonlyMap<string, HabitEntry>): string[] {
  const problems: string[] = [];
  const done = new Set<string>();
  const visit = (id: string, path: string[]): void => {
    if (done.has(id)) return;
    const at = path.indexOf(id);
    if (at >= 0) {
      const loop = [...path.slice(at), id];
      problems.push(`${byId.get(id)!.file}: ${id}: prerequisites: a cycle ${loop.join(' → ')}`);
      return;
    }
    for (const next of byId.get(id)?.habit.prerequisites ?? [])
      if (next !== id && byId.has(next)) visit(next, [...path, id]);
    done.add(id);
  };
  for (const { habit } of entries) visit(habit.id, []);
  return problems;
}

/**
 * Every block can be filled: each category it holds has a habit of the archetype short enough for it,
 * and a beginner (first level, nothing mastered yet) has something to do in it at that part of the
 * day — the planner only puts a habit into blocks of the parts it names, so a bedtime habit does not
 * fill a morning block.
 */
export function checkBlockFits(
  templates: readonly DayTemplate[],
  entries: readonly HabitEntry[],
  levels: readonly LevelDef[] | undefined,
): string[] {
  const problems: string[] = [];
  for (const template of templates) {
    const { archetype } = template;
    const own = entries.map(({ habit }) => habit).filter((habit) => habit.archetypes.includes(archetype));
    const first = levels?.find((level) => level.archetype === archetype);
    for (const block of template.blocks) {
      const where = `${FILES.blocks}: ${archetype}/${template.mode}.${block.id}`;
      const fits = (habit: HabitDef, category: HabitCategory) =>
        habit.category === category && habit.durationMinutes <= block.durationMinutes;
      for (const category of block.holds)
        if (!own.some((habit) => fits(habit, category)))
          problems.push(
            `${where}.holds: no ${category} habit for ${archetype} takes ${block.durationMinutes} minutes or less`,
          );
      if (!first) continue;
      const forBeginner = own.filter(
        (habit) =>
          habit.prerequisites.length === 0 &&
          habit.difficulty <= first.maxDifficulty &&
          block.holds.some((category) => fits(habit, category)),
      );
      const beginner = `a beginner (${first.id}, difficulty ≤ ${first.maxDifficulty}, no prerequisites)`;
      if (forBeginner.length === 0) problems.push(`${where}: nothing for ${beginner} fits it`);
      else if (!forBeginner.some((habit) => habit.parts?.includes(block.part) ?? true))
        problems.push(
          `${where}: nothing for ${beginner} fits it in the ${block.part}; ${forBeginner.map((habit) => habit.id).join(', ')} would, but their parts leave out the ${block.part}`,
        );
    }
  }
  return problems;
}

/**
 * The other direction: every habit has a place. Some block of a template of an archetype it names
 * takes it — its category, a part of the day it names, its energy (at most medium on a recovery day)
 * and its length, as the planner checks — or it would sit in the repertoire and never be planned. A
 * long or weekly habit finds its place in a free-day block (`days: free`).
 */
export function checkHabitPlaces(templates: readonly DayTemplate[], entries: readonly HabitEntry[]): string[] {
  return entries.flatMap(({ file, habit }) => {
    const own = templates.filter((template) => habit.archetypes.includes(template.archetype));
    if (own.some((template) => template.blocks.some((block) => blockTakes(block, habit, template.mode)))) return [];
    const parts = habit.parts?.join('/') ?? 'any part';
    return [
      `${file}: ${habit.id}: no block of a ${habit.archetypes.join(', ')} template takes it (${habit.category}, ${parts}, ${habit.energy} energy, ${habit.durationMinutes} minutes), so it is never planned; shorten it or give it a block (a long or weekly habit: a free-day block)`,
    ];
  });
}
