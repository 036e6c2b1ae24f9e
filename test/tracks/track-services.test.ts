import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requiredAnswers } from '../factories/answers.js';
import { createTestApp, enrolledUser, type TestApp } from '../factories/app.js';
import { DIALECTS } from '../factories/databases.js';
import type { TrackEvent } from '../../src/core/tracks/events.js';

const DAY = 24 * 3600 * 1000;

for (const dialect of DIALECTS) {
  describe(`${dialect}: the track engine`, () => {
    let app: TestApp;
    const events: TrackEvent[] = [];
    beforeAll(async () => {
      app = await createTestApp(dialect);
      app.bus.subscribe((e) => events.push(e));
    });
    afterAll(() => app?.dispose());

    const enrolled = (locale: 'en' | 'ru' = 'en', primary?: string) => enrolledUser(app, { locale, primary });
    const pct = async (userId: string) => {
      const p = await app.tracks.progress(userId);
      return Object.fromEntries(Object.entries(p.tracks).map(([k, v]) => [k, v.completion_percentage]));
    };

    it('initialises four tracks at 0 % in the awareness phase, with the chosen primary track', async () => {
      const u = await enrolled('en', 'child_connection');
      const p = await app.tracks.progress(u.id);
      expect(Object.keys(p.tracks)).toEqual(['self_work', 'child_connection', 'negotiation', 'community']);
      expect(Object.values(p.tracks).map((t) => [t.phase, t.completion_percentage, t.milestones.length])).toEqual(
        Array(4).fill(['awareness', 0, 0]),
      );
      expect(p.primary_track).toBe('child_connection');
      expect(p.overall_progress).toBe(0);
      expect(p.days_active).toBe(0);
      expect(p.journey_start_date).toBe(app.clock.now().toISOString().slice(0, 10));
      for (const t of Object.values(p.tracks)) expect(t.next_action.suggestion.length).toBeGreaterThan(5);
      expect(events.some((e) => e.type === 'track_initialized' && e.userId === u.id)).toBe(true);
      // Enrolling again keeps everything.
      expect((await app.tracks.enroll(u.id, 'recovery')).created).toBe(false);
    });

    it('plays the seed: a first check-in moves Self Work to 10 % and earns the first milestone', async () => {
      const u = await enrolled();
      const r = await app.tracks.recordAction(u.id, { actionType: 'emotional_checkin', source: 'api' });
      expect(r.changes.map((c) => [c.track, c.oldPct, c.newPct])).toEqual([['self_work', 0, 10]]);
      expect(r.milestones.map((m) => m.id)).toEqual(['first_checkin']);
      const again = await app.tracks.recordAction(u.id, { actionType: 'emotional_checkin', source: 'api' });
      expect(again.milestones).toEqual([]);
      expect((await pct(u.id)).self_work).toBe(20);
    });

    it('moves several tracks with one cross-track action (a quest: Child Connection +30, Self Work +5)', async () => {
      const u = await enrolled();
      const r = await app.tracks.recordAction(u.id, {
        actionType: 'quest_created',
        source: 'telegram',
        sourceId: 'quest-1',
      });
      expect(r.changes.map((c) => [c.track, c.delta])).toEqual([
        ['child_connection', 30],
        ['self_work', 5],
      ]);
      expect(r.milestones.map((m) => m.id)).toContain('first_quest');
      expect(r.milestones.map((m) => m.id)).toContain('child_connection_expression');
      const p = await app.tracks.progress(u.id);
      expect(p.tracks.child_connection!.phase).toBe('expression');
      expect(p.overall_progress).toBe(Math.round((30 + 5) / 4));
      const ledger = await app.tracks.events(u.id, 'recovery');
      expect(ledger.map((e) => [e.track, e.oldPct, e.newPct, e.actionType, e.source])).toEqual(
        expect.arrayContaining([
          ['child_connection', 0, 30, 'quest_created', 'telegram'],
          ['self_work', 0, 5, 'quest_created', 'telegram'],
        ]),
      );
    });

    it('counts the same source once, even when sent twice at the same moment', async () => {
      const u = await enrolled();
      const [a, b] = await Promise.all([
        app.tracks.recordAction(u.id, { actionType: 'letter_to_child', source: 'api', sourceId: 'letter-7' }),
        app.tracks.recordAction(u.id, { actionType: 'letter_to_child', source: 'api', sourceId: 'letter-7' }),
      ]);
      expect([a.duplicate, b.duplicate].sort()).toEqual([false, true]);
      expect((await pct(u.id)).child_connection).toBe(15);
    });

    it('keeps every concurrent action of one user (no lost update)', async () => {
      const u = await enrolled();
      await Promise.all(
        Array.from({ length: 8 }, () =>
          app.tracks.recordAction(u.id, { actionType: 'emotional_checkin', source: 'api' }),
        ),
      );
      expect((await pct(u.id)).self_work).toBe(80);
      expect((await app.tracks.events(u.id, 'recovery')).length).toBe(8);
    });

    it('never goes past 100 % or down, and fires each phase milestone once', async () => {
      const u = await enrolled();
      for (let i = 0; i < 6; i += 1)
        await app.tracks.recordAction(u.id, { actionType: 'support_group_joined', source: 'api', sourceId: `g${i}` });
      const p = await app.tracks.progress(u.id);
      expect(p.tracks.community!.completion_percentage).toBe(100);
      expect(p.tracks.community!.phase).toBe('mastery');
      const types = p.tracks.community!.milestones.map((m) => m.type);
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
      const ledger = await app.tracks.events(u.id, 'recovery', 100);
      for (const e of ledger) expect(e.newPct).toBeGreaterThanOrEqual(e.oldPct);
    });

    it('keeps progress and milestones when the entry that earned them is deleted', async () => {
      const u = await enrolled();
      const letter = app.tracks.program('recovery')!.exercises.find((e) => e.id === 'letter_to_child')!;
      const answers = requiredAnswers(letter, 'I love you.');
      const done = await app.tracks.finishExercise(u.id, {
        exerciseId: 'letter_to_child',
        answers,
        source: 'telegram',
      });
      expect(done.action.milestones.map((m) => m.id)).toContain('first_letter');
      await app.tracks.deleteEntry(u.id, done.entryId);
      expect(await app.tracks.entries(u.id)).toEqual([]);
      const p = await app.tracks.progress(u.id);
      expect(p.tracks.child_connection!.completion_percentage).toBe(15);
      expect(p.tracks.child_connection!.milestones.map((m) => m.type)).toContain('first_letter');
    });

    it('refuses unknown tracks, actions and exercises, and answers from another user', async () => {
      const u = await enrolled();
      const other = await enrolled();
      await expect(app.tracks.setPrimary(u.id, 'gardening')).rejects.toMatchObject({ code: 'unknown_track' });
      await expect(app.tracks.recordAction(u.id, { actionType: 'hacked', source: 'api' })).rejects.toMatchObject({
        code: 'unknown_action',
      });
      await expect(
        app.tracks.finishExercise(u.id, { exerciseId: 'nope', answers: {}, source: 'api' }),
      ).rejects.toMatchObject({ code: 'unknown_exercise' });
      await expect(
        app.tracks.finishExercise(u.id, { exerciseId: 'emotional_checkin', answers: { mood: 11 }, source: 'api' }),
      ).rejects.toMatchObject({ code: 'invalid_input' });
      const mine = await app.tracks.finishExercise(u.id, {
        exerciseId: 'letter_to_self',
        answers: requiredAnswers(
          app.tracks.program('recovery')!.exercises.find((e) => e.id === 'letter_to_self')!,
          'text',
        ),
        source: 'api',
      });
      await expect(app.tracks.deleteEntry(other.id, mine.entryId)).rejects.toMatchObject({ code: 'entry_not_found' });
      expect(await app.tracks.entries(other.id)).toEqual([]);
      const stranger = await app.goals.ensureUser({ provider: 'test', subject: 't-stranger', locale: 'en' });
      await expect(app.tracks.progress(stranger.id)).rejects.toMatchObject({ code: 'not_enrolled' });
    });

    it('switches the primary track without touching progress, and counts switches', async () => {
      const u = await enrolled();
      await app.tracks.recordAction(u.id, { actionType: 'emotional_checkin', source: 'api' });
      const before = await pct(u.id);
      const r = await app.tracks.setPrimary(u.id, 'negotiation');
      expect(r).toMatchObject({ from: 'self_work', to: 'negotiation' });
      expect((await app.tracks.progress(u.id)).primary_track).toBe('negotiation');
      expect(await pct(u.id)).toEqual(before);
      expect(events.some((e) => e.type === 'track_switched' && e.userId === u.id && e.to === 'negotiation')).toBe(true);
    });

    it('nudges gently after 30 idle days, offers an easier action when stuck, and counts days active', async () => {
      const u = await enrolled();
      await app.tracks.recordAction(u.id, { actionType: 'court_documents_reviewed', source: 'api', sourceId: 'd1' });
      app.clock.advance(DAY);
      await app.tracks.recordAction(u.id, { actionType: 'emotional_checkin', source: 'api' });
      expect((await app.tracks.progress(u.id)).days_active).toBe(2);
      app.clock.advance(15 * DAY);
      const stuck = await app.tracks.progress(u.id);
      expect(stuck.tracks.negotiation!.next_action.reason).toBe('stuck');
      expect(stuck.tracks.negotiation!.next_action.note).toContain('15');
      app.clock.advance(20 * DAY);
      const idle = await app.tracks.progress(u.id);
      expect(idle.tracks.community!.next_action.reason).toBe('idle');
      expect(idle.tracks.community!.next_action.note).toMatch(/\d+/);
      const delivered: string[] = [];
      const sent = await app.tracks.sendDueNudges(async (nudge) => {
        if (nudge.userId === u.id) delivered.push(nudge.action.track);
        return true;
      });
      expect(sent).toBeGreaterThan(0);
      expect(delivered).toHaveLength(1);
      // Nobody is nagged: the next run sends nothing more to this user.
      const again: string[] = [];
      await app.tracks.sendDueNudges(async (nudge) => (nudge.userId === u.id && again.push(nudge.action.track), true));
      expect(again).toEqual([]);
      app.clock.advance(-(36 * DAY));
    });

    it('uses relaxed milestone numbers when strict_milestones is off', async () => {
      const relaxed = await createTestApp(dialect, { STRICT_MILESTONES: 'false' });
      try {
        const u = await relaxed.goals.ensureUser({ provider: 'test', subject: 'relaxed', locale: 'en' });
        await relaxed.tracks.enroll(u.id, 'recovery');
        const results = [];
        for (let i = 0; i < 2; i += 1)
          results.push(await relaxed.tracks.recordAction(u.id, { actionType: 'emotional_checkin', source: 'api' }));
        // 20 % reaches the relaxed expression threshold (25 − 5).
        expect(results[1]!.milestones.map((m) => m.id)).toContain('self_work_expression');
      } finally {
        await relaxed.dispose();
      }
    });

    it('turns the track system off by flag without losing track data', async () => {
      const u = await enrolled();
      await app.tracks.recordAction(u.id, { actionType: 'emotional_checkin', source: 'api' });
      const off = await createTestApp(dialect, { MULTI_TRACK_SYSTEM_ENABLED: 'false' });
      try {
        const v = await off.goals.ensureUser({ provider: 'test', subject: 'off', locale: 'en' });
        await expect(off.tracks.enroll(v.id, 'recovery')).rejects.toMatchObject({ code: 'feature_disabled' });
        expect(off.tracks.enabledFor(v.id)).toBe(false);
      } finally {
        await off.dispose();
      }
      expect((await pct(u.id)).self_work).toBe(10);
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
