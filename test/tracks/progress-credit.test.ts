import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/env.js';
import { silentLog } from '../../src/core/ports.js';
import { type App, createApp } from '../../src/main/app.js';
import { requiredAnswers } from '../factories/answers.js';
import { createTestApp, enrolledUser, type TestApp } from '../factories/app.js';
import { DIALECTS } from '../factories/databases.js';
import { sharedCrisisCheck } from '../factories/safety.js';
import { sharedContent } from '../factories/app-content.js';

const MINUTE = 60 * 1000;
const DAY = 24 * 3600 * 1000;

/** Issue 17, "progress that means something": credit from the ledger, honest sources, next actions that follow. */
for (const dialect of DIALECTS) {
  describe(`${dialect}: progress that means something`, () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await createTestApp(dialect);
    });
    afterAll(() => app?.dispose());

    const pct = async (userId: string, track: string) =>
      (await app.tracks.progress(userId)).tracks[track]!.completion_percentage;
    const thoughtRecord = (userId: string) =>
      app.tracks.finishExercise(userId, {
        exerciseId: 'cbt_thought_record',
        answers: requiredAnswers(
          app.tracks.program('recovery')!.exercises.find((exercise) => exercise.id === 'cbt_thought_record')!,
        ),
        source: 'api',
      });
    const meeting = (userId: string) =>
      app.tracks.logAction(userId, { actionType: 'support_group_attended', source: 'telegram' });

    it('does not complete Self Work with ten thought records in one second: the first counts, the rest are kept', async () => {
      const user = await enrolledUser(app);
      const results = [];
      for (let i = 0; i < 10; i += 1) results.push(await thoughtRecord(user.id));
      expect(results.map((result) => result.action.credit.verdict)).toEqual(['full', ...Array(9).fill('too_soon')]);
      expect(await pct(user.id, 'self_work')).toBe(10);
      expect(
        (await app.tracks.progress(user.id)).tracks.self_work!.milestones.map((milestone) => milestone.type),
      ).toEqual(['first_thought_record']);
      // Every entry is saved: nothing the person wrote is lost, it just adds no progress.
      expect((await app.tracks.entries(user.id)).length).toBe(10);
    });

    it('gives thought records spread over a day 10, 5 and 3 points, then nothing more that day', async () => {
      const user = await enrolledUser(app);
      const deltas = [];
      for (let i = 0; i < 5; i += 1) {
        app.clock.advance(10 * MINUTE);
        deltas.push((await thoughtRecord(user.id)).action.changes[0]?.delta ?? 0);
      }
      expect(deltas).toEqual([10, 5, 3, 0, 0]);
      expect(await pct(user.id, 'self_work')).toBe(18);
    });

    it('gives repeated support-group meetings on one day diminishing credit up to the cap, and full credit the next day', async () => {
      const user = await enrolledUser(app);
      app.clock.advance(DAY);
      const today = [];
      for (let i = 0; i < 3; i += 1) {
        today.push(await meeting(user.id));
        app.clock.advance(2 * MINUTE);
      }
      expect(today.map((result) => [result.credit.verdict, result.changes.map((change) => change.delta)])).toEqual([
        ['full', [10, 3]],
        ['repeat', [5, 2]],
        ['daily_cap', []],
      ]);
      expect(await pct(user.id, 'community')).toBe(15);
      app.clock.advance(DAY);
      const tomorrow = await meeting(user.id);
      expect([tomorrow.credit.verdict, tomorrow.changes[0]!.delta]).toEqual(['full', 10]);
      expect(await pct(user.id, 'community')).toBe(25);
    });

    it('never lets progress go down: every ledger event and every day ends at least where it began', async () => {
      const user = await enrolledUser(app);
      const daily: number[] = [];
      for (let day = 0; day < 6; day += 1) {
        for (const actionType of ['support_group_joined', 'support_group_attended', 'experience_shared', 'reached_out'])
          await app.tracks.logAction(user.id, { actionType, source: 'api' });
        await meeting(user.id);
        daily.push(await pct(user.id, 'community'));
        app.clock.advance(DAY);
      }
      // A track gains at most 40 points a day, and stops at 100.
      expect(daily).toEqual([40, 80, 100, 100, 100, 100]);
      const ledger = await app.tracks.events(user.id, 'recovery', 500);
      for (const event of ledger) expect(event.newPct).toBeGreaterThanOrEqual(event.oldPct);
    });

    it('counts "today" in the person’s own time zone when they gave one', async () => {
      const user = await enrolledUser(app);
      await app.reminders.set(user.id, '09:00', 'Asia/Tokyo');
      // 23:50 in Tokyo (14:50 UTC), then 00:10 the next Tokyo day: the same UTC day, two of theirs.
      const now = app.clock.now().getTime();
      const target = Math.ceil((now - (14 * 60 + 50) * MINUTE) / DAY) * DAY + (14 * 60 + 50) * MINUTE;
      app.clock.advance(target - now + DAY);
      const late = await meeting(user.id);
      app.clock.advance(20 * MINUTE);
      const early = await meeting(user.id);
      expect([late.credit.verdict, early.credit.verdict]).toEqual(['full', 'full']);
      expect(await pct(user.id, 'community')).toBe(20);
    });

    it('lets two app instances on one database credit a burst once', async () => {
      const user = await enrolledUser(app);
      const loaded = loadConfig({ DATABASE_URL: app.testDb.url, LOG_LEVEL: 'silent' });
      if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
      const other: App = await createApp(loaded.config, {
        log: silentLog,
        clock: app.clock,
        crisisCheck: sharedCrisisCheck(),
        content: sharedContent(),
        db: app.testDb.schema ? { schema: app.testDb.schema, poolSize: 5 } : {},
      });
      try {
        const tap = (instance: App) =>
          instance.tracks.logAction(user.id, { actionType: 'support_group_attended', source: 'telegram' });
        // PostgreSQL: at the same moment, on separate connections. SQLite: one after another, since two
        // instances in one Node process would block each other's event loop on the file lock.
        const taps =
          dialect === 'postgres'
            ? await Promise.all([app, other, app, other].map(tap))
            : [await tap(app), await tap(other), await tap(app), await tap(other)];
        expect(taps.filter((tap) => tap.changes.length > 0)).toHaveLength(1);
        expect(await pct(user.id, 'community')).toBe(10);
      } finally {
        await other.close();
      }
    });

    it('follows what was done: after two meetings, Community no longer says "find a support group"', async () => {
      const user = await enrolledUser(app);
      const community = async () => (await app.tracks.progress(user.id)).tracks.community!.next_action;
      expect(await community()).toMatchObject({
        id: 'community_find_group',
        how: { kind: 'exercise', exercise: 'support_group_search' },
      });
      await meeting(user.id);
      expect(await community()).toMatchObject({
        id: 'community_attend',
        how: { kind: 'log', action_type: 'support_group_attended' },
      });
      app.clock.advance(DAY);
      await meeting(user.id);
      const next = await community();
      expect(next).toMatchObject({ id: 'community_share', how: { kind: 'log', action_type: 'experience_shared' } });
      expect(next.suggestion).not.toMatch(/find a support group/i);
    });

    it('offers every next action a way to start or record it', async () => {
      const user = await enrolledUser(app);
      app.clock.advance(40 * DAY);
      const progress = await app.tracks.progress(user.id);
      for (const track of Object.values(progress.tracks)) {
        expect(track.next_action.reason).toBe('idle');
        expect(['exercise', 'log']).toContain(track.next_action.how.kind);
      }
    });

    it('refuses a first logged by hand: a quest needs the quest, a goal step needs the goal', async () => {
      const user = await enrolledUser(app);
      await expect(
        app.tracks.logAction(user.id, { actionType: 'quest_created', source: 'telegram' }),
      ).rejects.toMatchObject({
        code: 'invalid_input',
        message: expect.stringContaining('exercise "quest_builder"'),
      });
      await expect(app.tracks.logAction(user.id, { actionType: 'goal_step', source: 'api' })).rejects.toMatchObject({
        code: 'invalid_input',
        message: expect.stringContaining('needs its source, a goal'),
      });
      const progress = await app.tracks.progress(user.id);
      expect(progress.overall_progress).toBe(0);
      expect(progress.tracks.child_connection!.milestones).toEqual([]);
    });
  });
}
