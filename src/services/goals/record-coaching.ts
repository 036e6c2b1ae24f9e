import type { CoachResult } from '../../core/goals/coach.port.js';
import type { Goal, Step } from '../../core/goals/model.js';
import type { ServiceDeps } from './deps.js';
import type { CoachingOutcome } from './outcomes.js';

/** Stores what the coach answered: a new open step, or a question waiting for the user's answer. */
export async function recordCoaching(
  deps: ServiceDeps,
  goal: Goal,
  result: CoachResult,
  replaces?: { stepId: string; comment: string },
): Promise<CoachingOutcome> {
  const now = deps.clock.now();
  if (result.goalType && result.goalType !== goal.goalType) {
    await deps.stores.goals.setType(goal.userId, goal.id, result.goalType);
    goal = { ...goal, goalType: result.goalType };
  }
  if (result.status === 'need_clarification') {
    const question = {
      id: deps.ids.next(),
      goalId: goal.id,
      userId: goal.userId,
      question: result.question,
      answer: null,
      stepsBefore: 0,
      createdAt: now,
      answeredAt: null,
    };
    await deps.stores.clarifications.insert(question);
    return { kind: 'question', goal, question, choices: result.choices };
  }
  const step: Step = {
    id: deps.ids.next(),
    goalId: goal.id,
    userId: goal.userId,
    text: result.step,
    estimatedMinutes: result.estimatedMinutes,
    status: 'open',
    rephrased: replaces !== undefined,
    userComment: null,
    source: result.source,
    coachKey: result.coachKey ?? null,
    createdAt: now,
    completedAt: null,
  };
  if (replaces) await deps.stores.steps.replace(goal.userId, replaces.stepId, replaces.comment, step);
  else await deps.stores.steps.insertOpen(step);
  deps.counters.inc('step_generated', { source: result.source });
  return { kind: 'step', goal, step };
}
