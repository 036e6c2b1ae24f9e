import type { Middleware } from 'grammy';
import { messages } from '../../i18n/catalog.js';
import type { StepwiseContext } from './context.js';

export interface BucketOptions {
  /** How many updates may come at once. */
  burst: number;
  /** How many a second come back after that. */
  perSecond: number;
}

export interface FloodOptions {
  /** Typed messages. */
  text: BucketOptions;
  /** Button taps, counted apart: tapping through steps is what buttons are for. */
  taps: BucketOptions;
  /**
   * An update the bucket cannot take now waits up to this long for its turn; past that it is skipped,
   * with a notice.
   */
  maxWaitMs: number;
}

/**
 * A person tapping Done and Next through a dozen steps, or typing a few quick lines, never meets
 * the limit; a script sending hundreds a minute does. Sustained rates: 30 messages and 60 taps a
 * minute.
 */
export const DEFAULT_FLOOD: FloodOptions = {
  text: { burst: 20, perSecond: 0.5 },
  taps: { burst: 30, perSecond: 1 },
  maxWaitMs: 5_000,
};

interface Bucket {
  tokens: number;
  at: number;
}

/** Users whose buckets have been full for this long are forgotten (they would be full again anyway). */
const IDLE_MS = 10 * 60_000;

/**
 * A per-user token bucket for each kind of update, in two halves around the chat's queue:
 * `admit` runs as an update arrives (before `sequentialize`), so a burst is counted when it is sent,
 * not when its turn comes; `apply` runs in the chat's order (after the user is known). An update that
 * found the bucket empty waits for its token when that takes at most `maxWaitMs`; only past that is
 * it skipped, and the person is told once, in their language, what to send again. Crisis words
 * (`urgent`) are never held back. Counting is per instance (memory), which is what a flood limit needs.
 */
export function floodLimit(
  options: FloodOptions,
  urgent: (text: string) => boolean = () => false,
  now: () => number = Date.now,
) {
  const buckets = new Map<string, Bucket>();
  const noticeAt = new Map<string, number>();
  /** What `admit` decided for each update still on its way: go at this time, or skip. */
  const decided = new WeakMap<object, number>();

  /** Milliseconds until this update may go on (0: now), or Infinity when it would wait too long. */
  const take = (key: string, rate: BucketOptions): number => {
    const time = now();
    const bucket = buckets.get(key) ?? { tokens: rate.burst, at: time };
    bucket.tokens = Math.min(rate.burst, bucket.tokens + ((time - bucket.at) / 1000) * rate.perSecond);
    bucket.at = time;
    const wait = bucket.tokens >= 1 ? 0 : ((1 - bucket.tokens) / rate.perSecond) * 1000;
    if (wait > options.maxWaitMs) return Infinity;
    // The token is reserved now (the balance may go below zero), so held updates queue up in order.
    bucket.tokens -= 1;
    buckets.set(key, bucket);
    return wait;
  };

  const forgetIdle = () => {
    if (buckets.size < 10_000) return;
    const time = now();
    for (const [key, bucket] of buckets) if (time - bucket.at > IDLE_MS) buckets.delete(key);
    for (const [key, at] of noticeAt) if (time - at > IDLE_MS) noticeAt.delete(key);
  };

  /** Crisis words skip the bucket, but only this often a minute: they must not open a way around it. */
  const URGENT_PER_MINUTE = 5;
  const urgentAt = new Map<number, number[]>();
  const urgentAllowed = (user: number): boolean => {
    const time = now();
    const recent = (urgentAt.get(user) ?? []).filter((at) => time - at < 60_000);
    if (recent.length >= URGENT_PER_MINUTE) return false;
    urgentAt.set(user, [...recent, time]);
    if (urgentAt.size > 10_000) urgentAt.clear();
    return true;
  };

  const admit: Middleware<StepwiseContext> = (ctx, next) => {
    const user = ctx.from?.id;
    const text = ctx.message?.text ?? ctx.message?.caption ?? ctx.editedMessage?.text ?? ctx.editedMessage?.caption;
    if (user !== undefined && !(text && urgent(text) && urgentAllowed(user))) {
      const tap = ctx.callbackQuery !== undefined;
      decided.set(ctx.update, now() + take(`${user}:${tap ? 'tap' : 'text'}`, tap ? options.taps : options.text));
      forgetIdle();
    }
    return next();
  };

  const apply: Middleware<StepwiseContext> = async (ctx, next) => {
    const at = decided.get(ctx.update);
    if (at === undefined) return next();
    if (at !== Infinity) {
      const wait = at - now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      return next();
    }
    const tap = ctx.callbackQuery !== undefined;
    if (tap) await ctx.answerCallbackQuery().catch(() => undefined);
    // Skipped: one notice per wait window says what to send again, so nothing is lost in silence.
    const key = String(ctx.from!.id);
    if (now() - (noticeAt.get(key) ?? -Infinity) < options.maxWaitMs) return;
    noticeAt.set(key, now());
    const words = messages(ctx.stepwise.user.locale);
    await ctx.reply(tap ? words.floodTaps() : words.floodTexts()).catch(() => undefined);
  };

  return { admit, apply };
}
