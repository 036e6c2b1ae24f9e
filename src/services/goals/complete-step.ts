import { StepwiseError } from '../../core/errors.js';
import type { Goal, GoalId, Step, UserId } from '../../core/goals/model.js';
import type { ServiceDeps } from './deps.js';
import { requireWorkingGoal } from './lookups.js';

export interface CompletedStep {
  goal: Goal;
  step: Step;
  /** Completed steps of this goal so far, this one included (never a total: the path is hidden). */
  doneSteps: number;
}

/**
 * Marks the active goal's open step done (`goalId`: that goal, which must be the active one). The
 * next step comes only when the user asks for it.
 */
export async function completeStep(
  deps: Pick<ServiceDeps, 'stores' | 'clock' | 'counters'>,
  userId: UserId,
  goalId?: GoalId,
): Promise<CompletedStep> {
  const goal = await requireWorkingGoal(deps, userId, goalId);
  // A concurrent /done (double tap, redelivered update) finds no open step left: the same refusal.
  const step = await deps.stores.steps.completeOpen(userId, goal.id, deps.clock.now());
  if (!step) {
    const pending = await deps.stores.clarifications.pending(userId, goal.id);
    if (pending) throw new StepwiseError('awaiting_clarification', 'answer the question first');
    throw new StepwiseError('no_open_step', 'there is no step to complete');
  }
  deps.counters.inc('step_completed');
  const doneSteps = await deps.stores.steps.countDone(userId, goal.id);
  return { goal, step, doneSteps };
}
