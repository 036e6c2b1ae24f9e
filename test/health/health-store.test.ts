import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HabitLog, StoredDayPlan } from '../../src/core/health/stores.port.js';
import { createStores, type AllStores } from '../../src/store/create-stores.js';
import type { StepwiseDb } from '../../src/store/dialect.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../factories/databases.js';
import { aUser } from '../factories/entities.js';

const AT = new Date('2026-03-01T09:00:00Z');

const aPlan = (date: string, habitIds: string[]): StoredDayPlan => ({
  date,
  archetype: 'foundation_builder',
  mode: 'standard',
  levelId: 'fb_gentle_starter',
  blocks: [
    {
      blockId: 'gentle_awakening',
      start: `${date}T07:30:00.000Z`,
      end: `${date}T08:00:00.000Z`,
      tasks: habitIds.map((habitId) => ({ habitId, scaling: 'beginner' as const })),
    },
  ],
  unfit: [{ blockId: 'evening_wind_down', reason: 'inside_sleep' }],
});

const aLog = (userId: string, habitId: string, date: string, over: Partial<HabitLog> = {}): HabitLog => ({
  userId,
  habitId,
  date,
  outcome: 'done',
  fraction: 1,
  source: 'api',
  recordedAt: AT,
  ...over,
});

for (const dialect of DIALECTS) {
  describe(`${dialect}: health store`, () => {
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

    it('applies the 0010-health migration', () => {
      expect(applied).toContain('0010-health');
    });

    it('keeps a profile round trip: JSON fields, flags and dates come back as they went in', async () => {
      const user = await newUser();
      expect(await stores.health.profile(user.id)).toBeUndefined();
      const schedule = {
        timeZone: 'Europe/Moscow',
        wake: '07:00',
        sleep: '23:30',
        work: { start: '09:00', end: '18:00', days: [1, 2, 3, 4, 5] },
        meals: { lunch: '13:00' },
        exercise: 'evening' as const,
      };
      const saved = await stores.health.saveProfile(
        user.id,
        {
          archetype: 'systematic_improver',
          mode: 'performance',
          schedule,
          notes: ['knee_injury', 'asthma'],
          quizAnswers: { motivation: 'numbers' },
          startedOn: '2026-03-01',
          digestEnabled: true,
          icsSecret: 'secret-one',
        },
        AT,
      );
      expect(saved).toEqual({
        userId: user.id,
        archetype: 'systematic_improver',
        mode: 'performance',
        schedule,
        notes: ['knee_injury', 'asthma'],
        quizAnswers: { motivation: 'numbers' },
        startedOn: '2026-03-01',
        digestEnabled: true,
        digestSentOn: null,
        icsSecret: 'secret-one',
      });
      expect(await stores.health.profile(user.id)).toEqual(saved);
    });

    it('gives the track engine the health schedule’s zone, so a day’s credit counts in the person’s day', async () => {
      const user = await newUser();
      expect(await stores.tracks.timeZone(user.id)).toBeUndefined();
      await stores.health.saveProfile(user.id, { archetype: 'peak_performer', notes: [] }, AT);
      expect(await stores.tracks.timeZone(user.id)).toBeUndefined();
      const schedule = {
        timeZone: 'Pacific/Auckland',
        wake: '06:30',
        sleep: '22:30',
        meals: {},
        exercise: 'any' as const,
      };
      await stores.health.saveProfile(user.id, { schedule }, AT);
      expect(await stores.tracks.timeZone(user.id)).toBe('Pacific/Auckland');
    });

    it('keeps one time zone per account: the set-up’s shows in Settings, and one changed in Settings is the plan’s', async () => {
      const user = await newUser();
      const schedule = { timeZone: 'Asia/Tokyo', wake: '07:00', sleep: '23:00', meals: {}, exercise: 'any' as const };
      await stores.health.saveProfile(user.id, { schedule }, AT);
      expect((await stores.users.byId(user.id))?.timeZone).toBe('Asia/Tokyo');
      await stores.users.updatePreferences(user.id, { timeZone: 'America/Chicago' }, AT);
      expect((await stores.health.profile(user.id))?.schedule?.timeZone).toBe('America/Chicago');
      expect(await stores.tracks.timeZone(user.id)).toBe('America/Chicago');
    });

    it('changes only the fields a patch names', async () => {
      const user = await newUser();
      await stores.health.saveProfile(user.id, { archetype: 'peak_performer', notes: ['pregnancy'] }, AT);
      const after = await stores.health.saveProfile(user.id, { digestEnabled: true }, AT);
      expect(after).toMatchObject({ archetype: 'peak_performer', notes: ['pregnancy'], digestEnabled: true });
      const cleared = await stores.health.saveProfile(user.id, { mode: null, schedule: null }, AT);
      expect(cleared).toMatchObject({ archetype: 'peak_performer', mode: null, schedule: null });
    });

    it('finds a profile by its calendar secret only while the secret is current', async () => {
      const user = await newUser();
      await stores.health.saveProfile(user.id, { icsSecret: `old-${user.id}` }, AT);
      expect((await stores.health.byIcsSecret(`old-${user.id}`))?.userId).toBe(user.id);
      await stores.health.saveProfile(user.id, { icsSecret: `new-${user.id}` }, AT);
      expect(await stores.health.byIcsSecret(`old-${user.id}`)).toBeUndefined();
      expect((await stores.health.byIcsSecret(`new-${user.id}`))?.userId).toBe(user.id);
    });

    it('keeps the first plan of a day: a second one for that date is not stored', async () => {
      const user = await newUser();
      const first = await stores.health.keepDayPlan(user.id, aPlan('2026-03-01', ['morning_light']), AT);
      const second = await stores.health.keepDayPlan(user.id, aPlan('2026-03-01', ['gentle_walk']), AT);
      expect(second).toEqual(first);
      expect(await stores.health.dayPlan(user.id, '2026-03-01')).toEqual(aPlan('2026-03-01', ['morning_light']));
      await stores.health.keepDayPlan(user.id, aPlan('2026-03-02', ['gentle_walk']), AT);
      expect((await stores.health.dayPlans(user.id, '2026-03-02')).map((plan) => plan.date)).toEqual(['2026-03-02']);
      expect((await stores.health.dayPlans(user.id, '2026-01-01')).map((plan) => plan.date)).toEqual([
        '2026-03-01',
        '2026-03-02',
      ]);
    });

    it('drops the named day’s plan with a profile change, and only that one', async () => {
      const user = await newUser();
      await stores.health.keepDayPlan(user.id, aPlan('2026-03-01', ['morning_light']), AT);
      await stores.health.keepDayPlan(user.id, aPlan('2026-03-02', ['morning_light']), AT);
      await stores.health.saveProfile(user.id, { archetype: 'connected_explorer' }, AT, '2026-03-02');
      expect(await stores.health.dayPlan(user.id, '2026-03-01')).toBeDefined();
      expect(await stores.health.dayPlan(user.id, '2026-03-02')).toBeUndefined();
    });

    it('keeps one mark per habit and date: a new mark replaces the old one', async () => {
      const user = await newUser();
      await stores.health.mark([aLog(user.id, 'morning_light', '2026-03-01')]);
      await stores.health.mark([
        aLog(user.id, 'morning_light', '2026-03-01', { outcome: 'partial', fraction: 0.3, source: 'telegram' }),
        aLog(user.id, 'gentle_walk', '2026-03-01', { outcome: 'sick', fraction: null }),
        aLog(user.id, 'morning_light', '2026-03-02', { outcome: 'skipped', fraction: null }),
      ]);
      const logs = await stores.health.logs(user.id, '2026-03-01');
      expect(logs.map((log) => [log.date, log.habitId, log.outcome, log.fraction, log.source])).toEqual([
        ['2026-03-01', 'gentle_walk', 'sick', null, 'api'],
        ['2026-03-01', 'morning_light', 'partial', 0.3, 'telegram'],
        ['2026-03-02', 'morning_light', 'skipped', null, 'api'],
      ]);
      expect(logs[0]!.recordedAt).toEqual(AT);
      expect((await stores.health.logs(user.id, '2026-03-02')).map((log) => log.date)).toEqual(['2026-03-02']);
    });

    it('never returns another user’s profile, plans or marks', async () => {
      const [mine, theirs] = [await newUser(), await newUser()];
      await stores.health.saveProfile(theirs.id, { archetype: 'peak_performer', notes: ['heart_condition'] }, AT);
      await stores.health.keepDayPlan(theirs.id, aPlan('2026-03-01', ['morning_light']), AT);
      await stores.health.mark([aLog(theirs.id, 'morning_light', '2026-03-01')]);
      expect(await stores.health.profile(mine.id)).toBeUndefined();
      expect(await stores.health.dayPlan(mine.id, '2026-03-01')).toBeUndefined();
      expect(await stores.health.dayPlans(mine.id, '2000-01-01')).toEqual([]);
      expect(await stores.health.logs(mine.id, '2000-01-01')).toEqual([]);
      // My own plan for the same date is mine, and theirs is untouched by it.
      await stores.health.keepDayPlan(mine.id, aPlan('2026-03-01', ['gentle_walk']), AT);
      expect((await stores.health.dayPlan(theirs.id, '2026-03-01'))?.blocks[0]!.tasks[0]!.habitId).toBe(
        'morning_light',
      );
    });

    it('pages the profiles with the digest on and records the day one was sent', async () => {
      const users = [await newUser(), await newUser(), await newUser()];
      await stores.health.saveProfile(users[0]!.id, { digestEnabled: true }, AT);
      await stores.health.saveProfile(users[1]!.id, { digestEnabled: false }, AT);
      await stores.health.saveProfile(users[2]!.id, { digestEnabled: true }, AT);
      const on = [users[0]!.id, users[2]!.id].sort();
      const all: string[] = [];
      let after: string | undefined;
      for (;;) {
        const page = await stores.health.withDigest(1, after);
        if (page.length === 0) break;
        all.push(...page.map((profile) => profile.userId));
        after = page.at(-1)!.userId;
      }
      expect(all.filter((id) => users.some((user) => user.id === id))).toEqual(on);
      await stores.health.markDigestSent(users[0]!.id, '2026-03-01');
      expect((await stores.health.profile(users[0]!.id))?.digestSentOn).toBe('2026-03-01');
    });
  });
}
