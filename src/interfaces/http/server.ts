import Fastify, { type FastifyBaseLogger, LogController } from 'fastify';
import type { App } from '../../main/app.js';

/**
 * The Stepwise HTTP server. For now: health and metrics; the API, the web app and the Telegram
 * webhook plug in here as their issues land.
 */
export function createHttpServer(app: App, logger: FastifyBaseLogger | false) {
  // Request lines stay out of the logs: webhook and API paths are enough to profile a user.
  const http = Fastify(logger ? { loggerInstance: logger, logController: new LogController({ disableRequestLogging: true }) } : { logger: false });

  http.get('/healthz', async (_req, reply) => {
    try {
      await app.database.ping();
      return { status: 'ok', database: app.database.dialect, coach: app.config.llm.provider };
    } catch {
      return reply.code(503).send({ status: 'unavailable', database: 'unreachable' });
    }
  });

  http.get('/metrics', async (_req, reply) => {
    reply.header('content-type', app.metrics.registry.contentType);
    return app.metrics.registry.metrics();
  });

  return http;
}
