import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '../../src/core/goals/model.js';
import { DIALECTS } from '../factories/databases.js';
import { type ApiHarness, startApi } from './api-harness.js';

for (const dialect of DIALECTS) {
  describe(`${dialect}: the goals API refuses, screens and pages`, () => {
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

    it('answers 404 for another user’s goal on every route, and changes nothing', async () => {
      const { user, id } = await withGoal('Learn chess');
      const stranger = await newUser();
      for (const [method, path, body] of [
        ['GET', 'step'],
        ['GET', 'history'],
        ['POST', 'step/done'],
        ['POST', 'step/next'],
        ['POST', 'step/rephrase', { comment: 'too hard' }],
        ['POST', 'step/undo'],
        ['POST', 'clarification', { answer: 'yes' }],
        ['POST', 'activate'],
        ['POST', 'complete'],
        ['POST', 'archive'],
        ['POST', 'reopen'],
      ] as const)
        expect(await call(method, `/api/goals/${id}/${path}`, stranger, body)).toMatchObject({
          status: 404,
          body: { error: 'goal_not_found' },
        });
      expect((await call('GET', `/api/goals/${id}/step`, user)).body).toMatchObject({
        state: 'step',
        goal: { done_steps: 0 },
      });
    });

    it('done on a goal that another device paused completes nothing, not even the goal now active', async () => {
      const { user, id: first } = await withGoal('Learn chess');
      const second = await call('POST', '/api/goals', user, { title: 'Run a 5K' });
      expect(second.status).toBe(201);
      // The check and the completion are one step: the goal named is the goal completed, or nothing is.
      await expect(harness.app.tracks.completeGoalStep(user.id, first)).rejects.toMatchObject({
        code: 'no_active_goal',
      });
      expect((await call('GET', `/api/goals/${second.body.goal.id}/step`, user)).body).toMatchObject({
        state: 'step',
        goal: { done_steps: 0 },
      });
      expect(await call('POST', `/api/goals/${first}/step/done`, user)).toMatchObject({
        status: 409,
        body: { error: 'goal_paused' },
      });
    });

    it('refuses unknown fields, wrong types and oversized text with 400 and plain words', async () => {
      const user = await newUser();
      const cases: Array<[string, unknown, string]> = [
        ['/api/goals', { title: 'Learn Dutch', colour: 'red' }, 'colour: is not a known field'],
        ['/api/goals', { title: 42 }, 'title: must be a string'],
        ['/api/goals', {}, 'title: is required'],
        ['/api/goals', { title: 'x'.repeat(300) }, 'title is longer than 200 characters'],
      ];
      for (const [url, body, message] of cases)
        expect(await call('POST', url, user, body)).toMatchObject({
          status: 400,
          body: { error: 'invalid_input', message: expect.stringContaining(message) },
        });
      const { user: owner, id } = await withGoal('Learn Dutch');
      expect((await call('POST', `/api/goals/${id}/step/done`, owner, { force: true })).body).toMatchObject({
        error: 'invalid_input',
        message: 'force: is not a known field',
      });
      expect((await call('POST', `/api/goals/${id}/step/rephrase`, owner, {})).body.message).toBe(
        'comment: is required',
      );
      expect((await call('GET', `/api/goals/${id}/history?limit=lots`, owner)).status).toBe(400);
      expect((await call('GET', '/api/goals', user)).body.goals).toEqual([]);
    });

    it('answers crisis words with help alone: no goal is made and the step stays', async () => {
      const user = await newUser();
      const crisis = await call('POST', '/api/goals', user, { title: 'I want to kill myself' });
      expect(crisis).toMatchObject({
        status: 200,
        body: { safety: { level: expect.any(String), message: expect.any(String) } },
      });
      expect(crisis.body.goal).toBeUndefined();
      expect((await call('GET', '/api/goals', user)).body.goals).toEqual([]);
      const { user: owner, id, created } = await withGoal('Learn French');
      const ru = await call('POST', `/api/goals/${id}/step/rephrase?lang=ru`, owner, {
        comment: 'не хочу больше жить',
      });
      expect(ru.body.safety.message).toContain('8-800-2000-122');
      expect((await call('GET', `/api/goals/${id}/step`, owner)).body.step.id).toBe(created.step.id);
    });

    it('pages the history with limit and offset', async () => {
      const { user, id } = await withGoal('Declutter my apartment');
      for (let i = 0; i < 3; i++) {
        await call('POST', `/api/goals/${id}/step/done`, user);
        await call('POST', `/api/goals/${id}/step/next`, user);
      }
      const page = await call('GET', `/api/goals/${id}/history?limit=2&offset=1`, user);
      expect(page.body).toMatchObject({ total: 3, goal: { done_steps: 3 } });
      expect(page.body.steps.map((step: { number: number }) => step.number)).toEqual([2, 3]);
    });
  });
}

describe('the goals API in the OpenAPI document', () => {
  let harness: ApiHarness;
  beforeAll(async () => {
    harness = await startApi('sqlite');
  });
  afterAll(() => harness?.dispose());

  it('documents every goal route with the bearer token and strict bodies', async () => {
    const doc = (await harness.http.inject({ url: '/api/docs/openapi.json' })).json();
    const goalPaths = Object.keys(doc.paths).filter((path) => path.startsWith('/api/goals'));
    expect(goalPaths.sort()).toEqual(
      [
        '/api/goals',
        '/api/goals/{id}/activate',
        '/api/goals/{id}/archive',
        '/api/goals/{id}/clarification',
        '/api/goals/{id}/complete',
        '/api/goals/{id}/history',
        '/api/goals/{id}/reopen',
        '/api/goals/{id}/step',
        '/api/goals/{id}/step/done',
        '/api/goals/{id}/step/next',
        '/api/goals/{id}/step/rephrase',
        '/api/goals/{id}/step/undo',
      ].sort(),
    );
    const create = doc.paths['/api/goals'].post;
    expect(create.security).toEqual([{ bearerAuth: [] }]);
    expect(create.requestBody.content['application/json'].schema).toMatchObject({
      required: ['title'],
      additionalProperties: false,
    });
    expect(Object.keys(create.responses)).toEqual(expect.arrayContaining(['200', '201']));
    expect(doc.paths['/api/goals/{id}/step/undo'].post.description).toContain('undo_too_late');
  });
});
