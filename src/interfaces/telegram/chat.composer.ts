import { Composer } from 'grammy';
import type { Log } from '../../core/ports.js';
import type { Dialog } from '../chat/dialog.js';
import type { ChatFeature } from '../chat/feature.js';
import { type ChatInput, parseInput } from '../chat/reply.js';
import type { StepwiseContext } from './context.js';
import { sendReplies } from './send-replies.js';

type Answer = (ctx: StepwiseContext, input: ChatInput) => Promise<void>;

const answerWith =
  (dialog: Dialog, log: Log): Answer =>
  async (ctx, input) =>
    sendReplies(ctx, await dialog.handle(ctx.stepwise.user, 'telegram', input), log);

/** A button press: the spinner stops first (a failure there must not block the action itself). */
const tapWith =
  (answer: Answer) =>
  async (ctx: StepwiseContext & { callbackQuery: { data: string } }): Promise<void> => {
    await ctx.answerCallbackQuery().catch(() => undefined);
    await answer(ctx, { kind: 'button', data: ctx.callbackQuery.data });
  };

/**
 * One chat feature as its own grammY Composer (as grammY's plugins are): the commands and button
 * prefixes it declares, handed to the shared dialog, which keeps the conversation's state and
 * screens every text for crisis before the feature sees it.
 */
export function featureComposer(feature: ChatFeature, dialog: Dialog, log: Log): Composer<StepwiseContext> {
  const composer = new Composer<StepwiseContext>();
  const answer = answerWith(dialog, log);
  const commands = new Set(Object.keys(feature.commands ?? {}));
  const prefixes = Object.keys(feature.callbacks ?? {});
  // Commands are read the way the terminal reads them (`/Start@MyBot` too), not by message entities.
  composer.on('message:text').filter(
    (ctx) => {
      // Free text (most messages) is not a command: no need to parse it once per feature.
      if (!ctx.message.text.trimStart().startsWith('/')) return false;
      const input = parseInput(ctx.message.text);
      return input.kind === 'command' && commands.has(input.command);
    },
    (ctx) => answer(ctx, parseInput(ctx.message.text)),
  );
  composer
    .on('callback_query:data')
    .filter((ctx) => prefixes.some((prefix) => ctx.callbackQuery.data.startsWith(prefix)), tapWith(answer));
  return composer;
}

/**
 * What no feature claimed: free text (read by the state the conversation is in, then by the
 * features' free-text readers), unknown commands, `cmd:` buttons, and — not acted on, but screened
 * for crisis all the same — edited messages and anything that is not text (stickers, photos…).
 */
export function conversationComposer(dialog: Dialog, log: Log): Composer<StepwiseContext> {
  const composer = new Composer<StepwiseContext>();
  const answer = answerWith(dialog, log);
  composer.on('message:text', (ctx) => answer(ctx, parseInput(ctx.message.text)));
  composer.on('callback_query:data', tapWith(answer));
  composer.on('edited_message', (ctx) => {
    const text = ctx.editedMessage.text ?? ctx.editedMessage.caption;
    return answer(ctx, { kind: 'unread', why: 'edited', text });
  });
  composer.on('message', (ctx) => answer(ctx, { kind: 'unread', why: 'media', text: ctx.message.caption }));
  return composer;
}
