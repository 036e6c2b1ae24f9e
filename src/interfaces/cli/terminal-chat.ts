import { userInfo } from 'node:os';
import { createInterface } from 'node:readline';
import type { Locale } from '../../core/goals/model.js';
import type { GoalServices } from '../../services/goals/goal-services.js';
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

/** What to type instead of pressing a button (goal buttons are covered by the numbered list). */
const typed = (data: string): string | undefined => {
  const [kind, value] = [data.slice(0, data.indexOf(':')), data.slice(data.indexOf(':') + 1)];
  return {
    cmd: `/${value}`,
    primary: `/switch_track ${value}`,
    ex: `/exercise ${value}`,
    act: `/log ${value}`,
    goaltrack: `/linktrack ${value}`,
    safety: value === 'help:child' ? '/sos child' : '/sos',
  }[kind];
};

/** Buttons become command hints in a terminal; an exercise's options become a numbered list. */
export const renderReply = (r: Reply) => {
  const buttons = (r.buttons ?? []).flat();
  const options = buttons.filter((b) => b.data.startsWith('ans:'));
  const commands = buttons.map((b) => typed(b.data)).filter((c): c is string => c !== undefined && !r.text.includes(c));
  let text = r.text;
  // Scale buttons (numbers) need no list: the hint already says which numbers to type.
  if (options.length > 0 && options.some((b) => !/^\d+$/.test(b.label)))
    text += `\n${options.map((b, i) => `  ${i + 1}) ${b.label}`).join('\n')}`;
  return commands.length > 0 ? `${text}\n  → ${commands.join('  ·  ')}` : text;
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

  let user = await o.goals.ensureUser({
    provider: 'cli',
    subject: userInfo().username,
    locale: o.lang ?? o.defaultLocale,
    displayName: userInfo().username,
  });
  if (o.lang && user.locale !== o.lang) user = await o.goals.setPreferences(user.id, { locale: o.lang });

  const rl = createInterface({ input, output: interactive ? output : undefined, terminal: interactive });
  const prompt = () => interactive && rl.prompt();
  rl.setPrompt('› ');

  for (const r of await o.dialog.handle(user, 'cli', { kind: 'command', command: 'start', args: '' }))
    say(renderReply(r));
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
