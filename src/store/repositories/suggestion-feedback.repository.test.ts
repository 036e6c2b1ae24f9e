import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, createTestDatabase, type TestDatabase } from '../../../test/factories/databases.js';
import { aUser } from '../../../test/factories/entities.js';
import type { SuggestionFeedback } from '../../core/ports.js';
import { createStores, type AllStores } from '../create-stores.js';
import type { StepwiseDb } from '../dialect.js';
import { migrateToLatest } from '../migrate.js';

for (const dialect of DIALECTS) {
  describe(`${dialect}: suggestion-feedback.repository`, () => {
    let testDb: TestDatabase;
    let database: StepwiseDb;
    let stores: AllStores;
    let applied: string[];

    beforeAll(async () => {
      testDb = await createTestDatabase(dialect);
      database = testDb.open();
      const report = await migrateToLatest(database.db, testDb.schema);
      expect(report.error).toBeUndefined();
      applied = report.applied;
      stores = createStores(database.db);
    });
    afterAll(async () => {
      await database?.close();
      await testDb?.dispose();
    });

    const newUser = () => stores.users.createWithIdentity(aUser(), 'test', crypto.randomUUID());
    const verdict = (userId: string, over: Partial<SuggestionFeedback> = {}): SuggestionFeedback => ({
      id: crypto.randomUUID(),
      userId,
      programId: 'recovery',
      track: 'self_work',
      suggestionId: 'self_work_first_checkin',
      reason: 'rule',
      helpful: true,
      createdAt: new Date('2026-03-01T09:00:00Z'),
      ...over,
    });

    it('applies the 0005-suggestion-feedback migration', () => {
      expect(applied).toContain('0005-suggestion-feedback');
    });

    it('keeps one row per user, suggestion and UTC day: a repeated tap updates it, even at the same moment', async () => {
      const user = await newUser();
      await Promise.all([stores.feedback.record(verdict(user.id)), stores.feedback.record(verdict(user.id))]);
      await stores.feedback.record(verdict(user.id, { helpful: false, createdAt: new Date('2026-03-01T21:00:00Z') }));
      expect(
        (await stores.feedback.list(user.id, 10)).map((suggestionFeedback) => [
          suggestionFeedback.suggestionId,
          suggestionFeedback.helpful,
        ]),
      ).toEqual([['self_work_first_checkin', false]]);
      await stores.feedback.record(verdict(user.id, { createdAt: new Date('2026-03-02T08:00:00Z') }));
      await stores.feedback.record(verdict(user.id, { suggestionId: 'llm:self_work', reason: 'llm', helpful: false }));
      const all = await stores.feedback.list(user.id, 10);
      expect(all).toHaveLength(3);
      expect(all[0]).toMatchObject({
        userId: user.id,
        programId: 'recovery',
        track: 'self_work',
        helpful: true,
        createdAt: new Date('2026-03-02T08:00:00Z'),
      });
      expect(all.find((suggestionFeedback) => suggestionFeedback.reason === 'llm')).toMatchObject({
        suggestionId: 'llm:self_work',
        helpful: false,
      });
    });

    it('scopes every read and write to the user: the same suggestion tapped by another user is their own row', async () => {
      const person = await newUser();
      const user = await newUser();
      await stores.feedback.record(verdict(person.id, { helpful: true }));
      await stores.feedback.record(verdict(user.id, { helpful: false }));
      expect(
        (await stores.feedback.list(person.id, 10)).map((suggestionFeedback) => [
          suggestionFeedback.userId,
          suggestionFeedback.helpful,
        ]),
      ).toEqual([[person.id, true]]);
      expect(
        (await stores.feedback.list(user.id, 10)).map((suggestionFeedback) => [
          suggestionFeedback.userId,
          suggestionFeedback.helpful,
        ]),
      ).toEqual([[user.id, false]]);
    });
  });
}
