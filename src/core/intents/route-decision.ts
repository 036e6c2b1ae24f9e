import type { Exercise, Program } from '../programs/program.js';
import type { DetectedIntent } from './intent.port.js';
import type { MessageMeaning } from './message-meaning.js';

/** What the coach does with a free-text message, decided from its intent. */
export type RouteDecision =
  | { kind: 'small_talk'; intent: 'show_progress' | 'greeting' | 'thanks' | 'off_topic' }
  /** Sure enough to act: the exercise starts; `crossTrack` when it is not the focus track's. */
  | { kind: 'start_exercise'; exercise: Exercise; crossTrack?: { track: string; alsoHelps: string[] } }
  /** Fairly sure: ask "did you mean …?" before starting. */
  | { kind: 'confirm_exercise'; exercise: Exercise }
  /** Fear, panic, overwhelm: a moment of grounding first, and a check-in offered, never started unasked. */
  | { kind: 'distress'; checkin?: Exercise }
  /** Unsure: ask what would help, offering the next actions. */
  | { kind: 'unclear' }
  /** A goal of the person's own, not the program's ("I want to learn to swim"): offered as a goal, titled so. */
  | { kind: 'offer_goal'; title: string; exercise?: Exercise };

/** The intent id a program gives to fear, panic and overwhelm (content/programs/<id>/intents.yaml). */
export const DISTRESS_INTENT = 'distress';

const SMALL_TALK = new Set(['show_progress', 'greeting', 'thanks']);

/**
 * The confidence-band policy: a high band starts the intent's exercise (noting how it also serves
 * other tracks when it is not the focus), a medium band asks to confirm, a low band asks what would
 * help. Greetings, thanks and off-topic messages get a short answer unless the router is unsure.
 */
export function routeDecision(
  program: Pick<Program, 'exercises' | 'actions'>,
  detected: DetectedIntent,
  primaryTrack: string | undefined,
): RouteDecision {
  const exercise = detected.exercise
    ? program.exercises.find((candidate) => candidate.id === detected.exercise)
    : undefined;
  // Pain answered with small talk is the worst miss, so distress needs only the medium band, and
  // small talk needs the high one: an unsure "thanks" becomes "what would help?" instead.
  if (detected.intent === DISTRESS_INTENT && detected.band !== 'low') return { kind: 'distress', checkin: exercise };
  if (detected.track === null && detected.band === 'high') {
    const intent = SMALL_TALK.has(detected.intent) ? detected.intent : 'off_topic';
    return { kind: 'small_talk', intent: intent as 'show_progress' | 'greeting' | 'thanks' | 'off_topic' };
  }
  if (exercise && detected.band === 'high') {
    if (!primaryTrack || exercise.track === primaryTrack) return { kind: 'start_exercise', exercise };
    // Conflicting priorities: the action's other impacts say how it also serves the other tracks.
    const impacts = program.actions.find((action) => action.id === exercise.action)?.impacts ?? [];
    const alsoHelps = impacts.filter((impact) => impact.track !== exercise.track).map((impact) => impact.track);
    return { kind: 'start_exercise', exercise, crossTrack: { track: exercise.track, alsoHelps } };
  }
  if (exercise && detected.band === 'medium') return { kind: 'confirm_exercise', exercise };
  return { kind: 'unclear' };
}

/** A decision with what the message plainly said: `acknowledge` is a human word to say before anything else. */
export interface MeantDecision {
  decision: RouteDecision;
  acknowledge?: 'pain' | 'child_pain';
}

/**
 * The router's decision, corrected by what the message plainly says. A goal of the person's own that the program
 * has no exercise for ("I want to learn to swim" read as off-topic, or as a guess at the court papers) is offered as
 * a goal; only a sure exercise (writing to one's child) keeps its place. Pain is acknowledged first, and then
 * nothing starts unasked: a sure exercise is offered instead, and small talk ("you're welcome") becomes "what would
 * help?".
 */
export function withMeaning(decision: RouteDecision, meaning: MessageMeaning): MeantDecision {
  if (meaning.pain) {
    const acknowledge = meaning.pain.child ? 'child_pain' : 'pain';
    if (decision.kind === 'start_exercise')
      return { decision: { kind: 'confirm_exercise', exercise: decision.exercise }, acknowledge };
    if (decision.kind === 'small_talk') return { decision: { kind: 'unclear' }, acknowledge };
    return { decision, acknowledge };
  }
  const guessed = decision.kind !== 'start_exercise' && decision.kind !== 'distress';
  if (!meaning.goal || !guessed) return { decision };
  // An exercise the router only guessed at stays one tap away beside the goal.
  const exercise = decision.kind === 'confirm_exercise' ? decision.exercise : undefined;
  return { decision: { kind: 'offer_goal', title: meaning.goal, ...(exercise && { exercise }) } };
}
