import type { Localized } from '../programs/program.js';
import { StepwiseError } from '../errors.js';
import { type Archetype, ARCHETYPES, type QuizQuestion } from './model.js';

export interface QuizResult {
  suggested: Archetype;
  totals: Record<Archetype, number>;
  /** Why: the `because` of the answers that gave the suggestion the most points (up to three). */
  because: Localized[];
}

const REASONS = 3;

/**
 * Adds up the answered choices' points and suggests the archetype with the most; a tie goes to the
 * one listed first in ARCHETYPES, so the same answers always suggest the same archetype (with no
 * answers at all that is the first one — the caller should ask before scoring). An answer naming an
 * unknown question or choice throws `invalid_input`: it is a client bug or a stale form, and a silent
 * skip would suggest an archetype on evidence the person never gave.
 */
export function scoreQuiz(questions: readonly QuizQuestion[], answers: Readonly<Record<string, string>>): QuizResult {
  const chosen = Object.entries(answers).map(([questionId, choiceId]) => choiceOf(questions, questionId, choiceId));
  const totals = Object.fromEntries(ARCHETYPES.map((archetype) => [archetype, 0])) as Record<Archetype, number>;
  for (const { choice } of chosen)
    for (const archetype of ARCHETYPES) totals[archetype] += choice.scores[archetype] ?? 0;
  const suggested = ARCHETYPES.reduce((best, archetype) => (totals[archetype] > totals[best] ? archetype : best));
  const because = chosen
    .filter(({ choice }) => (choice.scores[suggested] ?? 0) > 0)
    // Questions in their quiz order among equal points, so the reasons read in the order they were asked.
    .sort(
      (left, right) =>
        (right.choice.scores[suggested] ?? 0) - (left.choice.scores[suggested] ?? 0) || left.order - right.order,
    )
    .slice(0, REASONS)
    .map(({ choice }) => choice.because);
  return { suggested, totals, because };
}

/** Every question has an answer that names one of its choices. */
export function quizComplete(questions: readonly QuizQuestion[], answers: Readonly<Record<string, string>>): boolean {
  return questions.every((question) => question.choices.some((choice) => choice.id === answers[question.id]));
}

function choiceOf(questions: readonly QuizQuestion[], questionId: string, choiceId: string) {
  const order = questions.findIndex((question) => question.id === questionId);
  const choice = questions[order]?.choices.find((candidate) => candidate.id === choiceId);
  if (!choice)
    throw new StepwiseError('invalid_input', `unknown quiz answer ${questionId}=${choiceId}`, { questionId, choiceId });
  return { order, choice };
}
