import { z } from 'zod';
import { LIMITS } from '../../../../core/goals/model.js';
import { mayBeSetAside } from '../../../../core/safety.port.js';
import { type ChatFeature, defineState } from '../../feature.js';
import { IDLE, type Turn } from '../../turn.js';
import { createClosing } from './goal-close.js';
import { createGoalFlows, type GoalFeatureDeps, heldGoal, heldWords } from './goal-flows.js';
import { createGoalLists } from './goal-list.js';
import { createHistory } from './history.js';
import { renderCurrent, tappedChoice } from './render.js';
import { undoLastDone } from './undo-reply.js';

/** Words that complete the step when typed instead of /done (seed 001's bot, both languages). */
const DONE_WORDS = /^(?:done|did it|finished|готово|сделал[аи]?|сделано|выполнил[аи]?|выполнено)[.!\s]*$/iu;

/**
 * A new goal waiting for its description. `held`: its words (the title, and the description when one was typed)
 * wait behind a crisis reply for /resume (`heldGoal`); `cleared`: the person said the title is not about their
 * safety, so the goal is created with `notACrisis`.
 */
const Description = z.object({
  name: z.literal('description'),
  title: z.string().max(LIMITS.title),
  description: z.string().max(LIMITS.description).optional(),
  held: z.boolean().optional(),
  cleared: z.boolean().optional(),
});
/** Words kept behind a crisis reply (`heldWords`): an answer to the coach's question, or a comment on the step. */
const HeldWords = z.object({
  name: z.literal('held_words'),
  kind: z.enum(['answer', 'comment']),
  text: z.string().max(Math.max(LIMITS.answer, LIMITS.comment)),
});
/** After a list: a number picks a goal. (Older stored states also carry the listed ids; numbers are enough now.) */
const Switch = z.object({ name: z.literal('switch') });

/** Seed 001's goal coach: goals, the hidden path one step at a time, rephrasing, clarifying questions. */
export function goalsFeature(deps: GoalFeatureDeps): ChatFeature {
  const { goals } = deps;
  const flows = createGoalFlows(deps);
  const lists = createGoalLists(goals, flows.switchTo);
  const closing = createClosing(goals);
  const history = createHistory(goals);

  return {
    name: 'goals',
    commands: {
      newgoal: (turn, args) => {
        if (args) return flows.titleGiven(turn, args);
        turn.setState({ name: 'title' });
        return [{ text: turn.m.askTitle() }];
      },
      skip: (turn) => {
        const state = turn.state;
        if (state.name !== 'description') return [{ text: turn.m.skipOnlyForDescription() }];
        const waiting = Description.parse(state);
        return flows.create(turn, waiting.title, null, waiting.cleared);
      },
      goals: (turn) => lists.show(turn, 'goals'),
      switch: (turn, args) => (args ? lists.pick(turn, args) : lists.show(turn, 'switch')),
      step: async (turn) => renderCurrent(turn.m, await goals.currentStep(turn.user.id)),
      done: (turn) => flows.done(turn),
      undo: (turn) => undoLastDone(deps, turn),
      next: async (turn) => flows.present(turn, await goals.nextStep(turn.user.id)),
      rephrase: flows.rephraseCommand,
      status: flows.status,
      history: (turn, args) => history.show(turn, args),
      complete: closing.ask('completed'),
      archive: closing.ask('archived'),
      reopen: (turn, args) => closing.reopen(turn, args, () => lists.show(turn, 'reopen')),
    },
    wordsFill: { newgoal: { name: 'title' }, rephrase: { name: 'rephrase' } },
    callbacks: {
      'goal:': { run: (turn, goalId) => flows.switchTo(turn, goalId) },
      // A tapped answer to the coach's question (a goal kind, a situation); the terminal types the answer itself.
      'goalans:': { run: answerTapped(deps, flows), typed: (answer) => answer },
      'undo:': { run: (turn, stepId) => undoLastDone(deps, turn, stepId), typed: () => '/undo' },
      'reopen:': {
        run: (turn, number) => closing.reopen(turn, number, async () => []),
        typed: (number) => `/reopen ${number}`,
      },
      'hist:': {
        run: (turn, value) => history.show(turn, value),
        typed: (value) => `/history ${value.replace(':', ' ')}`,
      },
      // Yes/No under "close this goal?": the question itself says to type yes or no.
      'goalclose:': { run: (turn, answer) => closing.tapped(turn, answer) },
    },
    states: {
      title: titleState(flows),
      description: descriptionState(flows),
      rephrase: rephraseState(flows),
      held_words: heldWordsState(flows),
      switch: defineState({
        schema: Switch,
        // The list asked for a number; anything else ends the choice and is read as usual.
        text: async (turn, _state, raw) => {
          turn.setState(IDLE);
          return /^\s*\d+\s*$/.test(raw) ? lists.pick(turn, raw) : undefined;
        },
      }),
      confirm_close: closing.state,
    },
    holdsText: answerHeld(deps),
    async freeText(turn, raw) {
      if (DONE_WORDS.test(raw.trim())) return flows.done(turn);
      const active = await goals.currentStep(turn.user.id).catch(() => undefined);
      if (active?.kind === 'question') return flows.answer(turn, raw);
      return undefined;
    },
  };
}

