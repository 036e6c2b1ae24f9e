import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../src/store/migrate.js';
import { up as oneTimeZone } from '../../src/store/migrations/0015-one-time-zone.js';
import { createTestDatabase, DIALECTS } from '../factories/databases.js';

const at = (day: number) => new Date(Date.UTC(2026, 0, day, 9)).toISOString();
const schedule = (timeZone: string) =>
  JSON.stringify({ timeZone, wake: '07:00', sleep: '23:00', meals: {}, exercise: 'any' });

for (const dialect of DIALECTS) {
  describe(`${dialect}: migration 0015 keeps one time zone per account`, () => {
    it('keeps whichever zone was set: the set-up’s when Settings had none, and the one changed last when both differ', async () => {
      const testDb = await createTestDatabase(dialect);
      const database = testDb.open();
      try {
        expect((await migrateToLatest(database.db, testDb.schema)).applied).toContain('0015-one-time-zone');
        // [user, account zone, account changed on, set-up zone or none, set-up changed on]
        const people: Array<[string, string | null, number, string | null, number]> = [
          ['only-setup', null, 1, 'Asia/Tokyo', 2],
          ['setup-later', 'Europe/Paris', 1, 'America/Chicago', 5],
          ['settings-later', 'Europe/Moscow', 9, 'Australia/Perth', 3],
          ['only-settings', 'Europe/Berlin', 1, null, 2],
          ['neither', null, 1, null, 1],
        ];
        for (const [id, zone, accountDay, setUp, setUpDay] of people) {
          await database.db
            .insertInto('users')
            .values({
              ...{ id, locale: 'en', tone: 'friendly', display_name: null, time_zone: zone },
              ...{ created_at: at(1), updated_at: at(accountDay) },
            })
            .execute();
          await database.db
            .insertInto('health_profiles')
            .values({
              ...{ user_id: id, archetype: null, mode: null, schedule: setUp && schedule(setUp), notes: '[]' },
              ...{ quiz_answers: null, started_on: null, digest_enabled: 0, digest_sent_on: null, ics_secret: null },
              ...{ created_at: at(1), updated_at: at(setUpDay) },
            })
            .execute();
        }
        await oneTimeZone(database.db as unknown as Kysely<unknown>);
        const zones = await database.db.selectFrom('users').select(['id', 'time_zone']).orderBy('id').execute();
        expect(Object.fromEntries(zones.map((row) => [row.id, row.time_zone]))).toEqual({
          'only-setup': 'Asia/Tokyo',
          'setup-later': 'America/Chicago',
          'settings-later': 'Europe/Moscow',
          'only-settings': 'Europe/Berlin',
          neither: null,
        });
      } finally {
        await database.close();
        await testDb.dispose();
      }
    });
  });
}
