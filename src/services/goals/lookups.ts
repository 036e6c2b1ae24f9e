import { StepwiseError } from '../../core/errors.js';
import type { Goal, User, UserId } from '../../core/goals/model.js';
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
