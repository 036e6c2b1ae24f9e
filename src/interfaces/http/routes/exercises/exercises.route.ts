import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Locale } from '../../../../core/goals/model.js';
import type { ExerciseDef } from '../../../../content/program-pack.schema.js';
import type { TrackServices } from '../../../../services/tracks/track-services.js';
import { caller } from '../../auth/guard.js';
import { errors, guarded, IdParams, localeOf, TrackQuery } from '../common.schema.js';
import { presentAction } from '../tracks/present-action.js';
import { enrolledProgram } from './enrolled-program.js';
import { EntryBody, Exercises, FinishedExercise } from './schema.js';

/** How far back a retried submission is looked for (a retry follows within seconds). */
const RETRY_WINDOW = 50;

const presentExercise = (e: ExerciseDef, locale: Locale) => ({
  id: e.id,
  track: e.track,
  title: e.title[locale],
  intro: e.intro[locale],
  minutes: e.minutes,
  prompts: e.prompts.map((p) => {
    const base = { id: p.id, ask: p.ask[locale], optional: p.optional };
    if (p.kind === 'text') return { kind: p.kind, ...base, max_length: p.maxLength };
    if (p.kind === 'scale') return { kind: p.kind, ...base, min: p.min, max: p.max };
    return { kind: p.kind, ...base, choices: p.choices.map((c) => ({ id: c.id, label: c.label[locale] })) };
  }),
});

/** `/api/exercises`: the guided exercises of the user's program, and finishing one. */
export const exerciseRoutes: FastifyPluginAsyncZod<{ tracks: TrackServices }> = async (http, { tracks }) => {
  http.get(
    '/api/exercises',
    { schema: { ...guarded('exercises'), summary: 'The exercises of the user’s program, with their prompts', querystring: TrackQuery, response: { 200: Exercises, ...errors } } },
    async (req) => {
      const program = await enrolledProgram(tracks, caller(req).id, req.query.program);
      const locale = localeOf(req, req.query.lang);
      return { program: program.id, exercises: program.exercises.map((e) => presentExercise(e, locale)) };
    },
  );

  http.post(
    '/api/exercises/:id/entries',
    {
      schema: {
        ...guarded('exercises'),
        summary: 'Finish an exercise: the answers are kept for the user and its action is recorded',
        params: IdParams,
        querystring: TrackQuery,
        body: EntryBody,
        response: { 200: FinishedExercise, 201: FinishedExercise, ...errors },
      },
    },
    async (req, reply) => {
      const me = caller(req);
      const { entry_id: entryId, answers } = req.body;
      // A retried submission (same entry_id) counts once. The service would try to insert the entry
      // again; until it treats a known id as a duplicate itself, the route answers for it.
      const earlier = entryId ? (await tracks.entries(me.id, RETRY_WINDOW)).find((e) => e.id === entryId) : undefined;
      if (earlier) {
        return reply.code(200).send({ entry_id: earlier.id, exercise: earlier.exerciseId, program: earlier.programId, duplicate: true, tracks: [], milestones: [] });
      }
      const done = await tracks.finishExercise(me.id, { exerciseId: req.params.id, answers, source: 'api', programId: req.query.program, entryId });
      return reply.code(201).send({ entry_id: done.entryId, exercise: done.exercise.id, ...presentAction(done.action, localeOf(req, req.query.lang)) });
    },
  );
};
