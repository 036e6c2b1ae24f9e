import type { CrisisFinding } from '../../core/safety.port.js';
import type { Clarification, Goal, Step } from '../../core/goals/model.js';

/**
 * What a user gets back after anything that may produce coaching: a step to do, a question to
 * answer, or, when their words signal a crisis, no coaching at all (the interface shows help).
 */
export type CoachingOutcome =
  | { kind: 'step'; goal: Goal; step: Step }
  /** `choices`: answers to offer as buttons, when the coach gave some (the question lists them too). */
  | { kind: 'question'; goal: Goal; question: Clarification; choices?: string[] }
  /** `settable`: the person may say it is not about their safety and go on (a new goal's words, `NewGoal.notACrisis`). */
  | ({ kind: 'crisis'; settable?: boolean } & CrisisFinding);

/** Where the active goal stands right now. */
export type CurrentState =
  | { kind: 'step'; goal: Goal; step: Step }
  | { kind: 'question'; goal: Goal; question: Clarification }
  /** The last step is done and the next one has not been asked for yet. */
  | { kind: 'between'; goal: Goal; lastDone: Step | undefined };
