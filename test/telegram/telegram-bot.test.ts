import { afterEach, describe, expect, it } from 'vitest';
import { startBotHarness, type BotHarness } from '../factories/telegram.js';
import { person } from './talk.js';
import { DEFAULT_FLOOD } from '../../src/interfaces/telegram/flood-limit.js';

describe('the Telegram bot over the Bot API protocol', () => {
  let harness: BotHarness | undefined;
  afterEach(async () => {
    await harness?.dispose();
    harness = undefined;
  });

  it('walks every seed-001 command in English, with 👣 steps and buttons', async () => {
    harness = await startBotHarness();
    const ann = person(harness.fake, { id: 1001, first_name: 'Ann', language_code: 'en' });

    const [welcome] = await ann.say('/start');
    expect(welcome).toContain('Hi, Ann!');
    expect(
      ann
        .lastMarkup()!
        .inline_keyboard.flat()
        .map((second) => second.text),
    ).toEqual(['📋 My goals', '➕ New goal', '🌱 Recovery program', '🌿 Health program']);

    expect(await ann.press('cmd:newgoal')).toEqual([expect.stringContaining('What is your goal?')]);
    expect((await ann.say('Learn Spanish'))[0]).toContain('/skip');
    const [created, step] = await ann.say('/skip', 2);
    expect(created).toBe('🎯 New goal: «Learn Spanish». Let’s begin.');
    expect(step).toMatch(/^👣 /);
    expect(
      ann
        .lastMarkup()!
        .inline_keyboard.flat()
        .map((second) => second.callback_data),
    ).toEqual(['cmd:done', 'cmd:rephrase']);

    expect((await ann.say('/step'))[0]).toBe(step);
    expect((await ann.say('/next'))[0]).toContain('First finish the current step');
    expect((await ann.press('cmd:done'))[0]).toContain('1 step done');
    const [next] = await ann.say('/next');
    expect(next).toMatch(/^👣 /);
    expect(next).not.toBe(step);
    expect((await ann.say('/rephrase'))[0]).toContain('What’s wrong with this step?');
    const [intro, other] = await ann.say('too big for today', 2);
    expect(intro).toBe('Here is another way to go:');
    expect(other).toMatch(/^👣 /);
    expect((await ann.say('done'))[0]).toContain('2 steps done');

    await ann.say('/newgoal Run a 10k race');
    await ann.say('/skip', 2);
    const [list] = await ann.say('/switch');
    expect(list).toContain('Run a 10k race — 0 steps done (active)');
    const spanish = ann
      .lastMarkup()!
      .inline_keyboard.flat()
      .find((second) => second.text.includes('Learn Spanish'))!;
    const [switched, current] = await ann.press(spanish.callback_data, 2);
    expect(switched).toBe('🎯 Now working on «Learn Spanish».');
    expect(current).toMatch(/^(👣|🎯)/);
    const [status] = await ann.say('/status', 2);
    expect(status).toContain('🎯 Learn Spanish\n✅ 2 steps done');
    expect((await ann.say('/goals'))[0]).toContain('1. 🎯 Learn Spanish — 2 steps done (active)');
    expect((await ann.say('/help'))[0]).toContain('/rephrase');
    expect(harness.fake.callbackAnswers.length).toBe(3);
  });

  it('speaks Russian to a user whose Telegram language is ru, with correct plurals, and /language switches', async () => {
    harness = await startBotHarness();
    const ivan = person(harness.fake, { id: 1002, first_name: 'Иван', language_code: 'ru' });
    expect((await ivan.say('/start'))[0]).toContain('Привет, Иван!');
    expect(
      ivan
        .lastMarkup()!
        .inline_keyboard.flat()
        .map((other) => other.text),
    ).toEqual(['📋 Мои цели', '➕ Новая цель', '🌱 Программа восстановления', '🌿 Программа здоровья']);
    await ivan.say('/newgoal');
    await ivan.say('Выучить японский');
    const [created, step] = await ivan.say('Хочу читать мангу в оригинале', 2);
    expect(created).toBe('🎯 Новая цель: «Выучить японский». Начнём.');
    expect(step).toMatch(/^👣 [А-ЯЁ]/);
    expect((await ivan.say('готово'))[0]).toContain('сделано: 1 шаг.');
    await ivan.say('/next');
    expect((await ivan.say('сделал'))[0]).toContain('сделано: 2 шага.');
    expect((await ivan.say('/tone серьёзный'))[0]).toBe('Тон: серьёзный.');
    await ivan.say('/next');
    expect((await ivan.say('/done'))[0]).toMatch(/^✅ Шаг выполнен\./);
    expect((await ivan.say('/language'))[0]).toBe('Переключиться на English?');
    expect((await ivan.press('lang:en'))[0]).toBe('Language: English.');
    expect((await ivan.say('/help'))[0]).toContain('What I can do');
  });

  it('answers every other command in Russian too', async () => {
    harness = await startBotHarness();
    const ola = person(harness.fake, { id: 1009, first_name: 'Оля', language_code: 'ru' });
    expect((await ola.say('/step'))[0]).toBe('Активной цели нет. Создай её командой /newgoal или выбери в /goals.');
    expect((await ola.say('/goals'))[0]).toBe('Целей пока нет. Создай первую командой /newgoal.');
    await ola.say('/newgoal Научиться рисовать');
    const [, first] = await ola.say('/skip', 2);
    expect((await ola.say('/step'))[0]).toBe(first);
    expect((await ola.say('/next'))[0]).toContain('Сначала закончи текущий шаг');
    expect((await ola.say('/rephrase'))[0]).toContain('Что не так с этим шагом?');
    const [intro, other] = await ola.say('слишком сложно', 2);
    expect(intro).toBe('Вот другой вариант:');
    expect(other).toMatch(/^👣 /);
    await ola.say('/newgoal Накопить на отпуск');
    await ola.say('/skip', 2);
    const [list] = await ola.say('/switch');
    expect(list).toContain('2. 🎯 Накопить на отпуск — сделано: 0 шагов (активная)');
    expect(list).toContain('Какую цель выбрать? Отправь её номер.');
    const [switched] = await ola.say('1', 2);
    expect(switched).toBe('🎯 Теперь работаем над целью «Научиться рисовать».');
    const [status] = await ola.say('/status', 2);
    expect(status).toMatch(/^🎯 Научиться рисовать\n✅ Сделано: 0 шагов\n📅 с /);
    expect((await ola.say('/help'))[0]).toContain('Что я умею:');
    expect((await ola.say('/cancel'))[0]).toBe('Хорошо, отменил.');
    expect((await ola.say('/archive'))[0]).toContain('Да или нет?');
    expect((await ola.say('да'))[0]).toContain('в архиве');
    expect((await ola.say('/fly'))[0]).toBe('Команды /fly я не знаю. Список команд — /help.');
    const before = ola.all().length;
    harness.fake.sendSticker(ola.user);
    expect((await harness.fake.waitForMessages(ola.user.id, before + 1)).at(-1)).toContain('Я понимаю только текст');
  });

  it('tells the user to try again when the database fails, logs it without their words, and keeps polling', async () => {
    const lines: string[] = [];
    const capture = (fields: Record<string, unknown>, text: string) =>
      void lines.push(JSON.stringify({ ...fields, m: text }));
    harness = await startBotHarness({ log: { info: capture, warn: capture, error: capture } });
    const kim = person(harness.fake, { id: 1010, first_name: 'Kim' });
    await kim.say('/start');
    await harness.app.close(); // the database goes away under the running bot
    expect((await kim.say('my secret plan for the custody hearing'))[0]).toContain('Something went wrong on my side');
    expect(lines.join('\n')).toContain('telegram_update_failed');
    expect(lines.join('\n')).not.toContain('custody');
    await harness.restart();
    expect((await kim.say('/help'))[0]).toContain('What I can do');
  });

  it('answers crisis language with help first, checks in on the next message, and shows the help again on a tap', async () => {
    harness = await startBotHarness();
    const olga = person(harness.fake, { id: 1077, first_name: 'Olga', language_code: 'ru' });
    await olga.say('/start');
    const [help] = await olga.say('/newgoal Таблетки уже собраны, сегодня ночью уйду из жизни');
    expect(help!.startsWith('Если тебе или кому-то рядом угрожает опасность прямо сейчас — звони 112.')).toBe(true);
    expect(help).not.toContain('👣');
    const [checkIn, answer] = await olga.say('/help', 2);
    expect(checkIn).toContain('как ты сейчас');
    expect(olga.all().length).toBeGreaterThan(2);
    expect(answer).toContain('/sos');
    expect((await olga.press('safety:help:imminent'))[0]).toContain('112');
  });

  it('registers its commands for the default language and for Russian', async () => {
    harness = await startBotHarness();
    const names = (lang: string) =>
      (harness!.fake.commands[lang] ?? []).map((command: { command: string }) => command.command);
    for (const lang of ['', 'ru'])
      expect(names(lang)).toEqual(
        expect.arrayContaining([
          'start',
          'newgoal',
          'goals',
          'step',
          'done',
          'next',
          'rephrase',
          'switch',
          'status',
          'help',
          'language',
          'tone',
        ]),
      );
    expect(
      harness.fake.commands['ru']!.find((command: { command: string }) => command.command === 'done').description,
    ).toBe('Отметить шаг выполненным');
  });

  it('continues a half-finished conversation after a restart', async () => {
    harness = await startBotHarness();
    const cy = person(harness.fake, { id: 1003, first_name: 'Cy' });
    await cy.say('/newgoal');
    await cy.say('Learn to draw');
    await harness.restart();
    const [created] = await cy.say('Sketch my cat from a photo', 2);
    expect(created).toBe('🎯 New goal: «Learn to draw». Let’s begin.');
  });

  it('processes a redelivered update once, also after a restart', async () => {
    harness = await startBotHarness();
    const dee = person(harness.fake, { id: 1004, first_name: 'Dee' });
    await dee.say('/newgoal Learn chess');
    await dee.say('/skip', 2);
    const before = dee.all().length;
    const id = harness.fake.sendText(dee.user, '/done');
    await harness.fake.waitForMessages(dee.user.id, before + 1);
    harness.fake.redeliver(id);
    await harness.restart();
    harness.fake.redeliver(id);
    // A later message is answered, so the redeliveries before it were seen and skipped.
    expect((await dee.say('/status', 2))[0]).toContain('1 step done');
    expect(dee.all().filter((text) => text.includes('step done on'))).toHaveLength(1);
  });

  it('keeps 20 concurrent users apart: each gets only their own replies', async () => {
    harness = await startBotHarness();
    const people = Array.from({ length: 20 }, (_, i) =>
      person(harness!.fake, { id: 2000 + i, first_name: `P${i}`, language_code: i % 2 ? 'ru' : 'en' }),
    );
    await Promise.all(
      people.map(async (someone, i) => {
        await someone.say(`/newgoal Learn Spanish number ${i}`);
        await someone.say('/skip', 2);
        await someone.say('/done');
        await someone.say('/next');
        await someone.say('/status', 2);
      }),
    );
    for (const [i, someone] of people.entries()) {
      const mine = someone.all().join('\n');
      expect(mine).toContain(`Learn Spanish number ${i}`);
      for (let j = 0; j < 20; j++) if (j !== i) expect(mine).not.toContain(`Learn Spanish number ${j}»`);
    }
  });

  it('rides out 429 and 5xx from the Bot API without losing the reply or the action', async () => {
    harness = await startBotHarness();
    const eve = person(harness.fake, { id: 1005, first_name: 'Eve' });
    harness.fake.failNext('sendMessage', 1, { status: 429, retryAfter: 1 });
    expect((await eve.say('/start'))[0]).toContain('Hi, Eve!');
    harness.fake.failNext('sendMessage', 1, { status: 502 });
    expect((await eve.say('/newgoal Save money for a bike'))[0]).toContain('/skip');
    // Telegram keeps failing past the retry: that reply is lost, but the goal is not.
    harness.fake.failNext('sendMessage', 2, { status: 500 });
    const before = harness.fake.calls.length;
    harness.fake.sendText(eve.user, '/skip');
    await harness.fake.waitFor(
      () => harness!.fake.calls.slice(before).filter((call) => call.method === 'sendMessage').length >= 2,
      20_000,
    );
    // auto-retry backs off once more after the last failure (3 s + 6 s) before the bot gives up.
    const beforeSecond = eve.all().length;
    harness.fake.sendText(eve.user, '/goals');
    const [list] = (await harness.fake.waitForMessages(eve.user.id, beforeSecond + 1, 15_000)).slice(beforeSecond);
    expect(list).toContain('Save money for a bike');
  }, 40_000);

  it('answers stickers, photos, voice, edits, unknown commands and oversized titles helpfully, and keeps going', async () => {
    harness = await startBotHarness();
    const fay = person(harness.fake, { id: 1006, first_name: 'Fay' });
    const expectAnswer = async (send: () => unknown) => {
      const before = fay.all().length;
      send();
      return (await harness!.fake.waitForMessages(fay.user.id, before + 1)).at(-1)!;
    };
    expect(await expectAnswer(() => harness!.fake.sendSticker(fay.user))).toContain('I can only read text');
    expect(await expectAnswer(() => harness!.fake.sendPhoto(fay.user))).toContain('I can only read text');
    expect(await expectAnswer(() => harness!.fake.sendVoice(fay.user))).toContain('I can only read text');
    expect((await fay.say('/fly'))[0]).toBe('I don’t know /fly. /help lists what I can do.');
    await fay.say('/newgoal');
    expect((await fay.say('x'.repeat(4000)))[0]).toBe(
      'That title is too long (4000 characters; the limit is 200). Please shorten it and send it again.',
    );
    expect((await fay.say('Learn to swim'))[0]).toContain('/skip');
    expect(await expectAnswer(() => harness!.fake.editText(fay.user, 1, 'Learn to dive'))).toContain(
      'I only read new messages',
    );
    expect((await fay.say('/skip', 2))[0]).toBe('🎯 New goal: «Learn to swim». Let’s begin.');
  });

  it('splits replies longer than Telegram’s 4,096 characters and loses no goal', async () => {
    harness = await startBotHarness();
    const gus = person(harness.fake, { id: 1007, first_name: 'Gus' });
    const titles = Array.from({ length: 40 }, (_, i) =>
      `Goal ${String(i).padStart(2, '0')} ${'long words to fill the line '.repeat(6)}`.slice(0, 195),
    );
    for (const goalTitle of titles)
      await harness.app.goals.createGoal(
        (await harness.app.goals.ensureUser({ provider: 'telegram', subject: '1007', locale: 'en' })).id,
        { title: goalTitle },
      );
    const before = gus.all().length;
    harness.fake.sendText(gus.user, '/goals');
    await harness.fake.waitFor(
      () => gus.all().length > before + 1 && gus.all().at(-1)!.includes('Send its number'),
      10_000,
    );
    const parts = gus.all().slice(before);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(4096);
    const joined = parts.join('\n');
    for (const title of titles) expect(joined).toContain(title);
  });

  it('lets a person tap Done and Next through fifteen steps as fast as they like: every tap is answered', async () => {
    harness = await startBotHarness({ flood: DEFAULT_FLOOD });
    const tia = person(harness.fake, { id: 1021, first_name: 'Tia', language_code: 'en' });
    await tia.say('/newgoal Learn Portuguese');
    await tia.say('/skip', 2);
    for (let i = 0; i < 15; i++) {
      const [reply] = await tia.press(i % 2 === 0 ? 'cmd:done' : 'cmd:next');
      expect(reply).toMatch(i % 2 === 0 ? /steps? done/ : /^👣 /);
    }
    expect(tia.all().some((text) => text.includes('faster than I can answer'))).toBe(false);
  });

  it('meets a flood with one polite notice instead of calling the coach for every message', async () => {
    harness = await startBotHarness({
      flood: { text: { burst: 5, perSecond: 1 }, taps: { burst: 5, perSecond: 1 }, maxWaitMs: 1500 },
    });
    // Telegram says Russian, but Sam chose English: the notice follows the saved choice.
    const spam = person(harness.fake, { id: 1008, first_name: 'Sam', language_code: 'ru' });
    await spam.say('/language en');
    await new Promise((resolve) => setTimeout(resolve, 1600));
    await spam.say('/newgoal Learn Italian');
    await spam.say('/skip', 2);
    const before = spam.all().length;
    for (let i = 0; i < 30; i++) harness.fake.sendText(spam.user, '/status');
    await harness.fake.waitFor(() => harness!.fake.pendingUpdates() === 0, 10_000);
    // The held messages are answered as their turn comes; the skipped ones get one notice after them.
    await harness.fake.waitFor(
      () =>
        spam
          .all()
          .slice(before)
          .some((text) => text.includes('faster than I can answer')),
      10_000,
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    const replies = spam.all().slice(before);
    expect(
      replies.filter((reply) => reply.includes('faster than I can answer, so I skipped your last message')),
    ).toHaveLength(1);
    expect(replies.length).toBeLessThan(20);
    // Still over the limit, crisis words are not held back.
    expect((await spam.say('I have the pills counted out, tonight I end it'))[0]).toMatch(
      /^If you or someone near you is in danger/,
    );
    await new Promise((resolve) => setTimeout(resolve, 1600));
    const [checkIn, help] = await spam.say('/help', 2);
    expect(checkIn).toContain('how are you doing now');
    expect(help).toContain('What I can do');
  });

  it('answers an edited message that speaks of a crisis', async () => {
    harness = await startBotHarness();
    const eve = person(harness.fake, { id: 1013, first_name: 'Eve', language_code: 'en' });
    await eve.say('/start');
    const before = eve.all().length;
    // Her first message (id 1) was /start; she edits it into something else entirely.
    harness.fake.editText(eve.user, 1, 'actually I gave my things away, I won’t need them after tonight');
    const [reply] = (await harness.fake.waitForMessages(eve.user.id, before + 1)).slice(before);
    expect(reply).toMatch(/^If you or someone near you is in danger/);
  });
});
