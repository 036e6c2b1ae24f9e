import { type CoachContext, REASONS_WINDOW, RECENT_WINDOW, REJECTED_WINDOW } from '../../core/goals/coach.port.js';
import type { Goal, User } from '../../core/goals/model.js';
import type { ServiceDeps } from './deps.js';

/** After this many questions in a row (no step between them) the coach must give a step. */
export const MAX_QUESTIONS_IN_A_ROW = 2;

/**
 * Gathers what the coach needs for one goal (seed 001: goal, history, clarifications). Reads are
 * narrow — a window of recent steps, and one pass over two short columns for counts and keys — so
 * the cost stays nearly flat as a goal grows to hundreds of steps.
 */
export async function loadCoachContext(
  deps: Pick<ServiceDeps, 'stores'>,
  user: User,
  goal: Goal,
): Promise<CoachContext> {
  const { steps, clarifications } = deps.stores;
  const [questions, history, superseded, summary] = await Promise.all([
    clarifications.forGoal(user.id, goal.id),
    steps.latest(user.id, goal.id, 'path', RECENT_WINDOW),
    // The reasons go further back than the steps to avoid: what a person ruled out stays ruled out.
    steps.latest(user.id, goal.id, 'superseded', REASONS_WINDOW),
    steps.summary(user.id, goal.id),
  ]);
  const earlierCount = summary.path - history.length;
  const first = earlierCount > 0 ? await steps.first(user.id, goal.id) : undefined;
  const questionsSinceLastStep = questions.filter((question) => question.stepsBefore === summary.all).length;
  return {
    goal: { id: goal.id, title: goal.title, description: goal.description, goalType: goal.goalType },
    clarifications: questions.map((question) => ({ question: question.question, answer: question.answer })),
    history,
    earlier: { count: earlierCount, first: first?.text ?? null },
    rejected: superseded.slice(-REJECTED_WINDOW),
    reasons: superseded.flatMap((step) => (step.userComment?.trim() ? [step.userComment] : [])),
    usedKeys: summary.keys,
    locale: user.locale,
    tone: user.tone,
    mayAsk: questionsSinceLastStep < MAX_QUESTIONS_IN_A_ROW,
  };
}

/** True when the goal has no step yet (the coach then writes a first step, not a next one). */
export const isFresh = (ctx: CoachContext) => ctx.history.length === 0 && ctx.earlier.count === 0;

/** The goal's open step, if any: always the newest step on the path. */
export const openStepIn = (ctx: CoachContext) =>
  ctx.history.at(-1)?.completedAt === null ? ctx.history.at(-1) : undefined;

/** True while the coach's last question waits for an answer. */
export const awaitingAnswer = (ctx: CoachContext) => ctx.clarifications.at(-1)?.answer === null;
