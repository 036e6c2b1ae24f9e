import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TrackEvent } from '../../src/core/tracks/events.js';
import { requiredAnswers } from '../factories/answers.js';
import { createTestApp, enrolledUser, type TestApp } from '../factories/app.js';
import { DIALECTS } from '../factories/databases.js';

const CHECKIN = { mood: 6, anxiety: 4, hope: 5, three_words: 'tired but hopeful' };

for (const dialect of DIALECTS) {
  describe(`${dialect}: finishing an exercise with a retried entry_id`, () => {
    let app: TestApp;
    const events: TrackEvent[] = [];
    beforeAll(async () => {
      app = await createTestApp(dialect);
      app.bus.subscribe((event) => events.push(event));
    });
    afterAll(() => app?.dispose());

    const enrolled = () => enrolledUser(app);
    const checkin = (userId: string, entryId: string, answers: Record<string, string | number> = CHECKIN) =>
      app.tracks.finishExercise(userId, { exerciseId: 'emotional_checkin', answers, source: 'api', entryId });
    /** What the user's check-ins left behind: actions, ledger events, milestones, bus events. */
    const recorded = async (userId: string) => ({
      actions: (await app.stores.tracks.actionCounts(userId, 'recovery')).emotional_checkin ?? 0,
      ledger: (await app.tracks.events(userId, 'recovery', 100)).length,
      milestones: (await app.stores.tracks.progressSnapshot(userId, 'recovery')).milestones.map(
        (milestone) => milestone.milestoneType,
      ),
      progressEvents: events.filter((event) => event.type === 'progress_updated' && event.userId === userId).length,
      milestoneEvents: events.filter((event) => event.type === 'milestone_achieved' && event.userId === userId).length,
      entries: (await app.tracks.entries(userId)).map((entry) => [entry.id, entry.answers]),
    });

    it('keeps the first entry and records one action, one ledger event and one milestone', async () => {
      const user = await enrolled();
      const entryId = randomUUID();
      const first = await checkin(user.id, entryId);
      expect(first).toMatchObject({
        entryId,
        duplicate: false,
        action: { duplicate: false, changes: [{ track: 'self_work', oldPct: 0, newPct: 10 }] },
      });
      expect(first.action.milestones.map((milestone) => milestone.id)).toEqual(['first_checkin']);

      const retry = await checkin(user.id, entryId, { ...CHECKIN, three_words: 'typed it again' });
      // Nothing counts twice; the retry is told what the first submission did.
      expect(retry).toMatchObject({
        entryId,
        duplicate: true,
        action: { duplicate: true, changes: first.action.changes },
      });
      expect(retry.action.milestones.map((milestone) => milestone.id)).toEqual(['first_checkin']);
      expect(await recorded(user.id)).toEqual({
        actions: 1,
        ledger: 1,
        milestones: ['first_checkin'],
        progressEvents: 1,
        milestoneEvents: 1,
        entries: [[entryId, CHECKIN]],
      });
      expect((await app.tracks.progress(user.id)).tracks.self_work!.completion_percentage).toBe(10);
    });

    it('records one action when two retries arrive at once', async () => {
      const user = await enrolled();
      const entryId = randomUUID();
      const both = await Promise.all([checkin(user.id, entryId), checkin(user.id, entryId)]);
      expect(both.map((finishedExercise) => finishedExercise.duplicate).sort()).toEqual([false, true]);
      // Exactly one of them counted the action, whichever got there first.
      expect(both.filter((finishedExercise) => !finishedExercise.action.duplicate)).toHaveLength(1);
      expect(await recorded(user.id)).toEqual({
        actions: 1,
        ledger: 1,
        milestones: ['first_checkin'],
        progressEvents: 1,
        milestoneEvents: 1,
        entries: [[entryId, CHECKIN]],
      });
    });

    it('counts a retry whose first attempt saved the entry but not its action', async () => {
      const user = await enrolled();
      const entryId = randomUUID();
      const entry = {
        id: entryId,
        userId: user.id,
        programId: 'recovery',
        exerciseId: 'emotional_checkin',
        answers: CHECKIN,
        createdAt: app.clock.now(),
      };
      expect(await app.stores.exercises.insert(entry)).toEqual({ kind: 'inserted' });
      expect(await app.stores.exercises.insert(entry)).toEqual({ kind: 'duplicate', existing: entry });

      const retry = await checkin(user.id, entryId);
      expect(retry).toMatchObject({
        duplicate: true,
        action: { duplicate: false, changes: [{ track: 'self_work', newPct: 10 }] },
      });
      expect(await recorded(user.id)).toMatchObject({ actions: 1, ledger: 1, entries: [[entryId, CHECKIN]] });
    });

    it('refuses an entry_id used by another user or for another exercise, and records nothing', async () => {
      const ann = await enrolled();
      const bob = await enrolled();
      const entryId = randomUUID();
      await checkin(ann.id, entryId);
      expect(
        await app.stores.exercises.insert({
          id: entryId,
          userId: bob.id,
          programId: 'recovery',
          exerciseId: 'emotional_checkin',
          answers: {},
          createdAt: app.clock.now(),
        }),
      ).toEqual({ kind: 'taken' });
      await expect(checkin(bob.id, entryId)).rejects.toMatchObject({
        code: 'invalid_input',
        details: { field: 'entry_id' },
      });
      expect(await recorded(bob.id)).toMatchObject({ actions: 0, ledger: 0, entries: [] });

      const letter = requiredAnswers(
        app.tracks.program('recovery')!.exercises.find((exercis) => exercis.id === 'letter_to_self')!,
      );
      await expect(
        app.tracks.finishExercise(ann.id, { exerciseId: 'letter_to_self', answers: letter, source: 'api', entryId }),
      ).rejects.toMatchObject({ code: 'invalid_input' });
      expect(await app.stores.tracks.actionCounts(ann.id, 'recovery')).toEqual({ emotional_checkin: 1 });
    });
  });
}
