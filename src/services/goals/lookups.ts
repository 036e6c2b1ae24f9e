import { StepwiseError } from '../../core/errors.js';
import type { Goal, GoalId, User, UserId } from '../../core/goals/model.js';
import type { ServiceDeps } from './deps.js';

export async function requireUser(deps: Pick<ServiceDeps, 'stores'>, userId: UserId): Promise<User> {
  const user = await deps.stores.users.byId(userId);
  if (!user) throw new StepwiseError('invalid_input', 'unknown user');
  return user;
}

/** The user's active goal, or a `no_active_goal` refusal the interface turns into "create one". */
export async function requireActiveGoal(deps: Pick<ServiceDeps, 'stores'>, userId: UserId): Promise<Goal> {
  const goal = await deps.stores.goals.active(userId);
  if (!goal) throw new StepwiseError('no_active_goal', 'there is no active goal');
  return goal;
}

/** Completed and archived goals are closed: listed apart, never switched to, given no steps. */
export const isClosed = (goal: Pick<Goal, 'status'>) => goal.status === 'completed' || goal.status === 'archived';

/** One of the user's goals; another user's goal id gets the same answer as a missing one: nothing leaks. */
export async function requireGoal(deps: Pick<ServiceDeps, 'stores'>, userId: UserId, goalId: GoalId): Promise<Goal> {
  const goal = await deps.stores.goals.byId(userId, goalId);
  if (!goal) throw new StepwiseError('goal_not_found', 'no such goal');
  return goal;
}

/**
 * The goal a step action (done, next, rephrase, an answer, undo) is about: the active goal, or the
 * goal named (the API names it in the path), which must then be the active one — one goal at a
 * time, the chat's rule. A paused goal is refused with `{ paused: true }` in the details, so an
 * interface can say how to make it active.
 */
export async function requireWorkingGoal(
  deps: Pick<ServiceDeps, 'stores'>,
  userId: UserId,
  goalId?: GoalId,
): Promise<Goal> {
  if (goalId === undefined) return requireActiveGoal(deps, userId);
  const goal = await requireGoal(deps, userId, goalId);
  if (isClosed(goal)) throw new StepwiseError('goal_closed', 'this goal is closed; reopen it first');
  if (goal.status !== 'active')
    throw new StepwiseError('no_active_goal', 'this goal is paused; make it the active one first', { paused: true });
  return goal;
}
