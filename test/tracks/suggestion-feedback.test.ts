import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/env.js';
import type { Log } from '../../src/core/ports.js';
import { createApp, type App } from '../../src/main/app.js';
import { createTestApp, enrolledUser, type TestApp } from '../factories/app.js';
import { fixedClock } from '../factories/clock.js';
import { DIALECTS, createTestDatabase, type TestDatabase } from '../factories/databases.js';
import { sharedCrisisCheck } from '../factories/safety.js';
import { sharedContent } from '../factories/app-content.js';

const DAY = 24 * 3600 * 1000;
const feedbackCount = async (app: App, labels: { reason: string; verdict: string }) =>
  (await app.metrics.registry.getSingleMetric('ai_suggestion_feedback_total')!.get()).values.find(
    (value) => value.labels.reason === labels.reason && value.labels.verdict === labels.verdict,
  )?.value ?? 0;

for (const dialect of DIALECTS) {
  describe(`${dialect}: feedback on next actions`, () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await createTestApp(dialect);
    });
    afterAll(() => app?.dispose());

    const enrolled = () => enrolledUser(app);
    const firstCheckin = { track: 'self_work', suggestionId: 'self_work_first_checkin', reason: 'rule' as const };

    it('stores one verdict per suggestion and day: a second tap the same day changes it, the next day adds one', async () => {
      const user = await enrolled();
      await app.tracks.suggestionFeedback(user.id, { ...firstCheckin, helpful: true });
      await app.tracks.suggestionFeedback(user.id, { ...firstCheckin, helpful: false });
      expect(
        (await app.stores.feedback.list(user.id, 10)).map((suggestionFeedback) => [
          suggestionFeedback.suggestionId,
          suggestionFeedback.reason,
          suggestionFeedback.helpful,
        ]),
      ).toEqual([['self_work_first_checkin', 'rule', false]]);
      app.clock.advance(DAY);
      await app.tracks.suggestionFeedback(user.id, { ...firstCheckin, helpful: true });
      expect(
        (await app.stores.feedback.list(user.id, 10)).map((suggestionFeedback) => suggestionFeedback.helpful),
      ).toEqual([true, false]);
    });

    it('keeps each user’s feedback to themselves', async () => {
      const person = await enrolled();
      const user = await enrolled();
      await app.tracks.suggestionFeedback(person.id, {
        track: 'community',
        suggestionId: 'community_find_group',
        reason: 'rule',
        helpful: false,
      });
      expect(await app.stores.feedback.list(user.id, 10)).toEqual([]);
      expect(
        (await app.stores.feedback.list(person.id, 10)).map((suggestionFeedback) => [
          suggestionFeedback.userId,
          suggestionFeedback.track,
          suggestionFeedback.suggestionId,
        ]),
      ).toEqual([[person.id, 'community', 'community_find_group']]);
    });

    it('refuses an unknown track, a suggestion of another track, and a user who never enrolled', async () => {
      const user = await enrolled();
      await expect(
        app.tracks.suggestionFeedback(user.id, { ...firstCheckin, track: 'astrology', helpful: true }),
      ).rejects.toMatchObject({ code: 'unknown_track' });
      await expect(
        app.tracks.suggestionFeedback(user.id, { ...firstCheckin, track: 'community', helpful: true }),
      ).rejects.toMatchObject({ code: 'invalid_input' });
      await expect(
        app.tracks.suggestionFeedback(user.id, { ...firstCheckin, suggestionId: 'llm:self_work', helpful: true }),
      ).rejects.toMatchObject({ code: 'invalid_input' });
      // Without a language model nobody was shown an LLM suggestion: such a verdict is made up.
      await expect(
        app.tracks.suggestionFeedback(user.id, {
          track: 'self_work',
          suggestionId: 'llm:self_work',
          reason: 'llm',
          helpful: false,
        }),
      ).rejects.toMatchObject({ code: 'invalid_input' });
      const stranger = await app.goals.ensureUser({ provider: 'test', subject: 'fb-stranger', locale: 'en' });
      await expect(
        app.tracks.suggestionFeedback(stranger.id, { ...firstCheckin, helpful: true }),
      ).rejects.toMatchObject({ code: 'not_enrolled' });
      expect(await app.stores.feedback.list(user.id, 10)).toEqual([]);
    });

    it('counts each user’s first verdict of the day in ai_suggestion_feedback_total{reason,verdict}: repeated taps cannot tip the alert', async () => {
      const user = await enrolled();
      const before = await feedbackCount(app, { reason: 'rule', verdict: 'not_helpful' });
      for (let i = 0; i < 5; i++) await app.tracks.suggestionFeedback(user.id, { ...firstCheckin, helpful: false });
      await Promise.all(
        [0, 1, 2].map(() => app.tracks.suggestionFeedback(user.id, { ...firstCheckin, helpful: false })),
      );
      expect(await feedbackCount(app, { reason: 'rule', verdict: 'not_helpful' })).toBe(before + 1);
      expect(await app.stores.feedback.list(user.id, 10)).toHaveLength(1);
    });
  });
}

describe('the suggestion_feedback log line', () => {
  let app: App;
  let db: TestDatabase;
  const lines: Array<Record<string, unknown>> = [];
  const log: Log = { info: (fields) => lines.push(fields), warn: () => undefined, error: () => undefined };
  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
    const cfg = loadConfig({ DATABASE_URL: db.url, LOG_LEVEL: 'silent' });
    if (!cfg.ok) throw new Error('config');
    app = await createApp(cfg.config, {
      crisisCheck: sharedCrisisCheck(),
      content: sharedContent(),
      log,
      clock: fixedClock(),
    });
  });
  afterAll(async () => {
    await app?.close();
    await db?.dispose();
  });

  it('carries ids and the verdict only', async () => {
    const user = await app.goals.ensureUser({ provider: 'test', subject: 'fb-log', locale: 'en' });
    await app.tracks.enroll(user.id, 'recovery');
    await app.tracks.suggestionFeedback(user.id, {
      track: 'self_work',
      suggestionId: 'self_work_first_checkin',
      reason: 'rule',
      helpful: true,
    });
    expect(lines.filter((line) => line.event === 'suggestion_feedback')).toEqual([
      {
        event: 'suggestion_feedback',
        user_id: user.id,
        program: 'recovery',
        track: 'self_work',
        suggestion: 'self_work_first_checkin',
        reason: 'rule',
        verdict: 'helpful',
        stored: 'new',
      },
    ]);
  });
});
