import type { HabitDef } from './model.js';

/**
 * The one rule for what a person's health notes rule out: a habit whose contraindications name any
 * note they declared. The plan, the progression view, the habits a task "opens", the streak bonuses
 * and the adaptations all ask this, so no view ever offers a habit the plan would never give.
 */
export const ruledOutByNotes = (habit: Pick<HabitDef, 'contraindications'>, notes: readonly string[]): boolean =>
  habit.contraindications.some((note) => notes.includes(note));
