import type { User } from '../../core/goals/model.js';
import type { ChatStateStore, Clock, Log } from '../../core/ports.js';
import type { CrisisFinding, CrisisLevel } from '../../core/safety.port.js';
import type { SafetyTexts } from '../../content/load-safety-texts.js';
import { messages } from '../../i18n/catalog.js';
import { readAfterCrisis, readChatState, storedChatState } from './chat-state.js';
import type { ChatFeature } from './feature.js';
import { createRegistry, type Registry } from './registry.js';
import { checkIn, crisisReply } from './crisis-replies.js';
import { renderError } from './render-error.js';
import type { ChatInput, Reply } from './reply.js';
import { type ChatState, IDLE, type Turn } from './turn.js';

export interface DialogDeps {
  /** The chat features, in the order their free-text readers are tried. */
  features: readonly ChatFeature[];
  /** The crisis screen every free text meets first. */
  screenText(text: string, field: string): Promise<CrisisFinding | undefined>;
  chatStates: ChatStateStore;
  clock: Clock;
  /** The crisis replies and help resources (content/safety). */
  safety: SafetyTexts;
  log: Log;
}

/** The field an edit's or a caption's words are logged under. */
const unreadField = { edited: 'edited_message', media: 'caption' } as const;

/** What one turn changed, besides the state: a crisis reply shown, and the check-in still owed. */
interface TurnRecord {
  state: ChatState;
  afterCrisis: CrisisLevel | undefined;
  crisisThisTurn: boolean;
  changed: boolean;
}

/**
 * The conversation of seed 001's bot, transport-neutral: the Telegram bot and the terminal chat
 * both feed it inputs and show its replies. It owns what every feature shares — the crisis screen
 * first, the check-in after a crisis reply, the conversation's stored state (so a restart continues
 * where the user was) and errors turned into words — and hands everything else to the features.
 */
export function createDialog(deps: DialogDeps) {
  const registry = createRegistry(deps.features);
  const route = createRouting(deps, registry);

  const newTurn = (user: User, channel: string, record: TurnRecord): Turn => ({
    user,
    channel,
    m: messages(user.locale),
    get state() {
      return record.state;
    },
    setState(next) {
      record.state = next;
      record.changed = true;
    },
    crisis(level, typed) {
      record.afterCrisis = level;
      record.crisisThisTurn = true;
      record.changed = true;
      return crisisReply(deps, registry, this, level, typed);
    },
  });

  const answer = async (turn: Turn, input: ChatInput, pendingCheckIn: CrisisLevel | undefined) => {
    if (input.kind === 'command') return route.command(turn, input.command, input.args);
    if (input.kind === 'button') return route.button(turn, input.data);
    const field = input.kind === 'text' ? 'message' : unreadField[input.why];
    const raw = input.text;
    if (pendingCheckIn) return answerAfterCrisis(turn, raw, field, pendingCheckIn);
    return input.kind === 'text' ? route.text(turn, input.text) : route.unread(turn, input.why, raw);
  };

  /**
   * Free text right after a crisis reply is the person's answer to "how are you now?": it is
   * screened like any text, and otherwise met with the check-in alone, not with coaching.
   */
  const answerAfterCrisis = async (turn: Turn, raw: string | undefined, field: string, level: CrisisLevel) => {
    const crisis = raw?.trim() ? await deps.screenText(raw, field) : undefined;
    if (crisis) return turn.crisis(crisis.level, field === 'message' ? raw : undefined);
    return [checkIn(deps, registry, turn, level)];
  };

  return {
    /** Handles one input from a user on a channel (`telegram`, `cli`) and returns the replies. */
    async handle(user: User, channel: string, input: ChatInput): Promise<Reply[]> {
      const stored = await deps.chatStates.get(user.id, channel);
      const pendingCheckIn = readAfterCrisis(stored);
      const record: TurnRecord = {
        state: readChatState(stored, registry),
        afterCrisis: pendingCheckIn,
        crisisThisTurn: false,
        changed: false,
      };
      const turn = newTurn(user, channel, record);
      let replies: Reply[];
      try {
        replies = await answer(turn, input, pendingCheckIn);
      } catch (error) {
        const known = renderError(turn.m, error);
        if (!known) {
          deps.log.error({ event: 'dialog_failed', error: (error as Error).name, channel }, 'a chat turn failed');
          return [{ text: turn.m.somethingWrong() }];
        }
        replies = known;
      }
      // The first message after a crisis reply is met with a check-in before anything else: alone
      // for typed text (above), first for a command or a tap the person asked for.
      if (pendingCheckIn && !record.crisisThisTurn) {
        if (input.kind === 'command' || input.kind === 'button')
          replies = [checkIn(deps, registry, turn, pendingCheckIn), ...replies];
        record.afterCrisis = undefined;
        record.changed = true;
      }
      if (record.changed)
        await deps.chatStates.set(
          user.id,
          channel,
          storedChatState(record.state, record.afterCrisis),
          deps.clock.now(),
        );
      return replies;
    },
    /** What to type in a terminal instead of pressing a button with this data. */
    typedFor: (data: string): string | undefined =>
      data.startsWith(COMMAND_BUTTON) ? `/${data.slice(COMMAND_BUTTON.length)}` : registry.typed(data),
    /** The features, for adapters that mount each one (the Telegram bot's composers). */
    features: deps.features,
  };
}

