import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { LOCALES, type Locale } from '../../../../core/goals/model.js';
import type { Exercise } from '../../../../core/programs/program.js';
import type { TrackServices } from '../../../../services/tracks/track-services.js';
import type { SafetyTexts } from '../../../../content/load-safety-texts.js';
import type { CrisisFinding, CrisisScreen } from '../../../../core/safety.port.js';
import type { Log } from '../../../../core/ports.js';
import { sendError } from '../../error-handler.js';
import { caller } from '../../auth/guard.js';
import { errors, guarded, IdParams, localeOf, TrackQuery } from '../common.schema.js';
import { presentAction } from '../tracks/present-action.js';
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

const presentSafety = (safety: SafetyTexts, finding: CrisisFinding, locale: Locale) => ({
  level: finding.level,
  category: finding.category,
  resources: safety.resources(locale, finding.level),
  message: safety.reply(locale, finding.level),
});

/** At most this many answers, each cut to this length, are screened before validation. */
const RAW_LIMIT = { fields: 20, chars: 20_000 } as const;

/**
 * The text answers of a submission as it arrived, before any validation, so that a crisis letter
 * gets help even when the request is refused (too long, a field missing). Only the exercise's own
 * text prompts are read, by their ids; when the exercise is unknown, the first few strings are read
 * under the plain name `answers` (a key a client made up never reaches the logs).
 */
const rawAnswers = (body: unknown, textPrompts: readonly string[] | undefined): Record<string, string> => {
  const answers = (body as { answers?: unknown } | undefined)?.answers;
  if (!answers || typeof answers !== 'object') return {};
  const strings = Object.entries(answers).filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].trim() !== '',
  );
  const chosen = textPrompts ? strings.filter(([key]) => textPrompts.includes(key)) : strings;
  return Object.fromEntries(
    chosen
      .slice(0, RAW_LIMIT.fields)
      .map(([key, text], i) => [textPrompts ? `answers.${key}` : `answers#${i + 1}`, text.slice(0, RAW_LIMIT.chars)]),
  );
};

/** `/api/exercises`: the guided exercises of the user's program, and finishing one. */
export const exerciseRoutes: FastifyPluginAsyncZod<{
  tracks: TrackServices;
  safety: SafetyTexts;
  screen: CrisisScreen;
  log: Log;
}> = async (http, { tracks, safety, screen, log }) => {
  // What the screen found in each request still being handled: kept for its reply, success or refusal.
  const found = new WeakMap<object, CrisisFinding>();
  const safetyOf = (req: object, locale: Locale) => {
    const finding = found.get(req);
    return finding ? { safety: presentSafety(safety, finding, locale) } : {};
  };
  /** The language of a refusal: `?lang=` when it is valid, else the caller's, else English. Never throws. */
  const refusalLocale = (req: FastifyRequest): Locale => {
    const lang = (req.query as { lang?: unknown } | undefined)?.lang;
    return (LOCALES as readonly unknown[]).includes(lang) ? (lang as Locale) : (req.account?.locale ?? 'en');
  };
  /** The ids of the exercise's text prompts, or undefined when it cannot be found for this caller. */
  const textPromptsOf = async (req: FastifyRequest): Promise<string[] | undefined> => {
    const { id } = (req.params ?? {}) as { id?: string };
    const program = (req.query as { program?: string } | undefined)?.program;
    const list = req.account
      ? await tracks.exercises(req.account.id, typeof program === 'string' ? program : undefined).catch(() => undefined)
      : undefined;
    return list?.exercises
      .find((exercis) => exercis.id === id)
      ?.prompts.filter((prompt) => prompt.kind === 'text')
      .map((prompt) => prompt.id);
  };

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
      preValidation: async (req) => {
        const finding = await screen.screenAll(rawAnswers(req.body, await textPromptsOf(req)));
        if (finding) found.set(req, finding);
      },
      errorHandler: (fastifyError, req, reply) =>
        sendError(fastifyError, req, reply, log, found.has(req) ? safetyOf(req, refusalLocale(req)) : undefined),
    },
    async (req, reply) => {
      const { entry_id: entryId, answers } = req.body;
      const done = await tracks.finishExercise(caller(req).id, {
        exerciseId: req.params.id,
        answers,
        source: 'api',
        programId: req.query.program,
        entryId,
      });
      // 200 when this request changed nothing (a retry of a finished submission), 201 when it saved or counted.
      const status = done.duplicate && done.action.duplicate ? 200 : 201;
      const locale = localeOf(req, req.query.lang);
      return reply.code(status).send({
        ...safetyOf(req, locale),
        entry_id: done.entryId,
        exercise: done.exercise.id,
        ...presentAction(done.action, locale),
      });
    },
  );
};
