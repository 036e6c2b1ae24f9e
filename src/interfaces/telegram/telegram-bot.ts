import type { DataRights } from '../../services/privacy/data-rights.js';
import { dataRightsComposer } from './data-rights.js';
import { type ExerciseNames, NO_EXERCISE_NAMES } from '../privacy/exercise-names.js';
import type { WebSignIn } from '../../services/auth/web-sign-in.js';
import { registerMenuButton, webLinkComposer } from './web-app.js';
import { autoRetry } from '@grammyjs/auto-retry';
import { type RunnerHandle, run, sequentialize } from '@grammyjs/runner';
import { Bot, webhookCallback } from 'grammy';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config/env.js';
import type { Locale } from '../../core/goals/model.js';
import type { Log } from '../../core/ports.js';
import type { GoalServices } from '../../services/goals/goal-services.js';
import type { TrackServices } from '../../services/tracks/track-services.js';
import type { DeliveryClaims } from '../../services/delivery/delivery-claims.js';
import { createInProcessRunner } from '../../services/delivery/in-process-runner.js';
import type { ScheduledDelivery } from '../../core/delivery.port.js';
import type { Dialog } from '../chat/dialog.js';
import { conversationComposer, featureComposer } from './chat.composer.js';
import { registerCommands } from './commands.js';
import type { StepwiseContext } from './context.js';
import { dedupe, errorBoundary, identify } from './middleware.js';
import { DEFAULT_FLOOD, type FloodOptions, floodLimit } from './flood-limit.js';
import { nudgeSender } from './nudge-message.js';
import { reminderSender } from './reminder-message.js';
import { type DigestDeps, digestDelivery } from './digest-message.js';
import { type AdaptationDeps, adaptationSender } from './adaptation-message.js';
import { reminderDelivery, type ReminderServices } from '../../services/reminders/reminders.js';

export interface TelegramDeps {
  config: NonNullable<Config['telegram']>;
  defaultLocale: Locale;
  /** Who is writing (found or created), where to reach them, and whether their words sound like a crisis. */
  users: Pick<GoalServices, 'ensureUser' | 'subjectOf' | 'looksLikeCrisis' | 'user'>;
  dialog: Dialog;
  /** Each update handled once (and the claims pruned). */
  claims: DeliveryClaims;
  log: Log;
  flood?: FloodOptions;
  /** The recovery program's gentle nudges for idle tracks, sent through the bot. */
  nudges?: Pick<TrackServices, 'dueNudgeKeys' | 'deliverNudge'>;
  /** Daily reminders of the open goal step, sent through the bot. */
  reminders?: Pick<ReminderServices, 'dueKeys' | 'deliverOne'>;
  /** The health program's morning digests, sent through the bot. */
  health?: DigestDeps['health'] & AdaptationDeps['health'];
  /** Plan changes made outside the chat (API readings, imports), sent through the bot. */
  biometrics?: AdaptationDeps['biometrics'];
  /** The web app's sign-in links (`/web`) and its address (the Mini App's menu button). */
  signIn?: WebSignIn;
  publicUrl?: string;
  /** `/export` and `/forget_me`. */
  dataRights?: DataRights;
  exerciseNames?: ExerciseNames;
  /** Retries of failed Bot API calls: 429 waits `retry_after`; 5xx and network errors back off 3 s, 6 s, 12 s… */
  retry?: { maxRetryAttempts: number; maxDelaySeconds: number };
}

const ALLOWED_UPDATES = ['message', 'edited_message', 'callback_query'] as const;
const PRUNE_EVERY_MS = 6 * 3600 * 1000;

/**
 * The Telegram bot: a thin adapter over the services. Updates of one chat are handled in order
 * (sequentialize), redeliveries are skipped (dedupe), 429/5xx from the Bot API are retried
 * (auto-retry), a spammer meets a flood limit before the coach is called, and each chat feature is
 * its own Composer.
 */
