import type { Middleware } from 'grammy';
import { isStepwiseError } from '../../core/errors.js';
import type { Locale } from '../../core/goals/model.js';
import type { Log } from '../../core/ports.js';
import { messages, pickLocale } from '../../i18n/catalog.js';
import type { GoalServices } from '../../services/goals/goal-services.js';
import type { DeliveryClaims } from '../../services/delivery/delivery-claims.js';
import type { StepwiseContext } from './context.js';

/**
 * Processes each update once. The claim is persisted, so a redelivery after a restart is skipped
 * too. If handling fails before anything happened (the error escapes), the claim is given back
 * so a redelivery can try again.
 */
export function dedupe(updates: DeliveryClaims, log: Log): Middleware<StepwiseContext> {
  return async (ctx, next) => {
    const id = ctx.update.update_id;
    if (!(await updates.claim('telegram', id))) {
      log.info({ event: 'telegram_duplicate_update', update_id: id }, 'skipped a redelivered update');
      return;
    }
    try {
      await next();
    } catch (error) {
      await updates.release('telegram', id).catch(() => undefined);
      throw error;
    }
  };
}

/**
 * Logs an update that failed (names and codes only: the update carries the user's words) and tells
 * the user to try again. The same for long polling and webhooks (where grammY's bot.catch is not
 * called); the dedupe claim was already given back, so a redelivery is handled afresh.
 */
export function errorBoundary(log: Log): Middleware<StepwiseContext> {
  return async (ctx, next) => {
    try {
      await next();
    } catch (error) {
      const locale = ctx.stepwise?.user.locale ?? pickLocale(ctx.from?.language_code, 'en');
      // A full disk or a lost database connection (logged by the store by code, not per update) gets
      // its own calm "try later".
      if (isStepwiseError(error) && (error.code === 'storage_full' || error.code === 'database_unavailable'))
        return void (await ctx.reply(messages(locale).errors[error.code]()).catch(() => undefined));
      log.error(
        { event: 'telegram_update_failed', update_id: ctx.update.update_id, error: (error as Error)?.name },
        'an update could not be handled',
      );
      await ctx.reply(messages(locale).somethingWrong()).catch(() => undefined);
    }
  };
}

/** Finds or creates the Stepwise user behind the sender; a new user gets their Telegram language. */
export function identify(goals: Pick<GoalServices, 'ensureUser'>, defaultLocale: Locale): Middleware<StepwiseContext> {
  return async (ctx, next) => {
    const from = ctx.from;
    if (!from || from.is_bot) return;
    ctx.stepwise = {
      user: await goals.ensureUser({
        provider: 'telegram',
        subject: String(from.id),
        locale: pickLocale(from.language_code, defaultLocale),
        displayName: from.first_name,
      }),
    };
    await next();
  };
}
