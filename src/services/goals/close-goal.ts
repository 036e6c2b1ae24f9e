import { StepwiseError } from '../../core/errors.js';
import type { Goal, GoalId, UserId } from '../../core/goals/model.js';
import type { ServiceDeps } from './deps.js';
import { isClosed, requireGoal } from './lookups.js';

/**
 * Completes or archives a goal. Its steps and answers are kept; it gets no more steps until it is
 * reopened. Closing the active goal leaves the user without one until they create, switch to or
 * reopen another. (The chat asks to confirm first; the API's client does its own asking.)
 */
export async function closeGoal(
  deps: Pick<ServiceDeps, 'stores' | 'clock'>,
  userId: UserId,
  goalId: GoalId,
  as: 'completed' | 'archived',
): Promise<Goal> {
  const goal = await requireGoal(deps, userId, goalId);
  if (isClosed(goal)) throw new StepwiseError('goal_closed', 'this goal is already closed');
  const at = deps.clock.now();
  await deps.stores.goals.setStatus(userId, goalId, as, at);
  return { ...goal, status: as, updatedAt: at };
}
