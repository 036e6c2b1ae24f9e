import fastifySwagger from '@fastify/swagger';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyError,
  type FastifyReply,
  type FastifyRequest,
  type FastifyServerOptions,
  LogController,
} from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Log } from '../../core/ports.js';
import { api, type ApiDeps } from './api.js';
import { docsRoutes, openApiOptions } from './docs.js';
import { installErrorHandling, sendProblem } from './error-handler.js';
import { answerClientError, frameworkProblem, MAX_PARAM_LENGTH } from './pre-route-errors.js';
import { guardText } from './text-guard.js';
import { serveWebApp, type WebApp } from './web-app.js';
import { type OpsDeps, opsRoutes } from './routes/ops/ops.route.js';

/** What the HTTP server needs: the operations endpoints', the API's, and where errors are logged. */
export interface HttpDeps extends OpsDeps {
  api: ApiDeps;
  log: Log;
  /** Fastify's `trustProxy`: behind a reverse proxy, the client's address comes from X-Forwarded-For. */
  trustProxy?: boolean | number | string;
  /** The built web app's folder (`web/dist`); absent in tests that need only the API. */
  webRoot?: string;
}

/** The API contract's version (the OpenAPI document's `info.version`). */
const API_VERSION = '1.0.0';

/**
 * The Stepwise HTTP server: /healthz, /metrics, the API under /api (documented at /api/docs), the
 * live WebSocket at /api/ws; the Telegram webhook attaches its route here too.
 */
export function createHttpServer(deps: HttpDeps, logger: FastifyBaseLogger | false) {
  // Request lines stay out of the logs: webhook and API paths are enough to profile a user.
  // Behind a reverse proxy (TRUST_PROXY), limits count each client, not the proxy's one address.
  // Fastify accepts a hop count at run time (documented) though its type lists only boolean and strings.
  const trustProxy = (deps.trustProxy ?? false) as FastifyServerOptions['trustProxy'];
  // What Fastify and Node's parser refuse before any route runs answers in the one error shape too.
  const refusals = {
    trustProxy,
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    frameworkErrors: (error: FastifyError, _req: FastifyRequest, reply: FastifyReply) =>
      void sendProblem(reply, frameworkProblem(error)),
    clientErrorHandler: answerClientError,
  };
  const http = Fastify(
    logger
      ? { loggerInstance: logger, logController: new LogController({ disableRequestLogging: true }), ...refusals }
      : { logger: false, ...refusals },
  );
  http.setValidatorCompiler(validatorCompiler);
  http.setSerializerCompiler(serializerCompiler);
  // The web app registers its static files before the rest, and answers app routes the API does not own.
  let web: WebApp | undefined;
  installErrorHandling(http, deps.log, (req, reply) => web?.fallback(req, reply) ?? false);
  if (deps.webRoot) {
    const root = deps.webRoot;
    void http.register(async (scope) => {
      web = await serveWebApp(scope, root);
    });
  }

  guardText(http);
  // Order matters: the document must see every route added after it.
  void http.register(fastifySwagger, openApiOptions(API_VERSION));
  void http.register(docsRoutes);
  void http.register(opsRoutes, { health: deps.health, metrics: deps.metrics });
  void http.register(api, deps.api);
  return http;
}
