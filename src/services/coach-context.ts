import { type CoachContext, RECENT_WINDOW, REJECTED_WINDOW } from '../core/goals/coach.port.js';
import type { Goal, User } from '../core/goals/model.js';
import type { ServiceDeps } from './deps.js';

/** After this many questions in a row (no step between them) the coach must give a step. */
export const MAX_QUESTIONS_IN_A_ROW = 2;

/**
 * Gathers what the coach needs for one goal (seed 001: goal, history, clarifications). Reads are
 * bounded — a window of recent steps, counts, and the keys column — so the cost stays flat as a
 * goal grows to hundreds of steps.
 */
export async function loadCoachContext(deps: Pick<ServiceDeps, 'stores'>, user: User, goal: Goal): Promise<CoachContext> {
  const { steps, clarifications } = deps.stores;
  const [questions, history, rejected, counts, usedKeys] = await Promise.all([
    clarifications.forGoal(user.id, goal.id),
    steps.latest(user.id, goal.id, 'path', RECENT_WINDOW),
    steps.latest(user.id, goal.id, 'superseded', REJECTED_WINDOW),
    steps.counts(user.id, goal.id),
    steps.coachKeys(user.id, goal.id),
  ]);
  const earlierCount = counts.path - history.length;
  const first = earlierCount > 0 ? await steps.first(user.id, goal.id) : undefined;
  const questionsSinceLastStep = questions.filter((c) => c.stepsBefore === counts.all).length;
  return {
    goal: { id: goal.id, title: goal.title, description: goal.description, goalType: goal.goalType },
    clarifications: questions.map((c) => ({ question: c.question, answer: c.answer })),
    history,
    earlier: { count: earlierCount, first: first?.text ?? null },
    rejected,
    usedKeys,
    locale: user.locale,
    tone: user.tone,
    mayAsk: questionsSinceLastStep < MAX_QUESTIONS_IN_A_ROW,
  };
}

/** True when the goal has no step yet (the coach then writes a first step, not a next one). */
export const isFresh = (ctx: CoachContext) => ctx.history.length === 0 && ctx.earlier.count === 0;
