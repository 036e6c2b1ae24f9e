import { type CoachContext, RECENT_WINDOW, REJECTED_WINDOW } from '../../src/core/goals/coach.port.js';

type HistoryStep = CoachContext['history'][number];
type RejectedStep = CoachContext['rejected'][number];

/**
 * A coach context as the services build it from a goal's whole path: a recent window, a count
 * and first step for the rest, the latest rejected steps, and every key given.
 */
export function contextFrom(
  base: Partial<CoachContext>,
  path: HistoryStep[],
  rejected: RejectedStep[] = [],
): CoachContext {
  const history = path.slice(-RECENT_WINDOW);
  const earlierCount = path.length - history.length;
  return {
    goal: { id: 'g1', title: 'Learn Spanish', description: null, goalType: null },
    clarifications: [],
    locale: 'en',
    tone: 'friendly',
    mayAsk: true,
    ...base,
    history,
    earlier: { count: earlierCount, first: earlierCount > 0 ? path[0]!.text : null },
    rejected: rejected.slice(-REJECTED_WINDOW),
    usedKeys: [...path, ...rejected].reduce<Record<string, number>>(
      (keys, step) => (step.coachKey ? { ...keys, [step.coachKey]: (keys[step.coachKey] ?? 0) + 1 } : keys),
      {},
    ),
  };
}

/** A coach context for a goal with `done` completed steps (step texts are numbered). */
export function aCoachContext(over: Partial<CoachContext> = {}, done = 0): CoachContext {
  const path = Array.from({ length: done }, (_, i) => ({
    text: `Completed step number ${i + 1}: practise the words from lesson ${i + 1} out loud for ten minutes`,
    coachKey: null,
    completedAt: new Date('2026-03-01T10:00:00Z'),
    estimatedMinutes: 10,
  }));
  return contextFrom(over, path);
}
