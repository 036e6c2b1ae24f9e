import { StepwiseError } from '../../core/errors.js';
import { LIMITS, TONES, type Tone, type User } from '../../core/goals/model.js';
import type { ChatStateStore, Log } from '../../core/ports.js';
import { messages, type Messages } from '../../i18n/catalog.js';
import type { GoalServices } from '../../services/goal-services.js';
import { type ChatState, IDLE, readChatState } from './chat-state.js';
import { type CrisisResources, renderCurrent, renderError, renderOutcome } from './render.js';
import type { ChatInput, Reply } from './reply.js';

export interface DialogDeps {
  goals: GoalServices;
  chatStates: ChatStateStore;
  resources: CrisisResources;
  log: Log;
}

/** Words that complete the step when typed instead of /done (seed 001's bot, both languages). */
const DONE_WORDS = /^(?:done|did it|finished|готово|сделал[аи]?|сделано|выполнил[аи]?|выполнено)[.!\s]*$/iu;

/** "serious", "серьёзный", "мотив…": a tone named in either language, by its first letters. */
function toneOf(word: string): Tone | undefined {
  const w = word.trim().toLowerCase().replace(/ё/g, 'е');
  if (w.length < 3) return undefined;
  const names = (tone: Tone) => [tone, messages('en').toneNames()[tone], messages('ru').toneNames()[tone]].map((n) => n.replace(/ё/g, 'е'));
  return TONES.find((tone) => names(tone).some((n) => n.startsWith(w) || w.startsWith(n.slice(0, 5))));
}

interface Turn {
  user: User;
  m: Messages;
  state: ChatState;
  setState(next: ChatState): void;
}

/**
 * The conversation of seed 001's bot, transport-neutral: the Telegram bot and the terminal chat
 * both feed it inputs and show its replies. Its state (waiting for a title, a comment…) lives in
 * the database, so a restart continues where the user was.
 */
