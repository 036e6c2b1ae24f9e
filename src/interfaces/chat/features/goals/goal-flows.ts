import { StepwiseError } from '../../../../core/errors.js';
import { LIMITS } from '../../../../core/goals/model.js';
import type { GoalServices } from '../../../../services/goals/goal-services.js';
import type { CoachingOutcome } from '../../../../services/goals/outcomes.js';
import type { CompletedStepOnTrack } from '../../../../services/tracks/complete-goal-step.js';
import type { TrackServices } from '../../../../services/tracks/track-services.js';
import { buttonLabel } from '../../buttons.js';
import type { Reply } from '../../reply.js';
import { IDLE, type Turn } from '../../turn.js';
import { actionLines } from '../tracks/render-progress.js';
import { renderCurrent, renderOutcome } from './render.js';

export interface GoalFeatureDeps {
  goals: GoalServices;
  /** With the track system: a step done on a goal linked to a track moves that track too. */
  tracks?: Pick<TrackServices, 'completeGoalStep' | 'program'>;
}

/** `/goals` and `/switch`: the numbered list, with a button for each open goal. */
async function listGoalsForChoice(goals: GoalServices, turn: Turn, name: 'goals' | 'switch'): Promise<Reply[]> {
  const msg = turn.m;
  const isOpen = (status: string) => status === 'active' || status === 'paused';
  const items = (await goals.listGoals(turn.user.id)).filter((item) => name === 'goals' || isOpen(item.goal.status));
  if (items.length === 0)
    return [{ text: msg.noGoals(), buttons: [[{ label: msg.menuNewGoal(), data: 'cmd:newgoal' }]] }];
  const status = {
    active: msg.statusActive(),
    paused: msg.statusPaused(),
    completed: msg.statusCompleted(),
    archived: msg.statusArchived(),
  };
  const lines = items.map((item, i) => msg.goalLine(i + 1, item.goal.title, item.doneSteps, status[item.goal.status]));
  const open = items.filter((item) => isOpen(item.goal.status));
  turn.setState({ name: 'switch', goalIds: items.map((item) => item.goal.id) });
  return [
    {
      text: [msg.goalsHeader(), ...lines, '', msg.askSwitch()].join('\n'),
      // Cut by code points, so an emoji is never split in half.
      buttons: open.map((item) => [{ label: buttonLabel(`🎯 ${item.goal.title}`), data: `goal:${item.goal.id}` }]),
    },
  ];
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
    if (crisis) return turn.crisis(crisis.level);
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

  const create = async (turn: Turn, title: string, description: string | null): Promise<Reply[]> => {
    const outcome = await goals.createGoal(turn.user.id, { title, description });
    turn.setState(IDLE);
    const replies = present(turn, outcome);
    return outcome.kind === 'crisis' ? replies : [{ text: turn.m.goalCreated(outcome.goal.title) }, ...replies];
  };

  const done = async (turn: Turn): Promise<Reply[]> => {
    const completed: CompletedStepOnTrack = deps.tracks
      ? await deps.tracks.completeGoalStep(turn.user.id)
      : await goals.completeStep(turn.user.id);
    // A goal linked to a track moves it; the step is saved either way.
    const program = completed.track && deps.tracks?.program(completed.track.programId);
    const trackLines = completed.track && program ? actionLines(turn, program, completed.track) : [];
    const text = [
      turn.m.stepDone(completed.doneSteps, completed.goal.title, turn.user.tone),
      ...(trackLines.length ? ['', ...trackLines] : []),
    ].join('\n');
    return [{ text, buttons: [[{ label: turn.m.buttonNext(), data: 'cmd:next' }]] }];
  };

  const rephrase = async (turn: Turn, comment: string): Promise<Reply[]> => {
    const outcome = await goals.rephraseStep(turn.user.id, comment);
    turn.setState(IDLE);
    const replies = present(turn, outcome);
    return outcome.kind === 'step' ? [{ text: turn.m.rephrased() }, ...replies] : replies;
  };

  const listForChoice = (turn: Turn, name: 'goals' | 'switch') => listGoalsForChoice(goals, turn, name);

  const switchTo = async (turn: Turn, goalId: string): Promise<Reply[]> => {
    const current = await goals.switchGoal(turn.user.id, goalId);
    turn.setState(IDLE);
    return [{ text: turn.m.switched(current.goal.title) }, ...renderCurrent(turn.m, current)];
  };

  return {
    ...createGoalCommands(goals, rephrase),
    present,
    titleGiven,
    create,
    done,
    rephrase,
    listForChoice,
    switchTo,
  };
}

/** `/status`, `/complete`, `/archive` and `/rephrase`: the commands about the active goal as a whole. */
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

  const close = (as: 'completed' | 'archived') => async (turn: Turn) => {
    const { goal } = await goals.currentStep(turn.user.id);
    const closed = await goals.closeGoal(turn.user.id, goal.id, as);
    turn.setState(IDLE);
    const text =
      as === 'completed' ? turn.m.goalClosedCompleted(closed.title) : turn.m.goalClosedArchived(closed.title);
    return [{ text }];
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

  return { status, close, rephraseCommand };
}
