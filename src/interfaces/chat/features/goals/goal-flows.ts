import { isStepwiseError, StepwiseError } from '../../../../core/errors.js';
import { mayBeSetAside } from '../../../../core/safety.port.js';
import { LIMITS } from '../../../../core/goals/model.js';
import type { GoalServices } from '../../../../services/goals/goal-services.js';
import type { CoachingOutcome, Said } from '../../../../services/goals/outcomes.js';
import type { CompletedStepOnTrack } from '../../../../services/tracks/complete-goal-step.js';
import type { TrackServices } from '../../../../services/tracks/track-services.js';
import type { Reply } from '../../reply.js';
import { IDLE, type Turn } from '../../turn.js';
import { actionLines } from '../tracks/render-progress.js';
import { offerReopen } from './goal-list.js';
import { askOnceMore, heldGoal, heldWords } from './held.js';
import { renderCurrent, renderOutcome } from './render.js';

export interface GoalFeatureDeps {
  goals: GoalServices;
  /** With the track system: a step done on a goal linked to a track moves that track too. */
  tracks?: Pick<TrackServices, 'completeGoalStep' | 'program'>;
}

/** The goal coach's steps that commands and free text share: each calls one service and presents it. */
export function createGoalFlows(deps: GoalFeatureDeps) {
  const { goals } = deps;

  /** A coaching outcome as replies: a step, a question, or help when the text signalled a crisis. */
  const present = (turn: Turn, outcome: CoachingOutcome): Reply[] =>
    outcome.kind === 'crisis' ? turn.crisis(outcome.level) : renderOutcome(turn.m, outcome);

  const titleGiven = async (turn: Turn, title: string): Promise<Reply[]> => {
    const text = title.trim();
    const crisis = await goals.screenText(text, 'title');
    if (crisis) {
      // Words the person may set aside are kept behind the help, as a goal that waits for /resume (`heldGoal`).
      if (text.length <= LIMITS.title && mayBeSetAside(crisis)) turn.setState(heldGoal(text, undefined, crisis.level));
      return turn.crisis(crisis.level, undefined, crisis);
    }
    if (text.length > LIMITS.title)
      throw new StepwiseError('invalid_input', 'title too long', {
        field: 'title',
        reason: 'too_long',
        max: LIMITS.title,
        length: text.length,
      });
    if (!text) throw new StepwiseError('invalid_input', 'title empty', { field: 'title', reason: 'empty' });
    turn.setState({ name: 'description', title: text });
    return [{ text: turn.m.askDescription() }];
  };

  /**
   * The goal from its title and description. When the screen answers with help, the words wait behind it
   * (`heldGoal`); after the person said they are not about their safety (`said`), a finding they may not set aside (a
   * pattern's) ends the flow with a word on why, and an imminent one asks once more (`askOnceMore`).
   */
  const create = async (turn: Turn, title: string, description: string | null, said: Said = {}) => {
    const outcome = await goals.createGoal(turn.user.id, { title, description, ...said });
    if (outcome.kind !== 'crisis') {
      turn.setState(IDLE);
      const created = turn.quiet ? turn.m.goalCreatedQuiet(outcome.goal.title) : turn.m.goalCreated(outcome.goal.title);
      return [{ text: created }, ...renderOutcome(turn.m, outcome)];
    }
    if ((said.notACrisis || said.confirmedSafe) && !outcome.settable) {
      turn.setState(IDLE);
      return [...turn.crisis(outcome.level), { text: turn.m.goalNotStarted() }];
    }
    const held = heldGoal(title, outcome.settable ? (description ?? undefined) : undefined, outcome.level);
    if (outcome.mustConfirmSafe) {
      turn.setState({ ...held, confirming: true });
      return askOnceMore(turn, outcome.level, 'goal');
    }
    turn.setState(held);
    return turn.crisis(outcome.level, undefined, outcome);
  };

  const done = async (turn: Turn): Promise<Reply[]> => {
    const completed: CompletedStepOnTrack = deps.tracks
      ? await deps.tracks.completeGoalStep(turn.user.id)
      : await goals.completeStep(turn.user.id);
    // A goal linked to a track moves it; the step is saved either way.
    const program = completed.track && deps.tracks?.program(completed.track.programId);
    const trackLines = completed.track && program ? actionLines(turn, program, completed.track) : [];
    const doneLine = turn.quiet
      ? turn.m.stepDoneQuiet(completed.doneSteps, completed.goal.title)
      : turn.m.stepDone(completed.doneSteps, completed.goal.title, turn.user.tone);
    const text = [doneLine, ...(trackLines.length ? ['', ...trackLines] : [])].join('\n');
    // Undo names this step, so the button under an older reply never takes back a newer step.
    const buttons = [
      [
        { label: turn.m.buttonNext(), data: 'cmd:next' },
        { label: turn.m.buttonUndo(), data: `undo:${completed.step.id}` },
      ],
    ];
    return [{ text, buttons }];
  };

  const switchTo = async (turn: Turn, goalId: string): Promise<Reply[]> => {
    turn.setState(IDLE);
    try {
      const current = await goals.switchGoal(turn.user.id, goalId);
      return [{ text: turn.m.switched(current.goal.title) }, ...renderCurrent(turn.m, current)];
    } catch (error) {
      // A button under an old list may name a goal closed since: offer it back instead.
      if (!isStepwiseError(error) || error.code !== 'goal_closed') throw error;
      const { goal } = await goals.goalView(turn.user.id, goalId);
      return offerReopen(turn, goal.number ?? 0, goal.title);
    }
  };

  const { rephrase, answer } = createWordFlows(goals, present);
  return { ...createGoalCommands(goals, rephrase), present, titleGiven, create, done, rephrase, answer, switchTo };
}

