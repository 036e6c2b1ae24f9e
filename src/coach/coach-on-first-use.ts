import type { Coach } from '../core/goals/coach.port.js';

/**
 * A coach built the first time it is asked for a step. The offline coach's indexes (every kind's stems, the goal
 * reader) took a tenth of every start, and many starts never coach a goal: `stepwise token`, a restart between two
 * taps, a server whose people are in the health program. Apps over the same content still share the one built.
 */
export function coachOnFirstUse(build: () => Coach): Coach {
  let coach: Coach | undefined;
  const built = () => (coach ??= build());
  // Async, so a failing build is the call's rejection, as any coach's failure is.
  return {
    clarifyGoal: async (ctx) => built().clarifyGoal(ctx),
    firstStep: async (ctx) => built().firstStep(ctx),
    nextStep: async (ctx) => built().nextStep(ctx),
    rephrase: async (ctx, current, comment) => built().rephrase(ctx, current, comment),
  };
}
