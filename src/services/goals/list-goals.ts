import { StepwiseError } from '../../core/errors.js';
import type { Goal, UserId } from '../../core/goals/model.js';
import type { ServiceDeps } from './deps.js';

export interface GoalListItem {
  goal: Goal;
  /** The goal's number (see `Goal.number`): the same in every list, whatever happened since. */
  number: number;
  doneSteps: number;
}

/**
 * The user's goals, each with its count of completed steps, in the order they were created. The
 * order and the numbers never depend on status, so switching goals does not renumber them (it
 * used to: the active goal was listed first); interfaces group open and closed goals themselves.
 */
export async function listGoals(deps: Pick<ServiceDeps, 'stores'>, userId: UserId): Promise<GoalListItem[]> {
  const [goals, counts] = await Promise.all([deps.stores.goals.list(userId), deps.stores.steps.doneCounts(userId)]);
  return goals.map((goal, i) => ({ goal, number: goal.number ?? i + 1, doneSteps: counts[goal.id] ?? 0 }));
}

/** The user's goal with this number (as /goals shows it); `goal_not_found` when there is none. */
export async function goalByNumber(deps: Pick<ServiceDeps, 'stores'>, userId: UserId, number: number): Promise<Goal> {
  const goal =
    Number.isSafeInteger(number) && number > 0 ? await deps.stores.goals.byNumber(userId, number) : undefined;
  if (!goal) throw new StepwiseError('goal_not_found', 'no goal with that number');
  return goal;
}
