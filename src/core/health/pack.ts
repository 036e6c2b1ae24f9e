import type { EducationItem } from './education.js';
import type { ArchetypeDef, DayTemplate, HabitDef, HealthNoteDef, LevelDef, QuizQuestion } from './model.js';

/**
 * The health program's content (`content/health/`), as the loader hands it over once every file has
 * been validated and cross-checked: exactly one entry per archetype, one day template per archetype
 * and mode, levels in order of `maxDifficulty` per archetype, habits in file order.
 */
export interface HealthPack {
  archetypes: readonly ArchetypeDef[];
  notes: readonly HealthNoteDef[];
  quiz: readonly QuizQuestion[];
  templates: readonly DayTemplate[];
  levels: readonly LevelDef[];
  habits: readonly HabitDef[];
  /** `education.yaml`: the pieces a task's "how and why" links to. */
  education: readonly EducationItem[];
}