/** A comment on the step and an answer to the coach's question: the person's words, sent to the coach. */
function createWordFlows(goals: GoalServices, present: (turn: Turn, outcome: CoachingOutcome) => Reply[]) {
  /** Held words said "not about my safety" to an imminent finding: they wait for the second answer. */
  const onceMore = (turn: Turn, kind: 'answer' | 'comment', text: string, outcome: CoachingOutcome) => {
    if (outcome.kind !== 'crisis' || !outcome.mustConfirmSafe) return undefined;
    turn.setState({ ...heldWords(kind, text), confirming: true });
    return askOnceMore(turn, outcome.level, kind);
  };

  /** `said`: the comment was held behind a crisis reply and the person said it is not about their safety. */
  const rephrase = async (turn: Turn, comment: string, said: Said = {}): Promise<Reply[]> => {
    const outcome = await goals.rephraseStep(turn.user.id, comment, undefined, said);
    turn.setState(IDLE);
    const replies = onceMore(turn, 'comment', comment, outcome) ?? present(turn, outcome);
    return outcome.kind === 'step' ? [{ text: turn.m.rephrased() }, ...replies] : replies;
  };

  /** An answer to the coach's question, typed or tapped; `said` as for `rephrase`. */
  const answer = async (turn: Turn, text: string, said: Said = {}): Promise<Reply[]> => {
    const outcome = await goals.answerClarification(turn.user.id, text, undefined, said);
    return onceMore(turn, 'answer', text, outcome) ?? present(turn, outcome);
  };

  return { rephrase, answer };
}

/** `/status` and `/rephrase`: the commands about the active goal as a whole. */
function createGoalCommands(goals: GoalServices, rephrase: (turn: Turn, comment: string) => Promise<Reply[]>) {
  const status = async (turn: Turn) => {
    const { m: msg, user } = turn;
    const current = await goals.goalStatus(user.id);
    const since = current.current.goal.createdAt.toLocaleDateString(user.locale === 'ru' ? 'ru-RU' : 'en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
    return [
      { text: msg.status(current.current.goal.title, current.doneSteps, since) },
      ...renderCurrent(msg, current.current),
    ];
  };

  /** `/rephrase`: with a comment at once, else the comment is asked for. */
  const rephraseCommand = async (turn: Turn, args: string) => {
    const current = await goals.currentStep(turn.user.id);
    if (current.kind !== 'step') {
      const code = current.kind === 'question' ? 'awaiting_clarification' : 'no_open_step';
      throw new StepwiseError(code, 'nothing to rephrase');
    }
    if (args) return rephrase(turn, args);
    turn.setState({ name: 'rephrase' });
    return [{ text: turn.m.askRephrase() }];
  };

  return { status, rephraseCommand };
}
