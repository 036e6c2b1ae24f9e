import { StepwiseError } from '../../core/errors.js';
import type { Goal, GoalId, UserId } from '../../core/goals/model.js';
import type { ServiceDeps } from './deps.js';

/**
 * Completes or archives a goal. Its steps and answers are kept; it gets no more steps. Closing the
 * active goal leaves the user without one until they create or switch to another.
 */
export async function closeGoal(
  deps: Pick<ServiceDeps, 'stores' | 'clock'>,
  userId: UserId,
  goalId: GoalId,
  as: 'completed' | 'archived',
): Promise<Goal> {
  const goal = await deps.stores.goals.byId(userId, goalId);
  if (!goal) throw new StepwiseError('goal_not_found', 'no such goal');
  if (goal.status === 'completed' || goal.status === 'archived')
    throw new StepwiseError('goal_closed', 'this goal is already closed');
  const at = deps.clock.now();
  await deps.stores.goals.setStatus(userId, goalId, as, at);
  return { ...goal, status: as, updatedAt: at };
}
