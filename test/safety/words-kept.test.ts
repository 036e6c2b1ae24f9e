import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/interfaces/chat/reply.js';
import { startApi, type ApiHarness } from '../http/api-harness.js';
import { enrolledUser, chatAs } from '../factories/app.js';
import { modelFalseAlarms } from '../factories/safety.js';

// An answer typed to the coach's question or a comment on a step that the trained model answered with a crisis reply
// was dropped, and the person had to type it again to a coach that had just shown them help. Now those words wait
// behind the help as a new goal's do (goal-kept.test.ts): the person who says they are not about their safety goes
// on with them. A pattern's finding (explicit crisis words) keeps nothing.
const PATTERN = { en: 'I want to kill myself', ru: 'Я хочу покончить с собой' } as const;
const GOAL = {
  en: { title: 'Learn to bake bread', description: 'Sourdough, for the weekends.' },
  ru: { title: 'Научиться печь хлеб', description: 'На закваске, по выходным.' },
} as const;

describe('an answer or a comment answered with a crisis reply keeps its words, and the person may go on', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi('sqlite');
  });
  afterAll(() => api.dispose());

  const alarm = { en: modelFalseAlarms('en')[0]!, ru: modelFalseAlarms('ru')[0]! };

  it('has false alarms of the model to test with, in both languages', () => {
    expect(alarm.en).toBeDefined();
    expect(alarm.ru).toBeDefined();
  });

  /** A user whose active goal waits for an answer to the coach's question (`question`) or has an open step. */
  const userWith = async (locale: 'en' | 'ru', waiting: 'question' | 'step') => {
    const user = await enrolledUser(api.app, { locale, primary: 'self_work' });
    let outcome = await api.app.goals.createGoal(user.id, GOAL[locale]);
    while (waiting === 'step' && outcome.kind === 'question')
      outcome = await api.app.goals.answerClarification(user.id, outcome.choices?.[0] ?? 'yes');
    expect(outcome.kind).toBe(waiting);
    return user;
  };
  const state = async (userId: string) => (await api.app.goals.currentStep(userId)).kind;
  const openStep = async (userId: string) => {
    const current = await api.app.goals.currentStep(userId);
    return current.kind === 'step' ? current.step.text : undefined;
  };

  it('services: an answer and a comment the model read as a crisis may be set aside; explicit words may not', async () => {
    const asked = await userWith('en', 'question');
    expect(await api.app.goals.answerClarification(asked.id, alarm.en)).toMatchObject({
      kind: 'crisis',
      settable: true,
    });
    expect(await state(asked.id)).toBe('question');
    const pattern = await api.app.goals.answerClarification(asked.id, PATTERN.en, undefined, { notACrisis: true });
    expect(pattern).toMatchObject({ kind: 'crisis', source: 'pattern', settable: false });
    expect(await state(asked.id)).toBe('question');
    const answered = await api.app.goals.answerClarification(asked.id, alarm.en, undefined, { notACrisis: true });
    expect(answered.kind === 'step' || answered.kind === 'question').toBe(true);

    const walking = await userWith('ru', 'step');
    const before = await openStep(walking.id);
    expect(await api.app.goals.rephraseStep(walking.id, alarm.ru)).toMatchObject({ kind: 'crisis', settable: true });
    expect(await openStep(walking.id)).toBe(before);
    const rephrased = await api.app.goals.rephraseStep(walking.id, alarm.ru, undefined, { notACrisis: true });
    expect(rephrased.kind).toBe('step');
    expect(await openStep(walking.id)).not.toBe(before);
  });

  it('HTTP: the crisis answer to an answer or a comment says whether it may be set aside; not_a_crisis goes on', async () => {
    const user = await api.user(962_001);
    const created = await api.call('POST', '/api/goals', user, GOAL.en);
    const goal = `/api/goals/${created.body.goal.id}`;
    const first = await api.call('POST', `${goal}/clarification`, user, { answer: alarm.en });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ may_set_aside: true });
    expect(first.body.goal).toBeUndefined();
    let reply = await api.call('POST', `${goal}/clarification`, user, { answer: alarm.en, not_a_crisis: true });
    expect(reply.status).toBe(200);
    expect(reply.body.goal).toBeDefined();
    // Any further question is answered with its first button, until there is a step to rephrase.
    while (reply.body.question)
      reply = await api.call('POST', `${goal}/clarification`, user, { answer: reply.body.question.choices[0] });
    const step = reply.body.step.text as string;
    const comment = await api.call('POST', `${goal}/step/rephrase`, user, { comment: alarm.en });
    expect(comment.body).toMatchObject({ may_set_aside: true });
    const pattern = await api.call('POST', `${goal}/step/rephrase`, user, { comment: PATTERN.en, not_a_crisis: true });
    expect(pattern.body).toMatchObject({ may_set_aside: false });
    const rephrased = await api.call('POST', `${goal}/step/rephrase`, user, { comment: alarm.en, not_a_crisis: true });
    expect(rephrased.body.step.text).not.toBe(step);
  });

  const chat = async (locale: 'en' | 'ru', waiting: 'question' | 'step') => {
    const user = await userWith(locale, waiting);
    const say = chatAs(api.app, user.id);
    return { user, say };
  };
  const resumeButton = (replies: Reply[]) => replies[0]!.buttons?.flat().find((button) => button.data === 'cmd:resume');

  it('chat, English: a typed answer answered with help is kept; the check-in offers to send it; the tap sends it', async () => {
    const { user, say } = await chat('en', 'question');
    const help = await say(alarm.en);
    expect(help).toHaveLength(1);
    expect(help[0]!.text).toContain('I’ve kept your answer');
    const checkIn = await say('thanks, I am ok');
    expect(resumeButton(checkIn)?.label).toBe('▶️ Not about my safety: send my answer');
    // Text while the answer is held is the person talking, never a second answer.
    expect((await say('just tired'))[0]!.text).toContain('I’ve kept your answer');
    expect(await state(user.id)).toBe('question');
    await say('button:cmd:resume');
    expect(await state(user.id)).not.toBe('question');
  });

  it('chat, Russian: a comment on the step answered with help is kept, and /resume changes the step', async () => {
    const { user, say } = await chat('ru', 'step');
    const before = await openStep(user.id);
    await say('/rephrase');
    const help = await say(alarm.ru);
    expect(help[0]!.text).toContain('Я сохранил то, что ты написал(а) о шаге');
    expect(await openStep(user.id)).toBe(before);
    expect(resumeButton(await say('спасибо, я в порядке'))?.label).toBe('▶️ Это не про безопасность: заменить шаг');
    const replies = await say('/resume');
    expect(replies.map((reply) => reply.text)).toContain('Вот другой вариант:');
    expect(await openStep(user.id)).not.toBe(before);
  });

  it('chat: /cancel lets the kept words go, and explicit crisis words are never kept', async () => {
    const { user, say } = await chat('en', 'question');
    await say(alarm.en);
    expect((await say('/cancel')).at(-1)!.text).toContain('let those words go');
    expect(await state(user.id)).toBe('question');
    const other = await chat('en', 'question');
    const help = await other.say(PATTERN.en);
    expect(help[0]!.text).not.toContain('I’ve kept your answer');
    expect(resumeButton(await other.say('ok'))).toBeUndefined();
    const step = await chat('en', 'step');
    await step.say('/rephrase');
    expect((await step.say(PATTERN.en))[0]!.text).not.toContain('I’ve kept');
  });
});
