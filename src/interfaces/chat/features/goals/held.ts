import { z } from 'zod';
import { CRISIS_LEVELS, type CrisisLevel, setAsideSteps } from '../../../../core/safety.port.js';
import type { Said } from '../../../../services/goals/outcomes.js';
import type { Reply } from '../../reply.js';
import type { Turn } from '../../turn.js';

/** What held words are, as the second question names what happens to them. */
export type HeldKind = 'goal' | 'answer' | 'comment';

/**
 * Kept beside held words, `confirming`: the person said "not about my safety" to an imminent finding, was shown the
 * help once more, and only "I am safe, this is about something else" lets the words on.
 */
export const HeldAnswers = { confirming: z.boolean().optional() };
type Held = { confirming?: boolean };

/** The most urgent of the levels given (imminent first), if any. */
export const urgentOf = (...levels: (CrisisLevel | undefined)[]) =>
  CRISIS_LEVELS.find((level) => levels.includes(level));

/**
 * A new goal's words kept behind a crisis reply: no goal is created and no step is given until the person says, with
 * /resume, that the words are not about their safety. A false alarm costs them a tap, not their goal.
 */
export const heldGoal = (title: string, description?: string, level?: CrisisLevel) => ({
  name: 'description' as const,
  title,
  held: true,
  ...(description !== undefined && { description }),
  ...(level && { level }),
});

/**
 * An answer to the coach's question or a comment on a step, kept behind a crisis reply when the person may set the
 * finding aside: /resume sends it as not a crisis, /cancel lets it go.
 */
export const heldWords = (kind: 'answer' | 'comment', text: string) => ({ name: 'held_words' as const, kind, text });

/** What follows `/resume` for the second answer (`cmd:resume safe` under the question). */
const CONFIRM_SAFE = 'safe';

export type HeldAnswer = 'go' | 'askAgain' | 'confirmed';

/**
 * What `/resume` (or a button that sends it) says of held words. `go`: not about my safety — the service lets them on,
 * or for an imminent finding answers `mustConfirmSafe`, and the help comes once more with the second question;
 * `askAgain`: that question still waits; `confirmed`: its answer. Undefined for `/resume 2` (a draft by its number).
 * `/resume safe` before the second question was asked is the first answer still: the two are never one message.
 */
export function answerOf(held: Held, args: string): HeldAnswer | undefined {
  if (args !== '' && args !== CONFIRM_SAFE) return undefined;
  if (!held.confirming) return 'go';
  return args === CONFIRM_SAFE ? 'confirmed' : 'askAgain';
}

/** Whether the finding that holds a goal takes the second answer (`setAsideSteps`). */
export const takesTwo = (level: CrisisLevel | undefined) => level !== undefined && setAsideSteps({ level }) === 2;

/** What the person said, for the service: `go` is "not about my safety", `confirmed` is "I am safe" as well. */
export const saidBy = (answer: Exclude<HeldAnswer, 'askAgain'>): Said =>
  answer === 'confirmed' ? { confirmedSafe: true } : { notACrisis: true };

/** The second question, "I am safe, this is about something else", with its button. */
export const confirmAsk = (turn: Turn, what: HeldKind): Reply => ({
  text: turn.m.confirmSafeAsk(what),
  buttons: [[{ label: turn.m.buttonConfirmSafe(), data: `cmd:resume ${CONFIRM_SAFE}` }]],
});

/** The first answer to an imminent finding: the help once more, then the second question. */
export const askOnceMore = (turn: Turn, level: CrisisLevel, what: HeldKind): Reply[] => [
  turn.help(level),
  confirmAsk(turn, what),
];

/** Held words, as the person's own text meets them: the second question, or the way back and the way on. */
export const heldTalk = (turn: Turn, held: Held, what: HeldKind, kept: string): Reply =>
  held.confirming ? confirmAsk(turn, what) : { text: `${kept}\n\n${turn.m.heldMeanwhile()}` };
