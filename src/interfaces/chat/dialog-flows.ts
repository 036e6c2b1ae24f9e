import { StepwiseError } from '../../core/errors.js';
import { LIMITS, TONES, type Tone, type User } from '../../core/goals/model.js';
import type { ChatStateStore, Log } from '../../core/ports.js';
import type { CrisisLevel } from '../../core/safety.port.js';
import type { SafetyTexts } from '../../content/load-safety-texts.js';
import { messages, type Messages } from '../../i18n/catalog.js';
import type { GoalServices } from '../../services/goals/goal-services.js';
import type { CoachingOutcome } from '../../services/goals/outcomes.js';
import { type ChatState, IDLE } from './chat-state.js';
import { renderCurrent, renderOutcome } from './render.js';
import { answerSchema } from '../../services/tracks/finish-exercise.js';
import { buttonLabel } from './buttons.js';
import type { Reply } from './reply.js';
import { createTrackFlows, type TrackDialogDeps } from './dialog-tracks.js';

export interface DialogDeps {
  goals: GoalServices;
  /** The recovery program's flows; absent, the bot is the plain goal coach. */
  tracks?: TrackDialogDeps;
  chatStates: ChatStateStore;
  /** The crisis replies and help resources (content/safety). */
  safety: SafetyTexts;
  log: Log;
}

/** One turn of a conversation: who speaks, in which language, and where the conversation stands. */
export interface Turn {
  user: User;
  /** `telegram`, `cli`…: where the conversation happens (and the source of actions recorded in it). */
  channel: string;
  m: Messages;
  /** Where the conversation stands now (after any `setState` in this turn). */
  readonly state: ChatState;
  setState(next: ChatState): void;
  /** A crisis reply was shown in this turn: no coaching follows, and the next message gets a check-in. */
  crisisShown(level: CrisisLevel): void;
}

/** "serious", "серьёзный", "мотив…": a tone named in either language, by its first letters. */
function toneOf(word: string): Tone | undefined {
  const w = word.trim().toLowerCase().replace(/ё/g, 'е');
  if (w.length < 3) return undefined;
  const names = (tone: Tone) =>
    [tone, messages('en').toneNames()[tone], messages('ru').toneNames()[tone]].map((n) => n.replace(/ё/g, 'е'));
  return TONES.find((tone) => names(tone).some((n) => n.startsWith(w) || w.startsWith(n.slice(0, 5))));
}

/** The dialog's steps that commands and free text share: each calls one service and presents it. */
export function createFlows(deps: DialogDeps) {
  const { goals } = deps;

  /**
   * Help instead of coaching: the reply for the level, and nothing else in this turn. A text typed
   * into an exercise is kept as the answer it was meant to be (a letter is the person's own words)
   * and the exercise waits, paused, until /resume; any other half-finished flow starts over.
   */
  const crisisReply = (t: Turn, level: CrisisLevel, typed?: string): Reply[] => {
    t.crisisShown(level);
    const s = t.state;
    const l = t.user.locale;
    if (s.name !== 'exercise') {
      t.setState(IDLE);
      return [{ text: deps.safety.reply(l, level) }];
    }
    const prompt = deps.tracks?.tracks.program(s.programId)?.exercises.find((e) => e.id === s.exerciseId)?.prompts[
      s.index
    ];
    const kept =
      typed !== undefined && !s.paused && prompt?.kind === 'text' && answerSchema(prompt).safeParse(typed).success;
    t.setState(
      kept
        ? { ...s, index: s.index + 1, answers: { ...s.answers, [prompt.id]: typed.trim() }, paused: true, crisis: true }
        : { ...s, paused: true, crisis: true },
    );
    // Only say the answer is kept when it was (not after /sos, a scale question or an over-long text).
    return [
      { text: kept ? `${deps.safety.reply(l, level)}\n\n${deps.safety.draftKept(l)}` : deps.safety.reply(l, level) },
    ];
  };

  /** A coaching outcome as replies: a step, a question, or help when the text signalled a crisis. */
  const present = (t: Turn, outcome: CoachingOutcome): Reply[] =>
    outcome.kind === 'crisis' ? crisisReply(t, outcome.level) : renderOutcome(t.m, outcome);

  const titleGiven = async (t: Turn, title: string): Promise<Reply[]> => {
    const text = title.trim();
    const crisis = await goals.screenText(text, 'title');
    if (crisis) return crisisReply(t, crisis.level);
    if (text.length > LIMITS.title)
      throw new StepwiseError('invalid_input', 'title too long', {
        field: 'title',
        reason: 'too_long',
        max: LIMITS.title,
        length: text.length,
      });
    if (!text) throw new StepwiseError('invalid_input', 'title empty', { field: 'title', reason: 'empty' });
    t.setState({ name: 'description', title: text });
    return [{ text: t.m.askDescription() }];
  };

  const create = async (t: Turn, title: string, description: string | null): Promise<Reply[]> => {
    const outcome = await goals.createGoal(t.user.id, { title, description });
    t.setState(IDLE);
    const replies = present(t, outcome);
    return outcome.kind === 'crisis' ? replies : [{ text: t.m.goalCreated(outcome.goal.title) }, ...replies];
  };

  const done = async (t: Turn): Promise<Reply[]> => {
    const r = await goals.completeStep(t.user.id);
    // A goal linked to a track moves it; the step is saved either way.
    const moved = deps.tracks ? await deps.tracks.tracks.goalStepCompleted(t.user.id, r.goal, r.step.id) : undefined;
    const trackLines = moved && deps.tracks ? createTrackFlows(deps.tracks).stepMoved(t, moved) : [];
    const text = [
      t.m.stepDone(r.doneSteps, r.goal.title, t.user.tone),
      ...(trackLines.length ? ['', ...trackLines] : []),
    ].join('\n');
    return [{ text, buttons: [[{ label: t.m.buttonNext(), data: 'cmd:next' }]] }];
  };

  const rephrase = async (t: Turn, comment: string): Promise<Reply[]> => {
    const outcome = await goals.rephraseStep(t.user.id, comment);
    t.setState(IDLE);
    const replies = present(t, outcome);
    return outcome.kind === 'step' ? [{ text: t.m.rephrased() }, ...replies] : replies;
  };

  const listForChoice = async (t: Turn, name: 'goals' | 'switch'): Promise<Reply[]> => {
    const { m } = t;
    const items = (await goals.listGoals(t.user.id)).filter(
      (i) => name === 'goals' || i.goal.status === 'active' || i.goal.status === 'paused',
    );
    if (items.length === 0)
      return [{ text: m.noGoals(), buttons: [[{ label: m.menuNewGoal(), data: 'cmd:newgoal' }]] }];
    const status = {
      active: m.statusActive(),
      paused: m.statusPaused(),
      completed: m.statusCompleted(),
      archived: m.statusArchived(),
    };
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

  return { crisisReply, present, titleGiven, create, done, rephrase, listForChoice, switchTo, setTone };
}

export type Flows = ReturnType<typeof createFlows>;
