import type { CoachContext } from '../core/goals/coach.port.js';
import type { Goal, User } from '../core/goals/model.js';
import type { ServiceDeps } from './deps.js';

/** After this many questions in a row (no step between them) the coach must give a step instead of asking. */
export const MAX_QUESTIONS_IN_A_ROW = 2;

/** Gathers what the coach needs for one goal (seed 001: goal, history, clarifications). */
export async function loadCoachContext(deps: Pick<ServiceDeps, 'stores'>, user: User, goal: Goal): Promise<CoachContext> {
  const [clarifications, steps] = await Promise.all([
    deps.stores.clarifications.forGoal(user.id, goal.id),
    deps.stores.steps.all(user.id, goal.id),
  ]);
  const questionsSinceLastStep = clarifications.filter((c) => c.stepsBefore === steps.length).length;
  return {
    goal: { id: goal.id, title: goal.title, description: goal.description, goalType: goal.goalType },
    clarifications: clarifications.map((c) => ({ question: c.question, answer: c.answer })),
    history: steps.filter((s) => s.status !== 'superseded'),
    rejected: steps.filter((s) => s.status === 'superseded'),
    locale: user.locale,
    tone: user.tone,
    mayAsk: questionsSinceLastStep < MAX_QUESTIONS_IN_A_ROW,
  };
}
