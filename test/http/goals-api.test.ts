import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '../../src/core/goals/model.js';
import { DIALECTS } from '../factories/databases.js';
import { enrolledUser } from '../factories/app.js';
import { type ApiHarness, startApi } from './api-harness.js';

const TEN_MINUTES = 10 * 60_000;

for (const dialect of DIALECTS) {
  describe(`${dialect}: the goals API`, () => {
    let harness: ApiHarness;
    let telegramId = 5000;
    beforeAll(async () => {
      harness = await startApi(dialect);
    });
    afterAll(() => harness?.dispose());

    const newUser = (locale: 'en' | 'ru' = 'en') => harness.user(++telegramId, locale);
    const call = (method: 'GET' | 'POST', url: string, as: User, body?: unknown) => harness.call(method, url, as, body);
    /** A user and a goal created through the API, with its first step open. */
    const withGoal = async (title = 'Learn Spanish') => {
      const user = await newUser();
      const created = await call('POST', '/api/goals', user, { title });
      expect(created.status).toBe(201);
      return { user, id: created.body.goal.id as string, created: created.body };
    };

    it('creates a goal and walks its steps: current step, done, next, rephrase', async () => {
      const { user, id, created } = await withGoal();
      expect(created).toMatchObject({
        goal: { number: 1, title: 'Learn Spanish', status: 'active', done_steps: 0, track: null, description: null },
        state: 'step',
        step: { text: expect.any(String), rephrased: false },
        question: null,
      });
      expect((await call('GET', `/api/goals/${id}/step`, user)).body).toEqual(created);
      const next = await call('POST', `/api/goals/${id}/step/next`, user);
      expect(next).toMatchObject({ status: 409, body: { error: 'step_not_done' } });

      const done = await call('POST', `/api/goals/${id}/step/done`, user);
      expect(done.status).toBe(200);
      expect(done.body).toMatchObject({
        goal: { done_steps: 1 },
        state: 'between',
        step: null,
        done_step: { id: created.step.id, text: created.step.text },
        undo_until: new Date(harness.app.clock.now().getTime() + TEN_MINUTES).toISOString(),
        track: null,
      });
      const second = await call('POST', `/api/goals/${id}/step/next`, user);
      expect(second.body).toMatchObject({ state: 'step', step: { rephrased: false } });
      expect(second.body.step.text).not.toBe(created.step.text);
      const other = await call('POST', `/api/goals/${id}/step/rephrase`, user, { comment: 'too big for today' });
      expect(other.body).toMatchObject({ state: 'step', step: { rephrased: true } });
      expect((await call('GET', '/api/goals', user)).body).toEqual({
        goals: [expect.objectContaining({ id, number: 1, done_steps: 1, status: 'active' })],
      });
    });

    it('never shows more of the path than the current step and the finished ones', async () => {
      const { user, id, created } = await withGoal('Write a novel');
      await call('POST', `/api/goals/${id}/step/done`, user);
      const next = (await call('POST', `/api/goals/${id}/step/next`, user)).body;
      const rephrased = (await call('POST', `/api/goals/${id}/step/rephrase`, user, { comment: 'unclear' })).body;
      const history = (await call('GET', `/api/goals/${id}/history`, user)).body;
      expect(history).toMatchObject({ total: 1, steps: [{ number: 1, text: created.step.text }] });
      const seen = JSON.stringify([history, rephrased, (await call('GET', `/api/goals/${id}/step`, user)).body]);
      // The rephrased-away step, the coach's content keys and any count of steps to come stay inside.
      expect(seen).not.toContain(next.step.text);
      expect(seen).not.toMatch(/coach_key|coachKey|source|total_steps|remaining|"seq"/);
      expect(Object.keys(rephrased).sort()).toEqual(['goal', 'question', 'state', 'step']);
    });

    it('undoes a done step within ten minutes, discarding an untouched next step, and refuses later', async () => {
      const { user, id, created } = await withGoal('Learn to play guitar');
      await call('POST', `/api/goals/${id}/step/done`, user);
      await call('POST', `/api/goals/${id}/step/next`, user);
      harness.app.clock.advance(TEN_MINUTES);
      const undone = await call('POST', `/api/goals/${id}/step/undo`, user);
      expect(undone).toMatchObject({
        status: 200,
        body: { state: 'step', step: { id: created.step.id }, goal: { done_steps: 0 }, discarded: true },
      });
      expect(await call('POST', `/api/goals/${id}/step/undo`, user)).toMatchObject({
        status: 409,
        body: { error: 'undo_nothing' },
      });
      await call('POST', `/api/goals/${id}/step/done`, user);
      harness.app.clock.advance(TEN_MINUTES + 1);
      expect(await call('POST', `/api/goals/${id}/step/undo`, user)).toMatchObject({
        status: 409,
        body: { error: 'undo_too_late', message: expect.stringContaining('more than 10 minutes ago') },
      });
    });

    it('moves a linked track on done, and keeps that step done: track progress never goes back', async () => {
      const user = await enrolledUser(harness.app);
      const id = (await call('POST', '/api/goals', user, { title: 'Go to the gym three times a week' })).body.goal.id;
      await harness.app.tracks.linkGoal(user.id, id, 'self_work');
      const done = await call('POST', `/api/goals/${id}/step/done`, user);
      expect(done.body.track).toMatchObject({ program: 'recovery', tracks: [{ track: 'self_work', old: 0 }] });
      expect(await call('POST', `/api/goals/${id}/step/undo`, user)).toMatchObject({
        status: 409,
        body: { error: 'undo_track_moved' },
      });
    });

    it('asks a question for a vague goal and takes the answer', async () => {
      const user = await newUser('ru');
      const asked = await call('POST', '/api/goals', user, { title: 'Стать лучше' });
      expect(asked.body).toMatchObject({ state: 'question', step: null, question: { text: expect.any(String) } });
      expect(Array.isArray(asked.body.question.choices)).toBe(true);
      const id = asked.body.goal.id;
      expect((await call('POST', `/api/goals/${id}/step/done`, user)).body.error).toBe('awaiting_clarification');
      const answered = await call('POST', `/api/goals/${id}/clarification`, user, { answer: 'Начать бегать по утрам' });
      expect(answered.body).toMatchObject({ state: 'step', question: null });
      expect((await call('POST', `/api/goals/${id}/clarification`, user, { answer: 'ещё' })).body.error).toBe(
        'no_pending_clarification',
      );
    });

    it('completes, archives and reopens; acts only on the active goal, and says how to make one active', async () => {
      const { user, id } = await withGoal('Learn Italian');
      const second = (await call('POST', '/api/goals', user, { title: 'Plant a garden' })).body.goal;
      expect(second.number).toBe(2);
      const paused = await call('POST', `/api/goals/${id}/step/done`, user);
      expect(paused).toMatchObject({ status: 409, body: { error: 'goal_paused' } });
      expect(paused.body.message).toContain(`POST /api/goals/${id}/activate`);
      expect((await call('POST', `/api/goals/${id}/activate`, user)).body).toMatchObject({
        goal: { status: 'active' },
        state: 'step',
      });
      const completed = await call('POST', `/api/goals/${id}/complete`, user);
      expect(completed.body).toMatchObject({ goal: { status: 'completed' }, state: 'closed', step: null });
      const closed = await call('POST', `/api/goals/${id}/step/next`, user);
      expect(closed).toMatchObject({ status: 409, body: { error: 'goal_closed' } });
      expect(closed.body.message).toContain(`POST /api/goals/${id}/reopen`);
      expect((await call('POST', `/api/goals/${id}/activate`, user)).body.error).toBe('goal_closed');
      expect((await call('POST', `/api/goals/${id}/reopen`, user)).body).toMatchObject({
        goal: { status: 'active', number: 1 },
        state: 'step',
      });
      expect((await call('POST', `/api/goals/${id}/reopen`, user)).body.error).toBe('goal_not_closed');
      expect((await call('POST', `/api/goals/${second.id}/archive`, user)).body.goal.status).toBe('archived');
      expect((await call('GET', '/api/goals', user)).body.goals.map((goal: { number: number }) => goal.number)).toEqual(
        [1, 2],
      );
    });
  });
}
