import type { Goal, GoalId, Step, UserId } from '../../core/goals/model.js';
import type { CompletedStep } from './complete-step.js';
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

/**
 * Where a goal stands right after its step was finished, from what the finishing transaction read (the goal, the
 * count of finished steps, the step): no open step is left, so it is between steps unless a question waits (a
 * rephrase may ask one while its step stays open). One query where `goalView` runs five: it answers every `step/done`.
 */
export async function viewAfterDone(deps: Pick<ServiceDeps, 'stores'>, done: CompletedStep): Promise<GoalView> {
  const { goal, doneSteps, step } = done;
  const question = await deps.stores.clarifications.pending(goal.userId, goal.id);
  const current: CurrentState = question
    ? { kind: 'question', goal, question }
    : { kind: 'between', goal, lastDone: step };
  return { goal, doneSteps, current };
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
