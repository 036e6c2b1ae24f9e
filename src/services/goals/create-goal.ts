import { LIMITS, type Goal, type UserId } from '../../core/goals/model.js';
import { loadCoachContext } from './coach-context.js';
import type { ServiceDeps } from './deps.js';
import { guardText } from './guard-text.js';
import { requireUser } from './lookups.js';
import { type CoachingOutcome, crisisOutcome, type Said } from './outcomes.js';
import { recordCoaching } from './record-coaching.js';

/**
 * `notACrisis`: the person was shown the crisis reply to this title and description and said it is not about their
 * safety: a finding they may set aside no longer stops the goal (`mayBeSetAside`); a pattern's still does. An imminent
 * one also takes `confirmedSafe` (`Said`).
 */
export interface NewGoal extends Said {
  title: string;
  description?: string | null;
}

/**
 * Creates a goal, makes it the active one (the previous active goal is paused), and asks the coach
 * whether it is clear enough: the answer is the first step or a clarifying question (seed prompt 4).
 */
export async function createGoal(deps: ServiceDeps, userId: UserId, input: NewGoal): Promise<CoachingOutcome> {
  const user = await requireUser(deps, userId);
  const title = await guardText(deps, 'title', input.title, LIMITS.title, input);
  if (title.crisis) return crisisOutcome(title.crisis, title.mustConfirmSafe);
  const description = input.description?.trim()
    ? await guardText(deps, 'description', input.description, LIMITS.description, input)
    : undefined;
  if (description?.crisis) return crisisOutcome(description.crisis, description.mustConfirmSafe);

  const now = deps.clock.now();
  const draft: Goal = {
    id: deps.ids.next(),
    userId,
    title: title.text,
    description: description?.text ?? null,
    status: 'active',
    goalType: null,
    createdAt: now,
    updatedAt: now,
  };
  const goal: Goal = { ...draft, number: await deps.stores.goals.insert(draft) };
  deps.counters.inc('goal_created');
  const result = await deps.coach.clarifyGoal(await loadCoachContext(deps, user, goal));
  return recordCoaching(deps, goal, result);
}
