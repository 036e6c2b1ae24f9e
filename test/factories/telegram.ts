import { createTelegramBot, type TelegramBot } from '../../src/interfaces/telegram/telegram-bot.js';
import type { FloodOptions } from '../../src/interfaces/telegram/flood-limit.js';
import { createApp, type App } from '../../src/main/app.js';
import { loadConfig } from '../../src/config/env.js';
import { silentLog, type Clock, type Log } from '../../src/core/ports.js';
import { startFakeTelegram } from '../fakes/telegram-api.js';
import { createTestDatabase, type TestDatabase } from './databases.js';
import type { DialectName } from '../../src/store/dialect.js';
import { sharedCrisisCheck } from './safety.js';
import { sharedContent } from './app-content.js';
import { telegramDeps } from '../../src/main/wire.js';

export type FakeTelegram = Awaited<ReturnType<typeof startFakeTelegram>>;

export interface BotHarness {
  fake: FakeTelegram;
  app: App;
  bot: TelegramBot;
  /** Stops the bot and the app (not the fake) and starts both again on the same database. */
  restart(): Promise<void>;
  dispose(): Promise<void>;
}

/** The real bot, on a real database, polling a fake Bot API server on loopback. */
export async function startBotHarness(
  options: {
    dialect?: DialectName;
    flood?: FloodOptions;
    log?: Log;
    webhook?: { url: string; secret: string };
    clock?: Clock;
  } = {},
): Promise<BotHarness> {
  const fake = await startFakeTelegram();
  const testDb: TestDatabase = await createTestDatabase(options.dialect ?? 'sqlite');
  const env = {
    DATABASE_URL: testDb.url,
    LOG_LEVEL: 'silent',
    TELEGRAM_BOT_TOKEN: fake.token,
    TELEGRAM_API_ROOT: fake.apiRoot,
    ...(options.webhook && {
      TELEGRAM_WEBHOOK_URL: options.webhook.url,
      TELEGRAM_WEBHOOK_SECRET: options.webhook.secret,
    }),
  };
  const result = loadConfig(env);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  const config = result.config;

  const boot = async () => {
    const app = await createApp(config, {
      crisisCheck: sharedCrisisCheck(),
      content: sharedContent(),
      log: options.log ?? silentLog,
      ...(options.clock && { clock: options.clock }),
      db: testDb.schema ? { schema: testDb.schema, poolSize: 5 } : {},
    });
    const bot = createTelegramBot({
      ...telegramDeps(app, config.telegram!),
      // Tests that are not about the flood limit should never meet it.
      flood: options.flood ?? {
        text: { burst: 1000, perSecond: 1000 },
        taps: { burst: 1000, perSecond: 1000 },
        maxWaitMs: 5000,
      },
      // One retry keeps the 5xx cases to a 3-second back-off; production uses four.
      retry: { maxRetryAttempts: 1, maxDelaySeconds: 5 },
    });
    return { app, bot };
  };

  let { app, bot } = await boot();
  await bot.start();
  const harness: BotHarness = {
    fake,
    app,
    bot,
    async restart() {
      await harness.bot.stop();
      await harness.app.close();
      ({ app, bot } = await boot());
      harness.app = app;
      harness.bot = bot;
      await bot.start();
    },
    async dispose() {
      await harness.bot.stop();
      await harness.app.close();
      await fake.close();
      await testDb.dispose();
    },
  };
  return harness;
}
