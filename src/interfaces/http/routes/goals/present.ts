import { type Clarification, type Goal, type Locale, questionParts, type Step } from '../../../../core/goals/model.js';
import { safetyJson } from '../common.schema.js';
import type { SafetyTexts } from '../../../../content/load-safety-texts.js';
import type { GoalView } from '../../../../services/goals/goal-view.js';
import type { CoachingOutcome, Said } from '../../../../services/goals/outcomes.js';
import { isoTime } from '../../../../core/iso-time.js';

export const goalJson = (goal: Goal, doneSteps: number) => ({
  id: goal.id,
  number: goal.number ?? 0,
  title: goal.title,
  description: goal.description,
  status: goal.status,
  done_steps: doneSteps,
  track: goal.track ?? null,
  created_at: isoTime(goal.createdAt),
  updated_at: isoTime(goal.updatedAt),
});

/** Only what the person sees in the chat: the text and its estimate, never the coach's keys. */
const stepJson = (step: Step) => ({
  id: step.id,
  text: step.text,
  estimated_minutes: step.estimatedMinutes,
  rephrased: step.rephrased,
  created_at: isoTime(step.createdAt),
});

/**
 * A goal and where it stands. The view is read after the action, so it is what the database holds;
 * `outcome` adds what only the coach's answer has (the choices offered with a question).
 */
export function goalState(view: GoalView, outcome?: CoachingOutcome) {
  const current = view.current;
  return {
    goal: goalJson(view.goal, view.doneSteps),
    state: current?.kind ?? ('closed' as const),
    step: current?.kind === 'step' ? stepJson(current.step) : null,
    question: current?.kind === 'question' ? questionJson(current.question, outcome) : null,
  };
}

/**
 * The open question as words and choices. The stored question lists its choices (`withChoices`), so a goal read
 * back later (a reload, another device) offers the same buttons as the answer that asked it.
 */
function questionJson(question: Clarification, outcome?: CoachingOutcome) {
  const parts = questionParts(question.question);
  const offered = outcome?.kind === 'question' && outcome.question.id === question.id ? outcome.choices : undefined;
  return { id: question.id, text: parts.text, choices: offered?.length ? offered : parts.choices };
}

/** The help for the person's own words, and which answer may set it aside next (`NewGoalCrisis`). */
export const crisisJson = (
  safety: SafetyTexts,
  outcome: Extract<CoachingOutcome, { kind: 'crisis' }>,
  locale: Locale,
) => ({
  safety: safetyJson(safety, outcome, locale),
  may_set_aside: outcome.settable === true,
  must_confirm_safe: outcome.mustConfirmSafe === true,
});

/** What the person answered to the help, as the services take it. */
export const saidOf = (body: { not_a_crisis?: boolean | undefined; confirm_safe?: boolean | undefined }): Said => ({
  notACrisis: body.not_a_crisis,
  confirmedSafe: body.confirm_safe,
});
