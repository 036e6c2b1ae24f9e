import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '../../src/core/goals/model.js';
import { requiredAnswers } from '../factories/answers.js';
import { DIALECTS } from '../factories/databases.js';
import { type ApiHarness, startApi } from './api-harness.js';

const CHECKIN = { mood: 6, anxiety: 4, hope: 5, three_words: 'tired but hopeful' };
const QUEST_ENTRY = '3a9e4c1d-2b7f-4e8a-9c6d-5f4e3d2c1b0a';

for (const dialect of DIALECTS) {
  describe(`${dialect}: the HTTP API`, () => {
    let harness: ApiHarness;
    let ann: User;
    beforeAll(async () => {
      harness = await startApi(dialect);
      ann = await harness.user(1001);
    });
    afterAll(() => harness?.dispose());

    it('lists the programs before enrolment, and says how to enrol when asked for progress', async () => {
      const programs = await harness.call('GET', '/api/programs', ann);
      expect(programs.status).toBe(200);
      expect(programs.body.programs).toEqual([
        {
          id: 'recovery',
          name: 'Recovery: four paths forward',
          tracks: [
            { id: 'self_work', emoji: '🧠', name: 'Self Work' },
            { id: 'child_connection', emoji: '👨‍👦', name: 'Child Connection' },
            { id: 'negotiation', emoji: '🤝', name: 'Negotiation' },
            { id: 'community', emoji: '🌍', name: 'Community' },
          ],
          enrolled: false,
          primary_track: null,
        },
        {
          id: 'health',
          name: expect.any(String),
          tracks: ['movement', 'nutrition', 'mindfulness', 'sleep_recovery', 'social', 'cognitive'].map((id) =>
            expect.objectContaining({ id }),
          ),
          enrolled: false,
          primary_track: null,
        },
      ]);
      const progress = await harness.call('GET', '/api/tracks/progress', ann);
      expect(progress).toMatchObject({
        status: 409,
        body: { error: 'not_enrolled', message: expect.stringContaining('POST /api/programs/recovery/enroll') },
      });
    });

    it('walks the seed scenario: enrol, set primary, check in, create a quest', async () => {
      const enrolled = await harness.call('POST', '/api/programs/recovery/enroll', ann, {});
      expect(enrolled.status).toBe(201);
      expect(enrolled.body).toMatchObject({
        program: 'recovery',
        primary_track: 'self_work',
        overall_progress: 0,
        journey_start_date: '2026-03-01',
      });
      expect(Object.keys(enrolled.body.tracks)).toEqual(['self_work', 'child_connection', 'negotiation', 'community']);
      expect(enrolled.body.tracks.self_work).toMatchObject({
        phase: 'awareness',
        completion_percentage: 0,
        milestones: [],
        total_actions: 0,
        last_activity: null,
      });
      expect(enrolled.body.tracks.self_work.next_action).toMatchObject({
        track: 'self_work',
        technique: 'emotional_checkin',
        estimated_time: '5 min',
      });

      const focused = await harness.call('POST', '/api/tracks/set-primary', ann, { track: 'child_connection' });
      expect(focused.status).toBe(200);
      expect(focused.body.primary_track).toBe('child_connection');
      expect((await harness.call('GET', '/api/programs', ann)).body.programs[0]).toMatchObject({
        enrolled: true,
        primary_track: 'child_connection',
      });

      // A check-in and a quest are recorded by doing them (their exercises), never posted as actions.
      const checkin = await harness.call('POST', '/api/exercises/emotional_checkin/entries', ann, {
        answers: CHECKIN,
      });
      expect(checkin.status).toBe(201);
      // The exercise's closing words come back in the person's language, as the chat shows them.
      expect(checkin.body.closing).toEqual(expect.any(String));
      expect(checkin.body.closing.length).toBeGreaterThan(10);
      expect(checkin.body.reflection).toBeUndefined(); // the offline coach writes no reflection
      expect(checkin.body).toMatchObject({
        program: 'recovery',
        duplicate: false,
        tracks: [{ track: 'self_work', old: 0, new: 10, delta: 10, phase: 'awareness' }],
        milestones: [
          {
            id: 'first_checkin',
            track: 'self_work',
            name: 'First check-in',
            description: expect.stringContaining('Your first milestone in Self Work'),
          },
        ],
        credit: { verdict: 'full', share: 1, capped_tracks: [] },
      });

      const quest = await harness.call('POST', '/api/exercises/quest_builder/entries', ann, {
        answers: await answersFor('quest_builder'),
        entry_id: QUEST_ENTRY,
      });
      expect(quest.body.tracks).toEqual([
        { track: 'child_connection', old: 0, new: 30, delta: 30, phase: 'expression' },
        { track: 'self_work', old: 10, new: 15, delta: 5, phase: 'awareness' },
      ]);
      expect(quest.body.milestones.map((milestone: { id: string }) => milestone.id)).toContain('first_quest');

      const progress = await harness.call('GET', '/api/tracks/progress', ann);
      expect(progress.status).toBe(200);
      expect(progress.body.tracks.self_work).toMatchObject({ completion_percentage: 15, total_actions: 2 });
      expect(progress.body.tracks.self_work.milestones).toEqual([
        expect.objectContaining({ type: 'first_checkin', name: 'First check-in' }),
      ]);
      expect(progress.body.tracks.child_connection).toMatchObject({ completion_percentage: 30, phase: 'expression' });
      expect(progress.body.overall_progress).toBeGreaterThan(0);
      expect(progress.body.days_active).toBe(1);
    });

    it('counts a repeated entry_id once, and answers it with what the first recording did', async () => {
      const again = await harness.call('POST', '/api/exercises/quest_builder/entries', ann, {
        answers: await answersFor('quest_builder'),
        entry_id: QUEST_ENTRY,
      });
      expect(again).toMatchObject({
        status: 200,
        body: {
          duplicate: true,
          tracks: [
            { track: 'child_connection', old: 0, new: 30, delta: 30, phase: 'expression' },
            { track: 'self_work', old: 10, new: 15, delta: 5, phase: 'awareness' },
          ],
        },
      });
      expect(again.body.milestones.map((milestone: { id: string }) => milestone.id)).toContain('first_quest');
      expect(again.body.milestones.map((milestone: { id: string }) => milestone.id)).not.toContain('first_checkin');
      expect(
        (await harness.call('GET', '/api/tracks/progress', ann)).body.tracks.child_connection.completion_percentage,
      ).toBe(30);
    });

    it('answers in Russian with ?lang=ru, and in the user’s own language by default', async () => {
      const ru = await harness.call('GET', '/api/tracks/progress?lang=ru', ann);
      expect(ru.body.tracks.self_work.milestones[0].name).toBe('Первая сверка с собой');
      const boris = await harness.user(1002, 'ru');
      await harness.call('POST', '/api/programs/recovery/enroll', boris, { primary_track: 'negotiation' });
      const action = await harness.call('POST', '/api/exercises/emotional_checkin/entries', boris, {
        answers: CHECKIN,
      });
      expect(action.body.milestones[0].name).toBe('Первая сверка с собой');
      expect((await harness.call('GET', '/api/programs', boris)).body.programs[0].tracks[0].name).toBe(
        'Работа над собой',
      );
      expect(
        (await harness.call('GET', '/api/tracks/suggestions?lang=en', boris)).body.suggestions[0].estimated_time,
      ).toMatch(/min$/);
    });

    it('suggests a next action for every track', async () => {
      const response = await harness.call('GET', '/api/tracks/suggestions?program=recovery', ann);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ program: 'recovery', primary_track: 'child_connection' });
      expect(response.body.suggestions.map((suggestion: { track: string }) => suggestion.track)).toEqual([
        'self_work',
        'child_connection',
        'negotiation',
        'community',
      ]);
      expect(response.body.suggestions[0]).toMatchObject({
        reason: 'rule',
        suggestion: expect.any(String),
        minutes: expect.any(Number),
      });
    });

    it('lists the program’s exercises with their prompts, in the user’s language', async () => {
      const response = await harness.call('GET', '/api/exercises', ann);
      expect(response.status).toBe(200);
      const checkin = response.body.exercises.find((exercise: { id: string }) => exercise.id === 'emotional_checkin');
      expect(checkin).toMatchObject({ track: 'self_work', title: 'Emotional check-in', minutes: 5 });
      expect(checkin.prompts[0]).toEqual({
        kind: 'scale',
        id: 'mood',
        ask: expect.stringContaining('mood'),
        optional: false,
        min: 1,
        max: 10,
      });
      expect(checkin.prompts.find((prompt: { id: string }) => prompt.id === 'three_words')).toMatchObject({
        kind: 'text',
        max_length: 200,
      });
      const ru = await harness.call('GET', '/api/exercises?lang=ru', ann);
      expect(ru.body.exercises[0].title).toBe('Эмоциональная сверка');
    });

    it('finishes an exercise once even when the submission is retried, and lists the entry', async () => {
      // The next day: a second check-in on the day of the first would count for less.
      harness.app.clock.advance(24 * 3600 * 1000);
      const entryId = '6f1c2b7e-3d4a-4e5f-8a9b-0c1d2e3f4a5b';
      const first = await harness.call('POST', '/api/exercises/emotional_checkin/entries', ann, {
        answers: CHECKIN,
        entry_id: entryId,
      });
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({
        entry_id: entryId,
        exercise: 'emotional_checkin',
        duplicate: false,
        tracks: [{ track: 'self_work', old: 15, new: 25, delta: 10, phase: 'expression' }],
      });
      const retry = await harness.call('POST', '/api/exercises/emotional_checkin/entries', ann, {
        answers: CHECKIN,
        entry_id: entryId,
      });
      // A retry counts nothing again and answers with what the first submission did.
      expect(retry).toMatchObject({
        status: 200,
        body: { entry_id: entryId, duplicate: true, tracks: first.body.tracks, milestones: first.body.milestones },
      });
      const entries = await harness.call('GET', '/api/entries', ann);
      expect(entries.body.entries[0]).toEqual({
        id: entryId,
        program: 'recovery',
        exercise: 'emotional_checkin',
        answers: CHECKIN,
        created_at: '2026-03-02T09:00:00.000Z',
      });
    });

    it('counts two concurrent submissions of one entry_id once, and refuses it for another exercise', async () => {
      const bea = await harness.user(1003);
      await harness.call('POST', '/api/programs/recovery/enroll', bea, {});
      const entryId = '0b6d7c1e-5f2a-4c3b-9d8e-7f6a5b4c3d2e';
      const both = await Promise.all(
        [0, 1].map(() =>
          harness.call('POST', '/api/exercises/emotional_checkin/entries', bea, {
            answers: CHECKIN,
            entry_id: entryId,
          }),
        ),
      );
      expect(both.map((response) => response.status)).toContain(201);
      // Both answer with the one recording: self_work 0 → 10, once.
      expect(both.map((response) => response.body.tracks)).toEqual(
        [0, 1].map(() => [{ track: 'self_work', old: 0, new: 10, delta: 10, phase: 'awareness' }]),
      );
      expect((await harness.call('GET', '/api/tracks/progress', bea)).body.tracks.self_work).toMatchObject({
        completion_percentage: 10,
        total_actions: 1,
      });
      const other = await harness.call('POST', '/api/exercises/letter_to_self/entries', bea, {
        answers: await answersFor('letter_to_self'),
        entry_id: entryId,
      });
      expect(other).toMatchObject({
        status: 400,
        body: { error: 'invalid_input', message: 'entry_id: already used for another entry' },
      });
      expect(
        (await harness.call('GET', '/api/entries', bea)).body.entries.map((entry: { id: string }) => entry.id),
      ).toEqual([entryId]);
    });

    it('deletes an entry and keeps the progress and milestones it earned', async () => {
      const made = await harness.call('POST', '/api/exercises/letter_to_self/entries', ann, {
        answers: await answersFor('letter_to_self'),
      });
      expect(made.status).toBe(201);
      const before = (await harness.call('GET', '/api/tracks/progress', ann)).body;
      expect(before.tracks.self_work.milestones.map((milestone: { type: string }) => milestone.type)).toContain(
        'first_letter_to_self',
      );

      expect((await harness.call('DELETE', `/api/entries/${made.body.entry_id}`, ann)).status).toBe(204);
      expect(
        (await harness.call('GET', '/api/entries', ann)).body.entries.map((entry: { id: string }) => entry.id),
      ).not.toContain(made.body.entry_id);
      const after = (await harness.call('GET', '/api/tracks/progress', ann)).body;
      expect(after.tracks.self_work.completion_percentage).toBe(before.tracks.self_work.completion_percentage);
      expect(after.tracks.self_work.milestones).toEqual(before.tracks.self_work.milestones);
      expect(await harness.call('DELETE', `/api/entries/${made.body.entry_id}`, ann)).toMatchObject({
        status: 404,
        body: { error: 'entry_not_found' },
      });
    });

    it('refuses invalid input with 400 saying what is wrong', async () => {
      const cases: Array<[string, string, unknown, string, string]> = [
        [
          'POST',
          '/api/tracks/set-primary',
          { track: 'sleep' },
          'unknown_track',
          'track: must be one of self_work, child_connection, negotiation, community',
        ],
        ['POST', '/api/tracks/set-primary', { track: 5 }, 'invalid_input', 'track: must be a string'],
        [
          'POST',
          '/api/tracks/set-primary',
          { track: 'self_work', extra: true },
          'invalid_input',
          'extra: is not a known field',
        ],
        ['POST', '/api/tracks/set-primary', undefined, 'invalid_input', 'body: is required'],
        [
          'POST',
          '/api/tracks/actions',
          { action_type: 'dancing' },
          'unknown_action',
          'action_type: must be one of support_group_joined, support_group_attended, experience_shared',
        ],
        ['POST', '/api/tracks/actions', {}, 'invalid_input', 'action_type: is required'],
        [
          'POST',
          '/api/tracks/actions',
          { action_type: 'quest_created', source_id: 7 },
          'invalid_input',
          'source_id: must be a string',
        ],
        ['GET', '/api/tracks/progress?lang=de', undefined, 'invalid_input', 'lang: must be one of en, ru'],
        ['GET', '/api/tracks/progress?page=2', undefined, 'invalid_input', 'page: is not a known field'],
        [
          'POST',
          '/api/exercises/emotional_checkin/entries',
          { answers: { mood: 'great' } },
          'invalid_input',
          'answers.mood: must be a whole number from 1 to 10',
        ],
        [
          'POST',
          '/api/exercises/emotional_checkin/entries',
          { answers: { ...CHECKIN, mood: 11 } },
          'invalid_input',
          'answers.mood: must be a whole number from 1 to 10',
        ],
        [
          'POST',
          '/api/exercises/emotional_checkin/entries',
          { answers: CHECKIN, entry_id: 'abc' },
          'invalid_input',
          'entry_id: must be a UUID',
        ],
        [
          'POST',
          '/api/exercises/juggling/entries',
          { answers: {} },
          'unknown_exercise',
          'exercise: must be one of emotional_checkin',
        ],
        ['GET', '/api/entries?limit=0', undefined, 'invalid_input', 'limit: must be at least 1'],
      ];
      for (const [method, url, body, error, message] of cases) {
        const response = await harness.call(method as 'GET', url, ann, body);
        expect({ url, body, status: response.status, error: response.body.error }).toEqual({
          url,
          body,
          status: 400,
          error,
        });
        expect(response.body.message).toContain(message);
      }
      const broken = await harness.http.inject({
        method: 'POST',
        url: '/api/tracks/actions',
        headers: { authorization: `Bearer ${harness.token(ann.id)}`, 'content-type': 'application/json' },
        payload: '{"action_type":',
      });
      expect([broken.statusCode, broken.json()]).toEqual([
        400,
        { error: 'invalid_input', message: "Body is not valid JSON but content-type is set to 'application/json'" },
      ]);
      const text = await harness.http.inject({
        method: 'POST',
        url: '/api/tracks/actions',
        headers: { authorization: `Bearer ${harness.token(ann.id)}`, 'content-type': 'text/plain' },
        payload: 'checkin',
      });
      expect([text.statusCode, text.json()]).toEqual([
        415,
        {
          error: 'unsupported_media_type',
          message: 'Content-Type text/plain is not accepted here: send the body as application/json',
        },
      ]);
    });

    it('answers unknown programs and routes with 404 JSON', async () => {
      expect(await harness.call('GET', '/api/tracks/progress?program=gardening', ann)).toMatchObject({
        status: 404,
        body: { error: 'unknown_program', message: 'program: must be one of recovery, health' },
      });
      expect(await harness.call('POST', '/api/programs/gardening/enroll', ann, {})).toMatchObject({
        status: 404,
        body: { error: 'unknown_program' },
      });
      expect(await harness.call('GET', '/api/nothing-here', ann)).toEqual({
        status: 404,
        body: { error: 'not_found', message: 'no such route: GET /api/nothing-here' },
        headers: expect.anything(),
      });
    });

    it('enrolling again with a primary track changes the focus and keeps progress', async () => {
      const response = await harness.call('POST', '/api/programs/recovery/enroll', ann, {
        primary_track: 'community',
      });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        primary_track: 'community',
        tracks: { child_connection: { completion_percentage: 30 } },
      });
    });

    it('never lets one user read or change another user’s data', async () => {
      const eve = await harness.user(6666);
      const annEntries = (await harness.call('GET', '/api/entries', ann)).body.entries;
      expect(annEntries.length).toBeGreaterThan(0);

      expect((await harness.call('GET', '/api/entries', eve)).body).toEqual({ entries: [], next_cursor: null });
      expect(await harness.call('DELETE', `/api/entries/${annEntries[0].id}`, eve)).toMatchObject({
        status: 404,
        body: { error: 'entry_not_found' },
      });
      expect(await harness.call('GET', '/api/tracks/progress', eve)).toMatchObject({
        status: 409,
        body: { error: 'not_enrolled' },
      });
      expect(
        await harness.call('POST', '/api/tracks/actions', eve, { action_type: 'emotional_checkin' }),
      ).toMatchObject({
        status: 409,
      });

      // Eve's own progress moves hers only; Ann's entry id is refused to her and stays Ann's.
      await harness.call('POST', '/api/programs/recovery/enroll', eve, {});
      const stolen = await harness.call('POST', `/api/exercises/${annEntries[0].exercise}/entries`, eve, {
        answers: await answersFor(annEntries[0].exercise),
        entry_id: annEntries[0].id,
      });
      expect(stolen).toMatchObject({ status: 400, body: { error: 'invalid_input' } });
      const before = (await harness.call('GET', '/api/tracks/progress', ann)).body;
      await harness.call('POST', '/api/tracks/actions', eve, { action_type: 'support_group_joined', source_id: 'g-1' });
      expect((await harness.call('GET', '/api/tracks/progress', eve)).body.tracks.community.completion_percentage).toBe(
        25,
      );
      expect((await harness.call('GET', '/api/tracks/progress', ann)).body).toEqual(before);
      expect((await harness.call('GET', '/api/entries', ann)).body.entries).toEqual(annEntries);
    });
  });
}

