import type { Goal, GoalId, Step, UserId } from '../../core/goals/model.js';
import { stateOf } from './current-step.js';
import type { ServiceDeps } from './deps.js';
import { isClosed, requireActiveGoal, requireGoal } from './lookups.js';
import type { CurrentState } from './outcomes.js';

export interface GoalView {
  goal: Goal;
  /** Completed steps only: never a total, the path stays hidden. */
  doneSteps: number;
  /** Where the goal stands: its open step, a question, or between steps; absent once it is closed. */
  current?: CurrentState;
}

/** One goal of the user's, any status, with its count of finished steps and where it stands. */
export async function goalView(deps: Pick<ServiceDeps, 'stores'>, userId: UserId, goalId: GoalId): Promise<GoalView> {
  const goal = await requireGoal(deps, userId, goalId);
  const [doneSteps, current] = await Promise.all([
    deps.stores.steps.countDone(userId, goal.id),
    // A closed goal gets no more steps, so nothing is "current" (a step left open stays in the record).
    isClosed(goal) ? undefined : stateOf(deps, goal),
  ]);
  return current ? { goal, doneSteps, current } : { goal, doneSteps };
}

export interface GoalHistory {
  goal: Goal;
  /** The finished steps, in the order they were taken. Never a step still to come. */
  steps: Step[];
}

/** The finished steps of the active goal, or of the goal named (any status: history stays readable). */
export async function goalHistory(
  deps: Pick<ServiceDeps, 'stores'>,
  userId: UserId,
  goalId?: GoalId,
): Promise<GoalHistory> {
  const goal = goalId === undefined ? await requireActiveGoal(deps, userId) : await requireGoal(deps, userId, goalId);
  return { goal, steps: await deps.stores.steps.done(userId, goal.id) };
}
