import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/env.js';
import { silentLog } from '../../src/core/ports.js';
import type { Locale } from '../../src/core/goals/model.js';
import { digestDelivery } from '../../src/interfaces/telegram/digest-message.js';
import { createInProcessRunner } from '../../src/services/delivery/in-process-runner.js';
import { type App, createApp } from '../../src/main/app.js';
import { createTestApp, type TestApp } from '../factories/app.js';
import { DIALECTS } from '../factories/databases.js';
import { sharedCrisisCheck } from '../factories/safety.js';
import { sharedContent } from '../factories/app-content.js';
import { fixedClock } from '../factories/clock.js';
import { startBotHarness } from '../factories/telegram.js';
import { person as chatter } from '../telegram/talk.js';

const HOUR = 3600 * 1000;

interface Sent {
  chat: number;
  text: string;
  buttons: string[];
}

/** The Bot API's sendMessage as a list of what was sent; `failNext` makes the next call fail. */
function fakeApi() {
  const sent: Sent[] = [];
  let failNext = false;
  return {
    sent,
    failOnce: () => void (failNext = true),
    api: {
      sendMessage: async (
        chat: number | string,
        text: string,
        other?: { reply_markup?: { inline_keyboard: Array<Array<{ callback_data: string }>> } },
      ) => {
        if (failNext) {
          failNext = false;
          throw new Error('Telegram is down');
        }
        const buttons = other?.reply_markup?.inline_keyboard.flat().map((button) => button.callback_data) ?? [];
        sent.push({ chat: Number(chat), text, buttons });
        return {} as never;
      },
    },
  };
}

