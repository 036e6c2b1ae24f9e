import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNDO_WINDOW_MS } from '../../src/core/goals/undo.js';
import { createTestApp, enrolledUser, type TestApp } from '../factories/app.js';
import { DIALECTS } from '../factories/databases.js';

/** Goal numbers, history, undo and reopening, through the services every interface calls. */
for (const dialect of DIALECTS) {
  describe(`${dialect}: a goal's history, undo and reopening`, () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await createTestApp(dialect);
    });
    afterAll(() => app?.dispose());

    let count = 0;
    const newUser = () => app.goals.ensureUser({ provider: 'test', subject: `life${++count}`, locale: 'en' });
    /** A user with a goal whose first step is open. */
    const withGoal = async (title = 'Learn to play guitar') => {
      const user = await newUser();
      const created = await app.goals.createGoal(user.id, { title });
      if (created.kind !== 'step') throw new Error('expected a step');
      return { user, goal: created.goal, first: created.step };
    };

    it('numbers goals in creation order and keeps the numbers through switching, closing and reopening', async () => {
      const user = await newUser();
      for (const title of ['Learn Spanish', 'Run a 10k race', 'Write a novel'])
        await app.goals.createGoal(user.id, { title });
      const numbers = async () =>
        (await app.goals.listGoals(user.id)).map((item) => `${item.number} ${item.goal.title} ${item.goal.status}`);
      expect(await numbers()).toEqual(['1 Learn Spanish paused', '2 Run a 10k race paused', '3 Write a novel active']);
      const spanish = await app.goals.goalByNumber(user.id, 1);
      await app.goals.switchGoal(user.id, spanish.id);
      await app.goals.closeGoal(user.id, (await app.goals.goalByNumber(user.id, 2)).id, 'archived');
      expect(await numbers()).toEqual([
        '1 Learn Spanish active',
        '2 Run a 10k race archived',
        '3 Write a novel paused',
      ]);
      await expect(app.goals.goalByNumber(user.id, 4)).rejects.toMatchObject({ code: 'goal_not_found' });
    });

    it('gives a goal’s finished steps in order, never the open one, and nobody else’s', async () => {
      const { user, goal, first } = await withGoal();
      await app.goals.completeStep(user.id);
      const second = await app.goals.nextStep(user.id);
      await app.goals.completeStep(user.id);
      const third = await app.goals.nextStep(user.id);
      if (second.kind !== 'step' || third.kind !== 'step') throw new Error('expected steps');
      const { steps } = await app.goals.goalHistory(user.id);
      expect(steps.map((step) => step.text)).toEqual([first.text, second.step.text]);
      expect(steps.map((step) => step.text)).not.toContain(third.step.text);
      const stranger = await newUser();
      await expect(app.goals.goalHistory(stranger.id, goal.id)).rejects.toMatchObject({ code: 'goal_not_found' });
    });

    it('undoes a /done within ten minutes: the step is current again and the untouched next step is gone', async () => {
      const { user, goal, first } = await withGoal();
      await app.goals.completeStep(user.id);
      const next = await app.goals.nextStep(user.id);
      if (next.kind !== 'step') throw new Error('expected a step');
      app.clock.advance(UNDO_WINDOW_MS);
      const undone = await app.goals.undoStep(user.id);
      expect(undone).toMatchObject({ kind: 'undone', doneSteps: 0, discarded: true, step: { id: first.id } });
      const current = await app.goals.currentStep(user.id);
      expect(current.kind === 'step' && current.step.id).toBe(first.id);
      const all = await app.stores.steps.all(user.id, goal.id);
      expect(all.map((step) => [step.id, step.status])).toEqual([[first.id, 'open']]);
      // The path goes on as before: done again, and a next step comes.
      await app.goals.completeStep(user.id);
      expect((await app.goals.nextStep(user.id)).kind).toBe('step');
    });

    it('refuses an undo more than ten minutes after the /done, and the step stays done', async () => {
      const { user } = await withGoal();
      await app.goals.completeStep(user.id);
      app.clock.advance(UNDO_WINDOW_MS + 1);
      expect(await app.goals.undoStep(user.id)).toMatchObject({ kind: 'refused', reason: 'too_late' });
      expect((await app.goals.currentStep(user.id)).kind).toBe('between');
      expect((await app.goals.goalHistory(user.id)).steps).toHaveLength(1);
    });

    it('discards a question asked after the step, but not once the person rephrased what came next', async () => {
      const asked = await withGoal('Learn to draw');
      await app.goals.completeStep(asked.user.id);
      const now = app.clock.now();
      await app.stores.clarifications.insert({
        ...{
          id: crypto.randomUUID(),
          goalId: asked.goal.id,
          userId: asked.user.id,
          question: 'What do you like to draw?',
        },
        ...{ answer: null, stepsBefore: 0, createdAt: now, answeredAt: null },
      });
      expect(await app.goals.undoStep(asked.user.id)).toMatchObject({ kind: 'undone', discarded: true });
      expect(await app.stores.clarifications.pending(asked.user.id, asked.goal.id)).toBeUndefined();

      const moved = await withGoal('Learn to cook');
      await app.goals.completeStep(moved.user.id);
      await app.goals.nextStep(moved.user.id);
      await app.goals.rephraseStep(moved.user.id, 'too big for today');
      expect(await app.goals.undoStep(moved.user.id)).toMatchObject({ kind: 'refused', reason: 'moved_on' });
      expect(await app.goals.goalHistory(moved.user.id)).toMatchObject({ steps: [{ id: moved.first.id }] });
    });

    it('keeps a step that moved a linked track done, and the track where it is', async () => {
      const user = await enrolledUser(app);
      await app.goals.createGoal(user.id, { title: 'Go to the gym three times a week' });
      const { goal } = await app.goals.currentStep(user.id);
      await app.tracks.linkGoal(user.id, goal.id, 'self_work');
      const done = await app.tracks.completeGoalStep(user.id);
      const before = (await app.tracks.progress(user.id)).tracks.self_work!.completion_percentage;
      expect(before).toBe(done.track!.changes[0]!.newPct);
      expect(await app.goals.undoStep(user.id)).toMatchObject({ kind: 'refused', reason: 'track_moved' });
      expect((await app.goals.currentStep(user.id)).kind).toBe('between');
      expect((await app.tracks.progress(user.id)).tracks.self_work!.completion_percentage).toBe(before);
    });

    it('reopens a completed goal as the active one, with its history; an open goal is not “reopened”', async () => {
      const { user, goal, first } = await withGoal('Read twelve books this year');
      await app.goals.completeStep(user.id);
      await app.goals.closeGoal(user.id, goal.id, 'completed');
      const other = await app.goals.createGoal(user.id, { title: 'Sleep eight hours' });
      if (other.kind === 'crisis') throw new Error('expected a goal');
      const reopened = await app.goals.reopenGoal(user.id, goal.id);
      expect(reopened).toMatchObject({ kind: 'reopened', current: { kind: 'between', goal: { id: goal.id } } });
      expect((await app.goals.currentStep(user.id)).goal.id).toBe(goal.id);
      expect((await app.goals.goalView(user.id, other.goal.id)).goal.status).toBe('paused');
      expect((await app.goals.goalHistory(user.id)).steps.map((step) => step.id)).toEqual([first.id]);
      expect(await app.goals.reopenGoal(user.id, goal.id)).toMatchObject({ kind: 'not_closed' });
    });

    it('acts on a goal named by id only while it is the active one', async () => {
      const { user, goal } = await withGoal('Learn Portuguese');
      await app.goals.createGoal(user.id, { title: 'Plant a garden' });
      await expect(app.goals.completeStep(user.id, goal.id)).rejects.toMatchObject({
        code: 'no_active_goal',
        details: { paused: true },
      });
      await app.goals.closeGoal(user.id, goal.id, 'archived');
      await expect(app.goals.nextStep(user.id, goal.id)).rejects.toMatchObject({ code: 'goal_closed' });
      expect((await app.goals.goalView(user.id, goal.id)).current).toBeUndefined();
    });
  });
}
