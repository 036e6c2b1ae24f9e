import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, enrolledUser, type TestApp, chatAs } from '../../../test/factories/app.js';
import { modelFalseAlarms } from '../../../test/factories/safety.js';
import type { Reply } from './reply.js';

const texts = (replies: Reply[]) => replies.map((reply) => reply.text);
/** Explicit crisis words (a pattern's finding): the crisis reply, whatever is open. */
const CRISIS = { en: 'I want to end my life', ru: 'не хочу больше жить' } as const;
/** The first words of the crisis replies, in each language (content/safety/messages.yaml). */
const HELP = { en: /find a free, confidential helpline/, ru: /8-800-2000-122/ } as const;

describe('after a crisis reply the person can go on: every command works, and nothing cheers under the check-in', () => {
  let app: TestApp;
  const alarm = {
    en: modelFalseAlarms('en', ['concern']).find((text) => text.length <= 80)!,
    ru: modelFalseAlarms('ru', ['concern']).find((text) => text.length <= 80)!,
  };
  beforeAll(async () => {
    expect(alarm, 'false alarms of the model to hold a goal with, in both languages').toEqual({
      en: expect.any(String),
      ru: expect.any(String),
    });
    app = await createTestApp();
  });
  afterAll(() => app?.dispose());

  /** A person in the chat (`button:<data>` taps a button), and the titles of their goals. */
  const talk = async (locale: 'en' | 'ru') => {
    const user = await enrolledUser(app, { locale, primary: 'self_work' });
    const say = chatAs(app, user.id);
    const titles = async () => (await app.goals.listGoals(user.id)).map((item) => item.goal.title);
    return { user, say, titles };
  };

  it('starts a new goal with /newgoal while a goal is held, says the held one waits under /resume, and /resume brings it back', async () => {
    const { say, titles } = await talk('en');
    await say('/newgoal');
    expect(texts(await say(alarm.en))[0]).toContain(`I’ve kept your goal «${alarm.en}»`);
    expect(texts(await say('/newgoal'))).toEqual([
      expect.stringContaining('how are you doing now'),
      `📥 «New goal: ${alarm.en}» waits for you, as it was: /resume brings it back whenever you like.`,
      'What is your goal? Describe it in a few words (for example: “Learn to play guitar”).',
    ]);
    expect(texts(await say('Learn Spanish'))).toEqual([
      'Add a little context: why it matters, where you are now. Or send /skip.',
    ]);
    expect(texts(await say('/skip'))[0]).toBe('🎯 New goal: «Learn Spanish». Let’s begin.');
    expect(await titles()).toEqual(['Learn Spanish']);
    const back = texts(await say('/resume'));
    expect(back[0]).toBe(`▶ Back to «New goal: ${alarm.en}», right where you stopped.`);
    expect(back.at(-1)).toContain('Add a little context');
    await say('/skip');
    expect(await titles()).toEqual(['Learn Spanish', alarm.en]);
  });

  it('in Russian: /newgoal with its title starts that goal at once, and the kept one waits', async () => {
    const { say, titles } = await talk('ru');
    await say(`/newgoal ${alarm.ru}`);
    const started = texts(await say('/newgoal Выучить испанский'));
    expect(started[0]).toContain('как ты сейчас');
    expect(started[1]).toBe(
      `📥 «Новая цель: ${alarm.ru}» подождёт — всё сохранено как было. /resume вернёт к этому, когда захочешь.`,
    );
    expect(started[2]).toBe('Добавь немного контекста: почему это важно, с чего начинаешь. Или отправь /skip.');
    expect(texts(await say('/skip'))[0]).toBe('🎯 Новая цель: «Выучить испанский». Начнём.');
    expect(texts(await say('/resume'))[0]).toBe(
      `▶ Возвращаемся к «Новая цель: ${alarm.ru}» — с того места, где остановились.`,
    );
    expect(await titles()).toEqual(['Выучить испанский']);
  });

  it('meets ordinary words with the check-in once, then with the way back and the way on, never the crisis reply again', async () => {
    const { say, titles } = await talk('en');
    await say('/newgoal');
    expect(texts(await say(alarm.en))[0]).toMatch(HELP.en);
    expect(texts(await say('thanks, I am fine'))).toEqual([expect.stringContaining('how are you doing now')]);
    for (const line of ['Learn Spanish', 'Let me start a different goal', '/skip']) {
      const reply = texts(await say(line));
      expect(reply).toHaveLength(1);
      expect(reply[0]).not.toMatch(HELP.en);
      expect(reply[0]).not.toContain('how are you doing now');
      expect(reply[0]).toContain('send /resume');
      expect(reply[0]).toContain('/newgoal starts another goal');
    }
    expect(await titles()).toEqual([]);
  });

  it('in Russian: ordinary words get the way on, and a second crisis message the crisis reply again, then the check-in', async () => {
    const { say } = await talk('ru');
    await say('/newgoal');
    await say(alarm.ru);
    expect(texts(await say('спасибо'))[0]).toContain('как ты сейчас');
    const talked = texts(await say('ладно'));
    expect(talked[0]).not.toMatch(HELP.ru);
    expect(talked[0]).toContain('/newgoal поставит другую цель');
    const again = texts(await say(CRISIS.ru));
    expect(again).toHaveLength(1);
    expect(again[0]).toMatch(HELP.ru);
    expect(again[0]).toContain(`Я сохранил твою цель «${alarm.ru}»`);
    expect(texts(await say('ок'))[0]).toContain('как ты сейчас');
  });

  it('sets an answer kept behind the help aside when another flow starts, instead of dropping it', async () => {
    const { user, say } = await talk('en');
    expect((await app.goals.createGoal(user.id, { title: 'Learn to bake bread' })).kind).toBe('question');
    expect(texts(await say(alarm.en))[0]).toContain('I’ve kept your answer');
    const started = texts(await say('/exercise emotional_checkin'));
    expect(started[1]).toBe(
      '📥 «Your answer to my question» waits for you, as it was: /resume brings it back whenever you like.',
    );
    expect(started[2]).toMatch(/^🧩 Emotional check-in/);
    await say('/cancel');
    await say('/resume');
    expect((await app.goals.currentStep(user.id)).kind).not.toBe('question');
  });

  it('says what a command right after the help did, quietly: no cheering under “how are you doing now?”', async () => {
    const { user, say } = await talk('en');
    expect((await app.goals.createGoal(user.id, { title: 'Learn Spanish' })).kind).toBe('step');
    expect(texts(await say(CRISIS.en))[0]).toMatch(HELP.en);
    const done = texts(await say('/done'));
    expect(done[0]).toContain('how are you doing now');
    expect(done[1]).toBe(
      'Saved: «Learn Spanish», 1 step done. No hurry with the next one: /next whenever you want it.',
    );
    // Only the turn under the check-in is quiet.
    await say('/next');
    expect(texts(await say('/done'))[0]).toMatch(/^✅ Well done! That’s 2 steps done/);
  });

  it('in Russian: a goal created by /resume right after the help is named quietly', async () => {
    const { say } = await talk('ru');
    await say('/newgoal');
    await say('Научиться печь хлеб');
    await say(alarm.ru);
    const created = texts(await say('/resume'));
    expect(created[0]).toContain('как ты сейчас');
    expect(created[1]).toBe('Новая цель: «Научиться печь хлеб». Пойдём в твоём темпе.');
  });
});