export function createTelegramBot(deps: TelegramDeps) {
  const bot = new Bot<StepwiseContext>(deps.config.token, { client: { apiRoot: deps.config.apiRoot } });
  bot.api.config.use(autoRetry(deps.retry ?? { maxRetryAttempts: 4, maxDelaySeconds: 60 }));
  const flood = floodLimit(deps.flood ?? DEFAULT_FLOOD, (text) => deps.users.looksLikeCrisis(text));
  // Counted on arrival, acted on in the chat's order (see flood-limit.ts).
  bot.use(flood.admit);
  bot.use(sequentialize((ctx) => (ctx.chat?.id ?? ctx.from?.id)?.toString()));
  bot.use(errorBoundary(deps.log));
  bot.use(dedupe(deps.claims, deps.log));
  bot.use(identify(deps.users, deps.defaultLocale));
  bot.use(flood.apply);
  if (deps.signIn && deps.publicUrl) bot.use(webLinkComposer({ signIn: deps.signIn, publicUrl: deps.publicUrl }));
  if (deps.dataRights)
    bot.use(
      dataRightsComposer({ dataRights: deps.dataRights, exerciseNames: deps.exerciseNames ?? NO_EXERCISE_NAMES }),
    );
  for (const feature of deps.dialog.features) bot.use(featureComposer(feature, deps.dialog, deps.log));
  bot.use(conversationComposer(deps.dialog, deps.log));
  bot.catch((err) => {
    // Only reached if the boundary itself fails. Names and codes only: the update carries the user's words.
    deps.log.error(
      { event: 'telegram_update_failed', update_id: err.ctx.update.update_id, error: (err.error as Error)?.name },
      'an update could not be handled',
    );
  });
  return { bot, mode: deps.config.webhook ? ('webhook' as const) : ('polling' as const), ...lifecycle(bot, deps) };
}

export type TelegramBot = ReturnType<typeof createTelegramBot>;

/** Serving the webhook or polling, starting and stopping, and the nudges the scheduled job sends. */
function lifecycle(bot: Bot<StepwiseContext>, deps: TelegramDeps) {
  let runner: RunnerHandle | undefined;
  let pruneTimer: NodeJS.Timeout | undefined;
  const deliveries = scheduledDeliveries(bot, deps);
  // In this process (the pg-boss runner replaces this on PostgreSQL).
  const claimed = createInProcessRunner(deliveries);
  const { health, biometrics } = deps;
  const sendAdaptations =
    health && biometrics ? adaptationSender(bot.api, { ...deps, health, biometrics }) : async () => 0;
  return {
    /** In webhook mode, serves the webhook path on the Stepwise HTTP server (call before listen). */
    attach(http: FastifyInstance) {
      const hook = deps.config.webhook;
      if (!hook) return;
      // grammY answers 401 to a request without the right X-Telegram-Bot-Api-Secret-Token.
      // A slow coach (an LLM within its timeout) must not make Telegram redeliver: after 9 s the
      // webhook answers 200 and the update finishes in the background.
      const options = { secretToken: hook.secret, onTimeout: 'return', timeoutMilliseconds: 9_000 } as const;
      http.post(hook.path, webhookCallback(bot, 'fastify', options));
    },
    /** Checks the token (getMe), registers commands, then polls or sets the webhook. */
    async start() {
      await bot.init();
      await registerCommands(bot.api);
      if (deps.publicUrl) await registerMenuButton(bot.api, deps.publicUrl);
      const hook = deps.config.webhook;
      if (hook) {
        await bot.api.setWebhook(hook.url, { secret_token: hook.secret, allowed_updates: [...ALLOWED_UPDATES] });
      } else {
        await bot.api.deleteWebhook();
        runner = run(bot, { runner: { fetch: { allowed_updates: [...ALLOWED_UPDATES] } } });
      }
      const prune = () => void deps.claims.prune().catch(() => undefined);
      prune();
      pruneTimer = setInterval(prune, PRUNE_EVERY_MS).unref();
      return { username: bot.botInfo.username };
    },
    /** The scheduled messages (reminders, digests, nudges) for a runner to send (see core/delivery.port.ts). */
    deliveries,
    /** Sends what the named delivery has due, in this process (the SQLite scheduler). */
    runHere: (name: string) => claimed.run(name),
    /** Sends the gentle nudges that are due, in this process. */
    sendNudges: () => claimed.run('nudge'),
    /** Sends the daily goal reminders that are due, in this process. */
    sendReminders: () => claimed.run('reminder'),
    /** Sends the health program's morning digests that are due, in this process. */
    sendDigests: () => claimed.run('digest'),
    /** Sends the plan changes not announced yet, each once across instances (the scheduled job calls this every 15 s). */
    sendAdaptations,
    async stop() {
      clearInterval(pruneTimer);
      if (runner?.isRunning()) await runner.stop();
    },
  };
}

/** The bot's scheduled messages, each as due keys and one delivery (only those whose services are wired). */
function scheduledDeliveries(bot: Bot<StepwiseContext>, deps: TelegramDeps): ScheduledDelivery[] {
  const { nudges, reminders, health } = deps;
  const sendNudge = nudgeSender(bot.api, deps);
  const sendReminder = reminderSender(bot.api, deps);
  return [
    ...(reminders ? [reminderDelivery(reminders, sendReminder)] : []),
    ...(nudges
      ? [
          {
            name: 'nudge',
            due: () => nudges.dueNudgeKeys(),
            deliver: (key: string) => nudges.deliverNudge(key, sendNudge),
          },
        ]
      : []),
    ...(health ? [digestDelivery(bot.api, { ...deps, health })] : []),
  ];
}
