import type { z } from 'zod';
import type { CrisisFinding } from '../../core/safety.port.js';
import type { Reply } from './reply.js';
import type { ChatState, Turn } from './turn.js';

/** Answers a command (`args`: what followed it) or a button (`args`: its data after the prefix). */
export type Handler = (turn: Turn, args: string) => Promise<Reply[]> | Reply[];

/** What a conversation waiting in one state does with what comes next. */
export interface StateHandler<S extends ChatState = ChatState> {
  /** The state as stored between messages; a stored value that fails it starts over at idle. */
  schema: z.ZodType<S>;
  /** Free text in this state; undefined hands it on to the features' free-text readers. */
  text(turn: Turn, state: S, raw: string): Promise<Reply[] | undefined>;
  /** A command in this state: replies when the state answers it itself, undefined to let it run. */
  command?(turn: Turn, state: S, name: string, args: string): Promise<Reply[] | undefined>;
  /** A pressed button in this state (an answer tapped): replies when the state takes it, else undefined. */
  button?(turn: Turn, state: S, data: string): Promise<Reply[] | undefined>;
  /**
   * Set for a state that waits through other commands and taps (an exercise): the reminder follows
   * their replies, and a command that only resets (`/start`, `/complete`) leaves it open. A command
   * that would put another state in its place while it holds answers is not run: the person is
   * asked to continue or set it aside first — so such a command must only read before it calls
   * `setState` (the dialog runs it to see where it leads, then drops its replies). Without a
   * reminder, a new command ends the state.
   */
  reminder?(turn: Turn, state: S): Reply;
  /**
   * What the person has put into this state, named for them: the title of the flow and how many
   * answers it holds. With answers, the state is never replaced silently, and it can be set aside
   * as a draft (`/setaside`) and brought back (`/resume`, through `command(…, 'resume', '')`).
   */
  draft?(turn: Turn, state: S): { title: string; answered: number };
  /**
   * What a crisis reply does to this state; without it, the conversation starts over at idle. `kept`: what the
   * reply adds about the words it kept (an exercise's answer by default; a state's own words when given).
   */
  onCrisis?(
    turn: Turn,
    state: S,
    typed: string | undefined,
    finding: CrisisFinding | undefined,
  ): { next: ChatState; draftKept: boolean; kept?: string };
  /** Whether the check-in after a crisis offers a way back to this state. */
  resumable?(state: S): boolean;
  /** The check-in's button back to this state, when "Continue the exercise" would not say what it does. */
  resumeLabel?(turn: Turn, state: S): string;
}

/** A button of the feature's: what it does, and what to type in a terminal instead of tapping it. */
export interface CallbackHandler {
  run: Handler;
  /** The command a terminal shows for this button (`value` is the data after the prefix). */
  typed?(value: string): string | undefined;
}

/**
 * A chat feature: one folder that owns its commands, its button prefixes, its dialog states and
 * its replies. The dialog mounts a list of them; the Telegram adapter makes each its own Composer.
 */
export interface ChatFeature {
  name: string;
  commands?: Readonly<Record<string, Handler>>;
  /**
   * For a command whose words are what one of its states waits for (`/newgoal <title>` is `/newgoal`, then the
   * title): that state. Crisis words after the command are then met as they would be in that state (a title kept
   * behind the help), when no other flow is open.
   */
  wordsFill?: Readonly<Record<string, ChatState>>;
  /** Button data prefixes (`goal:`) and their handlers. */
  callbacks?: Readonly<Record<string, CallbackHandler>>;
  states?: Readonly<Record<string, StateHandler>>;
  /** Free text outside any state, tried in the order features are listed; undefined passes it on. */
  freeText?(turn: Turn, raw: string): Promise<Reply[] | undefined>;
  /**
   * Free text outside any state that a crisis reply answered, which this feature would have read (an answer to the
   * coach's question): the state that keeps it behind the help, or undefined. Only for a finding the person may set
   * aside (`mayBeSetAside`); the state's `onCrisis` says what the reply adds.
   */
  holdsText?(turn: Turn, raw: string, finding: CrisisFinding): Promise<ChatState | undefined>;
}

/** Types a feature's state handler against its own state while the registry keeps them uniform. */
export const defineState = <S extends ChatState>(handler: StateHandler<S>): StateHandler =>
  handler as unknown as StateHandler;