describe('the HTTP API with the track system switched off', () => {
  let harness: ApiHarness;
  beforeAll(async () => {
    harness = await startApi('sqlite', { MULTI_TRACK_SYSTEM_ENABLED: 'false' });
  });
  afterAll(() => harness?.dispose());

  it('answers every track endpoint with 403 feature_disabled, and still shows the user’s entries', async () => {
    const user = await harness.user(2001);
    for (const [method, url, body] of [
      ['GET', '/api/programs'],
      ['POST', '/api/programs/recovery/enroll', {}],
      ['GET', '/api/tracks/progress'],
      ['POST', '/api/tracks/set-primary', { track: 'self_work' }],
      ['GET', '/api/tracks/suggestions'],
      ['POST', '/api/tracks/actions', { action_type: 'emotional_checkin' }],
      ['GET', '/api/exercises'],
      ['POST', '/api/exercises/emotional_checkin/entries', { answers: CHECKIN }],
    ] as const) {
      expect({ url, ...(await harness.call(method, url, user, body)) }).toMatchObject({
        url,
        status: 403,
        body: { error: 'feature_disabled' },
      });
    }
    expect(await harness.call('GET', '/api/entries', user)).toMatchObject({ status: 200, body: { entries: [] } });
  });
});

/** Valid answers for any exercise of the recovery pack, from its prompt definitions via the API. */
async function answersFor(exerciseId: string): Promise<Record<string, string | number>> {
  const { loadProgramPacks } = await import('../../src/content/load-program-pack.js');
  const packs = loadProgramPacks();
  if (!packs.ok) throw new Error('content');
  const exercise = packs.programs[0]!.exercises.find((candidate) => candidate.id === exerciseId)!;
  return requiredAnswers(exercise);
}
