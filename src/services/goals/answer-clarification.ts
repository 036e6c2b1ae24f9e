import { StepwiseError } from '../../core/errors.js';
import { type GoalId, LIMITS, type UserId } from '../../core/goals/model.js';
import { isFresh, loadCoachContext } from './coach-context.js';
import type { ServiceDeps } from './deps.js';
import { guardText } from './guard-text.js';
import { requireUser, requireWorkingGoal } from './lookups.js';
import type { CoachingOutcome } from './outcomes.js';
import { recordCoaching } from './record-coaching.js';

/** Stores the user's answer in the goal's context and asks the coach again, now better informed. */
export async function answerClarification(
  deps: ServiceDeps,
  userId: UserId,
  rawAnswer: string,
  goalId?: GoalId,
): Promise<CoachingOutcome> {
  const answer = await guardText(deps, 'answer', rawAnswer, LIMITS.answer);
  if (answer.crisis) return { kind: 'crisis', ...answer.crisis };
  const [user, goal] = await Promise.all([requireUser(deps, userId), requireWorkingGoal(deps, userId, goalId)]);
  const pending = await deps.stores.clarifications.pending(userId, goal.id);
  if (!pending) throw new StepwiseError('no_pending_clarification', 'there is no question to answer');
  await deps.stores.clarifications.answer(userId, pending.id, answer.text, deps.clock.now());
  const ctx = await loadCoachContext(deps, user, goal);
  const result = isFresh(ctx) ? await deps.coach.firstStep(ctx) : await deps.coach.nextStep(ctx);
  return recordCoaching(deps, goal, result);
}
