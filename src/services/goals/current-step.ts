import type { Goal, UserId } from '../../core/goals/model.js';
import type { ServiceDeps } from './deps.js';
import { requireActiveGoal } from './lookups.js';
import type { CurrentState } from './outcomes.js';

/** Where a goal stands: its open step, the question waiting for an answer, or between steps. */
export async function stateOf(deps: Pick<ServiceDeps, 'stores'>, goal: Goal): Promise<CurrentState> {
  const [question, step] = await Promise.all([
    deps.stores.clarifications.pending(goal.userId, goal.id),
    deps.stores.steps.open(goal.userId, goal.id),
  ]);
  if (step) return { kind: 'step', goal, step };
  if (question) return { kind: 'question', goal, question };
  return { kind: 'between', goal, lastDone: await deps.stores.steps.lastDone(goal.userId, goal.id) };
}

/** The active goal's current step (or pending question); refuses when there is no active goal. */
export async function currentStep(deps: Pick<ServiceDeps, 'stores'>, userId: UserId): Promise<CurrentState> {
  return stateOf(deps, await requireActiveGoal(deps, userId));
}
