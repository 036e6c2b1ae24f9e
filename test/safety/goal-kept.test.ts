import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/interfaces/chat/reply.js';
import { startApi, type ApiHarness } from '../http/api-harness.js';
import { enrolledUser, chatAs } from '../factories/app.js';
import { modelFalseAlarms } from '../factories/safety.js';

// A goal whose words the trained model answers with a crisis reply was turned away, its words lost: 336 of 2,494
// review goals (test/safety/goal-texts.test.ts). Now the words wait behind the help, and the person who says they
// are not about their safety goes on with their goal. A pattern's finding (explicit crisis words) still starts none.
const PATTERN = 'I want to kill myself';

describe('a new goal answered with a crisis reply keeps its words, and the person may go on', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi('sqlite');
  });
  afterAll(() => api.dispose());

  const [enAlarm, ruAlarm] = [modelFalseAlarms('en'), modelFalseAlarms('ru')];
  const enTitle = enAlarm.find((text) => text.length <= 80)!;
  const ruDescription = ruAlarm[0]!;

  it('has false alarms of the model to test with, in both languages', () => {
    expect(enTitle).toBeDefined();
    expect(ruDescription).toBeDefined();
  });

  const chat = async (locale: 'en' | 'ru') => {
    const user = await enrolledUser(api.app, { locale, primary: 'self_work' });
    const say = chatAs(api.app, user.id);
    return { user, say };
  };
  const lastText = (replies: Reply[]) => replies.at(-1)!.text;
  const titles = async (userId: string) => (await api.app.goals.listGoals(userId)).map((item) => item.goal.title);

  it('services: a model finding may be set aside, counted; a pattern finding may not', async () => {
    const user = await enrolledUser(api.app, { locale: 'en', primary: 'self_work' });
    const refused = await api.app.goals.createGoal(user.id, { title: enTitle });
    expect(refused).toMatchObject({ kind: 'crisis', source: 'model', settable: true });
    expect(await titles(user.id)).toEqual([]);
    const before = await api.app.metrics.total('crisis_set_aside');
    const created = await api.app.goals.createGoal(user.id, { title: enTitle, notACrisis: true });
    expect(created.kind === 'step' || created.kind === 'question').toBe(true);
    expect(await titles(user.id)).toEqual([enTitle]);
    expect(await api.app.metrics.total('crisis_set_aside')).toBe(before + 1);
    const pattern = await api.app.goals.createGoal(user.id, { title: PATTERN, notACrisis: true });
    expect(pattern).toMatchObject({ kind: 'crisis', source: 'pattern', settable: false });
    expect(await titles(user.id)).toEqual([enTitle]);
  });

  it('HTTP: the crisis answer says whether it may be set aside, and not_a_crisis creates the goal', async () => {
    const user = await api.user(960_001);
    const first = await api.call('POST', '/api/goals', user, { title: enTitle });
    expect(first.status).toBe(200);
    expect(first.body.may_set_aside).toBe(true);
    expect(first.body.safety.message.length).toBeGreaterThan(50);
    const again = await api.call('POST', '/api/goals', user, { title: enTitle, not_a_crisis: true });
    expect(again.status).toBe(201);
    expect(again.body.goal.title).toBe(enTitle);
    const pattern = await api.call('POST', '/api/goals', user, { title: PATTERN, not_a_crisis: true });
    expect(pattern.status).toBe(200);
    expect(pattern.body.may_set_aside).toBe(false);
    expect((await api.call('GET', '/api/goals', user)).body.goals.map((goal: { title: string }) => goal.title)).toEqual(
      [enTitle],
    );
  });

  it('chat, English: a title answered with help is kept; the check-in offers to go on; /resume asks for the context', async () => {
    const { user, say } = await chat('en');
    await say('/newgoal');
    const help = await say(enTitle);
    expect(help).toHaveLength(1);
    expect(help[0]!.text).toContain(`I’ve kept your goal «${enTitle}»`);
    expect(await titles(user.id)).toEqual([]);
    const checkIn = await say('thanks, I am fine');
    expect(checkIn).toHaveLength(1);
    expect(checkIn[0]!.text).toContain('how are you doing now');
    const buttons = checkIn[0]!.buttons!.flat();
    expect(buttons.map((button) => button.data)).toEqual([expect.stringMatching(/^safety:help:/), 'cmd:resume']);
    expect(buttons[1]!.label).toContain('Not about my safety');
    // Text while the goal is held is the person talking, never taken as its description: it gets the way back.
    expect((await say('just a bit tired today'))[0]!.text).toContain('send /resume');
    expect(await titles(user.id)).toEqual([]);
    expect(lastText(await say('button:cmd:resume'))).toContain('Add a little context');
    const created = await say('/skip');
    expect(created[0]!.text).toContain(`New goal: «${enTitle}»`);
    expect(await titles(user.id)).toEqual([enTitle]);
  });

  it('chat, Russian: a description answered with help is kept with the title, and /resume creates the goal with both', async () => {
    const { user, say } = await chat('ru');
    await say('/newgoal');
    await say('Научиться самому менять колёса');
    const help = await say(ruDescription);
    expect(help[0]!.text).toContain('Я сохранил твою цель «Научиться самому менять колёса»');
    expect(await titles(user.id)).toEqual([]);
    // A command right after the help gets the check-in first, then its answer.
    const created = await say('/resume');
    expect(created[0]!.text).toContain('как ты сейчас');
    expect(created[1]!.text).toContain('Новая цель: «Научиться самому менять колёса»');
    const [goal] = await api.app.goals.listGoals(user.id);
    expect(goal!.goal.description).toBe(ruDescription.trim());
  });

  it('chat: /newgoal with the title in one message keeps it the same way, and explicit words not at all', async () => {
    const { user, say } = await chat('en');
    expect((await say(`/newgoal ${enTitle}`))[0]!.text).toContain(`I’ve kept your goal «${enTitle}»`);
    expect(lastText(await say('/resume'))).toContain('Add a little context');
    await say('/skip');
    expect(await titles(user.id)).toEqual([enTitle]);
    const other = await chat('en');
    expect((await other.say(`/newgoal ${PATTERN}`))[0]!.text).not.toContain('I’ve kept your goal');
    expect(lastText(await other.say('/resume'))).not.toContain('Add a little context');
    expect(await titles(other.user.id)).toEqual([]);
  });

  it('chat: explicit crisis words keep nothing and offer no way around the help', async () => {
    const { user, say } = await chat('en');
    await say('/newgoal');
    const help = await say(PATTERN);
    expect(help[0]!.text).not.toContain('I’ve kept your goal');
    const checkIn = await say('ok');
    expect(checkIn[0]!.buttons!.flat().map((button) => button.data)).not.toContain('cmd:resume');
    expect(await titles(user.id)).toEqual([]);
  });

  it('chat: a kept title whose description holds explicit crisis words is kept alone, and never started from them', async () => {
    const { user, say } = await chat('en');
    await say('/newgoal');
    await say(enTitle);
    await say('/resume');
    const help = await say(PATTERN);
    expect(help[0]!.text).toContain('I’ve kept your goal');
    // The title waits; the description with the crisis words was not kept, so it is asked for again.
    expect(lastText(await say('/resume'))).toContain('Add a little context');
    expect((await say('/skip'))[0]!.text).toContain(`New goal: «${enTitle}»`);
    expect((await api.app.goals.listGoals(user.id))[0]!.goal.description).toBeNull();
  });
});
