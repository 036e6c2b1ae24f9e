import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIntentDetector } from '../../src/coach/intents/intent-detector.js';
import { silentLog } from '../../src/core/ports.js';
import { GOAL_STEP_ACTION } from '../../src/core/programs/program.js';
import type { TrackEvent } from '../../src/core/tracks/events.js';
import { createSuggestionCache } from '../../src/services/tracks/suggestion-cache.js';
import { createTrackServices } from '../../src/services/tracks/track-services.js';
import { createUnitOfWork } from '../../src/store/unit-of-work.js';
import { createTestApp, enrolledUser, type TestApp } from '../factories/app.js';
import { DIALECTS } from '../factories/databases.js';

for (const dialect of DIALECTS) {
  describe(`${dialect}: a finished step and its linked track, in one transaction`, () => {
    let app: TestApp;
    const events: TrackEvent[] = [];
    beforeAll(async () => {
      app = await createTestApp(dialect);
      app.bus.subscribe((event) => events.push(event));
    });
    afterAll(() => app?.dispose());

    /** A user with an open step on a goal linked to the self-work track. */
    const linkedUser = async () => {
      const user = await enrolledUser(app);
      await app.goals.createGoal(user.id, { title: 'Go to the gym three times a week' });
      const { goal } = await app.goals.currentStep(user.id);
      await app.tracks.linkGoal(user.id, goal.id, 'self_work');
      return user;
    };

    it('completes the step and moves the track together, and announces the move after both are saved', async () => {
      const user = await linkedUser();
      const done = await app.tracks.completeGoalStep(user.id);
      expect(done.doneSteps).toBe(1);
      expect(done.track?.changes.map((change) => change.track)).toEqual(['self_work']);
      const progress = await app.tracks.progress(user.id);
      expect(progress.tracks.self_work!.completion_percentage).toBe(done.track!.changes[0]!.newPct);
      expect(events.some((event) => event.type === 'progress_updated' && event.userId === user.id)).toBe(true);
    });

    it('leaves the step open and the track unmoved when recording the track fails', async () => {
      const user = await linkedUser();
      const before = await app.tracks.progress(user.id);
      const seen = events.length;
      // The same app, but a program that lost its goal-step action: recording the move fails
      // after the step was already marked done inside the transaction.
      const programs = app.tracks.programs.map((program) => ({
        ...program,
        actions: program.actions.filter((action) => action.id !== GOAL_STEP_ACTION),
      }));
      const broken = createTrackServices({
        stores: app.stores,
        programs,
        flags: app.config.flags,
        bus: app.bus,
        clock: app.clock,
        ids: { next: () => crypto.randomUUID() },
        log: silentLog,
        counters: { aiSuggestion: () => undefined, suggestionFeedback: () => undefined },
        stepCounters: app.metrics,
        unitOfWork: createUnitOfWork(app.database.db),
        suggestionCache: createSuggestionCache(),
        intents: createIntentDetector(programs),
        sendLeaseMs: app.config.jobTimeoutSeconds * 1000,
      });
      await expect(broken.completeGoalStep(user.id)).rejects.toMatchObject({ code: 'unknown_action' });
      expect((await app.goals.currentStep(user.id)).kind).toBe('step');
      expect((await app.tracks.progress(user.id)).tracks.self_work).toEqual(before.tracks.self_work);
      expect(events.slice(seen).filter((event) => event.userId === user.id)).toEqual([]);
      // The step is still there to finish, and then it counts once.
      expect((await app.tracks.completeGoalStep(user.id)).doneSteps).toBe(1);
    });
  });
}