/** A tapped answer: its words, or the numbered line of the question it was tapped under (`tappedChoice`). */
function answerTapped(deps: GoalFeatureDeps, flows: ReturnType<typeof createGoalFlows>) {
  return async (turn: Turn, data: string) => {
    const active = await deps.goals.currentStep(turn.user.id);
    const answer = active.kind === 'question' ? tappedChoice(active.question.question, data) : undefined;
    // A button under a question already answered shows where the goal is now.
    if (answer === undefined) return renderCurrent(turn.m, active);
    return flows.answer(turn, answer);
  };
}

/**
 * After the title, the goal waits for a description. The typed title is the person's words: a command in
 * between reminds, and a new flow asks "continue, or set it aside?" (`chat/set-aside.ts`) instead of dropping it.
 */
function descriptionState(flows: ReturnType<typeof createGoalFlows>) {
  return defineState({
    schema: Description,
    // Held behind a crisis reply, text is the person talking, not the description: it gets the way back (or out),
    // as a paused exercise does, and no other flow takes the kept goal's place.
    text: async (turn, state, raw) =>
      state.held ? [{ text: turn.m.goalKept(state.title) }] : flows.create(turn, state.title, raw, state.cleared),
    async command(turn, state, name, args) {
      if (name === 'skip') return flows.create(turn, state.title, null, state.cleared);
      if (name === 'resume' && !args && state.held) {
        // "Not about my safety": the kept description goes with the title; without one, it is asked for.
        if (state.description !== undefined) return flows.create(turn, state.title, state.description, true);
        turn.setState({ name: 'description', title: state.title, cleared: true });
        return [{ text: turn.m.askDescription() }];
      }
      if (name === 'resume' && !args) return [{ text: turn.m.askDescription() }];
      if (name !== 'cancel') return undefined;
      turn.setState(IDLE);
      return [{ text: turn.m.newGoalCancelled() }];
    },
    reminder: (turn, state) => ({
      text: state.held ? turn.m.goalKept(state.title) : turn.m.descriptionStillOpen(state.title),
    }),
    // A description typed and answered with help is kept with the title when the person may set the finding aside; a
    // goal already held stays as it was; after /sos the title waits alone.
    onCrisis: (turn, state, typed, finding) => {
      const text = typed?.trim();
      const settable = finding !== undefined && mayBeSetAside(finding) && text && text.length <= LIMITS.description;
      const description = state.held ? state.description : settable ? text : undefined;
      return { next: heldGoal(state.title, description), draftKept: true, kept: turn.m.goalKept(state.title) };
    },
    resumable: (state) => state.held === true,
    resumeLabel: (turn) => turn.m.buttonGoalNotCrisis(),
    draft: (turn, state) => ({ title: turn.m.newGoalDraft(state.title), answered: 1 }),
  });
}

/** Typed to the coach's question and answered with help: the answer waits behind it, as a new goal's words do. */
function answerHeld(deps: GoalFeatureDeps): NonNullable<ChatFeature['holdsText']> {
  return async (turn, raw, finding) => {
    const text = raw.trim();
    if (!mayBeSetAside(finding) || !text || text.length > LIMITS.answer || DONE_WORDS.test(text)) return undefined;
    const active = await deps.goals.currentStep(turn.user.id).catch(() => undefined);
    return active?.kind === 'question' ? heldWords('answer', text) : undefined;
  };
}

/** "What's wrong with this step?": the comment typed and answered with help waits behind it when it may be set aside. */
function rephraseState(flows: ReturnType<typeof createGoalFlows>) {
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

/**
 * An answer or a comment kept behind a crisis reply. Text typed meanwhile is the person talking, not the words: it
 * gets the way back (or out). /resume sends the words as not a crisis; /cancel lets them go.
 */
function heldWordsState(flows: ReturnType<typeof createGoalFlows>) {
  return defineState({
    schema: HeldWords,
    text: async (turn, state) => [{ text: turn.m.wordsKept(state.kind) }],
    async command(turn, state, name, args) {
      if (name === 'resume' && !args) {
        turn.setState(IDLE);
        return state.kind === 'answer' ? flows.answer(turn, state.text, true) : flows.rephrase(turn, state.text, true);
      }
      if (name !== 'cancel') return undefined;
      turn.setState(IDLE);
      return [{ text: turn.m.wordsDropped() }];
    },
    reminder: (turn, state) => ({ text: turn.m.wordsKept(state.kind) }),
    onCrisis: (turn, state) => ({ next: state, draftKept: true, kept: turn.m.wordsKept(state.kind) }),
    resumable: () => true,
    resumeLabel: (turn, state) => turn.m.buttonWordsNotCrisis(state.kind),
  });
}

/** The goal's title, asked for after /newgoal; crisis words in it the person may set aside wait behind the help. */
function titleState(flows: ReturnType<typeof createGoalFlows>) {
  return defineState({
    schema: z.object({ name: z.literal('title') }),
    text: (turn, _state, raw) => flows.titleGiven(turn, raw),
    // The title typed was answered with help: it waits behind it when the person may set the finding aside (not
    // a pattern's: those words can never start a goal), and fits.
    onCrisis: (turn, _state, typed, finding) => {
      const title = typed?.trim() ?? '';
      const keep = finding !== undefined && mayBeSetAside(finding) && title && title.length <= LIMITS.title;
      if (!keep) return { next: IDLE, draftKept: false };
      return { next: heldGoal(title), draftKept: true, kept: turn.m.goalKept(title) };
    },
  });
}
