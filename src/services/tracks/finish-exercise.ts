import { z } from 'zod';
import { StepwiseError } from '../../core/errors.js';
import type { UserId } from '../../core/goals/model.js';
import type { ActionSource } from '../../core/tracks/model.js';
import type { Exercise, Program, Prompt } from '../../core/programs/program.js';
import type { TrackDeps } from './deps.js';
import { requireEnrollment, requireTracksOn } from './programs.js';
import { type ActionResult, recordAction } from './record-action.js';

export type Answers = Record<string, string | number>;

/** The schema one prompt's answer must meet (also used by the bot to check each reply). */
export function answerSchema(prompt: Prompt) {
  switch (prompt.kind) {
    case 'text':
      return z
        .string()
        .trim()
        .min(1, 'must not be empty')
        .max(prompt.maxLength, `must be at most ${prompt.maxLength} characters`);
    case 'scale':
      return z.coerce
        .number({ error: 'must be a number' })
        .int('must be a whole number')
        .min(prompt.min, `must be ${prompt.min}–${prompt.max}`)
        .max(prompt.max, `must be ${prompt.min}–${prompt.max}`);
    case 'choice':
      return z.enum(prompt.choices.map((choice) => choice.id) as [string, ...string[]], {
        error: `must be one of ${prompt.choices.map((choice) => choice.id).join(', ')}`,
      });
  }
}

/** Checks a whole set of answers: every required prompt answered, nothing unknown. */
export function validateAnswers(exercise: Exercise, answers: Answers): Answers {
  const shape = Object.fromEntries(
    exercise.prompts.map((prompt) => [
      prompt.id,
      prompt.optional ? answerSchema(prompt).optional() : answerSchema(prompt),
    ]),
  );
  const parsed = z.strictObject(shape).safeParse(answers);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'answers'}: ${issue.message}`);
    throw new StepwiseError('invalid_input', problems.join('; '), { field: 'answers', reason: 'invalid', problems });
  }
  return Object.fromEntries(Object.entries(parsed.data).filter(([, value]) => value !== undefined)) as Answers;
}

export const findExercise = (program: Program, exerciseId: string): Exercise => {
  const exercise = program.exercises.find((exercis) => exercis.id === exerciseId);
  if (!exercise)
    throw new StepwiseError('unknown_exercise', `unknown exercise "${exerciseId}"`, {
      exercise: exerciseId,
      known: program.exercises.map((exercis) => exercis.id),
    });
  return exercise;
};

export interface FinishedExercise {
  entryId: string;
  exercise: Exercise;
  /** The entry id was already saved (a retried submission): the first entry and its answers stand. */
  duplicate: boolean;
  /** `action.duplicate` when the entry's action was counted before: nothing changed. */
  action: ActionResult;
}

export interface ExerciseSubmission {
  exerciseId: string;
  answers: Answers;
  source: ActionSource;
  programId?: string;
  entryId?: string;
}

/**
 * Saves a finished exercise (the user's words are kept for them) and records its action. The entry
 * id is the retry key and the action's source, so a retried submission keeps the first entry and
 * counts once: one action, one set of ledger events, no milestone twice. The crisis screen has run
 * before: the chat screens each answer as it is typed, the API the raw request before validation.
 */
export async function finishExercise(
  deps: TrackDeps,
  userId: UserId,
  input: ExerciseSubmission,
): Promise<FinishedExercise> {
  requireTracksOn(deps, userId);
  const owns = (candidate: Program) => candidate.exercises.some((exercis) => exercis.id === input.exerciseId);
  const { program } = await requireEnrollment(deps, userId, input.programId, owns);
  const exercise = findExercise(program, input.exerciseId);
  const answers = validateAnswers(exercise, input.answers);
  const entryId = input.entryId ?? deps.ids.next();
  const saved = await deps.stores.exercises.insert({
    id: entryId,
    userId,
    programId: program.id,
    exerciseId: exercise.id,
    answers,
    createdAt: deps.clock.now(),
  });
  if (
    saved.kind === 'taken' ||
    (saved.kind === 'duplicate' &&
      (saved.existing.exerciseId !== exercise.id || saved.existing.programId !== program.id))
  ) {
    throw new StepwiseError('invalid_input', 'entry_id: already used for another entry', {
      field: 'entry_id',
      reason: 'taken',
    });
  }
  // A duplicate still goes through recordAction: if the first attempt saved the entry and then
  // failed before its action, the retry counts it; otherwise the action's source id refuses it.
  const action = await recordAction(deps, userId, {
    actionType: exercise.action,
    source: input.source,
    sourceId: `exercise:${entryId}`,
    programId: program.id,
  });
  return { entryId, exercise, duplicate: saved.kind === 'duplicate', action };
}

/** The guided exercises of the user's program: the named one, or else their first with exercises. */
export async function programExercises(
  deps: TrackDeps,
  userId: UserId,
  programId?: string,
): Promise<{ programId: string; exercises: readonly Exercise[] }> {
  requireTracksOn(deps, userId);
  const { program } = await requireEnrollment(deps, userId, programId, (candidate) => candidate.exercises.length > 0);
  return { programId: program.id, exercises: program.exercises };
}
