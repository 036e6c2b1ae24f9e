import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '../../src/core/goals/model.js';
import { SealedValueError } from '../../src/core/privacy/sealer.port.js';
import type { App } from '../../src/main/app.js';
import { DIALECTS } from '../factories/databases.js';
import { type ApiHarness, startApi } from '../http/api-harness.js';

/** What one person wrote, each piece in the place it is kept; none may be readable in the database. */
const WROTE = {
  title: 'Win back Saturdays with Misha',
  description: 'Custody hearing on the fourteenth, the lawyer says keep a diary',
  comment: 'Too much while the hearing is on',
  answer: 'Calmer evenings after the divorce',
  letter: 'Dear Misha, I miss our Saturdays at the lake',
  memory: 'Building the treehouse at the dacha',
  draft: 'Fishing at Lake Seliger at dawn',
  feedback: 'My knee still hurts after the fall',
  note: 'knee_injury',
};

/** Every table with a user_id column, read from the schema (not from the code under test). */
async function userScopedTables(app: App): Promise<string[]> {
  const rows =
    app.database.dialect === 'sqlite'
      ? await sql<{ name: string }>`select m.name as name from sqlite_master m join pragma_table_info(m.name) p
          where m.type = 'table' and p.name = 'user_id'`.execute(app.database.db)
      : await sql<{ name: string }>`select table_name as name from information_schema.columns
          where table_schema = current_schema() and column_name = 'user_id'`.execute(app.database.db);
  return rows.rows.map((row) => row.name);
}

/** The person's rows in every user-scoped table, as raw text: what someone with the database file reads. */
async function rawRows(app: App, userId: string): Promise<string> {
  const dump: Record<string, unknown[]> = {};
  for (const table of await userScopedTables(app))
    dump[table] = (
      await sql`select * from ${sql.table(table)} where user_id = ${userId}`.execute(app.database.db)
    ).rows;
  return JSON.stringify(dump);
}

const ok = async (promise: Promise<{ status: number; body: unknown }>) => {
  const response = await promise;
  expect(response.status, JSON.stringify(response.body)).toBeLessThan(300);
  return response;
};

/**
 * A person who wrote in every sealed place: a goal and its description, a complaint about a step, an
 * answer to the coach's question, a letter, a half-written letter left in the chat, health notes and
 * a word on a plan change.
 */
async function writer(api: ApiHarness, telegramId: number): Promise<{ user: User; goalId: string }> {
  const user = await api.user(telegramId);
  const first = await ok(api.call('POST', '/api/goals', user, { title: WROTE.title, description: WROTE.description }));
  const goalId = (first.body as { goal: { id: string } }).goal.id;
  // The coach first asks which situation the custody goal is about; the tap opens the first step.
  await ok(api.call('POST', `/api/goals/${goalId}/clarification`, user, { answer: 'A court case or mediation' }));
  await ok(api.call('POST', `/api/goals/${goalId}/step/rephrase`, user, { comment: WROTE.comment }));
  const vague = await ok(api.call('POST', '/api/goals', user, { title: 'Be better' }));
  const vagueId = (vague.body as { goal: { id: string } }).goal.id;
  await ok(api.call('POST', `/api/goals/${vagueId}/clarification`, user, { answer: WROTE.answer }));
  await ok(api.call('POST', '/api/programs/recovery/enroll', user, {}));
  const letter = { child_name: 'Misha', memory: WROTE.memory, want_them_to_know: 'None of it is your fault' };
  await ok(
    api.call('POST', '/api/exercises/letter_to_child/entries', user, { answers: { ...letter, letter: WROTE.letter } }),
  );
  const schedule = { time_zone: 'Europe/Moscow', wake: '07:00', sleep: '23:00' };
  await ok(
    api.call('PUT', '/api/health/profile', user, { archetype: 'foundation_builder', schedule, notes: [WROTE.note] }),
  );
  await api.app.dialog.handle(user, 'telegram', { kind: 'command', command: 'exercise', args: 'letter_to_child' });
  await api.app.dialog.handle(user, 'telegram', { kind: 'text', text: 'Mishenka' });
  await api.app.dialog.handle(user, 'telegram', { kind: 'text', text: WROTE.draft });
  const at = api.app.clock.now();
  const adaptation = {
    id: `adaptation-${telegramId}`,
    userId: user.id,
    date: '2026-03-02',
    triggerId: 'low_hrv',
    reason: { en: 'Your HRV is low', ru: 'Вариабельность низкая' },
    action: 'lighten',
    confidence: 0.8,
    changes: [],
    status: 'pending' as const,
    feedback: null,
    createdAt: at,
    expiresAt: new Date(at.getTime() + 86_400_000),
    decidedAt: null,
    notifiedAt: null,
  };
  await api.app.stores.biometrics.addAdaptation(adaptation, []);
  await api.app.stores.biometrics.decide(user.id, adaptation.id, 'kept', WROTE.feedback, at);
  return { user, goalId };
}

const absent = (raw: string) => Object.values(WROTE).filter((words) => raw.includes(words));

