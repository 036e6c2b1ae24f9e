import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listedChoices } from '../../src/core/goals/model.js';
import type { SafetyCheck } from '../../src/core/safety.port.js';
import { startApi, type ApiHarness } from '../http/api-harness.js';
import { enrolledUser } from '../factories/app.js';
import { sharedCrisisCheck } from '../factories/safety.js';

// The coach's own buttons were screened as the person's words: the trained check read "Sorting out a shed or
// garage", "Already stopped, staying off it" or «Забор, крыша сарая или теплица» as a crisis, and the person who
// tapped one got the crisis reply and never their steps. A tap is now the coach's words; what is typed is screened.
// Which buttons a retrained model misreads changes from model to model, so the app's check here is the trained one
// that also misreads the buttons a test names, as the model once did.
const GOALS = {
  en: { title: 'Stay off the drink', description: 'I stopped three months ago and want to keep it that way.' },
  ru: { title: 'Починить забор на даче', description: 'Пара секций завалилась после зимы.' },
} as const;
const TYPED_CRISIS = { en: 'I want to kill myself', ru: 'Я хочу покончить с собой' } as const;

const misread = new Set<string>();
const check: SafetyCheck = {
  check: (text, field) =>
    misread.has(text)
      ? { crisis: true, category: 'hopeless', level: 'concern', source: 'model' }
      : sharedCrisisCheck().check(text, field),
};

describe('an answer tapped from the coach’s buttons is not screened as the person’s words', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi('sqlite', {}, undefined, { crisisCheck: check });
  });
  afterAll(() => api.dispose());

  /** The goal's first question, its first button misread as a crisis by the check. */
  const asked = async (locale: 'en' | 'ru') => {
    const user = await enrolledUser(api.app, { locale, primary: 'self_work' });
    const outcome = await api.app.goals.createGoal(user.id, GOALS[locale]);
    if (outcome.kind !== 'question') throw new Error(`expected a question, got ${outcome.kind}`);
    const choices = listedChoices(outcome.question.question);
    const flagged = choices[0]!;
    misread.add(flagged);
    expect(check.check(flagged).crisis).toBe(true);
    return { user, choices, flagged };
  };

  for (const locale of ['en', 'ru'] as const) {
    it(`services (${locale}): a tapped button the check reads as a crisis brings the next step or question`, async () => {
      const { user, flagged } = await asked(locale);
      const before = await api.app.metrics.total('crisis_detected');
      const answered = await api.app.goals.answerClarification(user.id, flagged);
      expect(['step', 'question']).toContain(answered.kind);
      expect(await api.app.metrics.total('crisis_detected')).toBe(before);
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

  it('chat: tapping the flagged button under the question answers it, with no crisis reply', async () => {
    const { user, choices, flagged } = await asked('en');
    const before = await api.app.metrics.total('crisis_detected');
    const replies = await api.app.dialog.handle(await api.app.goals.user(user.id), 'test', {
      kind: 'button',
      data: `goalans:#${choices.indexOf(flagged) + 1}`,
    });
    const current = await api.app.goals.currentStep(user.id);
    expect(['step', 'question']).toContain(current.kind);
    expect(await api.app.metrics.total('crisis_detected')).toBe(before);
    if (current.kind === 'step') expect(replies.map((reply) => reply.text).join('\n')).toContain(current.step.text);
  });

  it('HTTP: a button’s words answer the question, with no crisis reply', async () => {
    const user = await api.user(961_001);
    const created = await api.call('POST', '/api/goals', user, GOALS.en);
    expect(created.status).toBe(201);
    const flagged = (created.body.question as { choices: string[] }).choices[0]!;
    misread.add(flagged);
    const answered = await api.call('POST', `/api/goals/${created.body.goal.id}/clarification`, user, {
      answer: flagged,
    });
    expect(answered.status).toBe(200);
    expect(answered.body.step ?? answered.body.question).toBeTruthy();
    expect(answered.body.safety).toBeUndefined();
  });
});
