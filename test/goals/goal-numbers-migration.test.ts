import { type Kysely, type Migration, Migrator } from 'kysely';
import { describe, expect, it } from 'vitest';
import * as m0001 from '../../src/store/migrations/0001-goals.js';
import * as m0002 from '../../src/store/migrations/0002-processed-updates.js';
import * as m0003 from '../../src/store/migrations/0003-steps-summary-index.js';
import * as m0004 from '../../src/store/migrations/0004-tracks.js';
import * as m0005 from '../../src/store/migrations/0005-suggestion-feedback.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import { createGoalRepository } from '../../src/store/repositories/goal.repository.js';
import type { Database } from '../../src/store/schema.js';
import { createTestDatabase, DIALECTS } from '../factories/databases.js';

/** The schema as it was before goal numbers (0008), so the backfill meets goals made back then. */
const BEFORE_NUMBERS: Record<string, Migration> = {
  '0001-goals': m0001,
  '0002-processed-updates': m0002,
  '0003-steps-summary-index': m0003,
  '0004-tracks': m0004,
  '0005-suggestion-feedback': m0005,
};

async function migrateBeforeNumbers(db: Kysely<Database>, schema: string | undefined) {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => BEFORE_NUMBERS },
    ...(schema && { migrationTableSchema: schema }),
  });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: migration 0008 numbers existing goals`, () => {
    it('numbers each user’s goals by creation time (then id), and new goals carry on from there', async () => {
      const testDb = await createTestDatabase(dialect);
      const database = testDb.open();
      try {
        await migrateBeforeNumbers(database.db, testDb.schema);
        const at = (minute: number) => new Date(Date.UTC(2025, 0, 1, 9, minute)).toISOString();
        for (const id of ['ann', 'bob'])
          await database.db
            .insertInto('users')
            .values({ id, locale: 'en', tone: 'friendly', display_name: null, created_at: at(0), updated_at: at(0) })
            .execute();
        // Ann's goals were inserted out of order; two share a creation time.
        const goals: Array<[string, string, number, string]> = [
          ['g-c', 'ann', 30, 'archived'],
          ['g-a', 'ann', 10, 'paused'],
          ['g-b2', 'ann', 20, 'active'],
          ['g-b1', 'ann', 20, 'completed'],
          ['g-x', 'bob', 5, 'active'],
        ];
        for (const [id, userId, minute, status] of goals)
          await database.db
            .insertInto('goals')
            .values({
              ...{ id, user_id: userId, title: id, description: null, status, goal_type: null },
              ...{ created_at: at(minute), updated_at: at(minute) },
            })
            .execute();
        expect((await migrateToLatest(database.db, testDb.schema)).applied).toContain('0008-goal-numbers');
        const repository = createGoalRepository(database.db);
        const numbered = async (userId: string) =>
          (await repository.list(userId)).map((goal) => `${goal.number} ${goal.id}`);
        expect(await numbered('ann')).toEqual(['1 g-a', '2 g-b1', '3 g-b2', '4 g-c']);
        expect(await numbered('bob')).toEqual(['1 g-x']);
        const now = new Date();
        const next = { id: 'g-d', userId: 'ann', title: 'New', description: null, goalType: null, createdAt: now };
        expect(await repository.insert({ ...next, status: 'paused', updatedAt: now })).toBe(5);
      } finally {
        await database.close();
        await testDb.dispose();
      }
    });
  });
}
