import { StepwiseError } from '../../core/errors.js';
import type { Locale } from '../../core/goals/model.js';
import type { Archetype, QuizQuestion } from '../../core/health/model.js';
import { scoreQuiz } from '../../core/health/quiz.js';
import type { HealthDeps, UserId } from './deps.js';
import { say } from './health-texts.js';
import { joinHealthProgram } from './join-program.js';

export interface QuizView {
  questions: Array<{ id: string; ask: string; choices: Array<{ id: string; label: string }> }>;
}

export interface QuizSuggestion {
  suggested: Archetype;
  name: string;
  about: string;
  /** Why, in the person's words: the reasons of the answers that weighed most. */
  because: string[];
  /** Every archetype's points, for a client that shows the runner-up. */
  totals: Record<Archetype, number>;
}

/** The onboarding questions in one language. */
export function quiz(deps: HealthDeps, locale: Locale): QuizView {
  return {
    questions: deps.pack.quiz.map((question) => ({
      id: question.id,
      ask: say(question.ask, locale),
      choices: question.choices.map((choice) => ({ id: choice.id, label: say(choice.label, locale) })),
    })),
  };
}

/**
 * Scores the answers (question id → choice id; every question answered) and suggests an archetype
 * with the reasons. It only suggests: the person picks (this one or another) with chooseArchetype.
 * The answers are kept on the profile so the quiz can be shown as answered; taking it joins the program.
 */
export async function submitQuiz(
  deps: HealthDeps,
  userId: UserId,
  answers: Readonly<Record<string, string>>,
  locale?: Locale,
): Promise<QuizSuggestion> {
  const { pack } = deps;
  checkAnswers(pack.quiz, answers);
  const scored = scoreQuiz(pack.quiz, answers);
  await deps.store.saveProfile(userId, { quizAnswers: answers }, deps.clock.now());
  await joinHealthProgram(deps, userId);
  const language = locale ?? (await deps.users.byId(userId))?.locale ?? 'en';
  const archetype = pack.archetypes.find((candidate) => candidate.id === scored.suggested)!;
  return {
    suggested: scored.suggested,
    name: say(archetype.name, language),
    about: say(archetype.about, language),
    because: scored.because.map((reason) => say(reason, language)),
    totals: scored.totals,
  };
}

/** Every question answered with one of its choices, and nothing else: the refusal names what is wrong. */
function checkAnswers(questions: readonly QuizQuestion[], answers: Readonly<Record<string, string>>): void {
  const problems: string[] = [];
  for (const key of Object.keys(answers))
    if (!questions.some((question) => question.id === key)) problems.push(`answers.${key}: is not a quiz question`);
  for (const question of questions) {
    const answer = answers[question.id];
    const choices = question.choices.map((choice) => choice.id);
    if (answer === undefined) problems.push(`answers.${question.id}: is required`);
    else if (!choices.includes(answer)) problems.push(`answers.${question.id}: must be one of ${choices.join(', ')}`);
  }
  if (problems.length > 0) throw new StepwiseError('invalid_input', problems.join('; '), { field: 'answers' });
}
