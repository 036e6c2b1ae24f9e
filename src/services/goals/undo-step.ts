import type { Goal, GoalId, Step, StepId, UserId } from '../../core/goals/model.js';
import { planUndo, type UndoRefusal } from '../../core/goals/undo.js';
import type { ServiceDeps } from './deps.js';
import { requireWorkingGoal } from './lookups.js';

export type UndoOutcome =
  /** The step is the current one again; `discarded`: the next step (or question) given after it went. */
  | { kind: 'undone'; goal: Goal; step: Step; doneSteps: number; discarded: boolean }
  /** It stays done, for `reason`; `step` is the goal's last finished step, when there is one. */
  | { kind: 'refused'; reason: UndoRefusal; goal: Goal; step?: Step };

/**
 * Takes back the last `/done` of the active goal (or of the goal named, which must be the active
 * one) within UNDO_WINDOW_MS: the step becomes the current one again. With `stepId` (the Undo button
 * under a /done reply) only that step may go back, so an old button never undoes a newer step.
 * The rules are `planUndo`'s (core/goals/undo.ts); the store applies the plan in one transaction.
 */
export async function undoStep(
  deps: Pick<ServiceDeps, 'stores' | 'clock'>,
  userId: UserId,
  target: { goalId?: GoalId; stepId?: StepId } = {},
): Promise<UndoOutcome> {
  const goal = await requireWorkingGoal(deps, userId, target.goalId);
  const facts = await deps.stores.steps.afterLastDone(userId, goal.id);
  const plan = planUndo(facts, deps.clock.now(), target.stepId);
  const last = facts?.last;
  if (!plan.ok) return { kind: 'refused', reason: plan.reason, goal, ...(last && { step: last }) };
  // Something changed between reading and writing (a /next from another device): it stays done.
  if (!(await deps.stores.steps.undoDone(userId, plan)))
    return { kind: 'refused', reason: 'moved_on', goal, ...(last && { step: last }) };
  const doneSteps = await deps.stores.steps.countDone(userId, goal.id);
  const discarded = plan.discardStepId !== undefined || plan.discardQuestionId !== undefined;
  return { kind: 'undone', goal, step: { ...last!, status: 'open', completedAt: null }, doneSteps, discarded };
}
