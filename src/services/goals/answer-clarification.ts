import { StepwiseError } from '../../core/errors.js';
import { type GoalId, LIMITS, listedChoices, type UserId } from '../../core/goals/model.js';
import { isFresh, loadCoachContext } from './coach-context.js';
import type { ServiceDeps } from './deps.js';
import { guardText } from './guard-text.js';
import { requireUser, requireWorkingGoal } from './lookups.js';
import { type CoachingOutcome, crisisOutcome, type Said } from './outcomes.js';
import { recordCoaching } from './record-coaching.js';

/** Stores the user's answer in the goal's context and asks the coach again, now better informed. */
export async function answerClarification(
  deps: ServiceDeps,
  userId: UserId,
  rawAnswer: string,
  goalId?: GoalId,
  said: Said = {},
): Promise<CoachingOutcome> {
  // A missing or closed goal is refused below, after the screen: words typed to no question still get help first.
  const found = await requireWorkingGoal(deps, userId, goalId).catch(() => undefined);
  const pending = found && (await deps.stores.clarifications.pending(userId, found.id));
  // An answer the pending question listed to tap is the coach's own words, not the person's: the trained check read
  // buttons such as "Sorting out a shed or garage" or "Already stopped, staying off it" as a crisis, and the person
  // who tapped one got the crisis reply instead of their steps. Typed words are screened as always.
  const listed = pending && listedChoices(pending.question).includes(rawAnswer.trim());
  const answer = listed ? { text: rawAnswer.trim() } : await guardText(deps, 'answer', rawAnswer, LIMITS.answer, said);
  if ('crisis' in answer && answer.crisis) return crisisOutcome(answer.crisis, answer.mustConfirmSafe);
  const [user, goal] = await Promise.all([
    requireUser(deps, userId),
    found ?? requireWorkingGoal(deps, userId, goalId),
  ]);
  if (!pending) throw new StepwiseError('no_pending_clarification', 'there is no question to answer');
  await deps.stores.clarifications.answer(userId, pending.id, answer.text, deps.clock.now());
  const ctx = await loadCoachContext(deps, user, goal);
  const result = isFresh(ctx) ? await deps.coach.firstStep(ctx) : await deps.coach.nextStep(ctx);
  return recordCoaching(deps, goal, result);
}
