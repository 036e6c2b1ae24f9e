import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '../../src/core/goals/model.js';
import { DIALECTS } from '../factories/databases.js';
import { type ApiHarness, startApi } from '../http/api-harness.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const CHECKIN = { mood: 6, anxiety: 4, hope: 5, three_words: 'tired but hopeful' };

/** Every table with a user_id column, read independently of the code under test. */
async function userScopedTables(api: ApiHarness): Promise<string[]> {
  const db = api.app.database.db;
  const rows =
    api.app.database.dialect === 'sqlite'
      ? await sql<{ name: string }>`select m.name as name from sqlite_master m join pragma_table_info(m.name) p
          where m.type = 'table' and p.name = 'user_id'`.execute(db)
      : await sql<{ name: string }>`select table_name as name from information_schema.columns
          where table_schema = current_schema() and column_name = 'user_id'`.execute(db);
  return rows.rows.map((row) => row.name).sort();
}

/**
 * A person who used every part of Stepwise: goals, the recovery program, exercises, feedback, the
 * health program with readings and an adaptation, a reminder, the chat, and the web sign-in. A table
 * added later must get a row here too, or the "every table holds a row" check below fails.
 */
async function fullPerson(api: ApiHarness, telegramId: number): Promise<User> {
  const user = await api.user(telegramId);
  const ok = async (promise: Promise<{ status: number }>) => expect((await promise).status).toBeLessThan(300);
  api.app.clock.advance(new Date('2026-03-02T07:00:00Z').getTime() - api.app.clock.now().getTime());
  const at = (msAgo: number) => new Date(api.app.clock.now().getTime() - msAgo).toISOString();
  await ok(api.call('POST', '/api/goals', user, { title: 'Learn Spanish', description: 'A trip in March' }));
  const goal = (await api.call('GET', '/api/goals', user)).body.goals[0];
  await ok(api.call('POST', `/api/goals/${goal.id}/step/done`, user, {}));
  // A goal too vague to act on gets a clarifying question first; answering it stores a clarification.
  const vague = await api.call('POST', '/api/goals', user, { title: 'Be better' });
  expect(vague.body.question).toBeTruthy();
  await ok(api.call('POST', `/api/goals/${vague.body.goal.id}/clarification`, user, { answer: 'Calmer mornings' }));
  await ok(api.call('POST', '/api/programs/recovery/enroll', user, {}));
  await ok(api.call('POST', '/api/exercises/emotional_checkin/entries', user, { answers: CHECKIN }));
  const next = (await api.call('GET', '/api/tracks/progress', user)).body.tracks.self_work.next_action;
  await ok(
    api.call('POST', '/api/tracks/suggestions/feedback', user, {
      track: 'self_work',
      suggestion_id: next.id,
      reason: next.reason,
      helpful: true,
    }),
  );
  const schedule = { time_zone: 'Europe/Moscow', wake: '07:00', sleep: '23:00' };
  await ok(api.call('PUT', '/api/health/profile', user, { archetype: 'foundation_builder', schedule }));
  const [task] = (await api.call('GET', '/api/health/plan/today', user)).body.tasks;
  await ok(
    api.call('POST', `/api/health/plan/today/tasks/${encodeURIComponent(task.task_id)}`, user, { outcome: 'done' }),
  );
  const history = Array.from({ length: 16 }, (_, i) => ({
    timestamp: at((i + 1) * DAY),
    source: 'oura',
    hrv_score: 60,
  }));
  await ok(api.call('POST', '/api/health/readings', user, { readings: history }));
  await ok(api.call('POST', '/api/health/checkin', user, { energy: 5, stress: 2, sleep: 4 }));
  api.app.clock.advance(30 * 60_000);
  await ok(api.call('POST', '/api/health/checkin', user, { energy: 1, stress: 2, sleep: 4 }));
  await api.app.reminders.set(user.id, '09:00', 'Europe/Moscow');
  await api.app.dialog.handle(user, 'telegram', { kind: 'command', command: 'newgoal', args: '' });
  await api.app.signIn.loginLink(user.id);
  const { code } = await api.app.signIn.loginLink(user.id);
  await api.app.signIn.redeemLink(code);
  return user;
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: the person's data rights — export everything, erase everything`, () => {
    let api: ApiHarness;
    let ann: User;
    let bob: User;
    beforeAll(async () => {
      api = await startApi(dialect);
      ann = await fullPerson(api, 9001);
      bob = await fullPerson(api, 9002);
    }, 180_000);
    afterAll(() => api?.dispose());

    it('exports every user-scoped table, each holding the person’s rows and nobody else’s', async () => {
      const tables = await userScopedTables(api);
      const response = await api.call('GET', '/api/me/export', ann);
      expect(response.status).toBe(200);
      expect(response.headers['content-disposition']).toMatch(
        /attachment; filename="stepwise-\d{4}-\d{2}-\d{2}\.json"/,
      );
      const exported = response.body;
      expect(exported).toMatchObject({ format: 'stepwise-export', version: 1, user_id: ann.id });
      expect(Object.keys(exported.tables).sort()).toEqual(['users', ...tables].sort());
      for (const table of tables) {
        expect(exported.tables[table].length, `${table} holds a row of the full person`).toBeGreaterThan(0);
        for (const row of exported.tables[table]) expect(row.user_id).toBe(ann.id);
      }
      expect(exported.tables.users).toEqual([expect.objectContaining({ id: ann.id })]);
      // Secrets' hashes are not personal data and would only help whoever got the file.
      expect(JSON.stringify(exported)).not.toMatch(/code_hash|id_hash|ics_secret/);
    });

    it('renders the goals and entries as a page to read, in the person’s language', async () => {
      const page = await api.http.inject({
        url: '/api/me/export?format=md&lang=ru',
        headers: { authorization: `Bearer ${api.token(ann.id)}` },
      });
      expect(page.headers['content-type']).toMatch(/text\/markdown/);
      expect(page.body).toContain('# Всё, что Stepwise хранит о тебе');
      expect(page.body).toContain('### Learn Spanish');
      // The exercise and its questions by their names in the person's language, never their ids.
      expect(page.body).toContain('### Эмоциональная сверка — ');
      expect(page.body).toContain('> **Три слова о том, что ты сейчас чувствуешь.** tired but hopeful');
      expect(page.body).not.toMatch(/emotional_checkin|three_words/);
    });

    it('asks for confirmation, then erases every row naming the person and nothing of anyone else’s', async () => {
      const unconfirmed = await api.call('DELETE', '/api/me', ann);
      expect(unconfirmed.status).toBe(400);
      expect(unconfirmed.body).toMatchObject({ error: 'confirmation_required' });
      const bobBefore = await api.app.dataRights.inventory(bob.id);

      const erased = await api.call('DELETE', '/api/me?confirm=yes', ann);
      expect(erased.status).toBe(200);
      expect(Object.keys(erased.body.deleted)).toEqual(expect.arrayContaining(['users', 'goals', 'exercise_entries']));

      const counts = await api.app.dataRights.inventory(ann.id);
      const tables = await userScopedTables(api);
      expect(Object.keys(counts).sort()).toEqual(['users', ...tables].sort());
      for (const [table, count] of Object.entries(counts)) expect(count, table).toBe(0);
      expect(await api.app.dataRights.inventory(bob.id)).toEqual(bobBefore);

      // The token of an erased person opens nothing.
      expect((await api.call('GET', '/api/me', ann)).status).toBe(401);
    });
  });
}
