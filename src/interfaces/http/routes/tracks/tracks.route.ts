import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ReadCache } from '../../read-cache.js';
import type { TrackServices } from '../../../../services/tracks/track-services.js';
import { caller } from '../../auth/guard.js';
import { type PreparedJson, prepareJson, sendPrepared } from '../../prepared-json.js';
import { errors, guarded, localeOf, TrackQuery } from '../common.schema.js';
import { presentAction } from './present-action.js';
import {
  ActionBody,
  ActionResult,
  OtherActions,
  Progress,
  SetPrimaryBody,
  SuggestionFeedbackBody,
  Suggestions,
} from './schema.js';

/**
 * `/api/tracks/*`: progress, the primary track, next actions, and recording what the user did.
 * The progress view is the dashboard's most frequent read: its JSON (checked against the schema
 * once, when built), ETag and gzip are kept in `views` per user, program and language until
 * anything changes.
 */
export const trackRoutes: FastifyPluginAsyncZod<{ tracks: TrackServices; views: ReadCache<PreparedJson> }> = async (
  http,
  { tracks, views },
) => {
  progressRoute(http, tracks, views);
  setPrimaryRoute(http, tracks);
  suggestionsRoute(http, tracks);
  feedbackRoute(http, tracks);
  othersRoute(http, tracks);
  actionsRoute(http, tracks);
};

type TrackHttp = Parameters<FastifyPluginAsyncZod>[0];

/** The dashboard's most frequent read, served from the cache of prepared views. */
function progressRoute(http: TrackHttp, tracks: TrackServices, views: ReadCache<PreparedJson>): void {
  http.get(
    '/api/tracks/progress',
    {
      schema: {
        ...guarded('tracks'),
        summary: 'Every track with its phase, milestones and next action',
        querystring: TrackQuery,
        response: { 200: Progress, ...errors },
      },
    },
    // Not an async handler: a view in memory is sent in the same tick, without a promise.
    (req, reply) => {
      const userId = caller(req).id;
      const options = { programId: req.query.program, locale: localeOf(req, req.query.lang) };
      const key = `${userId}\n${options.programId ?? ''}\n${options.locale}`;
      const kept = views.peek(key, req.freshStamp);
      if (kept) return sendPrepared(req, reply, kept);
      const build = async () => prepareJson(Progress.parse(await tracks.progress(userId, options)));
      return views.get(userId, key, build, { stamp: req.freshStamp }).then((view) => sendPrepared(req, reply, view));
    },
  );
}

/** Changing the focus track answers with the new progress view. */
function setPrimaryRoute(http: TrackHttp, tracks: TrackServices): void {
  http.post(
    '/api/tracks/set-primary',
    {
      schema: {
        ...guarded('tracks'),
        summary: 'Change the focus track; progress stays as it is',
        querystring: TrackQuery,
        body: SetPrimaryBody,
        response: { 200: Progress, ...errors },
      },
    },
    async (req) => {
      const { programId } = await tracks.setPrimary(caller(req).id, req.body.track, req.query.program);
      return tracks.progress(caller(req).id, { programId, locale: localeOf(req, req.query.lang) });
    },
  );
}

/** A next action per track, the model's when it may. */
function suggestionsRoute(http: TrackHttp, tracks: TrackServices): void {
  http.get(
    '/api/tracks/suggestions',
    {
      schema: {
        ...guarded('tracks'),
        summary: 'A next action per track (the LLM’s when enabled, else the rules)',
        querystring: TrackQuery,
        response: { 200: Suggestions, ...errors },
      },
    },
    async (req) =>
      tracks.suggestions(caller(req).id, { programId: req.query.program, locale: localeOf(req, req.query.lang) }),
  );
}

/** A verdict on a shown next action. */
function feedbackRoute(http: TrackHttp, tracks: TrackServices): void {
  http.post(
    '/api/tracks/suggestions/feedback',
    {
      schema: {
        ...guarded('tracks'),
        summary: 'Say whether a next action helped (one verdict per suggestion and day; a repeat replaces it)',
        querystring: TrackQuery,
        body: SuggestionFeedbackBody,
        response: { 204: z.undefined(), ...errors },
      },
    },
    async (req, reply) => {
      const { track, suggestion_id: suggestionId, reason, helpful } = req.body;
      await tracks.suggestionFeedback(caller(req).id, {
        track,
        suggestionId,
        reason,
        helpful,
        programId: req.query.program,
      });
      return reply.code(204).send();
    },
  );
}

/** After "not for me" on a track's next action: what else to offer (the bot offers the same). */
function othersRoute(http: TrackHttp, tracks: TrackServices): void {
  http.get(
    '/api/tracks/suggestions/others',
    {
      schema: {
        ...guarded('tracks'),
        summary: 'Other next actions after "not for me" on a track’s (less those declined today)',
        querystring: TrackQuery.extend({ track: z.string().min(1).max(64) }),
        response: { 200: OtherActions, ...errors },
      },
    },
    async (req) =>
      tracks.otherNextActions(caller(req).id, {
        track: req.query.track,
        programId: req.query.program,
        locale: localeOf(req, req.query.lang),
      }),
  );
}

/** Recording something the user did outside the app, on their word (the rest comes from its real source). */
function actionsRoute(http: TrackHttp, tracks: TrackServices): void {
  http.post(
    '/api/tracks/actions',
    {
      schema: {
        ...guarded('tracks'),
        summary:
          'Record something done outside the app (a meeting, a story shared); every impacted track moves, as the daily credit rules allow',
        querystring: TrackQuery,
        body: ActionBody,
        response: { 200: ActionResult, ...errors },
      },
    },
    async (req) => {
      const result = await tracks.logAction(caller(req).id, {
        actionType: req.body.action_type,
        source: 'api',
        sourceId: req.body.source_id,
        programId: req.query.program,
      });
      return presentAction(result, localeOf(req, req.query.lang));
    },
  );
}
