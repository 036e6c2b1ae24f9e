import { autoRetry } from '@grammyjs/auto-retry';
import { type RunnerHandle, run, sequentialize } from '@grammyjs/runner';
import { Bot, webhookCallback } from 'grammy';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config/env.js';
import type { Locale } from '../../core/goals/model.js';
import type { Log } from '../../core/ports.js';
import type { GoalServices } from '../../services/goals/goal-services.js';
import type { Nudge, TrackServices } from '../../services/tracks/track-services.js';
import type { DeliveryClaims } from '../../services/delivery/delivery-claims.js';
import { messages } from '../../i18n/catalog.js';
import type { Dialog } from '../chat/dialog.js';
import { registerCommands } from './commands.js';
import { buttonLabel } from '../chat/buttons.js';
import type { StepwiseContext } from './context.js';
import { goalsComposer } from './goals.composer.js';
import { dedupe, errorBoundary, identify } from './middleware.js';
import { DEFAULT_FLOOD, type FloodOptions, floodLimit } from './flood-limit.js';

export interface TelegramDeps {
  config: NonNullable<Config['telegram']>;
  defaultLocale: Locale;
  goals: GoalServices;
  dialog: Dialog;
  updates: DeliveryClaims;
  log: Log;
  flood?: FloodOptions;
  /** The recovery program (nudges for idle tracks are sent through the bot). */
  tracks?: TrackServices;
  /** Retries of failed Bot API calls: 429 waits `retry_after`; 5xx and network errors back off 3 s, 6 s, 12 s… */
  retry?: { maxRetryAttempts: number; maxDelaySeconds: number };
}

const ALLOWED_UPDATES = ['message', 'edited_message', 'callback_query'] as const;

/**
 * The Telegram bot: a thin adapter over the services. Updates of one chat are handled in order
 * (sequentialize), redeliveries are skipped (dedupe), 429/5xx from the Bot API are retried
 * (auto-retry), and a spammer meets a flood limit before the coach is called.
 */
export function createTelegramBot(deps: TelegramDeps) {
  const bot = new Bot<StepwiseContext>(deps.config.token, { client: { apiRoot: deps.config.apiRoot } });
  bot.api.config.use(autoRetry(deps.retry ?? { maxRetryAttempts: 4, maxDelaySeconds: 60 }));

  const flood = floodLimit(deps.flood ?? DEFAULT_FLOOD, (text) => deps.goals.looksLikeCrisis(text));
  // Counted on arrival, acted on in the chat's order (see flood-limit.ts).
  bot.use(flood.admit);
  bot.use(sequentialize((ctx) => (ctx.chat?.id ?? ctx.from?.id)?.toString()));
  bot.use(errorBoundary(deps.log));
  bot.use(dedupe(deps.updates, deps.log));
  bot.use(identify(deps.goals, deps.defaultLocale));
  bot.use(flood.apply);
  bot.use(goalsComposer(deps.dialog, deps.log));

  bot.catch((err) => {
    // Only reached if the boundary itself fails. Names and codes only: the update carries the user's words.
    deps.log.error(
      { event: 'telegram_update_failed', update_id: err.ctx.update.update_id, error: (err.error as Error)?.name },
      'an update could not be handled',
    );
  });

  let runner: RunnerHandle | undefined;
  let pruneTimer: NodeJS.Timeout | undefined;

  return {
    bot,
    mode: deps.config.webhook ? ('webhook' as const) : ('polling' as const),

    /** In webhook mode, serves the webhook path on the Stepwise HTTP server (call before listen). */
    attach(http: FastifyInstance) {
      const hook = deps.config.webhook;
      if (!hook) return;
      // grammY answers 401 to a request without the right X-Telegram-Bot-Api-Secret-Token.
      // A slow coach (an LLM within its timeout) must not make Telegram redeliver: after 9 s the
      // webhook answers 200 and the update finishes in the background.
      http.post(
        hook.path,
        webhookCallback(bot, 'fastify', { secretToken: hook.secret, onTimeout: 'return', timeoutMilliseconds: 9_000 }),
      );
    },

    /** Checks the token (getMe), registers commands, then polls or sets the webhook. */
    async start() {
      await bot.init();
      await registerCommands(bot.api);
      const hook = deps.config.webhook;
      if (hook) {
        await bot.api.setWebhook(hook.url, { secret_token: hook.secret, allowed_updates: [...ALLOWED_UPDATES] });
      } else {
        await bot.api.deleteWebhook();
        runner = run(bot, { runner: { fetch: { allowed_updates: [...ALLOWED_UPDATES] } } });
      }
      const prune = () => void deps.updates.prune().catch(() => undefined);
      prune();
      pruneTimer = setInterval(prune, 6 * 3600 * 1000).unref();
      return { username: bot.botInfo.username };
    },

    /**
     * Sends the gentle nudges that are due (the scheduled job calls this). Each nudge is claimed in
     * the shared update ledger first, so several instances never send the same one twice.
     */
    async sendNudges(): Promise<number> {
      if (!deps.tracks) return 0;
      return deps.tracks.sendDueNudges(async (nudge: Nudge) => {
        const chat = await deps.goals.subjectOf(nudge.userId, 'telegram');
        if (!chat) return false;
        const day = new Date().toISOString().slice(0, 10);
        if (!(await deps.updates.claim('nudge', `${nudge.userId}:${nudge.programId}:${day}`))) return false;
        const m = messages(nudge.locale);
        const { action } = nudge;
        const start = action.technique
          ? [[{ text: buttonLabel(m.startNext(action.suggestion)), callback_data: `ex:${action.technique}` }]]
          : [];
        const markup = {
          reply_markup: { inline_keyboard: [...start, [{ text: m.buttonProgress(), callback_data: 'cmd:progress' }]] },
        };
        try {
          await bot.api.sendMessage(Number(chat), m.nudge(action.note ?? '', action.suggestion), markup);
          return true;
        } catch (e) {
          // Blocked by the user or Telegram is down: give the claim back so a later run may try again.
          await deps.updates.release('nudge', `${nudge.userId}:${nudge.programId}:${day}`);
          deps.log.warn({ event: 'nudge_failed', error: (e as Error).name }, 'a nudge could not be sent');
          return false;
        }
      });
    },

    async stop() {
      clearInterval(pruneTimer);
      if (runner?.isRunning()) await runner.stop();
    },
  };
}

export type TelegramBot = ReturnType<typeof createTelegramBot>;
