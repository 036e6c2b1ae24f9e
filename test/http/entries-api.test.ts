import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '../../src/core/goals/model.js';
import { requiredAnswers } from '../factories/answers.js';
import { DIALECTS } from '../factories/databases.js';
import { type ApiHarness, startApi } from './api-harness.js';

const CHECKIN = { mood: 6, anxiety: 4, hope: 5, three_words: 'tired but hopeful' };

for (const dialect of DIALECTS) {
  describe(`${dialect}: GET /api/entries pages, PATCH /api/entries/{id} edits`, () => {
    let harness: ApiHarness;
    beforeAll(async () => {
      harness = await startApi(dialect);
    }, 120_000);
    afterAll(() => harness?.dispose());

    const enrolled = async (telegramId: number) => {
      const user = await harness.user(telegramId);
      await harness.call('POST', '/api/programs/recovery/enroll', user, {});
      return user;
    };
    const checkIn = async (user: User, mood = 6) => {
      const made = await harness.call('POST', '/api/exercises/emotional_checkin/entries', user, {
        answers: { ...CHECKIN, mood },
      });
      expect(made.status).toBe(201);
      return made.body.entry_id as string;
    };
    const letter = async (user: User) => {
      const program = harness.app.tracks.program('recovery')!;
      const exercise = program.exercises.find((candidate) => candidate.id === 'letter_to_self')!;
      const made = await harness.call('POST', '/api/exercises/letter_to_self/entries', user, {
        answers: requiredAnswers(exercise, 'Dear me, you kept going.'),
      });
      expect(made.status).toBe(201);
      return made.body.entry_id as string;
    };
    const ids = (body: { entries: Array<{ id: string }> }) => body.entries.map((entry) => entry.id);

    it('pages newest first with an opaque cursor that entries saved meanwhile do not shift', async () => {
      const ann = await enrolled(1801);
      const saved: string[] = [];
      for (let i = 0; i < 7; i += 1) {
        harness.app.clock.advance(60_000);
        saved.push(await checkIn(ann, (i % 10) + 1));
      }
      const first = await harness.call('GET', '/api/entries?limit=3', ann);
      expect(ids(first.body)).toEqual(saved.slice(4).reverse());
      expect(first.body.next_cursor).toEqual(expect.any(String));

      // A new entry arrives between two pages: the next page goes on where the first one ended.
      harness.app.clock.advance(60_000);
      const fresh = await checkIn(ann);
      const second = await harness.call('GET', `/api/entries?limit=3&cursor=${first.body.next_cursor}`, ann);
      expect(ids(second.body)).toEqual(saved.slice(1, 4).reverse());
      const last = await harness.call('GET', `/api/entries?limit=3&cursor=${second.body.next_cursor}`, ann);
      expect(last.body).toMatchObject({ next_cursor: null });
      expect(ids(last.body)).toEqual([saved[0]]);

      const all = await harness.call('GET', '/api/entries', ann);
      expect(ids(all.body)).toEqual([fresh, ...[...saved].reverse()]);
      expect(all.body.next_cursor).toBeNull();
    });

    it('pages through entries saved at the same instant one at a time, each once', async () => {
      const bea = await enrolled(1802);
      const saved = [await checkIn(bea), await checkIn(bea), await checkIn(bea)];
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const query: string = cursor ? `?limit=1&cursor=${cursor}` : '?limit=1';
        const page = await harness.call('GET', `/api/entries${query}`, bea);
        seen.push(...ids(page.body));
        cursor = page.body.next_cursor;
      } while (cursor);
      expect([...seen].sort()).toEqual([...saved].sort());
    });

    it('refuses a cursor it did not give out', async () => {
      const ann = await harness.user(1801);
      expect(await harness.call('GET', '/api/entries?cursor=not%20a%20cursor', ann)).toMatchObject({
        status: 400,
        body: {
          error: 'invalid_input',
          message: 'cursor: not a cursor this list gave out (use next_cursor as it came)',
        },
      });
    });

    it('edits a saved letter; its date, progress and milestones stay as they were', async () => {
      const cleo = await enrolled(1803);
      const id = await letter(cleo);
      const before = (await harness.call('GET', '/api/tracks/progress', cleo)).body;
      const original = (await harness.call('GET', '/api/entries', cleo)).body.entries[0];
      harness.app.clock.advance(3_600_000);

      const edited = await harness.call('PATCH', `/api/entries/${id}`, cleo, {
        answers: { letter: '  Dear me, you kept going — and you asked for help.  ' },
      });
      expect(edited).toMatchObject({
        status: 200,
        body: {
          id,
          created_at: original.created_at,
          answers: { ...original.answers, letter: 'Dear me, you kept going — and you asked for help.' },
        },
      });
      expect(edited.body.safety).toBeUndefined();
      expect((await harness.call('GET', '/api/entries', cleo)).body.entries[0]).toEqual({
        ...original,
        answers: edited.body.answers,
      });
      expect((await harness.call('GET', '/api/tracks/progress', cleo)).body).toEqual(before);
    });

    it('changes only written answers, within their limits, of the caller’s own entries', async () => {
      const dan = await enrolled(1804);
      const checkin = await checkIn(dan);
      const cases: Array<[unknown, string]> = [
        [{ answers: { three_words: 9 } }, 'answers.three_words: must be a string'],
        [{ answers: { three_words: '' } }, 'answers.three_words: must not be empty'],
        [{ answers: { three_words: 'x'.repeat(201) } }, 'answers.three_words: must be at most 200 characters'],
        [
          { answers: { feelings: 'calm' } },
          'answers.feelings: is not a question of this exercise (its questions: mood, anxiety, hope, three_words, what_happened)',
        ],
        [{ answers: {} }, 'answers: must name at least one written answer to change'],
      ];
      for (const [body, message] of cases) {
        const response = await harness.call('PATCH', `/api/entries/${checkin}`, dan, body);
        expect({ body, status: response.status, message: response.body.message }).toEqual({
          body,
          status: 400,
          message,
        });
      }
      const scale = await harness.call('PATCH', `/api/entries/${checkin}`, dan, { answers: { mood: 'nine' } });
      expect(scale.body.message).toBe('answers.mood: only written answers can be changed');

      const eve = await harness.user(1805);
      expect(
        await harness.call('PATCH', `/api/entries/${checkin}`, eve, { answers: { three_words: 'mine now' } }),
      ).toMatchObject({ status: 404, body: { error: 'entry_not_found' } });
      expect((await harness.call('GET', '/api/entries', dan)).body.entries[0].answers).toEqual(CHECKIN);
    });

    it('screens the new text for crisis like a new entry: saved all the same, help first', async () => {
      const fay = await enrolled(1806);
      const id = await letter(fay);
      const edited = await harness.call('PATCH', `/api/entries/${id}`, fay, {
        answers: { letter: 'I have saved up my pills and tonight I end it' },
      });
      expect(edited.status).toBe(200);
      expect(Object.keys(edited.body)[0]).toBe('safety');
      expect(edited.body.safety).toMatchObject({ level: 'imminent' });
      expect(edited.body.answers.letter).toBe('I have saved up my pills and tonight I end it');
    });
  });
}
