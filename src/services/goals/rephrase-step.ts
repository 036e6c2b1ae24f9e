import { StepwiseError } from '../../core/errors.js';
import { type GoalId, LIMITS, type UserId } from '../../core/goals/model.js';
import { loadCoachContext } from './coach-context.js';
import type { ServiceDeps } from './deps.js';
import { guardText } from './guard-text.js';
import { requireUser, requireWorkingGoal } from './lookups.js';
import { type CoachingOutcome, crisisOutcome, type Said } from './outcomes.js';
import { recordCoaching } from './record-coaching.js';

/**
 * Replaces the open step with another one at the same level (seed prompt 3), guided by what the
 * user said is wrong with it. The old step is kept, marked superseded, with the comment.
 */
export async function rephraseStep(
  deps: ServiceDeps,
  userId: UserId,
  rawComment: string,
  goalId?: GoalId,
  said: Said = {},
): Promise<CoachingOutcome> {
  const comment = await guardText(deps, 'comment', rawComment, LIMITS.comment, said);
  if (comment.crisis) return crisisOutcome(comment.crisis, comment.mustConfirmSafe);
  const [user, goal] = await Promise.all([requireUser(deps, userId), requireWorkingGoal(deps, userId, goalId)]);
  const current = await deps.stores.steps.open(userId, goal.id);
  if (!current) throw new StepwiseError('no_open_step', 'there is no step to rephrase');
  const ctx = await loadCoachContext(deps, user, goal);
  // A rephrase answers with a step: the user asked for an alternative, not for a question.
  const result = await deps.coach.rephrase({ ...ctx, mayAsk: false }, current, comment.text);
  return recordCoaching(deps, goal, result, { stepId: current.id, comment: comment.text });
}
