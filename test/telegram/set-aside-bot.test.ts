import { afterEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../factories/databases.js';
import { startBotHarness, type BotHarness } from '../factories/telegram.js';
import { person } from './talk.js';

describe.each(DIALECTS)('Telegram: an exercise is never lost to a ▶ button or another /exercise (%s)', (dialect) => {
  let harness: BotHarness | undefined;
  afterEach(async () => {
    await harness?.dispose();
    harness = undefined;
  });

  const keyboard = (markup: ReturnType<ReturnType<typeof person>['lastMarkup']>) =>
    markup?.inline_keyboard.flat().map((button) => [button.text, button.callback_data]);

  it('asks before a ▶ button replaces an exercise with answers, sets it aside, and /resume brings it back', async () => {
    harness = await startBotHarness({ dialect });
    const dad = person(harness.fake, { id: 3101, first_name: 'Pavel', language_code: 'en' });
    await dad.say('/recovery', 2);
    await dad.press('primary:self_work', 2); // its plan shows ▶ Emotional check-in
    await dad.say('/exercise court_document_review', 2);
    const [second] = await dad.press('ans:court_order');
    expect(second).toContain('(2/6) Did you find any deadlines');
    // The ▶ under a suggestion (or a nudge) while the court review holds an answer.
    const [asked] = await dad.press('ex:emotional_checkin');
    expect(asked).toBe(
      'You’re in the middle of «Court document review» (1 answer so far). Shall we continue it, or set it aside as a draft and start «Emotional check-in»? Nothing you wrote is lost either way.',
    );
    expect(keyboard(dad.lastMarkup())).toEqual([
      ['▶ Continue «Court document review»', 'cmd:resume'],
      ['📥 Set it aside, start «Emotional check-in»', 'cmd:setaside'],
    ]);
    const [aside, intro] = await dad.press('cmd:setaside', 3);
    expect(aside).toBe('📥 «Court document review» is set aside with your 1 answer. /resume brings it back.');
    expect(intro).toMatch(/^🧩 Emotional check-in/);
    await dad.say('/cancel');
    const [back, question] = await dad.say('/resume', 2);
    expect(back).toBe('▶ Back to «Court document review», right where you stopped.');
    expect(question).toContain('(2/6) Did you find any deadlines');
  });

  it('asks in Russian before a second /exercise, and “Continue” goes on with the first', async () => {
    harness = await startBotHarness({ dialect });
    const mom = person(harness.fake, { id: 3102, first_name: 'Вера', language_code: 'ru' });
    await mom.say('/recovery', 2);
    await mom.say('/exercise emotional_checkin', 2);
    await mom.press('ans:3');
    const [asked] = await mom.say('/exercise court_document_review');
    expect(asked).toBe(
      'Ты сейчас в упражнении «Эмоциональная сверка» (уже 1 ответ). Продолжим его или отложим как черновик и начнём упражнение «Разбор судебных документов»? Написанное не потеряется в любом случае.',
    );
    expect(keyboard(mom.lastMarkup())).toEqual([
      ['▶ Продолжить «Эмоциональная сверка»', 'cmd:resume'],
      ['📥 Отложить и начать «Разбор судебных документов»', 'cmd:setaside'],
    ]);
    const [again] = await mom.press('cmd:resume');
    expect(again).toMatch(/^\(2\/5\) /);
    const [third] = await mom.press('ans:4');
    expect(third).toMatch(/^\(3\/5\) /);
  });
});
