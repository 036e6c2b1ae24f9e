import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Locale } from '../../../../core/goals/model.js';
import type { Program } from '../../../../core/programs/program.js';
import type { ProgressEvent } from '../../../../core/tracks/model.js';
import type { TrackServices } from '../../../../services/tracks/track-services.js';
import { caller } from '../../auth/guard.js';
import { errors, guarded, localeOf, TrackQuery } from '../common.schema.js';
import { isoTime } from '../../../../core/iso-time.js';

const HistoryQuery = TrackQuery.extend({
  limit: z.coerce.number().int().min(1).max(2000).default(500).describe('the newest ledger rows to include'),
});

const Point = z.object({
  at: z.string(),
  progress: z.number().describe('the track’s progress after this row, 0–100'),
  delta: z.number(),
  action_type: z.string(),
  action: z.string().describe('what moved it, in the request’s language'),
  source: z.string(),
});

const History = z.object({
  program: z.string(),
  tracks: z.array(z.object({ track: z.string(), name: z.string(), emoji: z.string(), points: z.array(Point) })),
});

/** Each track's line over time, oldest first: one point per ledger row, with the action behind it. */
export function historyOf(program: Program, events: readonly ProgressEvent[], locale: Locale) {
  const actionName = new Map(program.actions.map((action) => [action.id, action.name[locale]]));
  const oldestFirst = [...events].sort((left, right) => left.at.getTime() - right.at.getTime());
  return {
    program: program.id,
    tracks: program.tracks.map((track) => ({
      track: track.id,
      name: track.name[locale],
      emoji: track.emoji,
      points: oldestFirst
        .filter((event) => event.track === track.id)
        .map((event) => ({
          at: isoTime(event.at),
          progress: event.newPct,
          delta: event.delta,
          action_type: event.actionType,
          action: actionName.get(event.actionType) ?? event.actionType,
          source: event.source,
        })),
    })),
  };
}

/** `/api/tracks/history`: the dashboard's chart, from the append-only progress ledger. */
export const trackHistoryRoute: FastifyPluginAsyncZod<{ tracks: TrackServices }> = async (http, { tracks }) => {
  http.get(
    '/api/tracks/history',
    {
      schema: {
        ...guarded('tracks'),
        summary: 'Each track’s progress over time (one point per ledger row) and the action behind every change',
        querystring: HistoryQuery,
        response: { 200: History, ...errors },
      },
    },
    async (req) => {
      const userId = caller(req).id;
      const locale = localeOf(req, req.query.lang);
      // The progress view resolves the default program and refuses one the person is not in.
      const view = await tracks.progress(userId, { programId: req.query.program, locale });
      const program = tracks.program(view.program)!;
      return historyOf(program, await tracks.events(userId, program.id, req.query.limit), locale);
    },
  );
};
