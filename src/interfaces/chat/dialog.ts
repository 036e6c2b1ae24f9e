import type { User } from '../../core/goals/model.js';
import type { ChatStateStore, Clock, Log } from '../../core/ports.js';
import type { CrisisFinding, CrisisLevel } from '../../core/safety.port.js';
import type { SafetyTexts } from '../../content/load-safety-texts.js';
import { messages } from '../../i18n/catalog.js';
import { promptToKeep, readConversation, storedConversation } from './chat-state.js';
import type { ChatFeature } from './feature.js';
import { createRegistry } from './registry.js';
import { checkIn, crisisReply } from './crisis-replies.js';
import { renderError } from './render-error.js';
import type { ChatInput, Reply } from './reply.js';
import { createRouting, isSetAside, typedFor, unreadField } from './routing.js';
import type { TurnRecord } from './set-aside.js';
import { IDLE, type Turn } from './turn.js';

export { COMMAND_BUTTON } from './routing.js';

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

/**
 * The conversation of seed 001's bot, transport-neutral: the Telegram bot and the terminal chat
 * both feed it inputs and show its replies. It owns what every feature shares — the crisis screen
 * first, the check-in after a crisis reply, the conversation's stored state (so a restart continues
 * where the user was), drafts (a flow with answers is never lost to the next one) and errors turned
 * into words — and hands everything else to the features.
 */
export function createDialog(deps: DialogDeps) {
  const registry = createRegistry(deps.features);
  const route = createRouting(deps, registry);

  const newTurn = (user: User, channel: string, record: TurnRecord, quiet: boolean): Turn => ({
    user,
    channel,
    m: messages(user.locale),
    get state() {
      return record.state;
    },
    setState(next) {
      record.state = next;
    },
    crisis(level, typed, finding) {
      record.afterCrisis = level;
      record.crisisThisTurn = true;
      return crisisReply(deps, registry, this, level, typed, finding);
    },
    help(level) {
      record.helpThisTurn = true;
      return { text: deps.safety.reply(user.locale, level) };
    },
    quiet,
  });

  const answer = async (turn: Turn, record: TurnRecord, input: ChatInput, pendingCheckIn?: CrisisLevel) => {
    if (input.kind === 'command') return route.command(turn, record, input.command, input.args);
    if (input.kind === 'button') return route.button(turn, record, input.data);
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
    if (crisis) return turn.crisis(crisis.level, field === 'message' ? raw : undefined, crisis);
    return [checkIn(deps, registry, turn, level)];
  };

  /** One turn, its errors turned into words; undefined when something unexpected failed (logged). */
  const replyTo = async (turn: Turn, record: TurnRecord, input: ChatInput, pendingCheckIn?: CrisisLevel) => {
    try {
      return await answer(turn, record, input, pendingCheckIn);
    } catch (error) {
      const known = renderError(turn.m, error);
      if (!known)
        deps.log.error(
          { event: 'dialog_failed', error: (error as Error).name, channel: turn.channel },
          'a chat turn failed',
        );
      return known;
    }
  };

  return {
    /** Handles one input from a user on a channel (`telegram`, `cli`) and returns the replies. */
    async handle(user: User, channel: string, input: ChatInput): Promise<Reply[]> {
      const loaded = readConversation(await deps.chatStates.get(user.id, channel), registry);
      const pendingCheckIn = loaded.afterCrisis;
      // A choice asked for ("continue, or set it aside?") lasts one message: only /setaside takes it.
      const pending = isSetAside(input) ? loaded.pending : undefined;
      const record: TurnRecord = { ...loaded, pending, crisisThisTurn: false };
      // A command or a tap right after a crisis reply runs — every command works, and holding back what the person
      // asked for would leave them nowhere to go — but under the check-in it is said quietly (`Turn.quiet`): a careful
      // coach does not cheer "✅ Well done!" beneath "how are you doing now?". The check-in stays first: it asks before
      // anything else.
      const turn = newTurn(user, channel, record, pendingCheckIn !== undefined);
      let replies = await replyTo(turn, record, input, pendingCheckIn);
      if (!replies) return [{ text: turn.m.somethingWrong() }];
      // The first message after a crisis reply is met with a check-in before anything else: alone
      // for typed text (above), first for a command or a tap the person asked for — unless the turn showed the help
      // itself once more (`Turn.help`), which asks more than the check-in would.
      if (pendingCheckIn && !record.crisisThisTurn) {
        if ((input.kind === 'command' || input.kind === 'button') && !record.helpThisTurn)
          replies = [checkIn(deps, registry, turn, pendingCheckIn), ...replies];
        record.afterCrisis = undefined;
      }
      // The message that moved the conversation into a new state asked what it waits for: kept, to
      // be asked again after /start or a restart (a crisis reply asks nothing, so it is not kept).
      if (record.state !== loaded.state && !record.crisisThisTurn)
        record.prompt = record.state.name === IDLE.name ? undefined : promptToKeep(replies.at(-1), user.locale);
      const stored = storedConversation(record);
      if (JSON.stringify(stored) !== JSON.stringify(storedConversation(loaded)))
        try {
          await deps.chatStates.set(user.id, channel, stored, deps.clock.now());
        } catch (error) {
          // Replies that assume the new state (a question asked) would mislead when it was not kept (a full disk).
          return renderError(turn.m, error) ?? Promise.reject(error);
        }
      return replies;
    },
    /** What to type in a terminal instead of pressing a button with this data. */
    typedFor: typedFor(registry),
    /** The features, for adapters that mount each one (the Telegram bot's composers). */
    features: deps.features,
  };
}

export type Dialog = ReturnType<typeof createDialog>;
