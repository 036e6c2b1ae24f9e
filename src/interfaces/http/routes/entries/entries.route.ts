import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { TrackServices } from '../../../../services/tracks/track-services.js';
import { caller } from '../../auth/guard.js';
import { errors, guarded } from '../common.schema.js';
import { Entries, EntriesQuery, EntryParams } from './schema.js';

/**
 * `/api/entries`: the user's finished exercises (their own words), to read and to delete. Open
 * even when the track system is off for them: a person can always see and remove what they wrote.
 */
export const entryRoutes: FastifyPluginAsyncZod<{ tracks: TrackServices }> = async (http, { tracks }) => {
  http.get(
    '/api/entries',
    {
      schema: {
        ...guarded('entries'),
        summary: 'The user’s finished exercises, newest first',
        querystring: EntriesQuery,
        response: { 200: Entries, ...errors },
      },
    },
    async (req) => {
      const entries = await tracks.entries(caller(req).id, req.query.limit);
      return {
        entries: entries.map((entry) => ({
          id: entry.id,
          program: entry.programId,
          exercise: entry.exerciseId,
          answers: entry.answers,
          created_at: entry.createdAt.toISOString(),
        })),
      };
    },
  );

  http.delete(
    '/api/entries/:id',
    {
      schema: {
        ...guarded('entries'),
        summary: 'Delete an entry; the progress and milestones it earned stay',
        params: EntryParams,
        response: { 204: z.undefined(), ...errors },
      },
    },
    async (req, reply) => {
      await tracks.deleteEntry(caller(req).id, req.params.id);
      return reply.code(204).send();
    },
  );
};
