import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../factories/clock.js';
import { startBotHarness, type BotHarness } from '../factories/telegram.js';
import { person } from './talk.js';

const DAY = 24 * 3600 * 1000;

describe('the recovery program in Telegram', () => {
  let harness: BotHarness | undefined;
  afterEach(async () => {
    await harness?.dispose();
    harness = undefined;
  });

  it('onboards, runs a check-in with buttons, and shows /progress in the seed’s style', async () => {
    harness = await startBotHarness();
    const dad = person(harness.fake, { id: 2001, first_name: 'Pavel', language_code: 'en' });
    const [intro, ask] = await dad.say('/recovery', 2);
    expect(intro).toContain('🧠 Self Work');
    expect(ask).toBeTruthy();
    expect(
      dad
        .lastMarkup()!
        .inline_keyboard.flat()
        .map((button) => button.callback_data),
    ).toEqual(['primary:self_work', 'primary:child_connection', 'primary:negotiation', 'primary:community']);
    const [focus, plan] = await dad.press('primary:self_work', 2);
    expect(focus).toContain('Self Work');
    expect(plan).toContain('(0% → 25%)');
    await dad.press('ex:emotional_checkin', 2);
    for (let i = 0; i < 12; i += 1) {
      const last = dad.all().at(-1)!;
      if (last.startsWith('✅')) break;
      const button = dad
        .lastMarkup()
        ?.inline_keyboard.flat()
        .find((candidate) => candidate.callback_data.startsWith('ans:'));
      if (button) await dad.press(button.callback_data);
      else if (last.includes('/skip')) await dad.say('/skip');
      else await dad.say('tired but hopeful');
    }
    expect(dad.all().at(-1)).toContain('Self Work: 0% → 10%');
    expect(dad.all().at(-1)).toContain('🏆');
    const [progress] = await dad.say('/progress');
    expect(progress).toMatch(
      /^🧠 Self Work: █░░░░░░░░░ 10%\n {3}Next: .+\n\n👨‍👦 Child Connection: ░░░░░░░░░░ 0%\n {3}Next: .+/,
    );
    expect(progress).toContain('👨‍👦 Child Connection: ░░░░░░░░░░ 0%');
    expect(progress).toContain('🤝 Negotiation: ░░░░░░░░░░ 0%');
    expect(progress).toContain('🌍 Community: ░░░░░░░░░░ 0%');
    const [switchAsk] = await dad.say('/switch_track');
    expect(switchAsk).toContain('focus');
  });

  it('speaks Russian, registers the new commands in both languages, and offers a goal typed in the program as a goal', async () => {
    harness = await startBotHarness();
    const mom = person(harness.fake, { id: 2002, first_name: 'Вера', language_code: 'ru' });
    const [intro] = await mom.say('/recovery', 2);
    expect(intro).toMatch(/[а-яё]{4}/i);
    const [progress] = await mom.say('/progress');
    expect(progress).toContain('Дальше:');
    const commands = harness.fake.commands;
    expect(JSON.stringify(commands)).toContain('switch_track');
    const [offer] = await mom.say('хочу начать бегать по утрам');
    expect(offer).toContain('«Начать бегать по утрам»');
    const [askContext] = await mom.press(mom.lastMarkup()!.inline_keyboard[0]![0]!.callback_data);
    expect(askContext).toContain('Добавь немного контекста');
  });

  it('sends one gentle nudge for a track idle over 30 days, with a button to start', async () => {
    const clock = fixedClock(new Date(Date.now() - 40 * DAY));
    harness = await startBotHarness({ clock });
    const dad = person(harness.fake, { id: 2003, first_name: 'Oleg', language_code: 'en' });
    await dad.say('/recovery', 2);
    clock.advance(35 * DAY);
    expect(await harness.bot.sendNudges()).toBe(1);
    const nudge = (await harness.fake.waitForMessages(2003, dad.all().length)).at(-1)!;
    expect(nudge).toMatch(/^🌱 /);
    expect(nudge).toContain('35');
    expect(
      dad
        .lastMarkup()!
        .inline_keyboard.flat()
        .map((button) => button.callback_data),
    ).toContain('cmd:progress');
    expect(await harness.bot.sendNudges()).toBe(0);
  });

  for (const [locale, id, words] of [
    [
      'en',
      2004,
      {
        other: 'Thanks — noted. Maybe one of these fits better right now:',
        none: 'That was the last idea for today, and that’s fine',
        exercises: '🧩 All exercises',
        list: 'Guided exercises — pick one:',
      },
    ],
    [
      'ru',
      2005,
      {
        other: 'Спасибо, учту. Может, сейчас тебе больше подойдёт что-то из этого:',
        none: 'На сегодня идеи закончились, и это нормально',
        exercises: '🧩 Все упражнения',
        list: 'Упражнения с подсказками — выбери одно:',
      },
    ],
  ] as const)
    it(`after 👎 offers other ideas, and once none is left says so kindly with the exercises to hand, not the same idea (${locale})`, async () => {
      harness = await startBotHarness();
      const parent = person(harness.fake, { id, first_name: 'Lev', language_code: locale });
      await parent.say('/recovery', 2);
      await parent.press('primary:self_work', 2);
      await parent.say('/progress');
      const buttons = () => parent.lastMarkup()!.inline_keyboard.flat();
      const shown = buttons().map((button) => button.callback_data);
      const notForMe = shown.find((data) => data.startsWith('fb:n'))!;
      const declinedStart = shown[0]!;
      expect(declinedStart).toMatch(/^ex:/);

      const [other] = await parent.press(notForMe);
      expect(other).toBe(words.other);
      const offered = buttons().map((button) => button.callback_data);
      expect(offered.length).toBeGreaterThan(1);
      expect(offered).not.toContain(declinedStart);
      expect(offered.at(-1)).toBe('cmd:exercise');

      // Every other idea was declined today too (the web's 👎 records the same verdicts).
      const user = await harness.app.goals.ensureUser({ provider: 'telegram', subject: String(id), locale });
      const { others } = await harness.app.tracks.otherNextActions(user.id, { track: 'self_work', locale });
      expect(others.length).toBeGreaterThan(0);
      for (const idea of others)
        await harness.app.tracks.suggestionFeedback(user.id, {
          track: idea.track,
          suggestionId: idea.id,
          reason: idea.reason,
          helpful: false,
          programId: 'recovery',
        });

      const [none] = await parent.press(notForMe);
      expect(none).toContain(words.none);
      // Not a dead end, and not the idea just declined: one button, to the exercises.
      expect(buttons().map((button) => [button.text, button.callback_data])).toEqual([
        [words.exercises, 'cmd:exercise'],
      ]);
      const [list] = await parent.press('cmd:exercise');
      expect(list).toBe(words.list);
      expect(buttons().length).toBeGreaterThan(1);
    });
});
