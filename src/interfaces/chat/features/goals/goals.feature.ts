import { z } from 'zod';
import { LIMITS } from '../../../../core/goals/model.js';
import { CRISIS_LEVELS, mayBeSetAside } from '../../../../core/safety.port.js';
import { type ChatFeature, defineState } from '../../feature.js';
import { IDLE, type Turn } from '../../turn.js';
import { createClosing } from './goal-close.js';
import { createGoalFlows, type GoalFeatureDeps } from './goal-flows.js';
import {
  answerOf,
  confirmAsk,
  type HeldAnswer,
  HeldAnswers,
  heldGoal,
  heldTalk,
  saidBy,
  takesTwo,
  urgentOf,
} from './held.js';
import { answerHeld, heldWordsState, rephraseState } from './held-words.js';
import { createGoalLists } from './goal-list.js';
import { goalOfferState } from './goal-offer.js';
import { createHistory } from './history.js';
import { renderCurrent, tappedChoice } from './render.js';
import { undoLastDone } from './undo-reply.js';

/** Words that complete the step when typed instead of /done (seed 001's bot, both languages). */
const DONE_WORDS = /^(?:done|did it|finished|готово|сделал[аи]?|сделано|выполнил[аи]?|выполнено)[.!\s]*$/iu;

/**
 * A new goal waiting for its description. `held`: its words (the title, and the description when one was typed)
 * wait behind a crisis reply for /resume (`heldGoal`), with the level of the finding that holds them and where its
 * answers stand (`HeldAnswers`); `cleared`: the person said the title is not about their safety, so the goal is
 * created with `notACrisis`, and `safe`: they confirmed it for an imminent finding too (`confirmedSafe`).
 */
const Description = z.object({
  name: z.literal('description'),
  title: z.string().max(LIMITS.title),
  description: z.string().max(LIMITS.description).optional(),
  held: z.boolean().optional(),
  cleared: z.boolean().optional(),
  safe: z.boolean().optional(),
  level: z.enum(CRISIS_LEVELS).optional(),
  ...HeldAnswers,
});
type Description = z.infer<typeof Description>;
type Flows = ReturnType<typeof createGoalFlows>;

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
        return flows.create(turn, waiting.title, null, saidOf(waiting));
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
      goal_offer: goalOfferState(flows),
    },
    holdsText: answerHeld(deps, DONE_WORDS),
    async freeText(turn, raw) {
      if (DONE_WORDS.test(raw.trim())) return flows.done(turn);
      const active = await goals.currentStep(turn.user.id).catch(() => undefined);
      if (active?.kind === 'question') return flows.answer(turn, raw);
      return undefined;
    },
  };
}

/** A tapped answer: its words, or the numbered line of the question it was tapped under (`tappedChoice`). */
function answerTapped(deps: GoalFeatureDeps, flows: Flows) {
  return async (turn: Turn, data: string) => {
    const active = await deps.goals.currentStep(turn.user.id);
    const answer = active.kind === 'question' ? tappedChoice(active.question.question, data) : undefined;
    // A button under a question already answered shows where the goal is now.
    if (answer === undefined) return renderCurrent(turn.m, active);
    return flows.answer(turn, answer);
  };
}

/** What the person has said of a new goal's title so far, for the service. */
const saidOf = (state: Description) => ({ notACrisis: state.cleared, confirmedSafe: state.safe });

/**
 * `/resume` on a held goal. With its description kept, or when its finding takes two answers, the service decides at
 * once (an imminent one comes back asking once more, `flows.create`); a title alone is asked its context first.
 */
async function resumeGoal(flows: Flows, turn: Turn, state: Description, answer: HeldAnswer) {
  if (answer === 'askAgain') return [confirmAsk(turn, 'goal')];
  if (state.description !== undefined || (answer === 'go' && takesTwo(state.level)))
    return flows.create(turn, state.title, state.description ?? null, saidBy(answer));
  const safe = answer === 'confirmed' ? { safe: true } : {};
  turn.setState({ name: 'description', title: state.title, cleared: true, ...safe });
  return [{ text: turn.m.askDescription() }];
}

/**
 * After the title, the goal waits for a description. The typed title is the person's words: a command in
 * between reminds, and a new flow asks "continue, or set it aside?" (`chat/set-aside.ts`) instead of dropping it.
 * Held behind a crisis reply, it never stands in the way: another flow sets it aside as a draft at once.
 */
function descriptionState(flows: Flows) {
  return defineState({
    schema: Description,
    // Held behind a crisis reply, text is the person talking, not the description: it gets the way back (or out) and
    // the way on, as a paused exercise does; /skip too, since the help asked nothing of it.
    text: async (turn, state, raw) =>
      state.held ? [heldGoalTalk(turn, state)] : flows.create(turn, state.title, raw, saidOf(state)),
    async command(turn, state, name, args) {
      if (name === 'skip')
        return state.held ? [heldGoalTalk(turn, state)] : flows.create(turn, state.title, null, saidOf(state));
      const answer = name === 'resume' && state.held ? answerOf(state, args) : undefined;
      if (answer) return resumeGoal(flows, turn, state, answer);
      if (name === 'resume' && !args && !state.held) return [{ text: turn.m.askDescription() }];
      if (name !== 'cancel') return undefined;
      turn.setState(IDLE);
      return [{ text: turn.m.newGoalCancelled() }];
    },
    reminder: (turn, state) => {
      if (!state.held) return { text: turn.m.descriptionStillOpen(state.title) };
      return state.confirming ? confirmAsk(turn, 'goal') : { text: turn.m.goalKeptReminder(state.title) };
    },
    // A description typed and answered with help is kept with the title when the person may set the finding aside; a
    // goal already held stays as it was, its answers started over; after /sos the title waits alone.
    onCrisis: (turn, state, typed, finding) => {
      const text = typed?.trim();
      const settable = finding !== undefined && mayBeSetAside(finding) && text && text.length <= LIMITS.description;
      const description = state.held ? state.description : settable ? text : undefined;
      const level = state.held ? state.level : urgentOf(state.level, settable ? finding.level : undefined);
      return { next: heldGoal(state.title, description, level), draftKept: true, kept: turn.m.goalKept(state.title) };
    },
    resumable: (state) => state.held === true,
    resumeLabel: (turn) => turn.m.buttonGoalNotCrisis(),
    draft: (turn, state) => ({ title: turn.m.newGoalDraft(state.title), answered: 1 }),
  });
}

/** A held goal, as the person's own text meets it: the second question, or the way back and the way on. */
const heldGoalTalk = (turn: Turn, state: Description) => heldTalk(turn, state, 'goal', turn.m.goalKept(state.title));

/** The goal's title, asked for after /newgoal; crisis words in it the person may set aside wait behind the help. */
function titleState(flows: Flows) {
  return defineState({
    schema: z.object({ name: z.literal('title') }),
    text: (turn, _state, raw) => flows.titleGiven(turn, raw),
    // The title typed was answered with help: it waits behind it when the person may set the finding aside (not
    // a pattern's: those words can never start a goal), and fits.
    onCrisis: (turn, _state, typed, finding) => {
      const title = typed?.trim() ?? '';
      const keep = finding !== undefined && mayBeSetAside(finding) && title && title.length <= LIMITS.title;
      if (!keep) return { next: IDLE, draftKept: false };
      return { next: heldGoal(title, undefined, finding.level), draftKept: true, kept: turn.m.goalKept(title) };
    },
  });
}
