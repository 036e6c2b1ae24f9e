import { Composer, InlineKeyboard, InputFile } from 'grammy';
import { isStepwiseError } from '../../core/errors.js';
import { messages } from '../../i18n/catalog.js';
import type { DataRights } from '../../services/privacy/data-rights.js';
import { exportMarkdown } from '../privacy/export-markdown.js';
import type { ExerciseNames } from '../privacy/exercise-names.js';
import type { StepwiseContext } from './context.js';

const ERASE = 'forget:yes';
const KEEP = 'forget:no';

/**
 * `/export` sends everything stored about the person as two documents (the JSON file and a page to
 * read); `/forget_me` names what would go, asks once with buttons, and erases on "yes".
 */
export function dataRightsComposer(deps: {
  dataRights: DataRights;
  exerciseNames: ExerciseNames;
}): Composer<StepwiseContext> {
  const composer = new Composer<StepwiseContext>();
  composer.command('export', async (ctx) => {
    const { user } = ctx.stepwise;
    const words = messages(user.locale);
    let files;
    try {
      files = await deps.dataRights.exportAs(user.id, (document) => ({
        day: document.exported_at.slice(0, 10),
        json: Buffer.from(JSON.stringify(document, null, 2)),
        page: Buffer.from(exportMarkdown(document, user.locale, deps.exerciseNames)),
      }));
    } catch (error) {
      // The export gate's refusals are answers, not failures: the person is told to try again soon.
      if (isStepwiseError(error) && (error.code === 'already_running' || error.code === 'server_busy'))
        return void (await ctx.reply(words.errors[error.code]()));
      throw error;
    }
    await ctx.replyWithDocument(new InputFile(files.json, `stepwise-${files.day}.json`), {
      caption: words.exportSent(),
    });
    await ctx.replyWithDocument(new InputFile(files.page, `stepwise-${files.day}.md`));
  });

  composer.command('forget_me', async (ctx) => {
    const { user } = ctx.stepwise;
    const words = messages(user.locale);
    const counts = Object.entries(await deps.dataRights.inventory(user.id)).filter(([, count]) => count > 0);
    const listed = counts.map(([table, count]) => `• ${words.dataTable(table)}: ${count}`).join('\n');
    await ctx.reply(words.forgetAsk(listed), {
      reply_markup: new InlineKeyboard().text(words.buttonForgetYes(), ERASE).text(words.buttonForgetNo(), KEEP),
    });
  });

  composer.callbackQuery([ERASE, KEEP], async (ctx) => {
    const { user } = ctx.stepwise;
    const words = messages(user.locale);
    await ctx.answerCallbackQuery().catch(() => undefined);
    await ctx.editMessageReplyMarkup().catch(() => undefined);
    if (ctx.callbackQuery.data === KEEP) return void (await ctx.reply(words.forgetKept()));
    await deps.dataRights.forget(user.id);
    await ctx.reply(words.forgetDone());
  });
  return composer;
}
