import { type CrisisFinding, mayBeSetAside } from '../../core/safety.port.js';
import type { Clarification, Goal, Step } from '../../core/goals/model.js';

/**
 * What a user gets back after anything that may produce coaching: a step to do, a question to
 * answer, or, when their words signal a crisis, no coaching at all (the interface shows help).
 */
export type CoachingOutcome =
  | { kind: 'step'; goal: Goal; step: Step }
  /** `choices`: answers to offer as buttons, when the coach gave some (the question lists them too). */
  | { kind: 'question'; goal: Goal; question: Clarification; choices?: string[] }
  /**
   * `settable`: the person may say the words are not about their safety and send them again (`notACrisis`: a new
   * goal's title and description, an answer, a comment on a step). `mustConfirmSafe`: they said so of an `imminent`
   * finding, which takes a second answer (`setAsideSteps`): show the help once more and ask "I am safe, this is about
   * something else" (`confirmedSafe`).
   */
  | ({ kind: 'crisis'; settable?: boolean; mustConfirmSafe?: boolean } & CrisisFinding);

/**
 * Help instead of coaching for the person's own words; the interface keeps the words and offers "not about my
 * safety" when it may be said (`mayBeSetAside`: a model's finding, never explicit words), or the second confirmation.
 */
export const crisisOutcome = (finding: CrisisFinding, mustConfirmSafe = false): CoachingOutcome => ({
  kind: 'crisis',
  ...finding,
  settable: mayBeSetAside(finding),
  ...(mustConfirmSafe && { mustConfirmSafe }),
});

/**
 * What the person said about the words a crisis reply answered: they are not about their safety (`notACrisis`), and,
 * asked once more for an `imminent` finding, that they are safe and the words are about something else
 * (`confirmedSafe`, which says the first as well).
 */
export interface Said {
  notACrisis?: boolean;
  confirmedSafe?: boolean;
}

/** Where the active goal stands right now. */
export type CurrentState =
  | { kind: 'step'; goal: Goal; step: Step }
  | { kind: 'question'; goal: Goal; question: Clarification }
  /** The last step is done and the next one has not been asked for yet. */
  | { kind: 'between'; goal: Goal; lastDone: Step | undefined };
