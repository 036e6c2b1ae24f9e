import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../factories/clock.js';
import { startBotHarness, type BotHarness } from '../factories/telegram.js';
import { person } from './talk.js';

const HOUR = 3600 * 1000;
const buttonsOf = (markup: { inline_keyboard: { callback_data: string }[][] } | undefined) =>
  markup?.inline_keyboard.flat().map((button) => button.callback_data) ?? [];

describe('daily goal reminders in Telegram', () => {
  let harness: BotHarness | undefined;
  afterEach(async () => {
    await harness?.dispose();
    harness = undefined;
  });

  it('asks the time and zone, sends one gentle reminder a local day, and turns off with one tap', async () => {
    // 09:00 UTC is 10:00 in Berlin.
    const clock = fixedClock(new Date('2026-03-01T09:00:00Z'));
    harness = await startBotHarness({ clock });
    const kate = person(harness.fake, { id: 3101, first_name: 'Kate', language_code: 'en' });
    await kate.say('/newgoal Read one book a month');
    await kate.say('/skip', 2);
    const [step] = await kate.say('/step');

    const [askTime] = await kate.say('/remind');
    expect(askTime).toMatch(/what time/i);
    expect(buttonsOf(kate.lastMarkup())).toContain('remind:t:19:00');
    const [askZone] = await kate.press('remind:t:19:00');
    expect(askZone).toMatch(/time zone/i);
    expect(buttonsOf(kate.lastMarkup())).toContain('remind:z:Europe/Berlin');
    const [set] = await kate.press('remind:z:Europe/Berlin');
    expect(set).toContain('19:00 (Europe/Berlin)');

    expect(await harness.bot.sendReminders()).toBe(0);
    clock.advance(9.5 * HOUR); // 19:30 in Berlin
    // Two instances' jobs at once still send one message.
    const [first, second] = await Promise.all([harness.bot.sendReminders(), harness.bot.sendReminders()]);
    expect(first + second).toBe(1);
    const reminder = (await harness.fake.waitForMessages(3101, kate.all().length)).at(-1)!;
    expect(reminder).toMatch(/^⏰ /);
    expect(reminder).toContain('Read one book a month');
    expect(step).toContain(reminder.split('\n\n')[1]!.slice(0, 40));
    expect(buttonsOf(kate.lastMarkup())).toEqual(['cmd:done', 'remind:off']);
    expect(await harness.bot.sendReminders()).toBe(0);

    clock.advance(24 * HOUR);
    expect(await harness.bot.sendReminders()).toBe(1);
    const [off] = await kate.press('remind:off');
    expect(off).toMatch(/off/);
    clock.advance(24 * HOUR);
    expect(await harness.bot.sendReminders()).toBe(0);
  });

  it('speaks Russian, takes the time and zone typed at once, and stays quiet without an open step', async () => {
    const clock = fixedClock(new Date('2026-03-01T03:00:00Z')); // 06:00 in Moscow
    harness = await startBotHarness({ clock });
    const vera = person(harness.fake, { id: 3102, first_name: 'Вера', language_code: 'ru' });
    const [set] = await vera.say('/remind 8:00 europe/moscow');
    expect(set).toContain('08:00 (Europe/Moscow)');
    expect(set).toMatch(/каждый день/);
    const [bad] = await vera.say('/remind 8:00 Москва');
    expect(bad).toMatch(/часового пояса/);
    clock.advance(3 * HOUR); // 09:00 in Moscow, but no goal yet: nothing to remind of
    expect(await harness.bot.sendReminders()).toBe(0);
    await vera.say('/newgoal Начать бегать по утрам');
    await vera.say('/skip', 2);
    expect((await vera.say('/step'))[0]).toMatch(/мин/);
    clock.advance(24 * HOUR);
    expect(await harness.bot.sendReminders()).toBe(1);
    const reminder = (await harness.fake.waitForMessages(3102, vera.all().length)).at(-1)!;
    expect(reminder).toContain('Мягкое напоминание о цели «Начать бегать по утрам»');
  });
});
