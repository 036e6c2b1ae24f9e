import type { Goal, GoalId, UserId } from '../../core/goals/model.js';
import { stateOf } from './current-step.js';
import type { ServiceDeps } from './deps.js';
import { isClosed, requireGoal } from './lookups.js';
import type { CurrentState } from './outcomes.js';

export type ReopenOutcome =
  /** The goal is the active one again, with every step and answer it had; `current`: where it stands. */
  | { kind: 'reopened'; current: CurrentState }
  /** It was not closed (active or paused): nothing changed. */
  | { kind: 'not_closed'; goal: Goal };

/**
 * Brings a completed or archived goal back as the active goal (the one active until now is paused,
 * as with a switch). Its history is untouched: it goes on from where it stopped.
 */
export async function reopenGoal(
  deps: Pick<ServiceDeps, 'stores' | 'clock'>,
  userId: UserId,
  goalId: GoalId,
): Promise<ReopenOutcome> {
  const goal = await requireGoal(deps, userId, goalId);
  if (!isClosed(goal)) return { kind: 'not_closed', goal };
  const at = deps.clock.now();
  await deps.stores.goals.activate(userId, goalId, at);
  return { kind: 'reopened', current: await stateOf(deps, { ...goal, status: 'active', updatedAt: at }) };
}
