import { limit } from '@grammyjs/ratelimiter';
import type { Middleware } from 'grammy';
import type { Locale } from '../../core/goals/model.js';
import type { Log } from '../../core/ports.js';
import { messages, pickLocale } from '../../i18n/catalog.js';
import type { GoalServices } from '../../services/goal-services.js';
import type { UpdateLedger } from '../../services/update-ledger.js';
import type { StepwiseContext } from './context.js';

/**
 * Processes each update once. The claim is persisted, so a redelivery after a restart is skipped
 * too. If handling fails before anything happened (the error escapes), the claim is given back
 * so a redelivery can try again.
 */
export function dedupe(updates: UpdateLedger, log: Log): Middleware<StepwiseContext> {
  return async (ctx, next) => {
    const id = ctx.update.update_id;
    if (!(await updates.claim('telegram', id))) {
      log.info({ event: 'telegram_duplicate_update', update_id: id }, 'skipped a redelivered update');
      return;
    }
    try {
      await next();
    } catch (e) {
      await updates.release('telegram', id).catch(() => undefined);
      throw e;
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
    } catch (e) {
      log.error({ event: 'telegram_update_failed', update_id: ctx.update.update_id, error: (e as Error)?.name }, 'an update could not be handled');
      const locale = ctx.stepwise?.user.locale ?? pickLocale(ctx.from?.language_code, 'en');
      await ctx.reply(messages(locale).somethingWrong()).catch(() => undefined);
    }
  };
}

/** Finds or creates the Stepwise user behind the sender; a new user gets their Telegram language. */
export function identify(goals: GoalServices, defaultLocale: Locale): Middleware<StepwiseContext> {
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

export interface FloodOptions {
  /** Messages allowed per user in `windowMs` before the bot stops calling the coach. */
  limit: number;
  windowMs: number;
}

/**
 * A per-user flood limit: past it, the user gets one polite notice per window and the coach is not
 * called. Counting is per instance (memory), which is what a flood limit needs.
 */
export function floodLimit(options: FloodOptions, urgent: (text: string) => boolean = () => false): Middleware<StepwiseContext> {
  const warnedAt = new Map<string, number>();
  const limiter = limit<StepwiseContext, never>({
    timeFrame: options.windowMs,
    limit: options.limit,
    keyGenerator: (ctx) => ctx.from?.id.toString(),
    onLimitExceeded: async (ctx) => {
      const key = ctx.from!.id.toString();
      const now = Date.now();
      if (now - (warnedAt.get(key) ?? 0) < options.windowMs) return;
      warnedAt.set(key, now);
      if (warnedAt.size > 10_000) warnedAt.clear();
      await ctx.reply(messages(ctx.stepwise.user.locale).rateLimited()).catch(() => undefined);
    },
  });
  // Crisis words are never held back: they reach the dialog (and its help) however fast they come.
  return (ctx, next) => {
    const text = ctx.message?.text ?? ctx.message?.caption ?? ctx.editedMessage?.text;
    return text && urgent(text) ? next() : limiter(ctx, next);
  };
}
