import type { Locale } from '../../core/goals/model.js';
import type { Localized } from '../../core/programs/program.js';

/** What the export needs of the programs: an exercise's title and each question, in the person's language. */
export interface ExerciseNames {
  title(exerciseId: string, locale: Locale): string | undefined;
  question(exerciseId: string, promptId: string, locale: Locale): string | undefined;
}

interface NamedExercise {
  id: string;
  title: Localized;
  prompts: readonly { id: string; ask: Localized }[];
}

/** The names from the programs' exercises; an id no program knows any more stays as it was stored. */
export function exerciseNames(programs: readonly { exercises: readonly NamedExercise[] }[]): ExerciseNames {
  const byId = new Map(programs.flatMap((program) => program.exercises.map((exercise) => [exercise.id, exercise])));
  return {
    title: (exerciseId, locale) => byId.get(exerciseId)?.title[locale],
    question: (exerciseId, promptId, locale) =>
      byId.get(exerciseId)?.prompts.find((prompt) => prompt.id === promptId)?.ask[locale],
  };
}

/** No programs at hand: ids as stored. */
export const NO_EXERCISE_NAMES: ExerciseNames = { title: () => undefined, question: () => undefined };
