import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, enrolledUser, restartApp, type TestApp } from '../../../test/factories/app.js';
import { DIALECTS } from '../../../test/factories/databases.js';
import type { App } from '../../main/app.js';
import { type ChatInput, parseInput, type Reply } from './reply.js';

const text = (replies: Reply[]) => replies.map((reply) => reply.text).join('\n---\n');
const buttons = (replies: Reply[]) => replies.flatMap((reply) => reply.buttons ?? []).flat();

/** A parent talking to the dialog (the bot and the terminal share it) as a user of a given app. */
async function parent(app: App, locale: 'en' | 'ru' = 'en', channel = 'telegram') {
  const user = await enrolledUser(app, { locale });
  const send = async (input: ChatInput, on: App = app) =>
    on.dialog.handle(await on.goals.user(user.id), channel, input);
  return {
    user,
    say: (line: string, on?: App) => send(parseInput(line), on),
    tap: (data: string, on?: App) => send({ kind: 'button', data }, on),
  };
}

describe.each(DIALECTS)('an exercise is never lost to the next thing (%s)', (dialect) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp(dialect);
  });
  afterAll(() => app?.dispose());

  it('asks before a second /exercise replaces one with answers; continuing keeps the answers', async () => {
    const dad = await parent(app);
    await dad.say('/exercise court_document_review');
    expect(text(await dad.say('1'))).toContain('(2/6) Did you find any deadlines');
    const asked = await dad.say('/exercise emotional_checkin');
    expect(asked).toHaveLength(1);
    expect(asked[0]!.text).toBe(
      'You’re in the middle of «Court document review» (1 answer so far). Shall we continue it, or set it aside as a draft and start «Emotional check-in»? Nothing you wrote is lost either way.',
    );
    expect(buttons(asked)).toEqual([
      { label: '▶ Continue «Court document review»', data: 'cmd:resume' },
      { label: '📥 Set it aside, start «Emotional check-in»', data: 'cmd:setaside' },
    ]);
    // The check-in did not start: a number still answers the court review's second question.
    expect(text(await dad.tap('cmd:resume'))).toContain('(2/6) Did you find any deadlines');
    expect(text(await dad.say('3'))).toContain('(3/6)');
  });

  it('sets the open exercise aside, starts the new one, and /resume brings the draft back to finish it', async () => {
    const dad = await parent(app);
    await dad.say('/exercise court_document_review');
    await dad.say('2');
    await dad.tap('ex:emotional_checkin'); // the ▶ button under a suggestion or a nudge
    const aside = await dad.tap('cmd:setaside');
    expect(aside[0]!.text).toBe('📥 «Court document review» is set aside with your 1 answer. /resume brings it back.');
    expect(text(aside)).toContain('🧩 Emotional check-in');
    expect(text(aside)).toContain('(1/5)');
    await dad.say('/cancel');
    const back = await dad.say('/resume');
    expect(back[0]!.text).toBe('▶ Back to «Court document review», right where you stopped.');
    expect(back[1]!.text).toContain('(2/6) Did you find any deadlines');
    for (const answer of ['1', '2', '7', '/skip']) await dad.say(answer);
    expect(text(await dad.say('Ask about the hearing date'))).toMatch(/^✅/);
    const [entry] = await app.tracks.entries(dad.user.id);
    expect(entry).toMatchObject({
      exerciseId: 'court_document_review',
      answers: { document_type: 'claim_or_motion', lawyer_questions: 'Ask about the hearing date' },
    });
  });

  it('lists several drafts for /resume and brings back the one chosen, in Russian', async () => {
    const mom = await parent(app, 'ru');
    await mom.say('/exercise court_document_review');
    await mom.say('1');
    const asked = await mom.say('/exercise emotional_checkin');
    expect(asked[0]!.text).toBe(
      'Ты сейчас в упражнении «Разбор судебных документов» (уже 1 ответ). Продолжим его или отложим как черновик и начнём упражнение «Эмоциональная сверка»? Написанное не потеряется в любом случае.',
    );
    expect(buttons(asked).map((button) => button.label)).toEqual([
      '▶ Продолжить «Разбор судебных документов»',
      '📥 Отложить и начать «Эмоциональная сверка»',
    ]);
    expect((await mom.say('/setaside'))[0]!.text).toBe(
      '📥 Упражнение «Разбор судебных документов» отложено, написанное сохранено (1 ответ). /resume вернёт его.',
    );
    await mom.say('4');
    await mom.say('5');
    await mom.say('/setaside');
    const list = await mom.say('/resume');
    expect(list[0]!.text).toBe(
      [
        'Отложено, с твоими ответами:',
        '1. «Разбор судебных документов» — 1 ответ',
        '2. «Эмоциональная сверка» — 2 ответа',
        '',
        'Какое продолжим? Нажми на него или отправь /resume и номер.',
      ].join('\n'),
    );
    expect(buttons(list).map((button) => button.data)).toEqual(['cmd:resume 1', 'cmd:resume 2']);
    const back = await mom.tap('cmd:resume 2');
    expect(back[0]!.text).toBe('▶ Возвращаемся к «Эмоциональная сверка» — с того места, где остановились.');
    expect(back[1]!.text).toContain('(3/5)');
    // /start greets and names the draft still waiting once nothing is open.
    await mom.say('/cancel');
    expect(text(await mom.say('/start'))).toContain('📥 Отложено: «Разбор судебных документов». /resume вернёт его.');
  });

  /** A test on an app of its own that is restarted halfway (the suite's app stays open). */
  const withRestart = async (test: (own: TestApp, restart: () => Promise<App>) => Promise<void>) => {
    const own = await createTestApp(dialect);
    let restarted: App | undefined;
    try {
      await test(own, async () => (restarted = await restartApp(own)));
    } finally {
      await (restarted ?? own).close();
      await own.testDb.dispose();
    }
  };

  it('keeps drafts and the open question across a restart of the server', () =>
    withRestart(async (own, restart) => {
      const dad = await parent(own);
      await dad.say('/exercise court_document_review');
      await dad.say('1');
      await dad.say('/exercise emotional_checkin');
      await dad.say('/setaside');
      await dad.say('6');
      const restarted = await restart();
      // The check-in goes on where it was (question 2 of 5), and the draft is still there.
      expect(text(await dad.say('5', restarted))).toContain('(3/5)');
      await dad.say('/cancel', restarted);
      expect(text(await dad.say('/resume', restarted))).toContain('(2/6) Did you find any deadlines');
    }));

  it('asks before /newgoal replaces an exercise with answers, and keeps the title typed with it', async () => {
    const dad = await parent(app);
    await dad.say('/exercise emotional_checkin');
    await dad.say('3');
    const asked = await dad.say('/newgoal Call my son every Sunday');
    expect(asked[0]!.text).toBe(
      'You’re in the middle of «Emotional check-in» (1 answer so far). Shall we continue it, or set it aside as a draft and start «New goal: Call my son every Sunday»? Nothing you wrote is lost either way.',
    );
    expect(buttons(asked).map((button) => button.label)).toEqual([
      '▶ Continue «Emotional check-in»',
      '📥 Set it aside, start «New goal: Call my son every Sunday»',
    ]);
    const aside = await dad.tap('cmd:setaside');
    expect(aside.map((reply) => reply.text)).toEqual([
      '📥 «Emotional check-in» is set aside with your 1 answer. /resume brings it back.',
      'Add a little context: why it matters, where you are now. Or send /skip.',
    ]);
    expect(text(await dad.say('/skip'))).toContain('🎯 New goal: «Call my son every Sunday»');
    expect(text(await dad.say('/resume'))).toContain('(2/5) How anxious');
  });

  it('takes an option by its first word, and says in the person’s language why an answer doesn’t fit', async () => {
    const mum = await parent(app, 'ru');
    await mum.say('/exercise court_document_review');
    expect(text(await mum.say('абв'))).toContain(
      'Такой ответ не подходит: нажми на вариант или отправь его номер (1–6) либо первое слово.',
    );
    expect(text(await mum.say('повестка'))).toContain('(2/6)');
    await mum.say('/cancel');
    await mum.say('/exercise emotional_checkin');
    expect(text(await mum.say('11'))).toContain('Такой ответ не подходит: нужно целое число от 1 до 10.');
  });

  it('starts another exercise at once when the open one has no answers yet', async () => {
    const dad = await parent(app);
    await dad.say('/exercise court_document_review');
    const started = await dad.say('/exercise emotional_checkin');
    expect(started[0]!.text).toMatch(/^🧩 Emotional check-in/);
  });

  it('keeps the exercise open through /start, /tone and a refused ▶ (each used to end it)', async () => {
    const dad = await parent(app);
    await dad.say('/exercise emotional_checkin');
    await dad.say('4');
    const greeted = await dad.say('/start');
    expect(greeted[0]!.text).toBe('Welcome back! Here’s where we stopped:');
    expect(greeted[1]!.text).toContain('(2/5) How anxious');
    expect(buttons([greeted[1]!]).map((button) => button.data)).toContain('ans:7');
    expect(greeted[2]!.text).toContain('We’re still in «Emotional check-in»');
    const toned = await dad.say('/tone serious');
    expect(toned[0]!.text).toBe('Tone: serious.');
    expect(toned[1]!.text).toContain('We’re still in «Emotional check-in»');
    expect(text(await dad.tap('ex:no_such_exercise'))).toContain('I don’t know that exercise');
    expect(text(await dad.say('7'))).toContain('(3/5)');
  });

  it('keeps a typed goal title through other commands, and sets it aside instead of dropping it', async () => {
    const ann = await parent(app);
    await ann.say('/newgoal');
    expect(text(await ann.say('Learn the violin'))).toContain('/skip');
    // A command that only reads runs, and the waiting title is recalled after it.
    expect(text(await ann.say('/help'))).toContain(
      '(Your new goal «Learn the violin» is waiting for a few words of context',
    );
    const asked = await ann.say('/exercise emotional_checkin');
    expect(asked[0]!.text).toContain('You’re in the middle of «New goal: Learn the violin» (1 answer so far)');
    expect(text(await ann.say('/setaside'))).toContain('📥 «New goal: Learn the violin» is set aside');
    await ann.say('/cancel');
    const resumed = await ann.say('/resume');
    expect(text(resumed)).toContain('Add a little context');
    expect(text(await ann.say('/skip'))).toContain('🎯 New goal: «Learn the violin»');
  });

  it('asks again for the title of a /newgoal after a restart and /start (as the terminal sends on launch)', () =>
    withRestart(async (own, restart) => {
      const ann = await parent(own, 'en', 'cli');
      await ann.say('/newgoal');
      const restarted = await restart();
      const greeted = await ann.say('/start', restarted);
      expect(greeted.map((reply) => reply.text)).toEqual([
        'Welcome back! Here’s where we stopped:',
        'What is your goal? Describe it in a few words (for example: “Learn to play guitar”).',
      ]);
      expect(text(await ann.say('Learn the violin', restarted))).toContain('/skip');
      expect(text(await ann.say('/skip', restarted))).toContain('🎯 New goal: «Learn the violin»');
    }));
});
