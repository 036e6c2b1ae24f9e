import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { HealthServices } from '../../../../services/health/health-services.js';
import { HttpProblem } from '../../error-handler.js';
import { ErrorBody } from '../common.schema.js';
import { IcsQuery } from './schema.js';

/**
 * `GET /api/health/plan.ics?key=…`: the calendar feed, for calendar apps that cannot send a token —
 * the secret in the URL is the only key (rotated with POST /api/health/calendar/rotate). An unknown
 * key is 404, the same as a path that does not exist, so a guess learns nothing.
 */
export const calendarFeedRoute: FastifyPluginAsyncZod<{ health: Pick<HealthServices, 'icsFeed'> }> = async (
  http,
  { health },
) => {
  http.get(
    '/api/health/plan.ics',
    {
      schema: {
        tags: ['health'],
        summary: 'Your plan’s time blocks for the coming 7 days as an iCal feed (text/calendar; times in UTC)',
        description: 'No token: the secret `key` from POST /api/health/calendar/rotate is the key.',
        querystring: IcsQuery,
        response: { 200: z.string().describe('an iCalendar (RFC 5545) document'), '4xx': ErrorBody },
      },
    },
    async (req, reply) => {
      const feed = await health.icsFeed(req.query.key);
      if (feed === undefined) throw new HttpProblem(404, 'not_found', 'no calendar for this key');
      return reply
        .type('text/calendar; charset=utf-8')
        .header('cache-control', 'private, max-age=300')
        .header('content-disposition', 'inline; filename="stepwise-health.ics"')
        .send(feed);
    },
  );
};
