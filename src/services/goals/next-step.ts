import { StepwiseError } from '../../core/errors.js';
import type { GoalId, UserId } from '../../core/goals/model.js';
import { awaitingAnswer, isFresh, loadCoachContext, openStepIn } from './coach-context.js';
import type { ServiceDeps } from './deps.js';
import { requireUser, requireWorkingGoal } from './lookups.js';
import type { CoachingOutcome } from './outcomes.js';
import { recordCoaching } from './record-coaching.js';

/**
 * Gives the next step of the active goal (seed prompt 2). Refused while a step is open — the next
 * step comes only after this one is done — and while the coach's question waits for an answer.
 */
export async function nextStep(deps: ServiceDeps, userId: UserId, goalId?: GoalId): Promise<CoachingOutcome> {
  const [user, goal] = await Promise.all([requireUser(deps, userId), requireWorkingGoal(deps, userId, goalId)]);
  // The context already holds the newest step and question, so the checks cost no extra reads.
  const ctx = await loadCoachContext(deps, user, goal);
  if (openStepIn(ctx)) throw new StepwiseError('step_not_done', 'finish the current step first');
  if (awaitingAnswer(ctx)) throw new StepwiseError('awaiting_clarification', 'answer the question first');
  const result = isFresh(ctx) ? await deps.coach.firstStep(ctx) : await deps.coach.nextStep(ctx);
  return recordCoaching(deps, goal, result);
}
