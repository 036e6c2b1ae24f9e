import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/env.js';
import { silentLog } from '../../src/core/ports.js';
import { createHttpServer } from '../../src/interfaces/http/server.js';
import { createTelegramBot, type TelegramBot } from '../../src/interfaces/telegram/telegram-bot.js';
import { createApp, type App } from '../../src/main/app.js';
import { createTestDatabase, type TestDatabase } from '../factories/databases.js';
import type { FakeTelegram } from '../factories/telegram.js';
import { startFakeTelegram } from '../fakes/telegram-api.js';
import { sharedCrisisCheck } from '../factories/safety.js';
import { sharedContent } from '../factories/app-content.js';
import { httpDeps } from '../../src/main/wire.js';
import { telegramDeps } from '../../src/main/wire.js';

const SECRET = 'webhook-secret-0123456789';

describe('the Telegram bot in webhook mode', () => {
  let fake: FakeTelegram;
  let testDb: TestDatabase;
  let app: App;
  let tg: TelegramBot;
  let http: ReturnType<typeof createHttpServer>;

  beforeAll(async () => {
    fake = await startFakeTelegram();
    testDb = await createTestDatabase('sqlite');
    const cfg = loadConfig({
      DATABASE_URL: testDb.url,
      TELEGRAM_BOT_TOKEN: fake.token,
      TELEGRAM_API_ROOT: fake.apiRoot,
      TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/telegram/webhook',
      TELEGRAM_WEBHOOK_SECRET: SECRET,
    });
    if (!cfg.ok) throw new Error(cfg.problems.join('\n'));
    app = await createApp(cfg.config, { crisisCheck: sharedCrisisCheck(), content: sharedContent(), log: silentLog });
    tg = createTelegramBot({
      ...telegramDeps(app, cfg.config.telegram!),
    });
    http = createHttpServer(httpDeps(app), false);
    tg.attach(http);
    await http.ready();
    await tg.start();
  });
  afterAll(async () => {
    await tg?.stop();
    await http?.close();
    await app?.close();
    await fake?.close();
    await testDb?.dispose();
  });

  const user = { id: 3001, first_name: 'Wes', language_code: 'en' };
  const update = (updateId: number, text: string) => ({
    update_id: updateId,
    message: {
      message_id: updateId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: user.id, type: 'private', first_name: user.first_name },
      from: { ...user, is_bot: false },
      text,
      entities: [{ type: 'bot_command', offset: 0, length: text.length }],
    },
  });
  const post = (body: unknown, secret?: string) =>
    http.inject({
      method: 'POST',
      url: '/telegram/webhook',
      payload: body as object,
      headers: secret ? { 'x-telegram-bot-api-secret-token': secret } : {},
    });

  it('registers the webhook with its secret instead of polling', () => {
    expect(fake.webhook).toMatchObject({ url: 'https://bot.example.org/telegram/webhook', secretToken: SECRET });
    expect(fake.calls.some((call) => call.method === 'getUpdates')).toBe(false);
  });

  it('refuses a request without the right secret token and handles nothing', async () => {
    fake.sendText(user, '/help'); // Telegram knows the chat from now on
    const before = fake.messagesTo(user.id).length;
    expect((await post(update(900, '/start'))).statusCode).toBe(401);
    expect((await post(update(901, '/start'), 'wrong-secret-0123456789')).statusCode).toBe(401);
    expect(fake.messagesTo(user.id).length).toBe(before);
  });

  it('answers an update Telegram posts with the secret, once even if posted twice', async () => {
    const before = fake.messagesTo(user.id).length;
    expect((await post(update(902, '/start'), SECRET)).statusCode).toBe(200);
    expect((await post(update(902, '/start'), SECRET)).statusCode).toBe(200);
    const got = fake.messagesTo(user.id).slice(before);
    expect(got).toHaveLength(1);
    expect(got[0]).toContain('Hi, Wes!');
  });
});