export type Dialog = ReturnType<typeof createDialog>;

/** Commands, buttons, free text and unread messages, each to the feature that owns it. */
function createRouting(deps: DialogDeps, registry: Registry) {
  const runCommand = async (turn: Turn, name: string, args: string): Promise<Reply[]> => {
    const handler = registry.command(name);
    return handler ? handler(turn, args) : [{ text: turn.m.unknownCommand(`/${name}`) }];
  };

  const command = async (turn: Turn, name: string, args: string): Promise<Reply[]> => {
    // What follows a command (a title, a comment, a note for /log) is free text like any other, and
    // so is a command nobody defined ("/kill_myself"). The field is logged, so it never names the command.
    const typed = registry.command(name) ? args : `${name.replace(/_/g, ' ')} ${args}`.trim();
    const crisis = typed ? await deps.screenText(typed, 'command') : undefined;
    if (crisis) return turn.crisis(crisis.level);
    const before = turn.state;
    const waiting = registry.state(before.name);
    const taken = await waiting?.command?.(turn, before, name, args);
    if (taken) return taken;
    if (waiting?.reminder) {
      // The state waits: the command runs, and unless it started something else, a reminder follows.
      const replies = await runCommand(turn, name, args);
      return turn.state === before ? [...replies, waiting.reminder(turn, before)] : replies;
    }
    // A new command abandons a half-finished flow, except /skip: it answers the question asked.
    if (name !== 'skip' && before.name !== IDLE.name) turn.setState(IDLE);
    return runCommand(turn, name, args);
  };

  const text = async (turn: Turn, raw: string): Promise<Reply[]> => {
    // Every free text meets the crisis check first, whatever the conversation was waiting for.
    const crisis = await deps.screenText(raw, 'message');
    if (crisis) return turn.crisis(crisis.level, raw);
    const state = turn.state;
    const inState = await registry.state(state.name)?.text(turn, state, raw);
    if (inState) return inState;
    return (await registry.readFreeText(turn, raw)) ?? [{ text: turn.m.notUnderstood() }];
  };

  /** An edit or a caption: no coaching, but crisis words in it are answered like any others. */
  const unread = async (turn: Turn, why: 'edited' | 'media', raw: string | undefined): Promise<Reply[]> => {
    const crisis = raw?.trim() ? await deps.screenText(raw, unreadField[why]) : undefined;
    if (crisis) return turn.crisis(crisis.level);
    return [{ text: why === 'edited' ? turn.m.editedIgnored() : turn.m.unsupportedMessage() }];
  };

  /** A pressed button: `cmd:` runs a command; any other prefix belongs to one feature. */
  const button = async (turn: Turn, data: string): Promise<Reply[]> => {
    if (data.startsWith(COMMAND_BUTTON)) return command(turn, data.slice(COMMAND_BUTTON.length), '');
    const found = registry.callback(data);
    return found ? found.handler.run(turn, found.value) : [{ text: turn.m.notUnderstood() }];
  };

  return { command, text, unread, button };
}

/** A button that runs a command, as if it were typed (`cmd:progress`). */
export const COMMAND_BUTTON = 'cmd:';
