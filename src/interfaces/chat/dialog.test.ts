import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, restartApp, type TestApp } from '../../../test/factories/app.js';
import type { App } from '../../main/app.js';
import { type ChatInput, parseInput } from './reply.js';

describe('the chat dialog (shared by the bot and the terminal)', () => {
  let app: TestApp;
  let other: App | undefined;
  afterEach(async () => {
    // restartApp() closed the first app already; otherwise close it here.
    if (other) await other.close();
    else await app?.close();
    other = undefined;
    await app?.testDb.dispose();
  });

  const say = async (target: App, subject: string, line: string, locale: 'en' | 'ru' = 'en') => {
    const user = await target.goals.ensureUser({ provider: 'test', subject, locale });
    return (await target.dialog.handle(await target.goals.user(user.id), 'test', parseInput(line))).map(
      (reply) => reply.text,
    );
  };

  it('walks the whole flow in English: new goal, step, done, next, rephrase, status', async () => {
    app = await createTestApp();
    const send = (line: string) => say(app, 'ann', line);
    expect((await send('/start'))[0]).toContain('one small step');
    expect((await send('/newgoal'))[0]).toContain('What is your goal');
    expect((await send('Learn Spanish'))[0]).toContain('/skip');
    const created = await send('/skip');
    expect(created[0]).toBe('🎯 New goal: «Learn Spanish». Let’s begin.');
    expect(created[1]).toMatch(/^👣 /);
    expect((await send('/next'))[0]).toContain('First finish the current step');
    expect((await send('/step'))[0]).toBe(created[1]);
    expect((await send('/done'))[0]).toContain('1 step done');
    const next = await send('/next');
    expect(next[0]).toMatch(/^👣 /);
    expect(next[0]).not.toBe(created[1]);
    expect((await send('/rephrase'))[0]).toContain('What’s wrong');
    const rephrased = await send('I have no time today');
    expect(rephrased[0]).toBe('Here is another way to go:');
    expect(rephrased[1]).toMatch(/^👣 /);
    expect((await send('done'))[0]).toContain('2 steps done');
    const status = await send('/status');
    expect(status.length).toBe(2);
    expect(status[0]).toContain('🎯 Learn Spanish');
    expect(status[0]).toContain('2 steps done');
    expect(status.join('\n')).not.toMatch(/of \d+|из \d+/);
    expect((await send('/complete'))[0]).toContain('Mark «Learn Spanish» as achieved?');
    expect((await send('yes'))[0]).toContain('«Learn Spanish» is achieved');
    expect((await send('/step'))[0]).toContain('You have no active goal');
    expect((await send('/goals'))[0]).toContain('1. 🎯 Learn Spanish — 2 steps done (achieved)');
  });

  it('speaks Russian with correct plurals and accepts «готово»', async () => {
    app = await createTestApp();
    const send = (line: string) => say(app, 'ivan', line, 'ru');
    await send('/newgoal');
    await send('Выучить японский');
    const created = await send('Хочу читать мангу в оригинале');
    expect(created[0]).toBe('🎯 Новая цель: «Выучить японский». Начнём.');
    expect(created[1]).toMatch(/^👣 [А-ЯЁ]/);
    const counts: string[] = [];
    for (let i = 0; i < 5; i++) {
      counts.push((await send(i === 0 ? 'готово' : '/done'))[0]!.match(/сделано: (\d+ \S+)\./)![1]!);
      await send('/next');
    }
    expect(counts).toEqual(['1 шаг', '2 шага', '3 шага', '4 шага', '5 шагов']);
  });

  it('asks a clarifying question with ❓ and takes the next message as the answer', async () => {
    app = await createTestApp();
    const send = (line: string) => say(app, 'bo', line);
    await send('/newgoal');
    await send('Be better');
    const asked = await send('/skip');
    expect(asked[1]).toMatch(/^❓ /);
    expect((await send('/done'))[0]).toContain('answer my question');
    const answer = await send('Get fit enough to hike with my kids');
    expect(answer[0]).toMatch(/^👣 /);
  });

  it('gives a choice too long for Telegram a numbered button, and the tap answers with its words', async () => {
    app = await createTestApp();
    const user = await app.goals.ensureUser({ provider: 'test', subject: 'vera', locale: 'ru' });
    const handle = async (input: ChatInput) => app.dialog.handle(await app.goals.user(user.id), 'test', input);
    await handle(parseInput('/newgoal'));
    await handle(parseInput('Пережить смерть кота'));
    let replies = await handle(
      parseInput('Прожил с нами пятнадцать лет. Дочь-подросток закрылась в комнате и молчит.'),
    );
    const teen = 'Помочь подростку пережить утрату';
    for (let turn = 0; turn < 2 && replies.at(-1)?.text.startsWith('❓'); turn++) {
      const buttons = replies.at(-1)?.buttons?.flat() ?? [];
      const button =
        buttons.find((item) => item.label === teen) ?? buttons.find((item) => item.label === 'Горе и утрата');
      // 32 Cyrillic letters are 64 bytes: with its prefix the choice itself cannot be the callback data.
      if (button?.label === teen) expect(button.data).toMatch(/^goalans:#\d$/);
      replies = await handle({ kind: 'button', data: button!.data });
    }
    expect(replies.at(-1)?.text).toMatch(/^👣 /);
    expect(replies.at(-1)?.text).toMatch(/подрост|дочер|дочк/i);
    // A numbered button left under the answered question shows the step, not a stray answer.
    const stale = await handle({ kind: 'button', data: 'goalans:#1' });
    expect(stale[0]?.text).toBe(replies.at(-1)?.text);
  });

  it('continues a half-finished /newgoal after a restart', async () => {
    app = await createTestApp();
    await say(app, 'cy', '/newgoal');
    await say(app, 'cy', 'Learn to draw');
    other = await restartApp(app);
    const replies = await say(other, 'cy', 'I want to sketch my cat');
    expect(replies[0]).toBe('🎯 New goal: «Learn to draw». Let’s begin.');
  });

  it('refuses a 5,000-character title with the limit and keeps waiting for a title', async () => {
    app = await createTestApp();
    await say(app, 'dee', '/newgoal');
    expect((await say(app, 'dee', 'x'.repeat(5000)))[0]).toBe(
      'That title is too long (5000 characters; the limit is 200). Please shorten it and send it again.',
    );
    expect((await say(app, 'dee', 'Learn to swim'))[0]).toContain('/skip');
  });

  it('lists goals with their step counts and switches by number', async () => {
    app = await createTestApp();
    const send = (line: string) => say(app, 'eve', line);
    await send('/newgoal Learn Spanish');
    await send('/skip');
    await send('/newgoal Run a marathon');
    await send('/skip');
    const list = (await send('/goals'))[0]!;
    // Numbered in the order they were created: switching does not renumber them.
    expect(list).toContain('1. 🎯 Learn Spanish — 0 steps done\n2. 🎯 Run a marathon — 0 steps done (active)');
    const switched = await send('1');
    expect(switched[0]).toBe('🎯 Now working on «Learn Spanish».');
    expect(switched[1]).toMatch(/^👣 /);
  });

  it('switches language and tone, and answers unknown commands helpfully', async () => {
    app = await createTestApp();
    expect((await say(app, 'fay', '/language ru'))[0]).toBe('Язык: русский.');
    expect((await say(app, 'fay', '/tone серьёзный', 'ru'))[0]).toBe('Тон: серьёзный.');
    expect((await say(app, 'fay', '/fly', 'ru'))[0]).toContain('/fly');
    expect((await say(app, 'fay', 'hello there', 'ru'))[0]).toContain('/help');
  });

  it('answers crisis language at once with help resources instead of a step, wherever it is written', async () => {
    app = await createTestApp();
    await say(app, 'gus', '/newgoal');
    const replies = await say(app, 'gus', 'I want to end my life');
    expect(replies).toHaveLength(1);
    expect(replies[0]).toContain('112');
    expect(replies[0]).not.toMatch(/👣/);
    // The next message gets a check-in first, then its own answer.
    const after = await say(app, 'gus', '/skip');
    expect(after[0]).toContain('how are you doing now');
    expect(after[1]).toContain('/skip works only');
    await say(app, 'gus', '/newgoal Learn Spanish');
    await say(app, 'gus', '/skip');
    const idle = await say(app, 'gus', 'honestly I don’t want to live anymore');
    expect(idle[0]).toContain('112');
    const ru = await say(app, 'gus2', 'не хочу больше жить', 'ru');
    expect(ru[0]).toContain('8-800-2000-122');
    expect(await app.metrics.total('crisis_detected')).toBe(3);
  });

  it('reads a non-number after /goals as usual: here, the answer to the coach’s question', async () => {
    app = await createTestApp();
    await say(app, 'hal', '/newgoal Be better');
    expect((await say(app, 'hal', '/skip'))[1]).toMatch(/^❓ /);
    await say(app, 'hal', '/goals');
    expect((await say(app, 'hal', 'Sleep eight hours a night'))[0]).toMatch(/^👣 /);
  });

  it('counts characters with Russian plurals and refuses an unknown language', async () => {
    app = await createTestApp();
    await say(app, 'ira', '/newgoal', 'ru');
    expect((await say(app, 'ira', 'ы'.repeat(201), 'ru'))[0]).toContain('название — 201 символ,');
    expect((await say(app, 'ira', 'ы'.repeat(202), 'ru'))[0]).toContain('название — 202 символа,');
    expect((await say(app, 'ira', '/language de', 'ru'))[0]).toBe(
      'Я говорю по-русски и по-английски: отправь /language ru или /language en.',
    );
  });
});
