import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { HttpProblem } from '../../error-handler.js';
import { ErrorBody } from '../common.schema.js';

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Constant-time check of `Authorization: Bearer <METRICS_TOKEN>` (digests make the lengths equal). */
const metricsAllowed = (expected: string | undefined, header: string | undefined) =>
  !expected || timingSafeEqual(digest(`Bearer ${expected}`), digest(header ?? ''));

/** What `/readyz` reports (see store/readiness.ts). */
export interface ReadinessReport {
  ready: boolean;
  database: string;
  pending: string[];
  writable: boolean;
  problems: string[];
}

const Ready = z.object({
  status: z.enum(['ready', 'not_ready']),
  database: z.string(),
  migrations_pending: z.array(z.string()),
  writable: z.boolean(),
  problems: z.array(z.string()),
});

export interface OpsDeps {
  /** Is the database reachable, which one is it, and which coach answers. */
  health: { ping(): Promise<void>; database: string; coach: string; ready(): Promise<ReadinessReport> };
  /** The Prometheus registry's text, and the token that guards it (when set). */
  metrics: { token?: string; contentType: string; render(): Promise<string> };
}

/** `/healthz` (liveness) and `/readyz` (readiness) for load balancers; `/metrics` for Prometheus, behind METRICS_TOKEN when it is set. */
export const opsRoutes: FastifyPluginAsyncZod<OpsDeps> = async (http, { health, metrics }) => {
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
        await health.ping();
        return { status: 'ok' as const, database: health.database, coach: health.coach };
      } catch {
        return reply.code(503).send({ status: 'unavailable', database: 'unreachable' });
      }
    },
  );

  http.get(
    '/readyz',
    {
      schema: {
        tags: ['operations'],
        summary:
          'Can this instance take traffic: database reachable, migrations applied, writes accepted (503 when not)',
        response: { 200: Ready, 503: Ready },
      },
    },
    async (_req, reply) => {
      const report = await health.ready();
      const body = {
        status: report.ready ? ('ready' as const) : ('not_ready' as const),
        database: report.database,
        migrations_pending: report.pending,
        writable: report.writable,
        problems: report.problems,
      };
      return reply.code(report.ready ? 200 : 503).send(body);
    },
  );

  http.get(
    '/metrics',
    {
      schema: {
        tags: ['operations'],
        summary: 'Prometheus metrics (Authorization: Bearer <METRICS_TOKEN> when that is set)',
        ...(metrics.token && { security: [{ metricsToken: [] }] }),
        response: { 200: z.string(), 401: ErrorBody },
      },
    },
    async (req, reply) => {
      if (!metricsAllowed(metrics.token, req.headers.authorization))
        throw new HttpProblem(401, 'unauthorized', 'send Authorization: Bearer <METRICS_TOKEN>', {
          'www-authenticate': 'Bearer',
        });
      reply.header('content-type', metrics.contentType);
      return metrics.render();
    },
  );
};
