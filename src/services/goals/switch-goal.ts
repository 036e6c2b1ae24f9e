import { StepwiseError } from '../../core/errors.js';
import type { GoalId, UserId } from '../../core/goals/model.js';
import { stateOf } from './current-step.js';
import type { ServiceDeps } from './deps.js';
import { isClosed, requireGoal } from './lookups.js';
import type { CurrentState } from './outcomes.js';

/**
 * Makes another of the user's open goals the active one and shows where it stands. A closed goal
 * is refused (`goal_closed`): it comes back only by reopening it, which says so.
 */
export async function switchGoal(
  deps: Pick<ServiceDeps, 'stores' | 'clock'>,
  userId: UserId,
  goalId: GoalId,
): Promise<CurrentState> {
  const goal = await requireGoal(deps, userId, goalId);
  if (isClosed(goal)) throw new StepwiseError('goal_closed', 'this goal is closed; reopen it to work on it');
  if (goal.status !== 'active') await deps.stores.goals.activate(userId, goalId, deps.clock.now());
  return stateOf(deps, { ...goal, status: 'active' });
}
