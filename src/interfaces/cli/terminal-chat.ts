import { createInterface } from 'node:readline';
import type { Locale } from '../../core/goals/model.js';
import type { GoalServices } from '../../services/goals/goal-services.js';
import type { Dialog } from '../chat/dialog.js';
import { parseInput, type Reply } from '../chat/reply.js';
import { messages } from '../../i18n/catalog.js';
import { localIdentity } from './local-user.js';
import { terminalWords, wrapWords } from './terminal-text.js';

export interface TerminalChatOptions {
  goals: GoalServices;
  dialog: Dialog;
  /** The language asked for with --lang; otherwise the user's saved one (or the default for a new user). */
  lang?: Locale;
  defaultLocale: Locale;
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
}

/**
 * Several buttons that run one command on different things (`/exercise emotional_checkin`, …) become a
 * numbered list of their labels: a person types `/exercise 2`, never an id. Undefined when the buttons'
 * commands are already short (numbers) or differ.
 */
export function numberedChoices(reply: Reply, typed: (data: string) => string | undefined) {
  const choices = (reply.buttons ?? [])
    .flat()
    .filter((button) => !button.data.startsWith('ans:'))
    .map((button) => ({ label: button.label, command: typed(button.data) }))
    .filter((choice): choice is { label: string; command: string } => choice.command !== undefined);
  if (choices.length < 2) return undefined;
  const word = choices[0]!.command.split(' ')[0]!;
  const sameCommand = choices.every(
    (choice) => /^\S+ \S+$/.test(choice.command) && choice.command.startsWith(`${word} `),
  );
  const byId = choices.some((choice) => !/^\d+$/.test(choice.command.slice(word.length + 1)));
  return sameCommand && byId ? { word, choices } : undefined;
}

/** Buttons become command hints in a terminal; an exercise's options become a numbered list. */
export const renderReply = (reply: Reply, typed: (data: string) => string | undefined) => {
  const buttons = (reply.buttons ?? []).flat();
  const options = buttons.filter((button) => button.data.startsWith('ans:'));
  let text = reply.text;
  // Scale buttons (numbers) need no list: the hint already says which numbers to type.
  if (options.length > 0 && options.some((option) => !/^\d+$/.test(option.label)))
    text += `\n${options.map((option, i) => `  ${i + 1}) ${option.label}`).join('\n')}`;
  const numbered = numberedChoices(reply, typed);
  if (numbered) {
    const { word, choices } = numbered;
    const list = choices.map((choice, i) => `  ${i + 1}) ${choice.label}`).join('\n');
    return `${text}\n${list}\n  → ${word} 1–${choices.length}`;
  }
  const commands = buttons
    .map((button) => typed(button.data))
    .filter((command): command is string => command !== undefined && !reply.text.includes(command));
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
  // A terminal cuts a long line wherever its edge falls; the text is broken between words first.
  const columns = (output as { columns?: number }).columns;
  const say = (text: string) => output.write(`${columns ? wrapWords(text, columns) : text}\n\n`);

  let user = await options.goals.ensureUser({ ...localIdentity(), locale: options.lang ?? options.defaultLocale });
  if (options.lang && user.locale !== options.lang)
    user = await options.goals.setPreferences(user.id, { locale: options.lang });

  const lines = createInterface({ input, output: interactive ? output : undefined, terminal: interactive });
  const prompt = () => interactive && lines.prompt();
  lines.setPrompt('› ');

  // Ctrl-C ends the chat like /quit (readline, not the process, receives it in a terminal).
  lines.on('SIGINT', () => lines.close());

  // The numbered lists last shown: `/exercise 2` is read as the second one's command.
  let numbered = new Map<string, string[]>();
  const show = (replies: Reply[]) => {
    numbered = new Map();
    for (const reply of replies) {
      const choices = numberedChoices(reply, options.dialog.typedFor);
      if (choices)
        numbered.set(
          choices.word,
          choices.choices.map((choice) => choice.command),
        );
      say(terminalWords(renderReply(reply, options.dialog.typedFor), user.locale));
    }
  };
  const chosen = (line: string) => {
    const [, word, number] = /^(\/\w+)\s+(\d+)$/.exec(line.trim()) ?? [];
    return (word && numbered.get(word)?.[Number(number) - 1]) ?? line;
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
    show(await options.dialog.handle(user, 'cli', parseInput(chosen(line))));
    prompt();
  }
  lines.close();
  // However the chat ends (/quit, Ctrl-C, the end of piped input), it says goodbye in the person's language.
  say(messages((await options.goals.user(user.id)).locale).goodbye());
}
