import type { Exercise, Prompt } from '../../core/programs/program.js';

/** Why a written answer does not fit its question, for the chat to word: empty, or over the limit. */
export type TextProblem = { reason: 'empty' } | { reason: 'too_long'; max: number; length: number };

export function textProblem(prompt: Prompt & { kind: 'text' }, text: string): TextProblem | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return { reason: 'empty' };
  if (trimmed.length > prompt.maxLength) return { reason: 'too_long', max: prompt.maxLength, length: trimmed.length };
  return undefined;
}

/** One answer against its question, strictly: a number is a JSON number, never a string holding one. */
function answerProblem(prompt: Prompt, value: unknown): string | undefined {
  switch (prompt.kind) {
    case 'text': {
      if (typeof value !== 'string') return 'must be a string';
      const problem = textProblem(prompt, value);
      if (problem?.reason === 'empty') return 'must not be empty';
      return problem ? `must be at most ${prompt.maxLength} characters` : undefined;
    }
    case 'scale':
      return typeof value === 'number' && Number.isInteger(value) && value >= prompt.min && value <= prompt.max
        ? undefined
        : `must be a whole number from ${prompt.min} to ${prompt.max}`;
    case 'choice': {
      const ids = prompt.choices.map((choice) => choice.id);
      return typeof value === 'string' && ids.includes(value) ? undefined : `must be one of ${ids.join(', ')}`;
    }
  }
}

const unknownKey = (exercise: Exercise, key: string) =>
  `${key}: is not a question of this exercise (its questions: ${exercise.prompts.map((prompt) => prompt.id).join(', ')})`;

/**
 * What is wrong with a whole submission, each problem named by its prompt id (`mood: must be a
 * whole number from 1 to 10`): every required question answered, every answer of its kind,
 * nothing else. The API checks this before finishing an exercise: the chat's typed answers are
 * read leniently ("7" is 7), a client's JSON is not.
 */
export function submissionProblems(exercise: Exercise, answers: Record<string, unknown>): string[] {
  const problems = exercise.prompts.flatMap((prompt) => {
    const value = answers[prompt.id];
    if (value === undefined) return prompt.optional ? [] : [`${prompt.id}: is required`];
    const problem = answerProblem(prompt, value);
    return problem ? [`${prompt.id}: ${problem}`] : [];
  });
  const known = new Set(exercise.prompts.map((prompt) => prompt.id));
  return [...problems, ...Object.keys(answers).flatMap((key) => (known.has(key) ? [] : [unknownKey(exercise, key)]))];
}

/**
 * What is wrong with an edit: only written answers change (a check-in's numbers are a record of
 * that moment), each within its question's limit, at least one of them.
 */
export function editProblems(exercise: Exercise, changes: Record<string, unknown>): string[] {
  if (Object.keys(changes).length === 0) return ['answers: must name at least one written answer to change'];
  return Object.entries(changes).flatMap(([key, value]) => {
    const prompt = exercise.prompts.find((candidate) => candidate.id === key);
    if (!prompt) return [unknownKey(exercise, key)];
    if (prompt.kind !== 'text') return [`${key}: only written answers can be changed`];
    const problem = answerProblem(prompt, value);
    return problem ? [`${key}: ${problem}`] : [];
  });
}
