import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApi } from '../http/api-harness.js';
import { DIALECTS } from '../factories/databases.js';

const MOSCOW = { time_zone: 'Europe/Moscow', wake: '07:00', sleep: '23:00' };

// Starting the plan from the web or the API joins the health program, as /health does in the bot:
// before, a person who began there marked tasks that moved no track, and nothing said so.
for (const dialect of DIALECTS) {
  describe(`${dialect}: joining the health program through the API`, () => {
    let api: ApiHarness;
    let count = 0;

    beforeAll(async () => {
      api = await startApi(dialect);
      // 12:00 in Moscow on a Monday.
      api.app.clock.advance(new Date('2026-03-02T09:00:00Z').getTime() - api.app.clock.now().getTime());
    });
    afterAll(async () => {
      await api?.dispose();
    });

    const newUser = () => api.user(950_000 + ++count, 'en');
    const healthProgress = (user: Awaited<ReturnType<typeof newUser>>) =>
      api.call('GET', '/api/tracks/progress?program=health', user);

    it('enrols whoever takes the quiz', async () => {
      const user = await newUser();
      expect((await healthProgress(user)).body.error).toBe('not_enrolled');
      const quiz = await api.call('GET', '/api/health/quiz', user);
      const answers = Object.fromEntries(
        quiz.body.questions.map((question: { id: string; choices: Array<{ id: string }> }) => [
          question.id,
          question.choices[0]!.id,
        ]),
      );
      expect((await api.call('POST', '/api/health/quiz', user, { answers })).status).toBe(200);
      expect((await healthProgress(user)).status).toBe(200);
    });

    it('enrols whoever chooses an archetype, so their first mark moves a health track', async () => {
      const user = await newUser();
      const put = await api.call('PUT', '/api/health/profile', user, {
        archetype: 'foundation_builder',
        schedule: MOSCOW,
      });
      expect(put.status).toBe(200);
      const [task] = (await api.call('GET', '/api/health/plan/today', user)).body.tasks;
      const done = await api.call('POST', `/api/health/plan/today/tasks/${encodeURIComponent(task.task_id)}`, user, {
        outcome: 'done',
      });
      expect(done.status).toBe(200);
      expect(done.body.track).not.toBeNull();
      const progress = await healthProgress(user);
      expect(progress.status).toBe(200);
      expect(progress.body.overall_progress).toBeGreaterThan(0);
    });

    it('leaves the program alone when only the digest or the notes change', async () => {
      const user = await newUser();
      expect((await api.call('PUT', '/api/health/profile', user, { notes: ['back_pain'] })).status).toBe(200);
      expect((await healthProgress(user)).body.error).toBe('not_enrolled');
    });
  });
}