describe.each(DIALECTS)('the morning digest (%s)', (dialect) => {
  let first: TestApp;
  let second: App;
  beforeAll(async () => {
    // 05:00 UTC is 06:00 in Berlin, an hour before the wake time.
    first = await createTestApp(dialect);
    const config = loadConfig({ DATABASE_URL: first.testDb.url, LOG_LEVEL: 'silent' });
    if (!config.ok) throw new Error(config.problems.join('\n'));
    // A second instance on the same database, as when several servers run the job.
    second = await createApp(config.config, {
      log: silentLog,
      clock: first.clock,
      crisisCheck: sharedCrisisCheck(),
      content: sharedContent(),
      db: first.testDb.schema ? { schema: first.testDb.schema, poolSize: 5 } : {},
    });
  }, 180_000);
  afterAll(async () => {
    await second?.close();
    await first?.dispose();
  });

  const senders = (api: ReturnType<typeof fakeApi>['api']) =>
    [first, second].map((app) => {
      const delivery = digestDelivery(api, { health: app.health, users: app.goals, log: silentLog });
      const runner = createInProcessRunner([delivery]);
      return () => runner.run('digest');
    });
  let telegramId = 880_000;
  const everyone: string[] = [];
  const person = async (locale: Locale, digest: boolean) => {
    const user = await first.goals.ensureUser({ provider: 'telegram', subject: String(++telegramId), locale });
    await first.health.chooseArchetype(user.id, 'peak_performer');
    await first.health.setSchedule(user.id, { timeZone: 'Europe/Berlin', wake: '07:00', sleep: '23:00', work: null });
    if (digest) await first.health.setDigest(user.id, true);
    everyone.push(user.id);
    return { user, chat: telegramId };
  };

  it('sends one message with the day’s blocks at the wake time, once a day across two instances, never when off', async () => {
    first.clock.advance(new Date('2026-03-01T05:00:00Z').getTime() - first.clock.now().getTime());
    const fake = fakeApi();
    const [one, two] = senders(fake.api);
    const ann = await person('en', true);
    const quiet = await person('en', false);
    const vera = await person('ru', true);

    expect(await one!()).toBe(0); // 06:00 in Berlin: not yet
    first.clock.advance(1.5 * HOUR); // 07:30
    const counts = await Promise.all([one!(), two!()]);
    expect(counts[0] + counts[1]).toBe(2);
    expect(fake.sent.map((message) => message.chat).sort()).toEqual([ann.chat, vera.chat].sort());
    const english = fake.sent.find((message) => message.chat === ann.chat)!;
    expect(english.text).toMatch(/^🌅 Good morning! Your plan for Sunday, March 1:/);
    const plan = await first.health.today(ann.user.id);
    for (const block of plan.blocks) expect(english.text).toContain(`🕒 ${block.time_range} · ${block.title}`);
    expect(english.buttons).toEqual(['cmd:today', 'cmd:digest off']);
    expect(fake.sent.find((message) => message.chat === vera.chat)!.text).toMatch(/^🌅 Доброе утро!/);
    expect(fake.sent.some((message) => message.chat === quiet.chat)).toBe(false);
    expect(await Promise.all([one!(), two!()])).toEqual([0, 0]);

    // The next morning: one each again; then Ann taps "off" and gets none after that.
    first.clock.advance(24 * HOUR);
    expect((await one!()) + (await two!())).toBe(2);
    const [off] = await first.dialog.handle(await first.goals.user(ann.user.id), 'telegram', {
      kind: 'button',
      data: 'cmd:digest off',
    });
    expect(off!.text).toContain('Morning message off');
    first.clock.advance(24 * HOUR);
    expect((await Promise.all([one!(), two!()])).reduce((sum, count) => sum + count)).toBe(1);
    expect(fake.sent.filter((message) => message.chat === ann.chat)).toHaveLength(2);
    expect(fake.sent.filter((message) => message.chat === vera.chat)).toHaveLength(3);
  });

  it('tries again on the next run when Telegram fails, and skips people without a Telegram chat', async () => {
    for (const userId of everyone) await first.health.setDigest(userId, false);
    const fake = fakeApi();
    const [one] = senders(fake.api);
    const bo = await person('en', true);
    const local = await first.goals.ensureUser({ provider: 'local', subject: 'terminal-only', locale: 'en' });
    await first.health.chooseArchetype(local.id, 'peak_performer');
    await first.health.setDigest(local.id, true);
    first.clock.advance(24 * HOUR);
    fake.failOnce();
    expect(await one!()).toBe(0);
    expect(fake.sent).toEqual([]);
    // The terminal-only person has no chat to send to: their day is done, not retried every minute.
    expect((await first.health.dueDigests()).map((due) => due.userId)).toEqual([bo.user.id]);
    expect(await one!()).toBe(1);
    expect(fake.sent.map((message) => message.chat)).toEqual([bo.chat]);
    expect(await one!()).toBe(0);
  });

  it('goes out through the bot, and its "off" button turns it off', async () => {
    const clock = fixedClock(new Date('2026-03-01T06:30:00Z')); // 07:30 in Berlin
    const harness = await startBotHarness({ dialect, clock });
    try {
      const eva = chatter(harness.fake, { id: 885_001, first_name: 'Eva', language_code: 'en' });
      await eva.say('/start');
      const user = await harness.app.goals.ensureUser({ provider: 'telegram', subject: '885001', locale: 'en' });
      await harness.app.health.chooseArchetype(user.id, 'connected_explorer');
      await harness.app.health.setSchedule(user.id, { timeZone: 'Europe/Berlin', wake: '07:00', sleep: '23:00' });
      await eva.say('/digest on');
      expect(await harness.bot.sendDigests()).toBe(1);
      const digest = (await harness.fake.waitForMessages(885_001, eva.all().length)).at(-1)!;
      expect(digest).toMatch(/^🌅 Good morning!/);
      expect(
        eva
          .lastMarkup()
          ?.inline_keyboard.flat()
          .map((button) => button.callback_data),
      ).toEqual(['cmd:today', 'cmd:digest off']);
      expect(await harness.bot.sendDigests()).toBe(0);
      const [off] = await eva.press('cmd:digest off');
      expect(off).toContain('Morning message off');
      clock.advance(24 * HOUR);
      expect(await harness.bot.sendDigests()).toBe(0);
    } finally {
      await harness.dispose();
    }
  });
});
