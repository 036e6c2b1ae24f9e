import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { StepwiseError } from '../../../../core/errors.js';
import type { TrackServices } from '../../../../services/tracks/track-services.js';
import { caller } from '../../auth/guard.js';
import { errors, guarded, IdParams, LangQuery, localeOf } from '../common.schema.js';
import { Progress } from '../tracks/schema.js';
import { EnrollBody, Programs } from './schema.js';

/** `/api/programs`: the programs there are, and enrolling in one. */
export const programRoutes: FastifyPluginAsyncZod<{ tracks: TrackServices }> = async (http, { tracks }) => {
  http.get(
    '/api/programs',
    {
      schema: {
        ...guarded('programs'),
        summary: 'The programs, with the user’s enrolment in each',
        querystring: LangQuery,
        response: { 200: Programs, ...errors },
      },
    },
    async (req) => {
      const me = caller(req);
      // Listing is no use while the track system is off for this user: say so, as enrolling would.
      if (!tracks.enabledFor(me.id)) throw new StepwiseError('feature_disabled', 'the track system is off');
      const locale = localeOf(req, req.query.lang);
      const programs = (await tracks.listPrograms(me.id)).map(({ program, enrolled, primaryTrack }) => ({
        id: program.id,
        name: program.name[locale],
        tracks: program.tracks.map((track) => ({ id: track.id, emoji: track.emoji, name: track.name[locale] })),
        enrolled,
        primary_track: primaryTrack,
      }));
      return { programs };
    },
  );

  http.post(
    '/api/programs/:id/enroll',
    {
      schema: {
        ...guarded('programs'),
        summary: 'Enrol (every track starts at 0 %); enrolling again with primary_track changes the focus',
        params: IdParams,
        querystring: LangQuery,
        body: EnrollBody,
        response: { 200: Progress, 201: Progress, ...errors },
      },
    },
    async (req, reply) => {
      const me = caller(req);
      const { created } = await tracks.enroll(me.id, req.params.id, req.body?.primary_track);
      const progress = await tracks.progress(me.id, {
        programId: req.params.id,
        locale: localeOf(req, req.query.lang),
      });
      return reply.code(created ? 201 : 200).send(progress);
    },
  );
};
