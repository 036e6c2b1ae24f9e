import type { UserId } from '../../core/goals/model.js';
import { stateOf } from './current-step.js';
import type { ServiceDeps } from './deps.js';
import { requireActiveGoal } from './lookups.js';
import type { CurrentState } from './outcomes.js';

export interface GoalStatusView {
  current: CurrentState;
  /** Completed steps only: the total is never shown, because the path stays hidden (seed 001). */
  doneSteps: number;
}

/** The active goal, how many steps are done, and what is open now. */
export async function goalStatus(deps: Pick<ServiceDeps, 'stores'>, userId: UserId): Promise<GoalStatusView> {
  const goal = await requireActiveGoal(deps, userId);
  const [current, doneSteps] = await Promise.all([stateOf(deps, goal), deps.stores.steps.countDone(userId, goal.id)]);
  return { current, doneSteps };
}
