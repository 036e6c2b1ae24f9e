import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, enrolledUser, type TestApp, chatAs } from '../../../../../test/factories/app.js';
import { modelFalseAlarms } from '../../../../../test/factories/safety.js';
import type { Reply } from '../../reply.js';

const texts = (replies: Reply[]) => replies.map((reply) => reply.text);
const buttons = (replies: Reply[]) => replies.flatMap((reply) => reply.buttons ?? []).flat();
/** The imminent reply puts the emergency numbers first (content/safety/messages.yaml). */
const EMERGENCY = { en: /^If you or someone near you is in danger right now/, ru: /^Если тебе или кому-то рядом/ };
const CONFIRM = { en: '✅ I am safe, this is about something else', ru: '✅ Я в безопасности, это о другом' };

describe('in the chat, words held for an imminent finding go on only after a second, explicit “I am safe”', () => {
  let app: TestApp;
  const imminent = {
    en: modelFalseAlarms('en', ['imminent']).find((text) => text.length <= 80)!,
    ru: modelFalseAlarms('ru', ['imminent']).find((text) => text.length <= 80)!,
  };
  const concern = modelFalseAlarms('en', ['concern']).find((text) => text.length <= 80)!;
  beforeAll(async () => {
    expect([imminent.en, imminent.ru, concern], 'false alarms of the model at each level').toEqual([
      expect.any(String),
      expect.any(String),
      expect.any(String),
    ]);
    app = await createTestApp();
  });
  afterAll(() => app?.dispose());

  const talk = async (locale: 'en' | 'ru') => {
    const user = await enrolledUser(app, { locale, primary: 'self_work' });
    const say = chatAs(app, user.id);
    const titles = async () => (await app.goals.listGoals(user.id)).map((item) => item.goal.title);
    return { user, say, titles };
  };
  const setAsides = async () =>
    (await app.metrics.registry.getSingleMetric('stepwise_crisis_set_aside_total')!.get()).values;

  it('English: “Not about my safety” goes on at once for a concern finding; for an imminent one it shows the help once more with a distinct button, and only that button creates the goal', async () => {
    const { say, titles } = await talk('en');
    await say(`/newgoal ${concern}`);
    expect(texts(await say('/resume')).at(-1)).toBe(
      'Add a little context: why it matters, where you are now. Or send /skip.',
    );
    await say('/cancel');
    await say('/newgoal');
    expect(texts(await say(imminent.en))[0]).toMatch(EMERGENCY.en);
    const checkIn = await say('ok');
    expect(buttons(checkIn).map((button) => button.data)).toEqual(['safety:help:imminent', 'cmd:resume']);
    const onceMore = await say('button:cmd:resume');
    expect(onceMore).toHaveLength(2);
    expect(onceMore[0]!.text).toMatch(EMERGENCY.en);
    expect(onceMore[1]!.text).toMatch(/^I’m asking once more/);
    expect(buttons(onceMore)).toEqual([{ label: CONFIRM.en, data: 'cmd:resume safe' }]);
    // Neither "not about my safety" again nor words typed meanwhile let the goal through: only the second answer.
    expect(texts(await say('button:cmd:resume'))).toEqual([onceMore[1]!.text]);
    expect(texts(await say('yes, go on'))).toEqual([onceMore[1]!.text]);
    expect(await titles()).toEqual([]);
    expect(texts(await say('button:cmd:resume safe'))).toEqual([
      'Add a little context: why it matters, where you are now. Or send /skip.',
    ]);
    expect(texts(await say('/skip'))[0]).toBe(`🎯 New goal: «${imminent.en}». Let’s begin.`);
    expect(await titles()).toEqual([imminent.en]);
    expect(await setAsides()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ labels: expect.objectContaining({ level: 'imminent', step: 'not_a_crisis' }) }),
        expect.objectContaining({ labels: expect.objectContaining({ level: 'imminent', step: 'confirm_safe' }) }),
      ]),
    );
  });

  it('Russian: a description held for an imminent finding asks twice, and “/resume safe” typed at once is only the first answer', async () => {
    const { user, say, titles } = await talk('ru');
    await say('/newgoal');
    await say('Научиться самому менять колёса');
    expect(texts(await say(imminent.ru))[0]).toMatch(EMERGENCY.ru);
    // Right after the help: the help itself comes once more (no check-in above it), then the second question.
    const onceMore = await say('/resume safe');
    expect(texts(onceMore)[0]).toMatch(EMERGENCY.ru);
    expect(texts(onceMore)[1]).toContain('Спрошу ещё раз');
    expect(buttons(onceMore)).toEqual([{ label: CONFIRM.ru, data: 'cmd:resume safe' }]);
    expect(await titles()).toEqual([]);
    expect(texts(await say('/resume safe'))[0]).toBe('🎯 Новая цель: «Научиться самому менять колёса». Начнём.');
    expect((await app.goals.listGoals(user.id))[0]!.goal.description).toBe(imminent.ru);
  });

  it('starts the two answers over when a crisis message comes while the second question waits', async () => {
    const { say, titles } = await talk('en');
    await say(`/newgoal ${imminent.en}`);
    await say('/resume');
    expect(texts(await say('I want to end my life'))[0]).toContain('I’ve kept your goal');
    await say('ok');
    const asked = texts(await say('button:cmd:resume safe'));
    expect(asked[0]).toMatch(EMERGENCY.en);
    expect(asked[1]).toMatch(/^I’m asking once more/);
    expect(await titles()).toEqual([]);
  });

  it('asks twice for an answer and a comment held for an imminent finding too, in both languages', async () => {
    const asked = await talk('en');
    expect((await app.goals.createGoal(asked.user.id, { title: 'Learn to bake bread' })).kind).toBe('question');
    expect(texts(await asked.say(imminent.en))[0]).toContain('I’ve kept your answer');
    expect(texts(await asked.say('/resume'))[1]).toContain('I’ll take it as your answer');
    expect((await app.goals.currentStep(asked.user.id)).kind).toBe('question');
    await asked.say('button:cmd:resume safe');
    expect((await app.goals.currentStep(asked.user.id)).kind).not.toBe('question');

    const walking = await talk('ru');
    let outcome = await app.goals.createGoal(walking.user.id, { title: 'Выучить испанский' });
    while (outcome.kind === 'question')
      outcome = await app.goals.answerClarification(walking.user.id, outcome.choices?.[0] ?? 'да');
    await walking.say('/rephrase');
    expect(texts(await walking.say(imminent.ru))[0]).toContain('Я сохранил то, что ты написал(а) о шаге');
    expect(texts(await walking.say('/resume'))[1]).toContain('я заменю шаг');
    expect(texts(await walking.say('button:cmd:resume safe'))).toContain('Вот другой вариант:');
  });
});
