import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '../../src/core/goals/model.js';
import { DIALECTS } from '../factories/databases.js';
import { type ApiHarness, startApi } from './api-harness.js';

const CHECKIN = { mood: 6, anxiety: 4, hope: 5, three_words: 'tired but hopeful' };
const CHECKIN_URL = '/api/exercises/emotional_checkin/entries';
/** What a message for a person calling the API never shows: zod's own words, or a field named twice. */
const INTERNALS = /Invalid input|Unrecognized key|expected \w+, received|answers\.answers|a llm/;

for (const dialect of DIALECTS) {
  describe(`${dialect}: API refusals a client can act on`, () => {
    let harness: ApiHarness;
    let ann: User;
    beforeAll(async () => {
      harness = await startApi(dialect);
      ann = await harness.user(1701);
      await harness.call('POST', '/api/programs/recovery/enroll', ann, {});
    }, 120_000);
    afterAll(() => harness?.dispose());

    const refusal = async (method: 'GET' | 'POST', url: string, body?: unknown) => {
      const response = await harness.call(method, url, ann, body);
      expect(response.body.message, `${method} ${url}`).not.toMatch(INTERNALS);
      return { status: response.status, ...response.body };
    };

    it('refuses a scale answer sent as a string, and saves nothing', async () => {
      expect(await refusal('POST', CHECKIN_URL, { answers: { ...CHECKIN, mood: '4' } })).toEqual({
        status: 400,
        error: 'invalid_input',
        message: 'answers.mood: must be a whole number from 1 to 10',
      });
      expect(await refusal('POST', CHECKIN_URL, { answers: { ...CHECKIN, mood: 4.5, hope: 0 } })).toMatchObject({
        message: 'answers.mood: must be a whole number from 1 to 10; answers.hope: must be a whole number from 1 to 10',
      });
      expect((await harness.call('GET', '/api/entries', ann)).body.entries).toEqual([]);
      expect((await harness.call('POST', CHECKIN_URL, ann, { answers: { ...CHECKIN, mood: 4 } })).status).toBe(201);
    });

    it('names every wrong answer once, in the words of the API', async () => {
      expect(await refusal('POST', CHECKIN_URL, { answers: { ...CHECKIN, energy: 3 } })).toMatchObject({
        status: 400,
        message:
          'answers.energy: is not a question of this exercise (its questions: mood, anxiety, hope, three_words, what_happened)',
      });
      expect(await refusal('POST', CHECKIN_URL, { answers: { mood: 5, three_words: 7 } })).toMatchObject({
        message: 'answers.anxiety: is required; answers.hope: is required; answers.three_words: must be a string',
      });
      expect(
        await refusal('POST', '/api/exercises/cbt_thought_record/entries', {
          answers: { situation: 'x', automatic_thought: 'y', emotion: 'boredom' },
        }),
      ).toMatchObject({ message: expect.stringContaining('answers.emotion: must be one of sadness, anger, guilt') });
    });

    it('names a refused track by the field the client sent it in', async () => {
      const tracks = 'must be one of self_work, child_connection, negotiation, community';
      expect(await refusal('POST', '/api/programs/recovery/enroll', { primary_track: 'sleep' })).toEqual({
        status: 400,
        error: 'unknown_track',
        message: `primary_track: ${tracks}`,
      });
      expect(await refusal('POST', '/api/tracks/set-primary', { track: 'sleep' })).toEqual({
        status: 400,
        error: 'unknown_track',
        message: `track: ${tracks}`,
      });
    });

    it('says what a next action id must be without naming internal kinds', async () => {
      for (const reason of ['llm', 'rule']) {
        expect(
          await refusal('POST', '/api/tracks/suggestions/feedback', {
            track: 'self_work',
            suggestion_id: reason === 'llm' ? 'llm:self_work' : 'child_connection_first_letter',
            reason,
            helpful: true,
          }),
        ).toEqual({
          status: 400,
          error: 'invalid_input',
          message:
            'suggestion_id: not one of the next actions shown for this track with this reason (see GET /api/tracks/suggestions)',
        });
      }
    });

    it('answers exactly what the API docs’ error example shows', async () => {
      const readme = readFileSync(new URL('../../docs/api.md', import.meta.url), 'utf8').replace(/\s+/g, ' ');
      const example = /`POST (\/api\/[\w/-]+)` with `(\{[^`]+\})` answers (\d{3}) with `(\{[^`]+\})`/.exec(readme);
      expect(example, 'the API docs’ error example').not.toBeNull();
      const [, url, body, status, answer] = example!;
      const response = await harness.call('POST', url!, ann, JSON.parse(body!));
      expect({ status: response.status, body: response.body }).toEqual({
        status: Number(status),
        body: JSON.parse(answer!),
      });
    });

    it('answers a plain GET of the WebSocket path with 426 and JSON saying how to connect', async () => {
      const response = await harness.http.inject({ method: 'GET', url: '/api/ws' });
      expect(response.statusCode).toBe(426);
      expect(response.headers.upgrade).toBe('websocket');
      expect(response.json()).toEqual({
        error: 'upgrade_required',
        message: expect.stringContaining('WebSocket'),
      });
    });

    it('answers a known path asked with the wrong method with 405 and the methods it has', async () => {
      const cases: Array<[string, string, string]> = [
        ['DELETE', '/api/tracks/progress', 'GET, HEAD'],
        ['GET', '/api/tracks/actions', 'POST'],
        ['POST', '/api/entries', 'GET, HEAD'],
        ['PUT', '/api/entries/6f1c2b7e-3d4a-4e5f-8a9b-0c1d2e3f4a5b', 'PATCH, DELETE'],
        ['POST', '/api/ws', 'GET, HEAD'],
      ];
      for (const [method, url, allow] of cases) {
        const response = await harness.http.inject({ method: method as 'GET', url });
        expect({ url, status: response.statusCode, allow: response.headers.allow }).toEqual({
          url,
          status: 405,
          allow,
        });
        expect(response.json()).toEqual({
          error: 'method_not_allowed',
          message: `${method} is not allowed on ${url}; allowed: ${allow}`,
        });
      }
      expect((await harness.http.inject({ method: 'DELETE', url: '/api/nothing-here' })).statusCode).toBe(404);
    });
  });
}
