import { StepwiseError } from '../../core/errors.js';
import type { GoalId, UserId } from '../../core/goals/model.js';
import { stateOf } from './current-step.js';
import type { ServiceDeps } from './deps.js';
import type { CurrentState } from './outcomes.js';

/** Makes another of the user's open goals the active one and shows where it stands. */
export async function switchGoal(
  deps: Pick<ServiceDeps, 'stores' | 'clock'>,
  userId: UserId,
  goalId: GoalId,
): Promise<CurrentState> {
  const goal = await deps.stores.goals.byId(userId, goalId);
  // Another user's goal id gets the same answer as a missing one: nothing leaks.
  if (!goal) throw new StepwiseError('goal_not_found', 'no such goal');
  if (goal.status === 'completed' || goal.status === 'archived')
    throw new StepwiseError('goal_closed', 'this goal is closed');
  if (goal.status !== 'active') await deps.stores.goals.activate(userId, goalId, deps.clock.now());
  return stateOf(deps, { ...goal, status: 'active' });
}
