import { userInfo } from 'node:os';
import { createInterface } from 'node:readline';
import type { Locale } from '../../core/goals/model.js';
import type { GoalServices } from '../../services/goal-services.js';
import type { Dialog } from '../chat/dialog.js';
import { parseInput, type Reply } from '../chat/reply.js';

export interface TerminalChatOptions {
  goals: GoalServices;
  dialog: Dialog;
  /** The language asked for with --lang; otherwise the user's saved one (or the default for a new user). */
  lang?: Locale;
  defaultLocale: Locale;
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
}

/** Buttons become command hints in a terminal (goal buttons are covered by the numbered list). */
const renderReply = (r: Reply) => {
  const commands = (r.buttons ?? []).flat().filter((b) => b.data.startsWith('cmd:')).map((b) => `/${b.data.slice(4)}`);
  return commands.length > 0 && !r.text.includes(commands[0]!) ? `${r.text}\n  → ${commands.join('  ·  ')}` : r.text;
};

/**
 * `npm run chat`: the same conversation as the Telegram bot, in a terminal. Lines are handled one
 * at a time, in order; piped input works too (each line is a message), and EOF ends the chat.
 */
export async function runTerminalChat(o: TerminalChatOptions): Promise<void> {
  const input = o.input ?? process.stdin;
  const output = o.output ?? process.stdout;
  const interactive = Boolean((input as { isTTY?: boolean }).isTTY);
  const say = (text: string) => output.write(`${text}\n\n`);

  let user = await o.goals.ensureUser({ provider: 'cli', subject: userInfo().username, locale: o.lang ?? o.defaultLocale, displayName: userInfo().username });
  if (o.lang && user.locale !== o.lang) user = await o.goals.setPreferences(user.id, { locale: o.lang });

  const rl = createInterface({ input, output: interactive ? output : undefined, terminal: interactive });
  const prompt = () => interactive && rl.prompt();
  rl.setPrompt('› ');

  for (const r of await o.dialog.handle(user, 'cli', { kind: 'command', command: 'start', args: '' })) say(renderReply(r));
  prompt();
  for await (const line of rl) {
    if (!line.trim()) {
      prompt();
      continue;
    }
    if (/^\/(quit|exit)$/.test(line.trim())) break;
    user = await o.goals.user(user.id); // /language may have changed it
    for (const r of await o.dialog.handle(user, 'cli', parseInput(line))) say(renderReply(r));
    prompt();
  }
  rl.close();
}
