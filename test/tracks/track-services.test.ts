import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requiredAnswers } from '../factories/answers.js';
import { createTestApp, enrolledUser, type TestApp } from '../factories/app.js';
import { DIALECTS } from '../factories/databases.js';
import type { TrackEvent } from '../../src/core/tracks/events.js';
import type { Nudge } from '../../src/services/tracks/nudges.js';

const DAY = 24 * 3600 * 1000;

for (const dialect of DIALECTS) {
  describe(`${dialect}: the track engine`, () => {
    let app: TestApp;
    const events: TrackEvent[] = [];
    beforeAll(async () => {
      app = await createTestApp(dialect);
      app.bus.subscribe((trackEvent) => events.push(trackEvent));
    });
    afterAll(() => app?.dispose());

    const enrolled = (locale: 'en' | 'ru' = 'en', primary?: string) => enrolledUser(app, { locale, primary });
    const pct = async (userId: string) => {
      const progressView = await app.tracks.progress(userId);
      return Object.fromEntries(
        Object.entries(progressView.tracks).map(([key, trackView]) => [key, trackView.completion_percentage]),
      );
    };

    it('initialises four tracks at 0 % in the awareness phase, with the chosen primary track', async () => {
      const user = await enrolled('en', 'child_connection');
      const progressView = await app.tracks.progress(user.id);
      expect(Object.keys(progressView.tracks)).toEqual(['self_work', 'child_connection', 'negotiation', 'community']);
      expect(
        Object.values(progressView.tracks).map((trackView) => [
          trackView.phase,
          trackView.completion_percentage,
          trackView.milestones.length,
        ]),
      ).toEqual(Array(4).fill(['awareness', 0, 0]));
      expect(progressView.primary_track).toBe('child_connection');
      expect(progressView.overall_progress).toBe(0);
      expect(progressView.days_active).toBe(0);
      expect(progressView.journey_start_date).toBe(app.clock.now().toISOString().slice(0, 10));
      for (const trackView of Object.values(progressView.tracks))
        expect(trackView.next_action.suggestion.length).toBeGreaterThan(5);
      expect(events.some((event) => event.type === 'track_initialized' && event.userId === user.id)).toBe(true);
      // Enrolling again keeps everything.
      expect((await app.tracks.enroll(user.id, 'recovery')).created).toBe(false);
    });

    it('plays the seed: a first check-in moves Self Work to 10 % and earns the first milestone', async () => {
      const user = await enrolled();
      const actionResult = await app.tracks.recordAction(user.id, { actionType: 'emotional_checkin', source: 'api' });
      expect(actionResult.changes.map((change) => [change.track, change.oldPct, change.newPct])).toEqual([
        ['self_work', 0, 10],
      ]);
      expect(actionResult.milestones.map((milestone) => milestone.id)).toEqual(['first_checkin']);
      // The next day's check-in counts in full again (repeats on one day count for less: credit tests).
      app.clock.advance(DAY);
      const again = await app.tracks.recordAction(user.id, { actionType: 'emotional_checkin', source: 'api' });
      expect(again.milestones).toEqual([]);
      expect((await pct(user.id)).self_work).toBe(20);
    });

    it('moves several tracks with one cross-track action (a quest: Child Connection +30, Self Work +5)', async () => {
      const user = await enrolled();
      const actionResult = await app.tracks.recordAction(user.id, {
        actionType: 'quest_created',
        source: 'telegram',
        sourceId: 'quest-1',
      });
      expect(actionResult.changes.map((change) => [change.track, change.delta])).toEqual([
        ['child_connection', 30],
        ['self_work', 5],
      ]);
      expect(actionResult.milestones.map((milestone) => milestone.id)).toContain('first_quest');
      expect(actionResult.milestones.map((milestone) => milestone.id)).toContain('child_connection_expression');
      const progressView = await app.tracks.progress(user.id);
      expect(progressView.tracks.child_connection!.phase).toBe('expression');
      expect(progressView.overall_progress).toBe(Math.round((30 + 5) / 4));
      const ledger = await app.tracks.events(user.id, 'recovery');
      expect(
        ledger.map((progressEvent) => [
          progressEvent.track,
          progressEvent.oldPct,
          progressEvent.newPct,
          progressEvent.actionType,
          progressEvent.source,
        ]),
      ).toEqual(
        expect.arrayContaining([
          ['child_connection', 0, 30, 'quest_created', 'telegram'],
          ['self_work', 0, 5, 'quest_created', 'telegram'],
        ]),
      );
    });

    it('counts the same source once, even when sent twice at the same moment', async () => {
      const user = await enrolled();
      const [recorded, actionResult] = await Promise.all([
        app.tracks.recordAction(user.id, { actionType: 'letter_to_child', source: 'api', sourceId: 'letter-7' }),
        app.tracks.recordAction(user.id, { actionType: 'letter_to_child', source: 'api', sourceId: 'letter-7' }),
      ]);
      expect([recorded.duplicate, actionResult.duplicate].sort()).toEqual([false, true]);
      expect((await pct(user.id)).child_connection).toBe(15);
    });

    it('keeps every concurrent action of one user (no lost update)', async () => {
      const user = await enrolled();
      const types = ['emotional_checkin', 'court_documents_reviewed', 'support_group_attended', 'memory_moment'];
      await Promise.all(types.map((actionType) => app.tracks.recordAction(user.id, { actionType, source: 'api' })));
      // Self Work: 10 + 3 + 3, each move applied on top of the one before.
      expect(await pct(user.id)).toEqual({ self_work: 16, child_connection: 2, negotiation: 15, community: 10 });
      expect((await app.tracks.events(user.id, 'recovery')).length).toBe(6);
    });

    it('never goes past 100 % or down, and fires each phase milestone once', async () => {
      const user = await enrolled();
      // A track gains at most 40 points a day: four days of a group joined, a meeting and a story.
      for (let day = 0; day < 4; day += 1) {
        for (const actionType of ['support_group_joined', 'support_group_attended', 'experience_shared'])
          await app.tracks.recordAction(user.id, { actionType, source: 'api', sourceId: `${actionType}-${day}` });
        app.clock.advance(DAY);
      }
      const progressView = await app.tracks.progress(user.id);
      expect(progressView.tracks.community!.completion_percentage).toBe(100);
      expect(progressView.tracks.community!.phase).toBe('mastery');
      const types = progressView.tracks.community!.milestones.map((milestone) => milestone.type);
      expect(types).toEqual(
        expect.arrayContaining([
          'community_expression',
          'community_action',
          'community_mastery',
          'community_complete',
          'joined_group',
        ]),
      );
      expect(new Set(types).size).toBe(types.length);
      const ledger = await app.tracks.events(user.id, 'recovery', 100);
      for (const progressEvent of ledger) expect(progressEvent.newPct).toBeGreaterThanOrEqual(progressEvent.oldPct);
    });

    it('keeps progress and milestones when the entry that earned them is deleted', async () => {
      const user = await enrolled();
      const letter = app.tracks.program('recovery')!.exercises.find((exercis) => exercis.id === 'letter_to_child')!;
      const answers = requiredAnswers(letter, 'I love you.');
      const done = await app.tracks.finishExercise(user.id, {
        exerciseId: 'letter_to_child',
        answers,
        source: 'telegram',
      });
      expect(done.action.milestones.map((milestone) => milestone.id)).toContain('first_letter');
      await app.entries.remove(user.id, done.entryId);
      expect((await app.entries.page(user.id, { limit: 50 })).entries).toEqual([]);
      const progressView = await app.tracks.progress(user.id);
      expect(progressView.tracks.child_connection!.completion_percentage).toBe(15);
      expect(progressView.tracks.child_connection!.milestones.map((milestone) => milestone.type)).toContain(
        'first_letter',
      );
    });

    it('refuses unknown tracks, actions and exercises, and answers from another user', async () => {
      const user = await enrolled();
      const other = await enrolled();
      await expect(app.tracks.setPrimary(user.id, 'gardening')).rejects.toMatchObject({ code: 'unknown_track' });
      await expect(app.tracks.recordAction(user.id, { actionType: 'hacked', source: 'api' })).rejects.toMatchObject({
        code: 'unknown_action',
      });
      await expect(
        app.tracks.finishExercise(user.id, { exerciseId: 'nope', answers: {}, source: 'api' }),
      ).rejects.toMatchObject({ code: 'unknown_exercise' });
      await expect(
        app.tracks.finishExercise(user.id, { exerciseId: 'emotional_checkin', answers: { mood: 11 }, source: 'api' }),
      ).rejects.toMatchObject({ code: 'invalid_input' });
      const mine = await app.tracks.finishExercise(user.id, {
        exerciseId: 'letter_to_self',
        answers: requiredAnswers(
          app.tracks.program('recovery')!.exercises.find((exercis) => exercis.id === 'letter_to_self')!,
          'text',
        ),
        source: 'api',
      });
      await expect(app.entries.remove(other.id, mine.entryId)).rejects.toMatchObject({ code: 'entry_not_found' });
      expect((await app.entries.page(other.id, { limit: 50 })).entries).toEqual([]);
      const stranger = await app.goals.ensureUser({ provider: 'test', subject: 't-stranger', locale: 'en' });
      await expect(app.tracks.progress(stranger.id)).rejects.toMatchObject({ code: 'not_enrolled' });
    });

    it('logs an action by hand for the program that has it, and says why not to someone outside it', async () => {
      const user = await enrolled();
      const logged = await app.tracks.logAction(user.id, { actionType: 'support_group_attended', source: 'api' });
      expect(logged.programId).toBe('recovery');
      expect(logged.changes.length).toBeGreaterThan(0);
      // Never enrolled: told to enrol in the program that has the action.
      const stranger = await app.goals.ensureUser({ provider: 'test', subject: 't-log-stranger', locale: 'en' });
      await expect(
        app.tracks.logAction(stranger.id, { actionType: 'support_group_attended', source: 'api' }),
      ).rejects.toMatchObject({ code: 'not_enrolled', details: { program: 'recovery' } });
      // In another program only: told which actions that program takes by hand; nothing recorded anywhere.
      const elsewhere = await app.goals.ensureUser({ provider: 'test', subject: 't-log-health', locale: 'en' });
      await app.tracks.enroll(elsewhere.id, 'health');
      await expect(
        app.tracks.logAction(elsewhere.id, { actionType: 'support_group_attended', source: 'api' }),
      ).rejects.toMatchObject({ code: 'unknown_action', details: { action_type: 'support_group_attended' } });
      await expect(app.tracks.progress(elsewhere.id, { programId: 'recovery' })).rejects.toMatchObject({
        code: 'not_enrolled',
      });
    });

    it('switches the primary track without touching progress, and counts switches', async () => {
      const user = await enrolled();
      await app.tracks.recordAction(user.id, { actionType: 'emotional_checkin', source: 'api' });
      const before = await pct(user.id);
      const result = await app.tracks.setPrimary(user.id, 'negotiation');
      expect(result).toMatchObject({ from: 'self_work', to: 'negotiation' });
      expect((await app.tracks.progress(user.id)).primary_track).toBe('negotiation');
      expect(await pct(user.id)).toEqual(before);
      expect(
        events.some(
          (event) => event.type === 'track_switched' && event.userId === user.id && event.to === 'negotiation',
        ),
      ).toBe(true);
    });

    it('nudges gently after 30 idle days, offers an easier action when stuck, and counts days active', async () => {
      const user = await enrolled();
      await app.tracks.recordAction(user.id, { actionType: 'court_documents_reviewed', source: 'api', sourceId: 'd1' });
      app.clock.advance(DAY);
      await app.tracks.recordAction(user.id, { actionType: 'emotional_checkin', source: 'api' });
      expect((await app.tracks.progress(user.id)).days_active).toBe(2);
      app.clock.advance(15 * DAY);
      const stuck = await app.tracks.progress(user.id);
      expect(stuck.tracks.negotiation!.next_action.reason).toBe('stuck');
      expect(stuck.tracks.negotiation!.next_action.note).toContain('15');
      app.clock.advance(20 * DAY);
      const idle = await app.tracks.progress(user.id);
      expect(idle.tracks.community!.next_action.reason).toBe('idle');
      expect(idle.tracks.community!.next_action.note).toMatch(/\d+/);
      const delivered: string[] = [];
      const nudgeAll = async (deliver: (nudge: Nudge) => Promise<boolean>) => {
        let sent = 0;
        for (const key of await app.tracks.dueNudgeKeys())
          if ((await app.tracks.deliverNudge(key, deliver)) === 'sent') sent += 1;
        return sent;
      };
      const sent = await nudgeAll(async (nudge) => {
        if (nudge.userId === user.id) delivered.push(nudge.action.track);
        return true;
      });
      expect(sent).toBeGreaterThan(0);
      expect(delivered).toHaveLength(1);
      // Nobody is nagged: the next run sends nothing more to this user.
      const again: string[] = [];
      await nudgeAll(async (nudge) => (nudge.userId === user.id && again.push(nudge.action.track), true));
      expect(again).toEqual([]);
      app.clock.advance(-(36 * DAY));
    });

    it('uses relaxed milestone numbers when strict_milestones is off', async () => {
      const relaxed = await createTestApp(dialect, { STRICT_MILESTONES: 'false' });
      try {
        const user = await relaxed.goals.ensureUser({ provider: 'test', subject: 'relaxed', locale: 'en' });
        await relaxed.tracks.enroll(user.id, 'recovery');
        const results = [];
        for (let i = 0; i < 2; i += 1) {
          results.push(await relaxed.tracks.recordAction(user.id, { actionType: 'emotional_checkin', source: 'api' }));
          relaxed.clock.advance(DAY);
        }
        // 20 % reaches the relaxed expression threshold (25 − 5).
        expect(results[1]!.milestones.map((milestone) => milestone.id)).toContain('self_work_expression');
      } finally {
        await relaxed.dispose();
      }
    });

    it('turns the track system off by flag without losing track data', async () => {
      const person = await enrolled();
      await app.tracks.recordAction(person.id, { actionType: 'emotional_checkin', source: 'api' });
      const off = await createTestApp(dialect, { MULTI_TRACK_SYSTEM_ENABLED: 'false' });
      try {
        const user = await off.goals.ensureUser({ provider: 'test', subject: 'off', locale: 'en' });
        await expect(off.tracks.enroll(user.id, 'recovery')).rejects.toMatchObject({ code: 'feature_disabled' });
        expect(off.tracks.enabledFor(user.id)).toBe(false);
      } finally {
        await off.dispose();
      }
      expect((await pct(person.id)).self_work).toBe(10);
    });
  });
}

describe('flag rollout', () => {
  it('puts a stable share of users in the rollout', async () => {
    const { flagOn } = await import('../../src/core/flags.js');
    const rollout = { multi_track_system_enabled: 20, ai_suggestions_enabled: 100, strict_milestones: 0 };
    const ids = Array.from({ length: 5000 }, (_, i) => `user-${i}`);
    const on = ids.filter((id) => flagOn(rollout, 'multi_track_system_enabled', id));
    expect(on.length / ids.length).toBeGreaterThan(0.17);
    expect(on.length / ids.length).toBeLessThan(0.23);
    expect(ids.filter((id) => flagOn(rollout, 'multi_track_system_enabled', id))).toEqual(on);
    expect(ids.some((id) => flagOn(rollout, 'strict_milestones', id))).toBe(false);
    expect(ids.every((id) => flagOn(rollout, 'ai_suggestions_enabled', id))).toBe(true);
  });
});
