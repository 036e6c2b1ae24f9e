import { createInterface } from 'node:readline';
import type { Locale } from '../../core/goals/model.js';
import type { GoalServices } from '../../services/goals/goal-services.js';
import type { Dialog } from '../chat/dialog.js';
import { parseInput, type Reply } from '../chat/reply.js';
import { messages } from '../../i18n/catalog.js';
import { localIdentity } from './local-user.js';

export interface TerminalChatOptions {
  goals: GoalServices;
  dialog: Dialog;
  /** The language asked for with --lang; otherwise the user's saved one (or the default for a new user). */
  lang?: Locale;
  defaultLocale: Locale;
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
}

/** Buttons become command hints in a terminal; an exercise's options become a numbered list. */
export const renderReply = (reply: Reply, typed: (data: string) => string | undefined) => {
  const buttons = (reply.buttons ?? []).flat();
  const options = buttons.filter((button) => button.data.startsWith('ans:'));
  const commands = buttons
    .map((button) => typed(button.data))
    .filter((command): command is string => command !== undefined && !reply.text.includes(command));
  let text = reply.text;
  // Scale buttons (numbers) need no list: the hint already says which numbers to type.
  if (options.length > 0 && options.some((option) => !/^\d+$/.test(option.label)))
    text += `\n${options.map((option, i) => `  ${i + 1}) ${option.label}`).join('\n')}`;
  return commands.length > 0 ? `${text}\n  → ${commands.join('  ·  ')}` : text;
};

/**
 * `npm run chat`: the same conversation as the Telegram bot, in a terminal. Lines are handled one
 * at a time, in order; piped input works too (each line is a message), and EOF ends the chat.
 */
export async function runTerminalChat(options: TerminalChatOptions): Promise<void> {
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  const interactive = Boolean((input as { isTTY?: boolean }).isTTY);
  const say = (text: string) => output.write(`${text}\n\n`);

  let user = await options.goals.ensureUser({ ...localIdentity(), locale: options.lang ?? options.defaultLocale });
  if (options.lang && user.locale !== options.lang)
    user = await options.goals.setPreferences(user.id, { locale: options.lang });

  const lines = createInterface({ input, output: interactive ? output : undefined, terminal: interactive });
  const prompt = () => interactive && lines.prompt();
  lines.setPrompt('› ');

  // Ctrl-C ends the chat like /quit (readline, not the process, receives it in a terminal).
  lines.on('SIGINT', () => lines.close());

  const show = (replies: Reply[]) => {
    for (const reply of replies) say(renderReply(reply, options.dialog.typedFor));
  };
  // Sent on every launch: the dialog greets, and shows again whatever was left open (an exercise's
  // question, a goal's title asked for) without ending it.
  show(await options.dialog.handle(user, 'cli', { kind: 'command', command: 'start', args: '' }));
  prompt();
  for await (const line of lines) {
    if (!line.trim()) {
      prompt();
      continue;
    }
    if (/^\/(quit|exit)$/.test(line.trim())) break;
    user = await options.goals.user(user.id); // /language may have changed it
    show(await options.dialog.handle(user, 'cli', parseInput(line)));
    prompt();
  }
  lines.close();
  // However the chat ends (/quit, Ctrl-C, the end of piped input), it says goodbye in the person's language.
  say(messages((await options.goals.user(user.id)).locale).goodbye());
}
