import { StepwiseError } from '../../core/errors.js';
import type { User } from '../../core/goals/model.js';
import { messages } from '../../i18n/catalog.js';
import { CRISIS_LEVELS, type CrisisLevel } from '../../core/safety.port.js';
import { type ChatState, IDLE, readAfterCrisis, readChatState, storedChatState } from './chat-state.js';
import { createFlows, type DialogDeps, type Turn } from './dialog-flows.js';
import { createTrackFlows } from './dialog-tracks.js';
import { renderCurrent, renderError } from './render.js';
import type { ChatInput, Reply } from './reply.js';

export type { DialogDeps };

/** The commands the dialog knows; anything else after a slash is screened as free text. */
const KNOWN_COMMANDS: ReadonlySet<string> = new Set([
  ...[
    'start',
    'help',
    'cancel',
    'newgoal',
    'skip',
    'goals',
    'switch',
    'step',
    'done',
    'next',
    'resume',
    'sos',
    'rephrase',
    'status',
  ],
  ...[
    'complete',
    'archive',
    'language',
    'tone',
    'recovery',
    'progress',
    'switch_track',
    'log',
    'exercise',
    'linktrack',
  ],
]);

/** The field an edit's or a caption's words are logged under. */
const unreadField = { edited: 'edited_message', media: 'caption' } as const;

/** Words that complete the step when typed instead of /done (seed 001's bot, both languages). */
const DONE_WORDS = /^(?:done|did it|finished|готово|сделал[аи]?|сделано|выполнил[аи]?|выполнено)[.!\s]*$/iu;

/**
 * The conversation of seed 001's bot, transport-neutral: the Telegram bot and the terminal chat
 * both feed it inputs and show its replies. Its state (waiting for a title, a comment…) lives in
 * the database, so a restart continues where the user was.
 */
