import type { Exercise } from '../../src/core/programs/program.js';

/**
 * Valid answers to every required prompt of an exercise: the scale's minimum, the first choice,
 * and `text` for the rest (optional prompts stay unanswered).
 */
export function requiredAnswers(exercise: Exercise, text = 'Some words of mine'): Record<string, string | number> {
  return Object.fromEntries(
    exercise.prompts
      .filter((prompt) => !prompt.optional)
      .map((prompt) => [
        prompt.id,
        prompt.kind === 'scale' ? prompt.min : prompt.kind === 'choice' ? prompt.choices[0]!.id : text,
      ]),
  );
}
