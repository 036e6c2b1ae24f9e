import type { InlineKeyboardMarkup } from 'grammy/types';
import type { Log } from '../../core/ports.js';
import type { Button, Reply } from '../chat/reply.js';
import type { StepwiseContext } from './context.js';
import { splitText } from './split-text.js';

/** Telegram refuses keyboards past 100 buttons; a long goal list keeps its numbers in the text. */
const MAX_BUTTONS = 30;

const keyboard = (rows: Button[][] | undefined): InlineKeyboardMarkup | undefined => {
  const kept: Button[][] = [];
  let count = 0;
  for (const row of rows ?? []) {
    if (count + row.length > MAX_BUTTONS) break;
    kept.push(row);
    count += row.length;
  }
  return kept.length
    ? { inline_keyboard: kept.map((row) => row.map((button) => ({ text: button.label, callback_data: button.data }))) }
    : undefined;
};

/**
 * Sends the dialog's replies in order, each split to Telegram's limit (buttons go under the last
 * part). By now the user's action is saved, so a message that cannot be sent even after the
 * auto-retry plugin's retries is logged and skipped: the process keeps running, nothing is lost.
 */
export async function sendReplies(ctx: StepwiseContext, replies: Reply[], log: Log): Promise<void> {
  for (const reply of replies) {
    const parts = splitText(reply.text);
    for (const [i, part] of parts.entries()) {
      const markup = i === parts.length - 1 ? keyboard(reply.buttons) : undefined;
      try {
        await ctx.reply(part, markup ? { reply_markup: markup } : {});
      } catch (error) {
        log.warn(
          {
            event: 'telegram_send_failed',
            error: (error as Error).name,
            description: (error as { description?: string }).description,
          },
          'could not send a reply',
        );
        return;
      }
    }
  }
}
