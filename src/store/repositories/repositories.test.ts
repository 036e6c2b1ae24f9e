import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, createTestDatabase, type TestDatabase } from '../../../test/factories/databases.js';
import { aGoal, aStep, aUser } from '../../../test/factories/entities.js';
import { createStores, type AllStores } from '../create-stores.js';
import type { StepwiseDb } from '../dialect.js';
import { migrateToLatest } from '../migrate.js';

for (const dialect of DIALECTS) {
  describe(`${dialect}: repositories`, () => {
    let testDb: TestDatabase;
    let database: StepwiseDb;
    let stores: AllStores;

    beforeAll(async () => {
      testDb = await createTestDatabase(dialect);
      database = testDb.open();
      const report = await migrateToLatest(database.db);
      expect(report.error).toBeUndefined();
      stores = createStores(database.db);
    });
    afterAll(async () => {
      await database?.close();
      await testDb?.dispose();
    });

    const newUser = async (subject: string = crypto.randomUUID()) =>
      stores.users.createWithIdentity(aUser(), 'test', subject);

    it('applies every migration once and reports nothing new the second time', async () => {
      expect((await migrateToLatest(database.db)).applied).toEqual([]);
    });

    it('finds a user by identity and returns the existing user when the identity is taken', async () => {
      const first = await newUser('alice');
      const again = await stores.users.createWithIdentity(aUser(), 'test', 'alice');
      expect(again.id).toBe(first.id);
      expect((await stores.users.byIdentity('test', 'alice'))?.id).toBe(first.id);
      await stores.users.updatePreferences(first.id, { locale: 'ru', tone: 'serious' });
      expect(await stores.users.byId(first.id)).toMatchObject({ locale: 'ru', tone: 'serious' });
    });

    it('keeps exactly one active goal per user: inserting an active goal pauses the previous one', async () => {
      const u = await newUser();
      const a = aGoal(u.id, { title: 'A' });
      const b = aGoal(u.id, { title: 'B' });
      await stores.goals.insert(a);
      await stores.goals.insert(b);
      expect((await stores.goals.active(u.id))?.title).toBe('B');
      expect((await stores.goals.byId(u.id, a.id))?.status).toBe('paused');
      await stores.goals.activate(u.id, a.id, new Date());
      const statuses = (await stores.goals.list(u.id)).map((g) => [g.title, g.status]).sort();
      expect(statuses).toEqual([
        ['A', 'active'],
        ['B', 'paused'],
      ]);
    });

    it('refuses a second active goal at the database level', async () => {
      const u = await newUser();
      await stores.goals.insert(aGoal(u.id));
      const sneaky = aGoal(u.id);
      await expect(
        database.db
          .insertInto('goals')
          .values({
            id: sneaky.id,
            user_id: u.id,
            title: 'x',
            description: null,
            status: 'active',
            goal_type: null,
            created_at: new Date().toISOString(),
            updated_at: new Date().toISOString(),
          })
          .execute(),
      ).rejects.toThrow();
    });

    it('never stores two open steps on one goal, even when two inserts race', async () => {
      const u = await newUser();
      const g = aGoal(u.id);
      await stores.goals.insert(g);
      const results = await Promise.allSettled([
        stores.steps.insertOpen(aStep(g)),
        stores.steps.insertOpen(aStep(g)),
        stores.steps.insertOpen(aStep(g)),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      for (const r of results) if (r.status === 'rejected') expect(r.reason).toMatchObject({ code: 'step_not_done' });
      expect((await stores.steps.all(u.id, g.id)).filter((s) => s.status === 'open')).toHaveLength(1);
    });

    it('completes a step once, numbers steps in order and counts only done ones', async () => {
      const u = await newUser();
      const g = aGoal(u.id);
      await stores.goals.insert(g);
      const s1 = aStep(g, { text: 'one' });
      await stores.steps.insertOpen(s1);
      const at = new Date('2026-03-02T10:00:00Z');
      expect(await stores.steps.complete(u.id, s1.id, at)).toBe(true);
      expect(await stores.steps.complete(u.id, s1.id, at)).toBe(false);
      await stores.steps.insertOpen(aStep(g, { text: 'two' }));
      expect(await stores.steps.countDone(u.id, g.id)).toBe(1);
      expect((await stores.steps.lastDone(u.id, g.id))?.completedAt?.toISOString()).toBe(at.toISOString());
      expect((await stores.steps.latest(u.id, g.id, 'path', 10)).map((s) => s.text)).toEqual(['one', 'two']);
    });

    it('keeps a rephrased step as superseded with its comment and marks the new one rephrased', async () => {
      const u = await newUser();
      const g = aGoal(u.id);
      await stores.goals.insert(g);
      const old = aStep(g, { text: 'too big' });
      await stores.steps.insertOpen(old);
      await stores.steps.replace(u.id, old.id, 'this is too big', aStep(g, { text: 'smaller', rephrased: true }));
      const all = await stores.steps.all(u.id, g.id);
      expect(all.map((s) => [s.text, s.status, s.rephrased, s.userComment])).toEqual([
        ['too big', 'superseded', false, 'this is too big'],
        ['smaller', 'open', true, null],
      ]);
      await expect(stores.steps.replace(u.id, old.id, 'again', aStep(g))).rejects.toMatchObject({
        code: 'no_open_step',
      });
    });

    it('never shows or changes another user’s goals, steps or answers', async () => {
      const owner = await newUser();
      const other = await newUser();
      const g = aGoal(owner.id);
      await stores.goals.insert(g);
      const s = aStep(g);
      await stores.steps.insertOpen(s);
      await stores.clarifications.insert({
        id: crypto.randomUUID(),
        goalId: g.id,
        userId: owner.id,
        question: 'Which?',
        answer: null,
        stepsBefore: 0,
        createdAt: new Date(),
        answeredAt: null,
      });

      expect(await stores.goals.byId(other.id, g.id)).toBeUndefined();
      expect(await stores.goals.list(other.id)).toEqual([]);
      expect(await stores.steps.open(other.id, g.id)).toBeUndefined();
      expect(await stores.steps.complete(other.id, s.id, new Date())).toBe(false);
      expect(await stores.clarifications.pending(other.id, g.id)).toBeUndefined();
      await stores.goals.setStatus(other.id, g.id, 'archived', new Date());
      await stores.goals.activate(other.id, g.id, new Date());
      expect((await stores.goals.byId(owner.id, g.id))?.status).toBe('active');
      expect((await stores.steps.open(owner.id, g.id))?.id).toBe(s.id);
    });

    it('stores clarifications in order with their answers and the step count when asked', async () => {
      const u = await newUser();
      const g = aGoal(u.id);
      await stores.goals.insert(g);
      const q = {
        id: crypto.randomUUID(),
        goalId: g.id,
        userId: u.id,
        question: 'Which language?',
        answer: null,
        stepsBefore: 0,
        createdAt: new Date(),
        answeredAt: null,
      };
      await stores.clarifications.insert(q);
      expect((await stores.clarifications.pending(u.id, g.id))?.question).toBe('Which language?');
      await stores.clarifications.answer(u.id, q.id, 'Spanish', new Date());
      expect(await stores.clarifications.pending(u.id, g.id)).toBeUndefined();
      expect(await stores.clarifications.forGoal(u.id, g.id)).toMatchObject([
        { question: 'Which language?', answer: 'Spanish', stepsBefore: 0 },
      ]);
    });

    it('keeps chat state per user and channel, and claims an update id only once', async () => {
      const u = await newUser();
      await stores.chatStates.set(u.id, 'telegram', { name: 'title' });
      await stores.chatStates.set(u.id, 'telegram', { name: 'description', title: 'X' });
      expect(await stores.chatStates.get(u.id, 'telegram')).toEqual({ name: 'description', title: 'X' });
      expect(await stores.chatStates.get(u.id, 'cli')).toBeUndefined();
      const id = String(Math.floor(Math.random() * 1e9));
      expect(await stores.processedUpdates.claim('telegram', id, new Date())).toBe(true);
      expect(await stores.processedUpdates.claim('telegram', id, new Date())).toBe(false);
    });
  });
}