export function createDialog(deps: DialogDeps) {
  const { goals } = deps;
  const { crisisReply, present, titleGiven, create, done, rephrase, listForChoice, switchTo, setTone } =
    createFlows(deps);
  const tracks = deps.tracks ? createTrackFlows(deps.tracks) : undefined;
  const requireTracks = () => {
    if (!tracks) throw new StepwiseError('feature_disabled', 'no track system here');
    return tracks;
  };

  const command = async (t: Turn, name: string, args: string): Promise<Reply[]> => {
    // What follows a command (a title, a comment, a note for /log) is free text like any other, and
    // so is a command nobody defined ("/kill_myself"). The field is logged, so it never names the command.
    const typed = KNOWN_COMMANDS.has(name) ? args : `${name.replace(/_/g, ' ')} ${args}`.trim();
    const crisis = typed ? await goals.screenText(typed, 'command') : undefined;
    if (crisis) return crisisReply(t, crisis.level);
    const before = t.state;
    if (before.name === 'exercise' && tracks) {
      if (name === 'resume') return tracks.resume(t, before, t.channel);
      if (name === 'skip' && !before.paused) return tracks.answer(t, before, undefined, t.channel);
      if (name === 'cancel') {
        t.setState(IDLE);
        return [{ text: t.m.exerciseCancelled() }];
      }
      // Any other command runs; the exercise waits unless the command starts something else.
      const replies = await commandBody(t, name, args);
      if (t.state !== before) return replies;
      const title = tracks.exerciseTitle(t, before);
      return [...replies, { text: before.paused ? t.m.exercisePaused(title) : t.m.exerciseStillOpen(title) }];
    }
    // A new command abandons a half-finished flow (except /skip, which answers it).
    if (name !== 'skip' && t.state.name !== 'idle') t.setState(IDLE);
    return commandBody(t, name, args);
  };

  const commandBody = async (t: Turn, name: string, args: string): Promise<Reply[]> => {
    const { m, user } = t;
    switch (name) {
      case 'start':
        t.setState(IDLE);
        return [
          {
            text: m.welcome(user.displayName),
            buttons: [
              [
                { label: m.menuGoals(), data: 'cmd:goals' },
                { label: m.menuNewGoal(), data: 'cmd:newgoal' },
              ],
            ],
          },
        ];
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
        return present(t, await goals.nextStep(user.id));
      case 'resume':
        return [{ text: m.nothingToResume() }];
      case 'sos':
        // Asked for help: the reply that puts emergency numbers first, or the level a 🆘 button named.
        return crisisReply(t, (CRISIS_LEVELS as readonly string[]).includes(args) ? (args as CrisisLevel) : 'imminent');
      case 'rephrase': {
        const current = await goals.currentStep(user.id);
        if (current.kind !== 'step')
          throw new StepwiseError(
            current.kind === 'question' ? 'awaiting_clarification' : 'no_open_step',
            'nothing to rephrase',
          );
        if (args) return rephrase(t, args);
        t.setState({ name: 'rephrase' });
        return [{ text: m.askRephrase() }];
      }
      case 'status': {
        const s = await goals.goalStatus(user.id);
        const since = s.current.goal.createdAt.toLocaleDateString(user.locale === 'ru' ? 'ru-RU' : 'en-GB', {
          day: 'numeric',
          month: 'long',
          year: 'numeric',
        });
        return [{ text: m.status(s.current.goal.title, s.doneSteps, since) }, ...renderCurrent(m, s.current)];
      }
      case 'complete':
      case 'archive': {
        const s = await goals.currentStep(user.id);
        const closed = await goals.closeGoal(user.id, s.goal.id, name === 'complete' ? 'completed' : 'archived');
        t.setState(IDLE);
        return [
          { text: name === 'complete' ? m.goalClosedCompleted(closed.title) : m.goalClosedArchived(closed.title) },
        ];
      }
      case 'language': {
        const asked = args.toLowerCase();
        if (asked && !/^(ru|en|рус|англ|russian|english)/.test(asked)) return [{ text: m.languageUnknown() }];
        const wanted = /^(ru|рус|russian)/.test(asked)
          ? 'ru'
          : /^(en|англ|english)/.test(asked)
            ? 'en'
            : user.locale === 'ru'
              ? 'en'
              : 'ru';
        const updated = await goals.setPreferences(user.id, { locale: wanted });
        return [{ text: messages(updated.locale).languageSet() }];
      }
      case 'tone':
        if (args) return setTone(t, args);
        t.setState({ name: 'tone' });
        return [{ text: m.askTone() }];
      case 'recovery':
        return requireTracks().onboarding(t);
      case 'progress':
        return requireTracks().progress(t);
      case 'switch_track':
        return args ? requireTracks().setPrimary(t, args.trim().toLowerCase()) : requireTracks().switchTrack(t);
      case 'log':
        return args ? requireTracks().logAction(t, args.trim().toLowerCase()) : requireTracks().logAsk(t);
      case 'exercise':
        return args ? requireTracks().startExercise(t, args.trim().toLowerCase()) : requireTracks().listExercises(t);
      case 'linktrack': {
        const s = await goals.currentStep(user.id);
        if (!args) return requireTracks().linkAsk(t, s.goal.title);
        const track = args.trim().toLowerCase();
        const r = await deps.tracks!.tracks.linkGoal(user.id, s.goal.id, track);
        return requireTracks().linked(t, s.goal.title, r.programId, track);
      }
      default:
        return [{ text: m.unknownCommand(`/${name}`) }];
    }
  };

  const text = async (t: Turn, raw: string): Promise<Reply[]> => {
    // Every free text meets the crisis check first, whatever the conversation was waiting for.
    const crisis = await goals.screenText(raw, 'message');
    if (crisis) return crisisReply(t, crisis.level, raw);
    const s = t.state;
    if (s.name === 'exercise' && tracks) {
      // A paused exercise keeps its place: free text neither answers it nor starts another one.
      return s.paused
        ? [{ text: t.m.exercisePaused(tracks.exerciseTitle(t, s)) }]
        : tracks.answer(t, s, raw, t.channel);
    }
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
      return present(t, await goals.answerClarification(t.user.id, raw));
    }
    const routed = await tracks?.route(t, raw);
    if (routed) return routed;
    return [{ text: t.m.notUnderstood() }];
  };

  /**
   * The gentle check-in that comes first in the reply to the next message after a crisis reply,
   * with the help one tap away and, when an exercise was set aside, the way back to it.
   */
  const checkIn = (t: Turn, level: CrisisLevel, now: ChatState): Reply => {
    const labels = deps.safety.buttons(t.user.locale);
    const buttons = [[{ label: labels.showHelp, data: `safety:help:${level}` }]];
    if (now.name === 'exercise' && now.paused) buttons.push([{ label: labels.resume, data: 'cmd:resume' }]);
    return { text: deps.safety.checkIn(t.user.locale), buttons };
  };

  /**
   * Free text right after a crisis reply is the person's answer to "how are you now?": it is
   * screened like any text, and otherwise met with the check-in alone, not with coaching.
   */
  const answerAfterCrisis = async (
    t: Turn,
    raw: string | undefined,
    field: string,
    level: CrisisLevel,
    now: () => ChatState,
  ): Promise<Reply[]> => {
    const crisis = raw?.trim() ? await goals.screenText(raw, field) : undefined;
    return crisis ? crisisReply(t, crisis.level, field === 'message' ? raw : undefined) : [checkIn(t, level, now())];
  };

  /** An edit or a caption: no coaching, but crisis words in it are answered like any others. */
  const unread = async (t: Turn, input: Extract<ChatInput, { kind: 'unread' }>): Promise<Reply[]> => {
    const crisis = input.text?.trim() ? await goals.screenText(input.text, unreadField[input.why]) : undefined;
    if (crisis) return crisisReply(t, crisis.level);
    return [{ text: input.why === 'edited' ? t.m.editedIgnored() : t.m.unsupportedMessage() }];
  };

  /** "Show the help again": the crisis reply of the level the button was made for. */
  const helpAgain = (t: Turn, data: string): Reply[] => {
    const level = data.slice('safety:help:'.length);
    return crisisReply(t, (CRISIS_LEVELS as readonly string[]).includes(level) ? (level as CrisisLevel) : 'concern');
  };

  return {
    /** Handles one input from a user on a channel (`telegram`, `cli`) and returns the replies. */
    async handle(user: User, channel: string, input: ChatInput): Promise<Reply[]> {
      const stored = await deps.chatStates.get(user.id, channel);
      let state = readChatState(stored);
      const pendingCheckIn = readAfterCrisis(stored);
      let afterCrisis = pendingCheckIn;
      let crisisThisTurn = false;
      let changed = false;
      const turn: Turn = {
        user,
        channel,
        m: messages(user.locale),
        get state() {
          return state;
        },
        setState: (next) => {
          state = next;
          changed = true;
        },
        crisisShown: (level) => {
          afterCrisis = level;
          crisisThisTurn = true;
          changed = true;
        },
      };
      let replies: Reply[];
      try {
        if (input.kind === 'command') replies = await command(turn, input.command, input.args);
        else if (input.kind === 'text' && pendingCheckIn)
          replies = await answerAfterCrisis(turn, input.text, 'message', pendingCheckIn, () => state);
        else if (input.kind === 'unread' && pendingCheckIn)
          replies = await answerAfterCrisis(turn, input.text, unreadField[input.why], pendingCheckIn, () => state);
        else if (input.kind === 'text') replies = await text(turn, input.text);
        else if (input.kind === 'unread') replies = await unread(turn, input);
        else if (input.data.startsWith('safety:help:')) replies = helpAgain(turn, input.data);
        else if (input.data.startsWith('goal:')) replies = await switchTo(turn, input.data.slice('goal:'.length));
        else if (tracks && input.data.startsWith('primary:'))
          replies = await tracks.setPrimary(turn, input.data.slice('primary:'.length));
        else if (tracks && input.data.startsWith('ex:')) {
          if (turn.state.name !== 'idle') turn.setState(IDLE);
          replies = await tracks.startExercise(turn, input.data.slice('ex:'.length));
        } else if (tracks && input.data.startsWith('ans:')) {
          const s = turn.state;
          // A button under an old question (the exercise already moved on or ended) is ignored politely.
          replies =
            s.name === 'exercise' && !s.paused
              ? await tracks.answer(turn, s, input.data.slice('ans:'.length), channel)
              : [{ text: turn.m.notUnderstood() }];
        } else if (tracks && input.data.startsWith('fb:')) {
          replies = await tracks.feedback(turn, input.data);
        } else if (tracks && input.data.startsWith('act:')) {
          replies = await tracks.logAction(turn, input.data.slice('act:'.length));
        } else if (tracks && input.data.startsWith('goaltrack:')) {
          const s = await goals.currentStep(user.id);
          const r = await deps.tracks!.tracks.linkGoal(user.id, s.goal.id, input.data.slice('goaltrack:'.length));
          replies = tracks.linked(turn, s.goal.title, r.programId, input.data.slice('goaltrack:'.length));
        } else if (input.data.startsWith('cmd:')) replies = await command(turn, input.data.slice('cmd:'.length), '');
        else replies = [{ text: turn.m.notUnderstood() }];
      } catch (e) {
        const known = renderError(turn.m, e);
        if (!known) {
          deps.log.error({ event: 'dialog_failed', error: (e as Error).name, channel }, 'a chat turn failed');
          return [{ text: turn.m.somethingWrong() }];
        }
        replies = known;
      }
      // The first message after a crisis reply is met with a check-in before anything else: alone
      // for typed text (above), first for a command or a tap the person asked for.
      if (pendingCheckIn && !crisisThisTurn) {
        if (input.kind === 'command' || input.kind === 'button')
          replies = [checkIn(turn, pendingCheckIn, state), ...replies];
        afterCrisis = undefined;
        changed = true;
      }
      if (changed) await deps.chatStates.set(user.id, channel, storedChatState(state, afterCrisis));
      return replies;
    },
  };
}

export type Dialog = ReturnType<typeof createDialog>;
