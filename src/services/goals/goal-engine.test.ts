import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/factories/app.js';
import { DIALECTS } from '../../../test/factories/databases.js';

for (const dialect of DIALECTS) {
  describe(`${dialect}: the goal engine`, () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await createTestApp(dialect);
    });
    afterAll(() => app?.dispose());

    let n = 0;
    const newUser = (locale: 'en' | 'ru' = 'en') =>
      app.goals.ensureUser({ provider: 'test', subject: `u${++n}`, locale });

    it('makes a new goal the active one and answers with its first step', async () => {
      const u = await newUser();
      const first = await app.goals.createGoal(u.id, { title: 'Learn Spanish', description: 'For a trip in May' });
      expect(first.kind).toBe('step');
      const second = await app.goals.createGoal(u.id, { title: 'Run a 10k race' });
      expect(second.kind === 'step' && second.goal.status).toBe('active');
      const list = await app.goals.listGoals(u.id);
      expect(list.map((i) => [i.goal.title, i.goal.status])).toEqual([
        ['Run a 10k race', 'active'],
        ['Learn Spanish', 'paused'],
      ]);
    });

    it('gives the next step only after the current one is done', async () => {
      const u = await newUser();
      const created = await app.goals.createGoal(u.id, { title: 'Learn to play guitar' });
      if (created.kind !== 'step') throw new Error('expected a step');
      await expect(app.goals.nextStep(u.id)).rejects.toMatchObject({ code: 'step_not_done' });
      const done = await app.goals.completeStep(u.id);
      expect(done.doneSteps).toBe(1);
      expect(done.step.completedAt).toEqual(app.clock.now());
      await expect(app.goals.completeStep(u.id)).rejects.toMatchObject({ code: 'no_open_step' });
      const next = await app.goals.nextStep(u.id);
      expect(next.kind === 'step' && next.step.text).not.toBe(created.step.text);
      const history = await app.stores.steps.all(u.id, created.goal.id);
      expect(history.filter((s) => s.status === 'open')).toHaveLength(1);
    });

    it('rephrases the current step and keeps the old one as superseded with the comment', async () => {
      const u = await newUser();
      const created = await app.goals.createGoal(u.id, { title: 'Write a novel' });
      if (created.kind !== 'step') throw new Error('expected a step');
      const r = await app.goals.rephraseStep(u.id, 'This is too big for me');
      if (r.kind !== 'step') throw new Error('expected a step');
      expect(r.step.rephrased).toBe(true);
      expect(r.step.text).not.toBe(created.step.text);
      expect(r.step.estimatedMinutes!).toBeLessThan(created.step.estimatedMinutes!);
      const all = await app.stores.steps.all(u.id, created.goal.id);
      expect(all.map((s) => [s.status, s.userComment])).toEqual([
        ['superseded', 'This is too big for me'],
        ['open', null],
      ]);
    });

    it('asks a question when the goal is too vague, stores the answer and then gives a step', async () => {
      const u = await newUser('ru');
      const asked = await app.goals.createGoal(u.id, { title: 'Стать лучше' });
      expect(asked.kind).toBe('question');
      await expect(app.goals.completeStep(u.id)).rejects.toMatchObject({ code: 'awaiting_clarification' });
      await expect(app.goals.nextStep(u.id)).rejects.toMatchObject({ code: 'awaiting_clarification' });
      const answered = await app.goals.answerClarification(u.id, 'Начать бегать по утрам');
      expect(answered.kind).toBe('step');
      if (answered.kind !== 'step') return;
      expect(answered.step.text).toMatch(/[а-я]/i);
      const ctx = await app.stores.clarifications.forGoal(u.id, answered.goal.id);
      expect(ctx).toMatchObject([{ answer: 'Начать бегать по утрам' }]);
    });

    it('shows the number of completed steps and never a total', async () => {
      const u = await newUser();
      await app.goals.createGoal(u.id, { title: 'Declutter my apartment' });
      for (let i = 0; i < 3; i++) {
        await app.goals.completeStep(u.id);
        await app.goals.nextStep(u.id);
      }
      const s = await app.goals.goalStatus(u.id);
      expect(s.doneSteps).toBe(3);
      expect(Object.keys(s)).toEqual(['current', 'doneSteps']);
    });

    it('switches between goals and keeps each goal’s open step', async () => {
      const u = await newUser();
      const a = await app.goals.createGoal(u.id, { title: 'Save money for a bike' });
      const b = await app.goals.createGoal(u.id, { title: 'Meditate every day' });
      if (a.kind !== 'step' || b.kind !== 'step') throw new Error('expected steps');
      const back = await app.goals.switchGoal(u.id, a.goal.id);
      expect(back.kind === 'step' && back.step.id).toBe(a.step.id);
      expect((await app.goals.currentStep(u.id)).goal.id).toBe(a.goal.id);
    });

    it('closes a goal: no active goal is left and the closed one cannot be resumed', async () => {
      const u = await newUser();
      const g = await app.goals.createGoal(u.id, { title: 'Find a new job as a designer' });
      if (g.kind !== 'step') throw new Error('expected a step');
      await app.goals.closeGoal(u.id, g.goal.id, 'completed');
      await expect(app.goals.currentStep(u.id)).rejects.toMatchObject({ code: 'no_active_goal' });
      await expect(app.goals.switchGoal(u.id, g.goal.id)).rejects.toMatchObject({ code: 'goal_closed' });
    });

    it('never lets a user see or change another user’s goal', async () => {
      const owner = await newUser();
      const intruder = await newUser();
      const g = await app.goals.createGoal(owner.id, { title: 'Learn Italian' });
      if (g.kind !== 'step') throw new Error('expected a step');
      await expect(app.goals.switchGoal(intruder.id, g.goal.id)).rejects.toMatchObject({ code: 'goal_not_found' });
      await expect(app.goals.closeGoal(intruder.id, g.goal.id, 'archived')).rejects.toMatchObject({
        code: 'goal_not_found',
      });
      expect(await app.goals.listGoals(intruder.id)).toEqual([]);
      await expect(app.goals.completeStep(intruder.id)).rejects.toMatchObject({ code: 'no_active_goal' });
      expect((await app.goals.currentStep(owner.id)).kind).toBe('step');
    });

    it('answers crisis language with help instead of a step, keeps no goal, and counts it', async () => {
      const u = await newUser();
      const before = await app.metrics.total('crisis_detected');
      const r = await app.goals.createGoal(u.id, { title: 'I want to kill myself' });
      expect(r).toEqual({ kind: 'crisis', category: 'ideation', level: 'concern', source: 'pattern' });
      expect(await app.goals.listGoals(u.id)).toEqual([]);
      await app.goals.createGoal(u.id, { title: 'Learn Spanish' });
      expect((await app.goals.rephraseStep(u.id, 'не хочу больше жить')).kind).toBe('crisis');
      expect((await app.goals.currentStep(u.id)).kind).toBe('step');
      expect(await app.metrics.total('crisis_detected')).toBe(before + 2);
    });

    it('refuses a title over the limit, naming it, and creates nothing', async () => {
      const u = await newUser();
      await expect(app.goals.createGoal(u.id, { title: 'x'.repeat(5000) })).rejects.toMatchObject({
        code: 'invalid_input',
        details: { max: 200, length: 5000 },
      });
      expect(await app.goals.listGoals(u.id)).toEqual([]);
    });

    it('hands out one step when two /next requests race', async () => {
      const u = await newUser();
      await app.goals.createGoal(u.id, { title: 'Learn chess' });
      await app.goals.completeStep(u.id);
      const results = await Promise.allSettled([app.goals.nextStep(u.id), app.goals.nextStep(u.id)]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    });
  });
}
