import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listedChoices } from '../../src/core/goals/model.js';
import { startApi, type ApiHarness } from '../http/api-harness.js';
import { enrolledUser } from '../factories/app.js';
import { sharedCrisisCheck } from '../factories/safety.js';

// The coach's own buttons were screened as the person's words: the trained check reads "Sorting out a shed or
// garage", "Already stopped, staying off it" or «Забор, крыша сарая или теплица» as a crisis, and the person who
// tapped one got the crisis reply and never their steps. A tap is now the coach's words; what is typed is screened.
const GOALS = {
  en: { title: 'Stay off the drink', description: 'I stopped three months ago and want to keep it that way.' },
  ru: { title: 'Починить забор на даче', description: 'Пара секций завалилась после зимы.' },
} as const;
const TYPED_CRISIS = { en: 'I want to kill myself', ru: 'Я хочу покончить с собой' } as const;

describe('an answer tapped from the coach’s buttons is not screened as the person’s words', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi('sqlite');
  });
  afterAll(() => api.dispose());

  const asked = async (locale: 'en' | 'ru') => {
    const user = await enrolledUser(api.app, { locale, primary: 'self_work' });
    const goal = GOALS[locale];
    let outcome = await api.app.goals.createGoal(user.id, goal);
    // The kind question first (its first button is the goal's kind), then the situation question with the button.
    for (let turn = 0; outcome.kind === 'question'; turn++) {
      const choices = listedChoices(outcome.question.question);
      // The test means something only while the check still reads one of the buttons as a crisis.
      const flagged = choices.find((choice) => sharedCrisisCheck().check(choice).crisis);
      if (flagged || turn === 2) return { user, choices, flagged };
      outcome = await api.app.goals.answerClarification(user.id, choices[0]!);
    }
    throw new Error(`expected a question for "${goal.title}", got ${outcome.kind}`);
  };

  for (const locale of ['en', 'ru'] as const) {
    it(`services (${locale}): a tapped button the check reads as a crisis brings the steps`, async () => {
      const { user, flagged } = await asked(locale);
      expect(flagged).toBeDefined();
      const answered = await api.app.goals.answerClarification(user.id, flagged!);
      expect(answered.kind).toBe('step');
      const current = await api.app.goals.currentStep(user.id);
      expect(current.kind).toBe('step');
    });

    it(`services (${locale}): words typed as an answer still meet the crisis screen first`, async () => {
      const { user } = await asked(locale);
      const before = await api.app.metrics.total('crisis_detected');
      const answered = await api.app.goals.answerClarification(user.id, TYPED_CRISIS[locale]);
      expect(answered).toMatchObject({ kind: 'crisis', source: 'pattern' });
      expect(await api.app.metrics.total('crisis_detected')).toBe(before + 1);
      // Nothing was answered: the question still waits.
      expect((await api.app.goals.currentStep(user.id)).kind).toBe('question');
    });
  }

  it('chat: tapping the flagged button under the question gives the first step, not the crisis reply', async () => {
    const { user, choices, flagged } = await asked('en');
    const replies = await api.app.dialog.handle(await api.app.goals.user(user.id), 'test', {
      kind: 'button',
      data: `goalans:#${choices.indexOf(flagged!) + 1}`,
    });
    const current = await api.app.goals.currentStep(user.id);
    expect(current.kind).toBe('step');
    expect(replies.map((reply) => reply.text).join('\n')).toContain(current.kind === 'step' && current.step.text);
  });

  it('HTTP: a button’s words answer the question with a step', async () => {
    const user = await api.user(961_001);
    const created = await api.call('POST', '/api/goals', user, GOALS.en);
    expect(created.status).toBe(201);
    const answer = (text: string) =>
      api.call('POST', `/api/goals/${created.body.goal.id}/clarification`, user, { answer: text });
    let reply = created;
    let flagged: string | undefined;
    for (let turn = 0; turn < 2 && !flagged; turn++) {
      const choices = (reply.body.question as { choices: string[] }).choices;
      flagged = choices.find((choice) => sharedCrisisCheck().check(choice).crisis);
      if (!flagged) reply = await answer(choices[0]!);
    }
    expect(flagged).toBeDefined();
    const answered = await answer(flagged!);
    expect(answered.status).toBe(200);
    expect(answered.body.step).toBeTruthy();
    expect(answered.body.safety).toBeUndefined();
  });
});
