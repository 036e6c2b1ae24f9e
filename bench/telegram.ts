// Server-side handling of a bot command: update received → reply sent (offline coach, SQLite),
// against a bare sendMessage round trip to the same fake Bot API as the baseline.
import type { Update } from 'grammy/types';
import { loadConfig } from '../src/config/env.js';
import { silentLog } from '../src/core/ports.js';
import { createTelegramBot } from '../src/interfaces/telegram/telegram-bot.js';
import { createApp } from '../src/main/app.js';
import { createTestDatabase } from '../test/factories/databases.js';
import { startFakeTelegram } from '../test/fakes/telegram-api.js';
import { measure, type Summary } from './stats.js';
import { telegramDeps } from '../src/main/wire.js';

export async function benchTelegram(rounds: number): Promise<{ baseline: Summary; command: Summary; cycle: Summary }> {
  const fake = await startFakeTelegram();
  const testDb = await createTestDatabase('sqlite');
  const cfg = loadConfig({
    DATABASE_URL: testDb.url,
    LOG_LEVEL: 'silent',
    TELEGRAM_BOT_TOKEN: fake.token,
    TELEGRAM_API_ROOT: fake.apiRoot,
  });
  if (!cfg.ok) throw new Error(cfg.problems.join('\n'));
  const app = await createApp(cfg.config, { log: silentLog });
  const tg = createTelegramBot({
    ...telegramDeps(app, cfg.config.telegram!),
    flood: { text: { burst: 1e9, perSecond: 1e9 }, taps: { burst: 1e9, perSecond: 1e9 }, maxWaitMs: 1000 },
  });
  await tg.bot.init();
  const from = { id: 4242, is_bot: false, first_name: 'Bench', language_code: 'en' };
  fake.sendText(from, '/start'); // lets the fake know the chat, as Telegram would
  let updateId = 1_000_000;
  const command = (text: string): Update => ({
    update_id: updateId++,
    message: {
      message_id: updateId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: from.id, type: 'private', first_name: from.first_name },
      from,
      text,
      ...(text.startsWith('/') && {
        entities: [{ type: 'bot_command' as const, offset: 0, length: text.split(' ')[0]!.length }],
      }),
    },
  });
  try {
    await tg.bot.handleUpdate(command('/newgoal Learn Spanish'));
    await tg.bot.handleUpdate(command('/skip'));
    const baseline = await measure(rounds, () => tg.bot.api.sendMessage(from.id, 'ping'));
    const status = await measure(rounds, () => tg.bot.handleUpdate(command('/step')));
    // Alternating /done and /next: every sample is one command, each with a real state change.
    let open = true;
    const cycle = await measure(rounds * 2, async () => {
      await tg.bot.handleUpdate(command(open ? '/done' : '/next'));
      open = !open;
    });
    return { baseline, command: status, cycle };
  } finally {
    await app.close();
    await fake.close();
    await testDb.dispose();
  }
}
