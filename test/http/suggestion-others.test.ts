import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../factories/databases.js';
import { type ApiHarness, startApi } from './api-harness.js';

const FEEDBACK = '/api/tracks/suggestions/feedback';
const OTHERS = '/api/tracks/suggestions/others';

interface Next {
  id: string;
  track: string;
  reason: string;
  suggestion: string;
}

for (const dialect of DIALECTS)
  describe(`${dialect}: "not for me" on a next action over the API`, () => {
    let harness: ApiHarness;
    beforeAll(async () => {
      harness = await startApi(dialect);
    });
    afterAll(() => harness?.dispose());

    it('offers a different next action after each "not for me", until none is left', async () => {
      const ann = await harness.user(8301);
      await harness.call('POST', '/api/programs/recovery/enroll', ann, {});
      const progress = await harness.call('GET', '/api/tracks/progress', ann);
      let shown: Next = progress.body.tracks.self_work.next_action;
      const declined = new Set<string>();
      for (let turn = 0; turn < 60; turn++) {
        const verdict = { track: shown.track, suggestion_id: shown.id, reason: shown.reason, helpful: false };
        expect((await harness.call('POST', FEEDBACK, ann, verdict)).status).toBe(204);
        declined.add(shown.id);
        const others = await harness.call('GET', `${OTHERS}?track=${shown.track}`, ann);
        expect(others.status).toBe(200);
        const offered: Next[] = others.body.others;
        // Never the one just declined, nor any declined before today.
        expect(offered.filter((action) => declined.has(action.id))).toEqual([]);
        if (offered.length === 0) break;
        shown = offered[0]!;
      }
      console.log(`different next actions offered before none was left: ${declined.size - 1}`);
      expect(declined.size).toBeGreaterThan(2);
      expect((await harness.call('GET', `${OTHERS}?track=self_work`, ann)).body.others).toEqual([]);
    });

    it('offers the track’s own other actions first, in the person’s language', async () => {
      const ivan = await harness.user(8302, 'ru');
      await harness.call('POST', '/api/programs/recovery/enroll', ivan, {});
      const next: Next = (await harness.call('GET', '/api/tracks/progress', ivan)).body.tracks.self_work.next_action;
      const verdict = { track: 'self_work', suggestion_id: next.id, reason: next.reason, helpful: false };
      await harness.call('POST', FEEDBACK, ivan, verdict);
      const [first] = (await harness.call('GET', `${OTHERS}?track=self_work`, ivan)).body.others as Next[];
      expect(first).toMatchObject({ track: 'self_work' });
      expect(first!.id).not.toBe(next.id);
      expect(first!.suggestion).toMatch(/\p{Script=Cyrillic}/u);
    });

    it('refuses a track the person’s program does not have', async () => {
      const bo = await harness.user(8303);
      await harness.call('POST', '/api/programs/recovery/enroll', bo, {});
      expect((await harness.call('GET', `${OTHERS}?track=nope`, bo)).status).toBeGreaterThanOrEqual(400);
    });
  });
