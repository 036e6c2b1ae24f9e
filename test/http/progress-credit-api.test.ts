import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '../../src/core/goals/model.js';
import { DIALECTS } from '../factories/databases.js';
import { type ApiHarness, startApi } from './api-harness.js';

const MINUTE = 60 * 1000;

/** Issue 17 over HTTP: honest sources for POST /api/tracks/actions, credit in the answer, next actions to act on. */
for (const dialect of DIALECTS) {
  describe(`${dialect}: progress that means something, over the API`, () => {
    let harness: ApiHarness;
    let ann: User;
    beforeAll(async () => {
      harness = await startApi(dialect);
      ann = await harness.user(1701);
      await harness.call('POST', '/api/programs/recovery/enroll', ann, {});
    });
    afterAll(() => harness?.dispose());

    it('refuses goal_step with no goal: 400 naming the missing source, and nothing moves', async () => {
      const response = await harness.call('POST', '/api/tracks/actions', ann, { action_type: 'goal_step' });
      expect(response).toMatchObject({
        status: 400,
        body: {
          error: 'invalid_input',
          message: expect.stringContaining('action_type: "goal_step" needs its source, a goal'),
        },
      });
      const progress = (await harness.call('GET', '/api/tracks/progress', ann)).body;
      expect(progress.overall_progress).toBe(0);
    });

    it('refuses a first posted by hand (a quest), pointing to the exercise that records it', async () => {
      const response = await harness.call('POST', '/api/tracks/actions', ann, {
        action_type: 'quest_created',
        source_id: 'no-quest',
      });
      expect(response).toMatchObject({
        status: 400,
        body: { error: 'invalid_input', message: expect.stringContaining('POST /api/exercises/quest_builder/entries') },
      });
      const progress = (await harness.call('GET', '/api/tracks/progress', ann)).body;
      expect(progress.tracks.child_connection).toMatchObject({ completion_percentage: 0, milestones: [] });
    });

    it('says what each self-report earned: full, a share for a repeat, nothing for a burst or past the cap', async () => {
      const post = () => harness.call('POST', '/api/tracks/actions', ann, { action_type: 'support_group_attended' });
      const first = await post();
      const burst = await post();
      harness.app.clock.advance(2 * MINUTE);
      const second = await post();
      harness.app.clock.advance(2 * MINUTE);
      const third = await post();
      expect(
        [first, burst, second, third].map((response) => [response.status, response.body.credit, response.body.tracks]),
      ).toEqual([
        [
          200,
          { verdict: 'full', share: 1, capped_tracks: [] },
          [
            { track: 'community', old: 0, new: 10, delta: 10, phase: 'awareness' },
            { track: 'self_work', old: 0, new: 3, delta: 3, phase: 'awareness' },
          ],
        ],
        [200, { verdict: 'too_soon', share: 0, capped_tracks: [] }, []],
        [
          200,
          { verdict: 'repeat', share: 0.5, capped_tracks: [] },
          [
            { track: 'community', old: 10, new: 15, delta: 5, phase: 'awareness' },
            { track: 'self_work', old: 3, new: 5, delta: 2, phase: 'awareness' },
          ],
        ],
        [200, { verdict: 'daily_cap', share: 0, capped_tracks: [] }, []],
      ]);
    });

    it('shows with every next action how to start or record it, and whether the focus was chosen', async () => {
      const progress = (await harness.call('GET', '/api/tracks/progress', ann)).body;
      expect(progress.primary_chosen).toBe(true);
      expect(progress.tracks.self_work.next_action.how).toEqual({ kind: 'exercise', exercise: 'emotional_checkin' });
      // Two meetings: Community moves on from "find a support group" to a follow-up to record.
      expect(progress.tracks.community.next_action).toMatchObject({
        id: 'community_share',
        how: { kind: 'log', action_type: 'experience_shared' },
      });
      const suggestions = (await harness.call('GET', '/api/tracks/suggestions', ann)).body.suggestions;
      for (const suggestion of suggestions) expect(['exercise', 'log']).toContain(suggestion.how.kind);
    });
  });
}
