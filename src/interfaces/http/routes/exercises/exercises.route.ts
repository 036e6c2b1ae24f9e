import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Locale } from '../../../../core/goals/model.js';
import type { Exercise } from '../../../../core/programs/program.js';
import type { TrackServices } from '../../../../services/tracks/track-services.js';
import type { SafetyTexts } from '../../../../content/load-safety-texts.js';
import type { CrisisScreen } from '../../../../core/safety.port.js';
import type { Log } from '../../../../core/ports.js';
import type { EntryServices } from '../../../../services/entries/entry-services.js';
import { caller } from '../../auth/guard.js';
import { errors, guarded, IdParams, localeOf, TrackQuery } from '../common.schema.js';
import { presentAction } from '../tracks/present-action.js';
import { screenedAnswers } from '../screened-answers.js';
import { EntryBody, Exercises, FinishedExercise } from './schema.js';

const presentExercise = (exercise: Exercise, locale: Locale) => ({
  id: exercise.id,
  track: exercise.track,
  title: exercise.title[locale],
  intro: exercise.intro[locale],
  minutes: exercise.minutes,
  prompts: exercise.prompts.map((prompt) => {
    const base = { id: prompt.id, ask: prompt.ask[locale], optional: prompt.optional };
    if (prompt.kind === 'text') return { kind: prompt.kind, ...base, max_length: prompt.maxLength };
    if (prompt.kind === 'scale') return { kind: prompt.kind, ...base, min: prompt.min, max: prompt.max };
    return {
      kind: prompt.kind,
      ...base,
      choices: prompt.choices.map((choice) => ({ id: choice.id, label: choice.label[locale] })),
    };
  }),
});

/** `/api/exercises`: the guided exercises of the user's program, and finishing one. */
export const exerciseRoutes: FastifyPluginAsyncZod<{
  tracks: TrackServices;
  entries: EntryServices;
  safety: SafetyTexts;
  screen: CrisisScreen;
  log: Log;
}> = async (http, { tracks, entries, safety, screen, log }) => {
  // The exercise a request names, looked up once per request (for the screen, then the checks).
  const looked = new WeakMap<object, Promise<Exercise | undefined>>();
  /** The exercise of the path for this caller, or undefined when it cannot be found (yet). */
  const exerciseOf = (req: FastifyRequest): Promise<Exercise | undefined> => {
    const { id } = (req.params ?? {}) as { id?: string };
    const program = (req.query as { program?: string } | undefined)?.program;
    const lookup =
      looked.get(req) ??
      (req.account
        ? tracks
            .exercises(req.account.id, typeof program === 'string' ? program : undefined)
            .then((list) => list.exercises.find((exercis) => exercis.id === id))
            .catch(() => undefined)
        : Promise.resolve(undefined));
    looked.set(req, lookup);
    return lookup;
  };
  const screened = screenedAnswers({
    screen,
    safety,
    log,
    textPrompts: async (req) =>
      (await exerciseOf(req))?.prompts.filter((prompt) => prompt.kind === 'text').map((prompt) => prompt.id),
  });

  http.get(
    '/api/exercises',
    {
      schema: {
        ...guarded('exercises'),
        summary: 'The exercises of the user’s program, with their prompts',
        querystring: TrackQuery,
        response: { 200: Exercises, ...errors },
      },
    },
    async (req) => {
      const { programId, exercises } = await tracks.exercises(caller(req).id, req.query.program);
      const locale = localeOf(req, req.query.lang);
      return { program: programId, exercises: exercises.map((exercis) => presentExercise(exercis, locale)) };
    },
  );

  http.post(
    '/api/exercises/:id/entries',
    {
      schema: {
        ...guarded('exercises'),
        summary:
          'Finish an exercise: its answers are kept and its action recorded; idempotent by entry_id (a retry answers 200, duplicate: true)',
        description:
          'With `entry_id`, a retried submission keeps the first entry and its answers and counts nothing twice: it answers 200 with `duplicate: true` and ' +
          'the changes and milestones of the first submission (201 is a submission that saved or counted something). An `entry_id` already used for another exercise is 400 `invalid_input`. ' +
          'Text answers are screened for crisis language: the entry is saved all the same, and `safety` (level, category, resources, message) tells the client to show help first.',
        params: IdParams,
        querystring: TrackQuery,
        body: EntryBody,
        response: { 200: FinishedExercise, 201: FinishedExercise, ...errors },
      },
      // Every text answer meets the crisis screen before validation, once per request.
      preValidation: screened.preValidation,
      errorHandler: screened.errorHandler,
    },
    async (req, reply) => {
      const { entry_id: entryId, answers } = req.body;
      // A client's JSON is read strictly ("4" is not a number on a scale); an exercise this caller
      // cannot use is left to finishExercise, which says why (switched off, not enrolled, unknown).
      const exercise = await exerciseOf(req);
      if (exercise) entries.checkSubmission(exercise, answers);
      const submission = { exerciseId: req.params.id, answers, source: 'api' as const, entryId };
      const done = await tracks.finishExercise(caller(req).id, { ...submission, programId: req.query.program });
      // 200 when this request changed nothing (a retry of a finished submission), 201 when it saved or counted.
      const status = done.duplicate && done.action.duplicate ? 200 : 201;
      const locale = localeOf(req, req.query.lang);
      const safety = screened.safetyOf(req, locale);
      const calm = !('safety' in safety);
      return reply.code(status).send({
        ...safety,
        entry_id: done.entryId,
        exercise: done.exercise.id,
        ...(await afterWords(tracks, { exercise: done.exercise, answers, locale }, calm, status === 201)),
        ...presentAction(done.action, locale),
      });
    },
  );
};

/**
 * The closing words and a model's reflection, as the chat gives them. After a crisis only the help
 * and "saved" (no reflection on a farewell letter); a retry asks the model nothing new.
 */
async function afterWords(
  tracks: TrackServices,
  request: Parameters<TrackServices['reflect']>[0],
  calm: boolean,
  fresh: boolean,
): Promise<{ closing?: string; reflection?: string }> {
  if (!calm) return {};
  const reflection = fresh ? await tracks.reflect(request) : undefined;
  return { closing: request.exercise.closing[request.locale], ...(reflection && { reflection }) };
}
