import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { App } from '../../../../main/app.js';
import { HttpProblem } from '../../error-handler.js';
import { ErrorBody } from '../common.schema.js';

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Constant-time check of `Authorization: Bearer <METRICS_TOKEN>` (digests make the lengths equal). */
const metricsAllowed = (expected: string | undefined, header: string | undefined) =>
  !expected || timingSafeEqual(digest(`Bearer ${expected}`), digest(header ?? ''));

/** `/healthz` for load balancers; `/metrics` for Prometheus, behind METRICS_TOKEN when it is set. */
export const opsRoutes: FastifyPluginAsyncZod<{ app: App }> = async (http, { app }) => {
  http.get(
    '/healthz',
    {
      schema: {
        tags: ['operations'],
        summary: 'Is the server up and the database reachable?',
        response: {
          200: z.object({ status: z.literal('ok'), database: z.string(), coach: z.string() }),
          503: z.object({ status: z.literal('unavailable'), database: z.string() }),
        },
      },
    },
    async (_req, reply) => {
      try {
        await app.database.ping();
        return { status: 'ok' as const, database: app.database.dialect, coach: app.config.llm.provider };
      } catch {
        return reply.code(503).send({ status: 'unavailable', database: 'unreachable' });
      }
    },
  );

  http.get(
    '/metrics',
    {
      schema: {
        tags: ['operations'],
        summary: 'Prometheus metrics (Authorization: Bearer <METRICS_TOKEN> when that is set)',
        ...(app.config.metricsToken && { security: [{ metricsToken: [] }] }),
        response: { 200: z.string(), 401: ErrorBody },
      },
    },
    async (req, reply) => {
      if (!metricsAllowed(app.config.metricsToken, req.headers.authorization))
        throw new HttpProblem(401, 'unauthorized', 'send Authorization: Bearer <METRICS_TOKEN>', {
          'www-authenticate': 'Bearer',
        });
      reply.header('content-type', app.metrics.registry.contentType);
      return app.metrics.registry.metrics();
    },
  );
};
