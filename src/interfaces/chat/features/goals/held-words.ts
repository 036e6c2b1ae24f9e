import { z } from 'zod';
import { LIMITS } from '../../../../core/goals/model.js';
import { mayBeSetAside } from '../../../../core/safety.port.js';
import { type ChatFeature, defineState } from '../../feature.js';
import { IDLE, type Turn } from '../../turn.js';
import type { createGoalFlows, GoalFeatureDeps } from './goal-flows.js';
import { answerOf, confirmAsk, type HeldAnswer, HeldAnswers, heldTalk, heldWords, saidBy } from './held.js';

type Flows = ReturnType<typeof createGoalFlows>;

/** Words kept behind a crisis reply (`heldWords`): an answer to the coach's question, or a comment on the step. */
const HeldWords = z.object({
  name: z.literal('held_words'),
  kind: z.enum(['answer', 'comment']),
  text: z.string().max(Math.max(LIMITS.answer, LIMITS.comment)),
  ...HeldAnswers,
});
type HeldWords = z.infer<typeof HeldWords>;

/** `/resume` on held words: they go on as not a crisis, or wait for the second answer (`answerOf`). */
async function resumeWords(flows: Flows, turn: Turn, state: HeldWords, answer: HeldAnswer) {
  if (answer === 'askAgain') return [confirmAsk(turn, state.kind)];
  // The service decides whether the answer is enough; an imminent finding comes back asking once more (`onceMore`).
  turn.setState(IDLE);
  const said = saidBy(answer);
  return state.kind === 'answer' ? flows.answer(turn, state.text, said) : flows.rephrase(turn, state.text, said);
}

/**
 * An answer or a comment kept behind a crisis reply. Text typed meanwhile is the person talking, not the words: it
 * gets the way back (or out). /resume sends the words as not a crisis; /cancel lets them go. Another flow started
 * meanwhile sets them aside as a draft (`draft`, `resumable`).
 */
export function heldWordsState(flows: Flows) {
  return defineState({
    schema: HeldWords,
    text: async (turn, state) => [heldTalk(turn, state, state.kind, turn.m.wordsKept(state.kind))],
    async command(turn, state, name, args) {
      const answer = name === 'resume' ? answerOf(state, args) : undefined;
      if (answer) return resumeWords(flows, turn, state, answer);
      if (name !== 'cancel') return undefined;
      turn.setState(IDLE);
      return [{ text: turn.m.wordsDropped() }];
    },
    reminder: (turn, state) =>
      state.confirming ? confirmAsk(turn, state.kind) : { text: turn.m.wordsKeptReminder(state.kind) },
    // A crisis reply while they wait keeps them, and starts their answers over.
    onCrisis: (turn, state) => ({
      next: heldWords(state.kind, state.text),
      draftKept: true,
      kept: turn.m.wordsKept(state.kind),
    }),
    resumable: () => true,
    resumeLabel: (turn, state) => turn.m.buttonWordsNotCrisis(state.kind),
    draft: (turn, state) => ({ title: turn.m.heldWordsDraft(state.kind), answered: 1 }),
  });
}

/** Typed to the coach's question and answered with help: the answer waits behind it, as a new goal's words do. */
export function answerHeld(deps: GoalFeatureDeps, doneWords: RegExp): NonNullable<ChatFeature['holdsText']> {
  return async (turn, raw, finding) => {
    const text = raw.trim();
    if (!mayBeSetAside(finding) || !text || text.length > LIMITS.answer || doneWords.test(text)) return undefined;
    const active = await deps.goals.currentStep(turn.user.id).catch(() => undefined);
    return active?.kind === 'question' ? heldWords('answer', text) : undefined;
  };
}

/** "What's wrong with this step?": a comment answered with help waits behind it when it may be set aside. */
export function rephraseState(flows: Flows) {
  return defineState({
    schema: z.object({ name: z.literal('rephrase') }),
    text: (turn, _state, raw) => flows.rephrase(turn, raw),
    onCrisis: (turn, _state, typed, finding) => {
      const comment = typed?.trim() ?? '';
      const keep = finding !== undefined && mayBeSetAside(finding) && comment && comment.length <= LIMITS.comment;
      if (!keep) return { next: IDLE, draftKept: false };
      return { next: heldWords('comment', comment), draftKept: true, kept: turn.m.wordsKept('comment') };
    },
  });
}
