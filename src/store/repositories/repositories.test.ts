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
      await stores.users.updatePreferences(first.id, { locale: 'ru', tone: 'serious' }, new Date());
      expect(await stores.users.byId(first.id)).toMatchObject({ locale: 'ru', tone: 'serious' });
    });

    it('keeps exactly one active goal per user: inserting an active goal pauses the previous one', async () => {
      const user = await newUser();
      const firstGoal = aGoal(user.id, { title: 'A' });
      const otherGoal = aGoal(user.id, { title: 'B' });
      await stores.goals.insert(firstGoal);
      await stores.goals.insert(otherGoal);
      expect((await stores.goals.active(user.id))?.title).toBe('B');
      expect((await stores.goals.byId(user.id, firstGoal.id))?.status).toBe('paused');
      await stores.goals.activate(user.id, firstGoal.id, new Date());
      const statuses = (await stores.goals.list(user.id)).map((goal) => [goal.title, goal.status]).sort();
      expect(statuses).toEqual([
        ['A', 'active'],
        ['B', 'paused'],
      ]);
    });

    it('refuses a second active goal at the database level', async () => {
      const user = await newUser();
      await stores.goals.insert(aGoal(user.id));
      const sneaky = aGoal(user.id);
      await expect(
        database.db
          .insertInto('goals')
          .values({
            id: sneaky.id,
            user_id: user.id,
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
      const user = await newUser();
      const goal = aGoal(user.id);
      await stores.goals.insert(goal);
      const results = await Promise.allSettled([
        stores.steps.insertOpen(aStep(goal)),
        stores.steps.insertOpen(aStep(goal)),
        stores.steps.insertOpen(aStep(goal)),
      ]);
      expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
      for (const result of results)
        if (result.status === 'rejected') expect(result.reason).toMatchObject({ code: 'step_not_done' });
      expect((await stores.steps.all(user.id, goal.id)).filter((step) => step.status === 'open')).toHaveLength(1);
    });

    it('completes a step once, numbers steps in order and counts only done ones', async () => {
      const user = await newUser();
      const goal = aGoal(user.id);
      await stores.goals.insert(goal);
      const s1 = aStep(goal, { text: 'one' });
      await stores.steps.insertOpen(s1);
      const at = new Date('2026-03-02T10:00:00Z');
      expect(await stores.steps.completeOpen(user.id, goal.id, at)).toMatchObject({
        id: s1.id,
        text: 'one',
        status: 'done',
        completedAt: at,
      });
      expect(await stores.steps.completeOpen(user.id, goal.id, at)).toBeUndefined();
      await stores.steps.insertOpen(aStep(goal, { text: 'two' }));
      expect(await stores.steps.countDone(user.id, goal.id)).toBe(1);
      expect((await stores.steps.lastDone(user.id, goal.id))?.completedAt?.toISOString()).toBe(at.toISOString());
      expect((await stores.steps.latest(user.id, goal.id, 'path', 10)).map((step) => step.text)).toEqual([
        'one',
        'two',
      ]);
    });

    it('keeps a rephrased step as superseded with its comment and marks the new one rephrased', async () => {
      const user = await newUser();
      const goal = aGoal(user.id);
      await stores.goals.insert(goal);
      const old = aStep(goal, { text: 'too big' });
      await stores.steps.insertOpen(old);
      await stores.steps.replace(user.id, old.id, 'this is too big', aStep(goal, { text: 'smaller', rephrased: true }));
      const all = await stores.steps.all(user.id, goal.id);
      expect(all.map((step) => [step.text, step.status, step.rephrased, step.userComment])).toEqual([
        ['too big', 'superseded', false, 'this is too big'],
        ['smaller', 'open', true, null],
      ]);
      await expect(stores.steps.replace(user.id, old.id, 'again', aStep(goal))).rejects.toMatchObject({
        code: 'no_open_step',
      });
    });

    it('never shows or changes another user’s goals, steps or answers', async () => {
      const owner = await newUser();
      const other = await newUser();
      const goal = aGoal(owner.id);
      await stores.goals.insert(goal);
      const step = aStep(goal);
      await stores.steps.insertOpen(step);
      await stores.clarifications.insert({
        id: crypto.randomUUID(),
        goalId: goal.id,
        userId: owner.id,
        question: 'Which?',
        answer: null,
        stepsBefore: 0,
        createdAt: new Date(),
        answeredAt: null,
      });

      expect(await stores.goals.byId(other.id, goal.id)).toBeUndefined();
      expect(await stores.goals.list(other.id)).toEqual([]);
      expect(await stores.steps.open(other.id, goal.id)).toBeUndefined();
      expect(await stores.steps.completeOpen(other.id, goal.id, new Date())).toBeUndefined();
      expect(await stores.clarifications.pending(other.id, goal.id)).toBeUndefined();
      await stores.goals.setStatus(other.id, goal.id, 'archived', new Date());
      await stores.goals.activate(other.id, goal.id, new Date());
      expect((await stores.goals.byId(owner.id, goal.id))?.status).toBe('active');
      expect((await stores.steps.open(owner.id, goal.id))?.id).toBe(step.id);
    });

    it('stores clarifications in order with their answers and the step count when asked', async () => {
      const user = await newUser();
      const goal = aGoal(user.id);
      await stores.goals.insert(goal);
      const query = {
        id: crypto.randomUUID(),
        goalId: goal.id,
        userId: user.id,
        question: 'Which language?',
        answer: null,
        stepsBefore: 0,
        createdAt: new Date(),
        answeredAt: null,
      };
      await stores.clarifications.insert(query);
      expect((await stores.clarifications.pending(user.id, goal.id))?.question).toBe('Which language?');
      await stores.clarifications.answer(user.id, query.id, 'Spanish', new Date());
      expect(await stores.clarifications.pending(user.id, goal.id)).toBeUndefined();
      expect(await stores.clarifications.forGoal(user.id, goal.id)).toMatchObject([
        { question: 'Which language?', answer: 'Spanish', stepsBefore: 0 },
      ]);
    });

    it('keeps chat state per user and channel, and claims an update id only once', async () => {
      const user = await newUser();
      await stores.chatStates.set(user.id, 'telegram', { name: 'title' }, new Date());
      await stores.chatStates.set(user.id, 'telegram', { name: 'description', title: 'X' }, new Date());
      expect(await stores.chatStates.get(user.id, 'telegram')).toEqual({ name: 'description', title: 'X' });
      expect(await stores.chatStates.get(user.id, 'cli')).toBeUndefined();
      const id = String(Math.floor(Math.random() * 1e9));
      expect(await stores.processedUpdates.claim('telegram', id, new Date())).toBe(true);
      expect(await stores.processedUpdates.claim('telegram', id, new Date())).toBe(false);
    });
  });
}
