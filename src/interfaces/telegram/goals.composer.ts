import { Composer } from 'grammy';
import type { Log } from '../../core/ports.js';
import type { Dialog } from '../chat/dialog.js';
import { parseInput } from '../chat/reply.js';
import type { StepwiseContext } from './context.js';
import { sendReplies } from './send-replies.js';

/**
 * Seed 001's bot: every command, plain text and button goes to the shared dialog, whose replies are
 * sent back. Anything that is not text (stickers, photos, voice…) and edited messages get a short
 * helpful answer instead.
 */
export function goalsComposer(dialog: Dialog, log: Log): Composer<StepwiseContext> {
  const composer = new Composer<StepwiseContext>();

  composer.on('message:text', async (ctx) => {
    const { user } = ctx.stepwise;
    await sendReplies(ctx, await dialog.handle(user, 'telegram', parseInput(ctx.message.text)), log);
  });

  composer.on('callback_query:data', async (ctx) => {
    // Stop the button's spinner first; a failure here must not block the action itself.
    await ctx.answerCallbackQuery().catch(() => undefined);
    const { user } = ctx.stepwise;
    await sendReplies(
      ctx,
      await dialog.handle(user, 'telegram', { kind: 'button', data: ctx.callbackQuery.data }),
      log,
    );
  });

  // Edits and captions are not acted on, but their words still meet the crisis screen.
  composer.on('edited_message', async (ctx) => {
    const text = ctx.editedMessage.text ?? ctx.editedMessage.caption;
    await sendReplies(
      ctx,
      await dialog.handle(ctx.stepwise.user, 'telegram', { kind: 'unread', why: 'edited', text }),
      log,
    );
  });
  composer.on('message', async (ctx) => {
    await sendReplies(
      ctx,
      await dialog.handle(ctx.stepwise.user, 'telegram', { kind: 'unread', why: 'media', text: ctx.message.caption }),
      log,
    );
  });

  return composer;
}