export function createDialog(deps: DialogDeps) {
  const { goals } = deps;

  const command = async (t: Turn, name: string, args: string): Promise<Reply[]> => {
    const { m, user } = t;
    // A new command abandons a half-finished flow (except /skip, which answers it).
    if (name !== 'skip' && t.state.name !== 'idle') t.setState(IDLE);
    switch (name) {
      case 'start':
        t.setState(IDLE);
        return [{ text: m.welcome(user.displayName), buttons: [[{ label: m.menuGoals(), data: 'cmd:goals' }, { label: m.menuNewGoal(), data: 'cmd:newgoal' }]] }];
      case 'help':
        return [{ text: m.help() }];
      case 'cancel':
        t.setState(IDLE);
        return [{ text: m.cancelled() }];
      case 'newgoal':
        if (args) return titleGiven(t, args);
        t.setState({ name: 'title' });
        return [{ text: m.askTitle() }];
      case 'skip':
        if (t.state.name !== 'description') return [{ text: m.skipOnlyForDescription() }];
        return create(t, t.state.title, null);
      case 'goals':
      case 'switch':
        return listForChoice(t, name);
      case 'step':
        return renderCurrent(m, await goals.currentStep(user.id));
      case 'done':
        return done(t);
      case 'next':
        return renderOutcome(m, await goals.nextStep(user.id), deps.resources[user.locale]);
      case 'rephrase': {
        const current = await goals.currentStep(user.id);
        if (current.kind !== 'step') throw new StepwiseError(current.kind === 'question' ? 'awaiting_clarification' : 'no_open_step', 'nothing to rephrase');
        if (args) return rephrase(t, args);
        t.setState({ name: 'rephrase' });
        return [{ text: m.askRephrase() }];
      }
      case 'status': {
        const s = await goals.goalStatus(user.id);
        const since = s.current.goal.createdAt.toLocaleDateString(user.locale === 'ru' ? 'ru-RU' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
        return [{ text: m.status(s.current.goal.title, s.doneSteps, since) }, ...renderCurrent(m, s.current)];
      }
      case 'complete':
      case 'archive': {
        const s = await goals.currentStep(user.id);
        const closed = await goals.closeGoal(user.id, s.goal.id, name === 'complete' ? 'completed' : 'archived');
        t.setState(IDLE);
        return [{ text: name === 'complete' ? m.goalClosedCompleted(closed.title) : m.goalClosedArchived(closed.title) }];
      }
      case 'language': {
        const asked = args.toLowerCase();
        if (asked && !/^(ru|en|рус|англ|russian|english)/.test(asked)) return [{ text: m.languageUnknown() }];
        const wanted = /^(ru|рус|russian)/.test(asked) ? 'ru' : /^(en|англ|english)/.test(asked) ? 'en' : user.locale === 'ru' ? 'en' : 'ru';
        const updated = await goals.setPreferences(user.id, { locale: wanted });
        return [{ text: messages(updated.locale).languageSet() }];
      }
      case 'tone':
        if (args) return setTone(t, args);
        t.setState({ name: 'tone' });
        return [{ text: m.askTone() }];
      default:
        return [{ text: m.unknownCommand(`/${name}`) }];
    }
  };

  const crisisReply = (t: Turn): Reply[] => {
    t.setState(IDLE);
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
    return [{ text: t.m.stepDone(r.doneSteps, r.goal.title, t.user.tone), buttons: [[{ label: t.m.buttonNext(), data: 'cmd:next' }]] }];
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
        buttons: open.map((i) => [{ label: `🎯 ${Array.from(i.goal.title).slice(0, 60).join('')}`, data: `goal:${i.goal.id}` }]),
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

  const text = async (t: Turn, raw: string): Promise<Reply[]> => {
    // Every free text meets the crisis check first, whatever the conversation was waiting for.
    if (goals.screenText(raw, 'message')) return crisisReply(t);
    const s = t.state;
    if (s.name === 'title') return titleGiven(t, raw);
    if (s.name === 'description') return create(t, s.title, raw);
    if (s.name === 'rephrase') return rephrase(t, raw);
    if (s.name === 'tone') return setTone(t, raw);
    if (s.name === 'switch') {
      // The list asked for a number; anything else ends the choice and is read as usual.
      t.setState(IDLE);
      if (/^\s*\d+\s*$/.test(raw)) {
        const id = s.goalIds[Number(raw) - 1];
        if (!id) throw new StepwiseError('goal_not_found', 'no goal with that number');
        return switchTo(t, id);
      }
    }
    if (DONE_WORDS.test(raw.trim())) return done(t);
    const active = await goals.currentStep(t.user.id).catch(() => undefined);
    if (active?.kind === 'question') {
      return renderOutcome(t.m, await goals.answerClarification(t.user.id, raw), deps.resources[t.user.locale]);
    }
    return [{ text: t.m.notUnderstood() }];
  };

  return {
    /** Handles one input from a user on a channel (`telegram`, `cli`) and returns the replies. */
    async handle(user: User, channel: string, input: ChatInput): Promise<Reply[]> {
      let state = readChatState(await deps.chatStates.get(user.id, channel));
      let changed = false;
      const turn: Turn = {
        user,
        m: messages(user.locale),
        state,
        setState: (next) => {
          state = next;
          changed = true;
        },
      };
      let replies: Reply[];
      try {
        if (input.kind === 'command') replies = await command(turn, input.command, input.args);
        else if (input.kind === 'text') replies = await text(turn, input.text);
        else if (input.data.startsWith('goal:')) replies = await switchTo(turn, input.data.slice('goal:'.length));
        else if (input.data.startsWith('cmd:')) replies = await command(turn, input.data.slice('cmd:'.length), '');
        else replies = [{ text: turn.m.notUnderstood() }];
      } catch (e) {
        const known = renderError(turn.m, e);
        if (!known) {
          deps.log.error({ event: 'dialog_failed', error: (e as Error).name, channel }, 'a chat turn failed');
          return [{ text: turn.m.somethingWrong() }];
        }
        replies = known;
      }
      if (changed) await deps.chatStates.set(user.id, channel, state);
      return replies;
    },
  };
}

export type Dialog = ReturnType<typeof createDialog>;
