// Checks of the levels' required skills (the seed's `required_skills`) against the habits and day templates.
import type { DayTemplate, LevelDef } from '../../core/health/model.js';
import { blockTakes } from '../../core/health/plan.js';
import { duplicates } from './check-frames.js';
import { FILES } from './files.js';
import type { HabitEntry } from './read-habits.js';

/**
 * Each required skill is a habit of the level's archetype and of the level's own band (harder than the
 * level before allows, within its own cap), so easy habits alone never carry anyone up and each skill
 * is open on the level that asks for it; and a working day's block of the archetype's standard day
 * takes it, or it could never be planned often enough to be mastered and the ladder would stop there.
 */
export function checkRequiredSkills(
  levels: readonly LevelDef[],
  entries: readonly HabitEntry[],
  templates: readonly DayTemplate[],
): string[] {
  const byId = new Map(entries.map(({ habit }) => [habit.id, habit]));
  return levels.flatMap((level) => {
    const ladder = levels
      .filter((other) => other.archetype === level.archetype)
      .sort((left, right) => left.maxDifficulty - right.maxDifficulty);
    const floor = ladder.filter((other) => other.maxDifficulty < level.maxDifficulty).at(-1)?.maxDifficulty ?? 0;
    const standard = templates.find(
      (template) => template.archetype === level.archetype && template.mode === 'standard',
    );
    const where = `${FILES.levels}: ${level.id}.requiredSkills`;
    const problems = duplicates(where, level.requiredSkills);
    for (const id of level.requiredSkills) {
      const habit = byId.get(id);
      if (!habit) {
        problems.push(`${where}: unknown habit "${id}"`);
        continue;
      }
      if (!habit.archetypes.includes(level.archetype))
        problems.push(`${where}: "${id}" does not fit ${level.archetype}, so it could never be mastered`);
      if (habit.difficulty <= floor || habit.difficulty > level.maxDifficulty)
        problems.push(
          `${where}: "${id}" (difficulty ${habit.difficulty}) is not of this level's band ${floor + 1}–${level.maxDifficulty}`,
        );
      const daily = standard?.blocks.some((block) => block.days !== 'free' && blockTakes(block, habit, 'standard'));
      if (!daily)
        problems.push(`${where}: "${id}": no working day's block of the ${level.archetype} standard day takes it`);
    }
    return problems;
  });
}
