import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, createTestDatabase, type TestDatabase } from '../../../test/factories/databases.js';
import { aUser } from '../../../test/factories/entities.js';
import type { EntryStore } from '../../core/entries/entry-store.port.js';
import type { ExerciseEntry } from '../../core/ports.js';
import { createStores, type AllStores } from '../create-stores.js';
import type { StepwiseDb } from '../dialect.js';
import { migrateToLatest } from '../migrate.js';
import { createEntryRepository } from './entry.repository.js';

for (const dialect of DIALECTS) {
  describe(`${dialect}: entry.repository`, () => {
    let testDb: TestDatabase;
    let database: StepwiseDb;
    let stores: AllStores;
    let entries: EntryStore;

    beforeAll(async () => {
      testDb = await createTestDatabase(dialect);
      database = testDb.open();
      expect((await migrateToLatest(database.db, testDb.schema)).error).toBeUndefined();
      stores = createStores(database.db);
      entries = createEntryRepository(database.db);
    });
    afterAll(async () => {
      await database?.close();
      await testDb?.dispose();
    });

    const newUser = () => stores.users.createWithIdentity(aUser(), 'test', crypto.randomUUID());
    const save = async (userId: string, at: string, over: Partial<ExerciseEntry> = {}) => {
      const entry: ExerciseEntry = {
        id: crypto.randomUUID(),
        userId,
        programId: 'recovery',
        exerciseId: 'emotional_checkin',
        answers: { mood: 5, three_words: 'tired' },
        createdAt: new Date(at),
        ...over,
      };
      await stores.exercises.insert(entry);
      return entry;
    };

    it('pages newest first by (created_at, id), each entry once, ties included', async () => {
      const user = await newUser();
      const oldest = await save(user.id, '2026-03-01T09:00:00.000Z');
      const tied = [await save(user.id, '2026-03-02T09:00:00.000Z'), await save(user.id, '2026-03-02T09:00:00.000Z')];
      const newest = await save(user.id, '2026-03-03T09:00:00.000Z');
      const order = [newest, ...tied.sort((left, right) => (left.id < right.id ? 1 : -1)), oldest].map(
        (entry) => entry.id,
      );

      const first = await entries.page(user.id, { limit: 2 });
      expect(first.map((entry) => entry.id)).toEqual(order.slice(0, 2));
      const rest = await entries.page(user.id, { after: first[1], limit: 10 });
      expect(rest.map((entry) => entry.id)).toEqual(order.slice(2));
      expect(rest[1]).toEqual({ ...oldest, createdAt: new Date('2026-03-01T09:00:00.000Z') });
    });

    it('finds, edits and deletes only the owner’s entries', async () => {
      const owner = await newUser();
      const other = await newUser();
      const entry = await save(owner.id, '2026-03-05T09:00:00.000Z');
      expect(await entries.byId(other.id, entry.id)).toBeUndefined();
      expect(await entries.replaceAnswers(other.id, entry.id, { three_words: 'not mine' })).toBe(false);
      expect(await entries.remove(other.id, entry.id)).toBe(false);

      expect(await entries.replaceAnswers(owner.id, entry.id, { mood: 5, three_words: 'calmer now' })).toBe(true);
      expect(await entries.byId(owner.id, entry.id)).toEqual({
        ...entry,
        answers: { mood: 5, three_words: 'calmer now' },
      });
      expect(await entries.remove(owner.id, entry.id)).toBe(true);
      expect(await entries.byId(owner.id, entry.id)).toBeUndefined();
    });

    it('reads the newest entries of the given exercises only', async () => {
      const user = await newUser();
      const checkins = [
        await save(user.id, '2026-03-01T09:00:00.000Z'),
        await save(user.id, '2026-03-02T09:00:00.000Z'),
        await save(user.id, '2026-03-03T09:00:00.000Z'),
      ];
      await save(user.id, '2026-03-04T09:00:00.000Z', { exerciseId: 'letter_to_self', answers: { letter: 'Dear me' } });
      const recent = await entries.recentOf(user.id, ['emotional_checkin'], 2);
      expect(recent.map((entry) => entry.id)).toEqual([checkins[2]!.id, checkins[1]!.id]);
      expect(await entries.recentOf(user.id, [], 2)).toEqual([]);
    });
  });
}
