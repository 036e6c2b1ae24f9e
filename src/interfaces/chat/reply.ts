/** A button under a message; `data` comes back as a `button` input when pressed. */
export interface Button {
  label: string;
  data: string;
}

/** One message to show, transport-neutral: the bot renders buttons inline, the CLI as hints. */
export interface Reply {
  text: string;
  buttons?: Button[][];
}

/** What a person sent: a command (`/next`), free text, or a pressed button. */
export type ChatInput =
  | { kind: 'command'; command: string; args: string }
  | { kind: 'text'; text: string }
  | { kind: 'button'; data: string }
  /**
   * Something the dialog does not act on (an edited message, a photo or file with a caption): its
   * words are still screened for crisis, and otherwise the person learns why nothing happened.
   */
  | { kind: 'unread'; why: 'edited' | 'media'; text?: string };

/** Splits "/newgoal Learn Spanish" (or "/start@MyBot") into a command input; plain text stays text. */
export function parseInput(raw: string): ChatInput {
  const match = /^\/([a-zA-Z_]+)(?:@\w+)?(?:\s+([\s\S]*))?$/.exec(raw.trim());
  if (!match) return { kind: 'text', text: raw };
  return { kind: 'command', command: match[1]!.toLowerCase(), args: (match[2] ?? '').trim() };
}