for (const dialect of DIALECTS) {
  describe(`${dialect}: what people write is sealed at rest when DATA_KEY is set`, () => {
    let api: ApiHarness;
    let ann: { user: User; goalId: string };
    let bob: { user: User; goalId: string };
    beforeAll(async () => {
      api = await startApi(dialect, { DATA_KEY: randomBytes(32).toString('base64') });
      ann = await writer(api, 7001);
      bob = await writer(api, 7002);
    }, 120_000);
    afterAll(() => api?.dispose());

    it('keeps none of the words in the database, in any of the person’s rows', async () => {
      const raw = await rawRows(api.app, ann.user.id);
      expect(absent(raw)).toEqual([]);
      // What the sealed rows hold instead: self-describing sealed strings.
      const goal = await sql<{ title: string; description: string }>`
        select title, description from goals where id = ${ann.goalId}`.execute(api.app.database.db);
      expect(goal.rows[0]!.title).toMatch(/^sw1\.[0-9a-f]{8}\./);
      expect(goal.rows[0]!.description).toMatch(/^sw1\.[0-9a-f]{8}\./);
    });

    it('reads everything back intact through the API, the services and the chat', async () => {
      const goals = (await api.call('GET', '/api/goals', ann.user)).body.goals;
      expect(goals).toEqual(
        expect.arrayContaining([expect.objectContaining({ title: WROTE.title, description: WROTE.description })]),
      );
      const steps = await api.app.stores.steps.all(ann.user.id, ann.goalId);
      expect(steps.map((step) => step.userComment)).toContain(WROTE.comment);
      expect(steps.every((step) => step.text.length > 0 && !step.text.startsWith('sw1.'))).toBe(true);
      const entries = (await api.call('GET', '/api/entries', ann.user)).body;
      expect(JSON.stringify(entries)).toContain(WROTE.letter);
      const profile = (await api.call('GET', '/api/health/profile', ann.user)).body;
      expect(JSON.stringify(profile)).toContain(`"notes":["${WROTE.note}"]`);
      const [adaptation] = await api.app.stores.biometrics.adaptations(ann.user.id, new Date(0));
      expect(adaptation?.feedback).toBe(WROTE.feedback);
      const clarifications = await api.app.stores.clarifications.forGoal(ann.user.id, goals[1]?.id ?? '');
      expect(JSON.stringify(clarifications)).toContain(WROTE.answer);
      // The half-written letter comes back where the person left it, and is saved with the rest.
      const say = (text: string) => api.app.dialog.handle(ann.user, 'telegram', { kind: 'text', text });
      await say('You are my whole world');
      await say('Dear Mishenka, see you on Saturday');
      const [entry] = await api.app.tracks.entries(ann.user.id, 1);
      expect(entry?.answers).toMatchObject({ child_name: 'Mishenka', memory: WROTE.draft });
    });

    it('exports plain text: the person takes away what they wrote, not what was sealed', async () => {
      const exported = await api.call('GET', '/api/me/export', bob.user);
      expect(exported.status).toBe(200);
      const text = JSON.stringify(exported.body);
      expect(Object.values(WROTE).filter((words) => !text.includes(words))).toEqual([]);
      expect(text).not.toMatch(/"sw1\./);
    });

    it('does not open a value moved to another person’s row or to another column', async () => {
      const db = api.app.database.db;
      const annGoal = await sql<{ title: string }>`select title from goals where id = ${ann.goalId}`.execute(db);
      const stolen = annGoal.rows[0]!.title;
      await sql`update goals set title = ${stolen} where id = ${bob.goalId}`.execute(db);
      await expect(api.app.stores.goals.byId(bob.user.id, bob.goalId)).rejects.toBeInstanceOf(SealedValueError);
      const response = await api.call('GET', '/api/goals', bob.user);
      expect(response.status).toBe(500);
      expect(JSON.stringify(response.body)).not.toContain(WROTE.title);
      // Within one person's row: a description copied over the title does not open as the title.
      const annDescription = await sql<{ description: string }>`
        select description from goals where id = ${ann.goalId}`.execute(db);
      await sql`update goals set title = ${annDescription.rows[0]!.description} where id = ${ann.goalId}`.execute(db);
      await expect(api.app.stores.goals.byId(ann.user.id, ann.goalId)).rejects.toThrow(/goals\.title/);
    });
  });

  describe(`${dialect}: with no DATA_KEY, rows are plain text as before`, () => {
    let api: ApiHarness;
    let ann: { user: User; goalId: string };
    beforeAll(async () => {
      api = await startApi(dialect);
      ann = await writer(api, 7003);
    }, 120_000);
    afterAll(() => api?.dispose());

    it('stores the words as written and reads them back', async () => {
      const raw = await rawRows(api.app, ann.user.id);
      expect(absent(raw)).toEqual(Object.values(WROTE));
      expect(raw).not.toContain('sw1.');
      const goals = (await api.call('GET', '/api/goals', ann.user)).body.goals;
      expect(goals[0]).toMatchObject({ title: WROTE.title, description: WROTE.description });
    });
  });
}
