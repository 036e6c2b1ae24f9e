import type { User } from '../../core/goals/model.js';
import type { CrisisFinding, CrisisLevel } from '../../core/safety.port.js';
import type { Messages } from '../../i18n/catalog.js';
import type { Reply } from './reply.js';

/** Where a conversation stands between two messages; each feature defines its own states. */
export interface ChatState {
  readonly name: string;
}

export const IDLE: ChatState = { name: 'idle' };

/** One turn of a conversation: who speaks, in which language, and where the conversation stands. */
export interface Turn {
  user: User;
  /** `telegram`, `cli`…: where the conversation happens (and the source of actions recorded in it). */
  channel: string;
  m: Messages;
  /** Where the conversation stands now (after any `setState` in this turn). */
  readonly state: ChatState;
  setState<S extends ChatState>(next: S): void;
  /**
   * Help instead of coaching: the reply for the level, and nothing else in this turn. The state the
   * conversation is in decides what happens to it (an exercise pauses and keeps a typed answer; any
   * other half-finished flow starts over), and the next message gets a check-in first. `finding`: what the screen
   * found in the person's words (none after /sos), for a flow that keeps only words the person may set aside.
   */
  crisis(level: CrisisLevel, typed?: string, finding?: CrisisFinding): Reply[];
  /**
   * The help for a level shown once more inside a flow (the second answer an imminent finding takes): the reply alone.
   * The state is the flow's to set, and no check-in follows: the person answers it with the confirmation it asks for.
   */
  help(level: CrisisLevel): Reply;
  /**
   * The check-in comes first in this turn (a command or a tap right after a crisis reply): what it asked for is done,
   * and said quietly, without cheering.
   */
  readonly quiet: boolean;
}

/** Actions recorded in a chat name where they came from. */
export const actionSource = (turn: Turn) => (turn.channel === 'telegram' ? 'telegram' : 'cli');
