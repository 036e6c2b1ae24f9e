import { StepwiseError } from '../../core/errors.js';
import { LIMITS, TONES, type Tone, type User } from '../../core/goals/model.js';
import type { ChatStateStore, Log } from '../../core/ports.js';
import { messages, type Messages } from '../../i18n/catalog.js';
import type { GoalServices } from '../../services/goal-services.js';
import { type ChatState, IDLE } from './chat-state.js';
import { type CrisisResources, renderCurrent, renderOutcome } from './render.js';
import { buttonLabel } from './buttons.js';
import type { Reply } from './reply.js';
import { createTrackFlows, type TrackDialogDeps } from './dialog-tracks.js';

export interface DialogDeps {
  goals: GoalServices;
  /** The recovery program's flows; absent, the bot is the plain goal coach. */
  tracks?: TrackDialogDeps;
  chatStates: ChatStateStore;
  resources: CrisisResources;
  log: Log;
}

/** One turn of a conversation: who speaks, in which language, and where the conversation stands. */
export interface Turn {
  user: User;
  /** `telegram`, `cli`…: where the conversation happens (and the source of actions recorded in it). */
  channel: string;
  m: Messages;
  state: ChatState;
  setState(next: ChatState): void;
}

/** "serious", "серьёзный", "мотив…": a tone named in either language, by its first letters. */
function toneOf(word: string): Tone | undefined {
  const w = word.trim().toLowerCase().replace(/ё/g, 'е');
  if (w.length < 3) return undefined;
  const names = (tone: Tone) => [tone, messages('en').toneNames()[tone], messages('ru').toneNames()[tone]].map((n) => n.replace(/ё/g, 'е'));
  return TONES.find((tone) => names(tone).some((n) => n.startsWith(w) || w.startsWith(n.slice(0, 5))));
}

/** The dialog's steps that commands and free text share: each calls one service and presents it. */
export function createFlows(deps: DialogDeps) {
  const { goals } = deps;

  const crisisReply = (t: Turn): Reply[] => {
    // A half-written exercise (a letter) is kept; anything else starts over.
    if (t.state.name !== 'exercise') t.setState(IDLE);
    return [{ text: t.m.crisis(deps.resources[t.user.locale]) }];
  };

  const titleGiven = (t: Turn, title: string): Reply[] => {
    const text = title.trim();
    if (goals.screenText(text, 'title')) return crisisReply(t);
    if (text.length > LIMITS.title) throw new StepwiseError('invalid_input', 'title too long', { field: 'title', reason: 'too_long', max: LIMITS.title, length: text.length });
    if (!text) throw new StepwiseError('invalid_input', 'title empty', { field: 'title', reason: 'empty' });
    t.setState({ name: 'description', title: text });
    return [{ text: t.m.askDescription() }];
  };

  const create = async (t: Turn, title: string, description: string | null): Promise<Reply[]> => {
    const outcome = await goals.createGoal(t.user.id, { title, description });
    t.setState(IDLE);
    const replies = renderOutcome(t.m, outcome, deps.resources[t.user.locale]);
    return outcome.kind === 'crisis' ? replies : [{ text: t.m.goalCreated(outcome.goal.title) }, ...replies];
  };

  const done = async (t: Turn): Promise<Reply[]> => {
    const r = await goals.completeStep(t.user.id);
    // A goal linked to a track moves it; the step is saved either way.
    const moved = deps.tracks ? await deps.tracks.tracks.goalStepCompleted(t.user.id, r.goal, r.step.id) : undefined;
    const trackLines = moved && deps.tracks ? createTrackFlows(deps.tracks).stepMoved(t, moved) : [];
    const text = [t.m.stepDone(r.doneSteps, r.goal.title, t.user.tone), ...(trackLines.length ? ['', ...trackLines] : [])].join('\n');
    return [{ text, buttons: [[{ label: t.m.buttonNext(), data: 'cmd:next' }]] }];
  };

  const rephrase = async (t: Turn, comment: string): Promise<Reply[]> => {
    const outcome = await goals.rephraseStep(t.user.id, comment);
    t.setState(IDLE);
    const replies = renderOutcome(t.m, outcome, deps.resources[t.user.locale]);
    return outcome.kind === 'step' ? [{ text: t.m.rephrased() }, ...replies] : replies;
  };

  const listForChoice = async (t: Turn, name: 'goals' | 'switch'): Promise<Reply[]> => {
    const { m } = t;
    const items = (await goals.listGoals(t.user.id)).filter((i) => name === 'goals' || i.goal.status === 'active' || i.goal.status === 'paused');
    if (items.length === 0) return [{ text: m.noGoals(), buttons: [[{ label: m.menuNewGoal(), data: 'cmd:newgoal' }]] }];
    const status = { active: m.statusActive(), paused: m.statusPaused(), completed: m.statusCompleted(), archived: m.statusArchived() };
    const lines = items.map((i, n) => m.goalLine(n + 1, i.goal.title, i.doneSteps, status[i.goal.status]));
    const open = items.filter((i) => i.goal.status === 'active' || i.goal.status === 'paused');
    t.setState({ name: 'switch', goalIds: items.map((i) => i.goal.id) });
    return [
      {
        text: [m.goalsHeader(), ...lines, '', m.askSwitch()].join('\n'),
        // Cut by code points, so an emoji is never split in half.
        buttons: open.map((i) => [{ label: buttonLabel(`🎯 ${i.goal.title}`), data: `goal:${i.goal.id}` }]),
      },
    ];
  };

  const switchTo = async (t: Turn, goalId: string): Promise<Reply[]> => {
    const current = await goals.switchGoal(t.user.id, goalId);
    t.setState(IDLE);
    return [{ text: t.m.switched(current.goal.title) }, ...renderCurrent(t.m, current)];
  };

  const setTone = async (t: Turn, word: string): Promise<Reply[]> => {
    const tone = toneOf(word);
    if (!tone) return [{ text: t.m.askTone() }];
    await goals.setPreferences(t.user.id, { tone });
    t.setState(IDLE);
    return [{ text: t.m.toneSet(t.m.toneNames()[tone]) }];
  };

  return { crisisReply, titleGiven, create, done, rephrase, listForChoice, switchTo, setTone };
}

export type Flows = ReturnType<typeof createFlows>;
