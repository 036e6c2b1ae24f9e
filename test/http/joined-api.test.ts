import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../factories/databases.js';
import { type ApiHarness, startApi } from './api-harness.js';

for (const dialect of DIALECTS) {
  describe(`${dialect}: GET /api/me/joined`, () => {
    let api: ApiHarness;
    beforeAll(async () => {
      api = await startApi(dialect);
    }, 120_000);
    afterAll(() => api?.dispose());

    it('says a new person has joined nothing, with a 200 rather than a refusal per program', async () => {
      const newcomer = await api.user(9101);
      const joined = await api.call('GET', '/api/me/joined', newcomer);
      expect(joined.status).toBe(200);
      expect(joined.body).toEqual({
        goals: 0,
        active_goal: null,
        recovery: false,
        recovery_open: true,
        health: false,
      });
    });

    it('names the active goal and each program joined, and only the asker’s own', async () => {
      const ann = await api.user(9102);
      const other = await api.user(9103);
      const goal = await api.call('POST', '/api/goals', ann, { title: 'Learn to play guitar' });
      expect(goal.status).toBe(201);
      expect((await api.call('POST', '/api/programs/recovery/enroll', ann, {})).status).toBe(201);
      // Enrolled in health, but no plan until an archetype is chosen: not joined yet.
      await api.call('POST', '/api/programs/health/enroll', ann, {});
      expect((await api.call('GET', '/api/me/joined', ann)).body.health).toBe(false);
      const profile = await api.call('PUT', '/api/health/profile', ann, { archetype: 'foundation_builder' });
      expect(profile.status).toBe(200);

      expect((await api.call('GET', '/api/me/joined', ann)).body).toEqual({
        goals: 1,
        active_goal: goal.body.goal.id,
        recovery: true,
        recovery_open: true,
        health: true,
      });
      expect((await api.call('GET', '/api/me/joined', other)).body).toMatchObject({
        goals: 0,
        active_goal: null,
        recovery: false,
        health: false,
      });
    });

    it('refuses a request without a token', async () => {
      expect((await api.call('GET', '/api/me/joined', { auth: null })).status).toBe(401);
    });
  });
}
