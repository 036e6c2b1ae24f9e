import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StepwiseDb } from '../../src/store/dialect.js';
import { ledgerTally } from '../../src/store/repositories/progress-tally.js';
import { createTestApp, enrolledUser, type TestApp } from '../factories/app.js';
import { DIALECTS } from '../factories/databases.js';

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const ACTIONS = ['support_group_attended', 'experience_shared', 'calm_moment', 'reached_out', 'emotional_checkin'];

/** A small seeded generator (mulberry32): the same sequence on every run and both databases. */
function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/** The progress view's counts and days beside the same numbers counted over the whole ledger. */
for (const dialect of DIALECTS) {
  describe(`${dialect}: a person's progress tally`, () => {
    let app: TestApp;
    let raw: StepwiseDb;
    beforeAll(async () => {
      app = await createTestApp(dialect);
      raw = app.testDb.open();
    });
    afterAll(async () => {
      await raw?.close();
      await app?.dispose();
    });

    const viewed = async (userId: string) => {
      const view = await app.stores.tracks.progressSnapshot(userId, 'recovery');
      return { counts: view.counts, daysActive: view.daysActive };
    };
    const fromLedger = async (userId: string) => {
      const { counts, daysActive } = await ledgerTally(raw.db, userId, 'recovery');
      return { counts, daysActive };
    };
    const record = (userId: string, actionType: string) =>
      app.tracks.recordAction(userId, { actionType, source: 'api' });
    const tallyRows = async (userId: string) =>
      Number(
        (
          await sql<{ n: number }>`select count(*) as n from progress_snapshots where user_id = ${userId}`.execute(
            raw.db,
          )
        ).rows[0]!.n,
      );

    it.each([1, 2, 3])(
      'shows the same counts and days active as the whole ledger after random actions (seed %i)',
      async (seed) => {
        const random = seeded(seed);
        const user = await enrolledUser(app);
        let tooSoon = 0;
        for (let step = 0; step < 40; step++) {
          const roll = random();
          // Bursts (too soon to count), hours apart, days apart, and now and then a day back (a late arrival).
          if (roll < 0.3) app.clock.advance(1000);
          else if (roll < 0.6) app.clock.advance(3 * HOUR);
          else if (roll < 0.9) app.clock.advance(Math.ceil(random() * 3) * 24 * HOUR);
          else app.clock.advance(-30 * HOUR);
          const actionType = ACTIONS[Math.floor(random() * ACTIONS.length)]!;
          if (random() < 0.15) {
            // Two at once: on PostgreSQL they race for the same enrolment.
            const both = await Promise.all([record(user.id, actionType), record(user.id, actionType)]);
            tooSoon += both.filter((one) => one.credit.verdict === 'too_soon').length;
          } else if ((await record(user.id, actionType)).credit.verdict === 'too_soon') tooSoon += 1;
        }
        expect(tooSoon).toBeGreaterThan(0);
        const ledger = await fromLedger(user.id);
        expect(ledger.daysActive).toBeGreaterThan(1);
        expect(await viewed(user.id)).toEqual(ledger);
        expect(await app.stores.tracks.actionCounts(user.id, 'recovery')).toEqual(ledger.counts);
      },
    );

    it('counts a missing tally from the ledger on the next read, keeps it, and keeps counting from it', async () => {
      const user = await enrolledUser(app);
      for (const actionType of ['emotional_checkin', 'support_group_attended', 'calm_moment']) {
        app.clock.advance(26 * HOUR);
        await record(user.id, actionType);
      }
      const before = await viewed(user.id);
      expect(before.daysActive).toBe(3);
      // As after the migration that added it, or a restored backup from before it.
      await sql`delete from progress_snapshots where user_id = ${user.id}`.execute(raw.db);
      expect(await tallyRows(user.id)).toBe(0);
      // An action while it is missing is recorded (the ledger is the truth) and counted by the rebuild.
      app.clock.advance(26 * HOUR);
      await record(user.id, 'reached_out');
      const rebuilt = await viewed(user.id);
      expect(rebuilt).toEqual(await fromLedger(user.id));
      expect(rebuilt.daysActive).toBe(4);
      expect(await tallyRows(user.id)).toBe(1);
      app.clock.advance(26 * HOUR);
      await record(user.id, 'reached_out');
      expect(await viewed(user.id)).toEqual({
        ...rebuilt,
        counts: { ...rebuilt.counts, reached_out: 2 },
        daysActive: 5,
      });
    });

    it('erases the tally with the rest of the person, and exports it with their rows', async () => {
      const user = await enrolledUser(app);
      await record(user.id, 'emotional_checkin');
      const exported = await app.dataRights.exportAll(user.id);
      expect(exported.tables.progress_snapshots).toEqual([
        expect.objectContaining({ user_id: user.id, program_id: 'recovery', days_active: 1 }),
      ]);
      expect(await app.dataRights.forget(user.id)).toBe(true);
      expect(await tallyRows(user.id)).toBe(0);
    });
  });
}
