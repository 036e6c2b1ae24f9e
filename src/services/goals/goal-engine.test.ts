import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/factories/app.js';
import { DIALECTS } from '../../../test/factories/databases.js';
import { loadCoachContext } from './coach-context.js';

for (const dialect of DIALECTS) {
  describe(`${dialect}: the goal engine`, () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await createTestApp(dialect);
    });
    afterAll(() => app?.dispose());

    let count = 0;
    const newUser = (locale: 'en' | 'ru' = 'en') =>
      app.goals.ensureUser({ provider: 'test', subject: `u${++count}`, locale });

    it('makes a new goal the active one and answers with its first step', async () => {
      const user = await newUser();
      const first = await app.goals.createGoal(user.id, { title: 'Learn Spanish', description: 'For a trip in May' });
      expect(first.kind).toBe('step');
      const second = await app.goals.createGoal(user.id, { title: 'Run a 10k race' });
      expect(second.kind === 'step' && second.goal.status).toBe('active');
      // Listed by number, in the order created: the new active goal does not jump to the top.
      const list = await app.goals.listGoals(user.id);
      expect(list.map((entry) => [entry.number, entry.goal.title, entry.goal.status])).toEqual([
        [1, 'Learn Spanish', 'paused'],
        [2, 'Run a 10k race', 'active'],
      ]);
    });

    it('gives the next step only after the current one is done', async () => {
      const user = await newUser();
      const created = await app.goals.createGoal(user.id, { title: 'Learn to play guitar' });
      if (created.kind !== 'step') throw new Error('expected a step');
      await expect(app.goals.nextStep(user.id)).rejects.toMatchObject({ code: 'step_not_done' });
      const done = await app.goals.completeStep(user.id);
      expect(done.doneSteps).toBe(1);
      expect(done.step.completedAt).toEqual(app.clock.now());
      await expect(app.goals.completeStep(user.id)).rejects.toMatchObject({ code: 'no_open_step' });
      const next = await app.goals.nextStep(user.id);
      expect(next.kind === 'step' && next.step.text).not.toBe(created.step.text);
      const history = await app.stores.steps.all(user.id, created.goal.id);
      expect(history.filter((step) => step.status === 'open')).toHaveLength(1);
    });

    it('rephrases the current step and keeps the old one as superseded with the comment', async () => {
      const user = await newUser();
      const created = await app.goals.createGoal(user.id, { title: 'Write a novel' });
      if (created.kind !== 'step') throw new Error('expected a step');
      const coachingOutcome = await app.goals.rephraseStep(user.id, 'This is too big for me');
      if (coachingOutcome.kind !== 'step') throw new Error('expected a step');
      expect(coachingOutcome.step.rephrased).toBe(true);
      expect(coachingOutcome.step.text).not.toBe(created.step.text);
      expect(coachingOutcome.step.estimatedMinutes!).toBeLessThan(created.step.estimatedMinutes!);
      const all = await app.stores.steps.all(user.id, created.goal.id);
      expect(all.map((step) => [step.status, step.userComment])).toEqual([
        ['superseded', 'This is too big for me'],
        ['open', null],
      ]);
    });

    it('gives the coach every reason the person gave for a rephrase, oldest first, beyond the steps it avoids', async () => {
      const user = await newUser('ru');
      const created = await app.goals.createGoal(user.id, { title: 'Научиться плавать' });
      if (created.kind !== 'step') throw new Error('expected a step');
      const reasons = ['рядом нет бассейна', 'слишком долго', 'too boring', 'у меня нет машины'];
      for (const reason of reasons) await app.goals.rephraseStep(user.id, reason);
      const ctx = await loadCoachContext({ stores: app.stores }, await app.goals.user(user.id), created.goal);
      expect(ctx.reasons).toEqual(reasons);
      expect(ctx.rejected.map((step) => step.userComment)).toEqual(reasons.slice(-3));
    });

    it('asks a question when the goal is too vague, stores the answer and then gives a step', async () => {
      const user = await newUser('ru');
      const asked = await app.goals.createGoal(user.id, { title: 'Стать лучше' });
      expect(asked.kind).toBe('question');
      await expect(app.goals.completeStep(user.id)).rejects.toMatchObject({ code: 'awaiting_clarification' });
      await expect(app.goals.nextStep(user.id)).rejects.toMatchObject({ code: 'awaiting_clarification' });
      const answered = await app.goals.answerClarification(user.id, 'Начать бегать по утрам');
      expect(answered.kind).toBe('step');
      if (answered.kind !== 'step') return;
      expect(answered.step.text).toMatch(/[а-я]/i);
      const ctx = await app.stores.clarifications.forGoal(user.id, answered.goal.id);
      expect(ctx).toMatchObject([{ answer: 'Начать бегать по утрам' }]);
    });

    it('shows the number of completed steps and never a total', async () => {
      const user = await newUser();
      await app.goals.createGoal(user.id, { title: 'Declutter my apartment' });
      for (let i = 0; i < 3; i++) {
        await app.goals.completeStep(user.id);
        await app.goals.nextStep(user.id);
      }
      const goalStatusView = await app.goals.goalStatus(user.id);
      expect(goalStatusView.doneSteps).toBe(3);
      expect(Object.keys(goalStatusView)).toEqual(['current', 'doneSteps']);
    });

    it('switches between goals and keeps each goal’s open step', async () => {
      const user = await newUser();
      const result = await app.goals.createGoal(user.id, { title: 'Read more books' });
      const coachingOutcome = await app.goals.createGoal(user.id, { title: 'Write a novel' });
      if (result.kind !== 'step' || coachingOutcome.kind !== 'step') throw new Error('expected steps');
      const back = await app.goals.switchGoal(user.id, result.goal.id);
      expect(back.kind === 'step' && back.step.id).toBe(result.step.id);
      expect((await app.goals.currentStep(user.id)).goal.id).toBe(result.goal.id);
    });

    it('closes a goal: no active goal is left and the closed one cannot be resumed', async () => {
      const user = await newUser();
      const coachingOutcome = await app.goals.createGoal(user.id, { title: 'Find a new job as a designer' });
      if (coachingOutcome.kind !== 'step') throw new Error('expected a step');
      await app.goals.closeGoal(user.id, coachingOutcome.goal.id, 'completed');
      await expect(app.goals.currentStep(user.id)).rejects.toMatchObject({ code: 'no_active_goal' });
      await expect(app.goals.switchGoal(user.id, coachingOutcome.goal.id)).rejects.toMatchObject({
        code: 'goal_closed',
      });
    });

    it('never lets a user see or change another user’s goal', async () => {
      const owner = await newUser();
      const intruder = await newUser();
      const coachingOutcome = await app.goals.createGoal(owner.id, { title: 'Learn Italian' });
      if (coachingOutcome.kind !== 'step') throw new Error('expected a step');
      await expect(app.goals.switchGoal(intruder.id, coachingOutcome.goal.id)).rejects.toMatchObject({
        code: 'goal_not_found',
      });
      await expect(app.goals.closeGoal(intruder.id, coachingOutcome.goal.id, 'archived')).rejects.toMatchObject({
        code: 'goal_not_found',
      });
      expect(await app.goals.listGoals(intruder.id)).toEqual([]);
      await expect(app.goals.completeStep(intruder.id)).rejects.toMatchObject({ code: 'no_active_goal' });
      expect((await app.goals.currentStep(owner.id)).kind).toBe('step');
    });

    it('answers crisis language with help instead of a step, keeps no goal, and counts it', async () => {
      const user = await newUser();
      const before = await app.metrics.total('crisis_detected');
      const coachingOutcome = await app.goals.createGoal(user.id, { title: 'I want to kill myself' });
      expect(coachingOutcome).toEqual({
        kind: 'crisis',
        category: 'ideation',
        level: 'concern',
        source: 'pattern',
        settable: false,
      });
      expect(await app.goals.listGoals(user.id)).toEqual([]);
      await app.goals.createGoal(user.id, { title: 'Learn Spanish' });
      expect((await app.goals.rephraseStep(user.id, 'не хочу больше жить')).kind).toBe('crisis');
      expect((await app.goals.currentStep(user.id)).kind).toBe('step');
      expect(await app.metrics.total('crisis_detected')).toBe(before + 2);
    });

    it('refuses a title over the limit, naming it, and creates nothing', async () => {
      const user = await newUser();
      await expect(app.goals.createGoal(user.id, { title: 'x'.repeat(5000) })).rejects.toMatchObject({
        code: 'invalid_input',
        details: { max: 200, length: 5000 },
      });
      expect(await app.goals.listGoals(user.id)).toEqual([]);
    });

    it('hands out one step when two /next requests race', async () => {
      const user = await newUser();
      await app.goals.createGoal(user.id, { title: 'Learn chess' });
      await app.goals.completeStep(user.id);
      const results = await Promise.allSettled([app.goals.nextStep(user.id), app.goals.nextStep(user.id)]);
      expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    });
  });
}
