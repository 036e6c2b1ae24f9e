import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '../../src/core/goals/model.js';
import { DIALECTS } from '../factories/databases.js';
import { startApi, type ApiHarness } from './api-harness.js';

const URL = '/api/tracks/suggestions/feedback';

for (const dialect of DIALECTS) {
  describe(`${dialect}: POST ${URL}`, () => {
    let harness: ApiHarness;
    let ann: User;
    beforeAll(async () => {
      harness = await startApi(dialect);
      ann = await harness.user(4001);
      await harness.call('POST', '/api/programs/recovery/enroll', ann, {});
    });
    afterAll(() => harness?.dispose());

    const ruleNotHelpful = async () => {
      const metrics = await harness.http.inject({ url: '/metrics' });
      return Number(
        /^ai_suggestion_feedback_total\{reason="rule",verdict="not_helpful"\} (\d+)$/m.exec(metrics.body)?.[1] ?? 0,
      );
    };

    it('records a verdict on a shown next action with 204, and counts it at /metrics', async () => {
      const next = (await harness.call('GET', '/api/tracks/progress', ann)).body.tracks.self_work.next_action;
      const response = await harness.call('POST', URL, ann, {
        track: 'self_work',
        suggestion_id: next.id,
        reason: next.reason,
        helpful: true,
      });
      expect(response).toMatchObject({ status: 204, body: undefined });
      const before = await ruleNotHelpful();
      const child = (await harness.call('GET', '/api/tracks/progress', ann)).body.tracks.child_connection.next_action;
      expect(
        (
          await harness.call('POST', URL, ann, {
            track: 'child_connection',
            suggestion_id: child.id,
            reason: child.reason,
            helpful: false,
          })
        ).status,
      ).toBe(204);
      expect(await ruleNotHelpful()).toBe(before + 1);
      // No model configured: a verdict on an "LLM suggestion" was never shown to anyone.
      expect(
        (
          await harness.call('POST', URL, ann, {
            track: 'child_connection',
            suggestion_id: 'llm:child_connection',
            reason: 'llm',
            helpful: false,
          })
        ).status,
      ).toBe(400);
      expect(
        (await harness.app.stores.feedback.list(ann.id, 10))
          .map((feedback) => [feedback.track, feedback.helpful])
          .sort(),
      ).toEqual([
        ['child_connection', false],
        ['self_work', true],
      ]);
    });

    it('refuses invalid input with 400 naming the field', async () => {
      const ok = { track: 'self_work', suggestion_id: 'self_work_first_checkin', reason: 'rule', helpful: true };
      const cases: Array<[unknown, string, string]> = [
        [
          { ...ok, track: 'astrology' },
          'unknown_track',
          'track: must be one of self_work, child_connection, negotiation, community',
        ],
        [{ ...ok, reason: 'vibes' }, 'invalid_input', 'reason: must be one of'],
        [{ ...ok, helpful: 'yes' }, 'invalid_input', 'helpful: must be a boolean'],
        [{ ...ok, suggestion_id: 'I felt awful today' }, 'invalid_input', 'suggestion_id: must be a next action id'],
        [
          { ...ok, suggestion_id: 'child_connection_first_letter' },
          'invalid_input',
          'suggestion_id: not one of the next actions shown for this track with this reason',
        ],
        [{ ...ok, comment: 'free text' }, 'invalid_input', 'comment: is not a known field'],
        [{ track: 'self_work' }, 'invalid_input', 'is required'],
      ];
      for (const [body, error, message] of cases) {
        const response = await harness.call('POST', URL, ann, body);
        expect(response.status, JSON.stringify(body)).toBe(400);
        expect(response.body.error).toBe(error);
        expect(response.body.message).toContain(message);
      }
    });

    it('is documented in the OpenAPI document with its body and 204', async () => {
      const doc = (await harness.http.inject({ url: '/api/docs/openapi.json' })).json();
      const op = doc.paths[URL].post;
      expect(op.security).toEqual([{ bearerAuth: [] }]);
      expect(op.requestBody.content['application/json'].schema).toMatchObject({
        required: ['track', 'suggestion_id', 'reason', 'helpful'],
        additionalProperties: false,
      });
      expect(Object.keys(op.responses)).toContain('204');
    });

    it('answers 401 without a token and 409 before enrolment', async () => {
      const body = { track: 'self_work', suggestion_id: 'self_work_first_checkin', reason: 'rule', helpful: true };
      expect((await harness.call('POST', URL, { auth: null }, body)).status).toBe(401);
      expect((await harness.call('POST', URL, { auth: 'Bearer nope' }, body)).status).toBe(401);
      const bob = await harness.user(4002);
      expect(await harness.call('POST', URL, bob, body)).toMatchObject({
        status: 409,
        body: { error: 'not_enrolled' },
      });
    });
  });
}
