import { exerciseNames } from '../interfaces/privacy/exercise-names.js';
import { fileURLToPath } from 'node:url';
import { createReadinessCheck } from '../store/readiness.js';
import type { Config } from '../config/env.js';
import type { HttpDeps } from '../interfaces/http/server.js';
import type { TelegramDeps } from '../interfaces/telegram/telegram-bot.js';
import { apiSecret } from '../services/auth/api-secret.js';
import type { App } from './app.js';

/** The built web app, beside the sources (`npm run build:web` writes it). */
const WEB_ROOT = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** What the HTTP server gets from the app: each part only what it uses. */
export function httpDeps(app: App): HttpDeps {
  const { config } = app;
  return {
    log: app.log,
    webRoot: WEB_ROOT,
    trustProxy: config.http.trustProxy,
    load: config.http.load,
    connections: {
      headersTimeoutMs: config.http.timeouts.headersMs,
      requestTimeoutMs: config.http.timeouts.requestMs,
      keepAliveTimeoutMs: config.http.timeouts.keepAliveMs,
    },
    health: {
      ping: () => app.database.ping(),
      database: app.database.dialect,
      coach: config.llm.provider,
      ready: createReadinessCheck(
        app.database.db,
        app.database.schema,
        () => app.clock.now().getTime(),
        app.database.faults,
      ),
    },
    metrics: {
      token: config.metricsToken,
      contentType: app.metrics.registry.contentType,
      render: () => app.metrics.registry.metrics(),
    },
    api: {
      secret: () => apiSecret({ configured: config.api.jwtSecret, settings: app.stores.settings }),
      limits: {
        jwtTtlMinutes: config.api.jwtTtlMinutes,
        bodyLimit: config.api.bodyLimit,
        rateLimitPerMinute: config.api.rateLimitPerMinute,
        importBytes: config.heavyWork.importMaxBytes,
      },
      user: (userId) => app.goals.user(userId),
      watchCaches: (caches) => app.metrics.watchCaches(caches),
      tracks: app.tracks,
      entries: app.entries,
      goals: app.goals,
      health: app.health,
      biometrics: app.biometrics,
      screen: app.screen,
      safety: app.safetyTexts,
      bus: app.bus,
      freshness: app.freshness,
      clock: app.clock,
      log: app.log,
      signIn: app.signIn,
      dataRights: app.dataRights,
      exerciseNames: exerciseNames(app.tracks.programs),
      web: { botToken: config.telegram?.token, secureCookies: config.http.publicUrl.startsWith('https:') },
    },
  };
}

/** What the Telegram bot gets from the app. */
export function telegramDeps(
  app: App,
  telegram: NonNullable<Config['telegram']>,
  extra: Pick<TelegramDeps, 'flood' | 'retry'> = {},
): TelegramDeps {
  return {
    config: telegram,
    defaultLocale: app.config.defaultLocale,
    users: app.goals,
    dialog: app.dialog,
    claims: app.claims,
    log: app.log,
    nudges: app.tracks,
    reminders: app.reminders,
    health: app.health,
    biometrics: app.biometrics,
    signIn: app.signIn,
    publicUrl: app.config.http.publicUrl,
    dataRights: app.dataRights,
    exerciseNames: exerciseNames(app.tracks.programs),
    ...extra,
  };
}
