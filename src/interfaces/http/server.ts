import fastifySwagger from '@fastify/swagger';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type FastifyServerOptions,
  LogController,
} from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Log } from '../../core/ports.js';
import { api, type ApiDeps } from './api.js';
import { deferredChildLogger } from './deferred-child-logger.js';
import { docsRoutes, openApiOptions } from './docs.js';
import { type ErrorBody, HttpProblem, installErrorHandling, sendProblem } from './error-handler.js';
import {
  CHECK_INTERVAL_MS,
  type ConnectionGuard,
  type ConnectionLimits,
  DEFAULT_CONNECTION_LIMITS,
  guardConnections,
} from './connections.js';
import { answerClientError, frameworkProblem, MAX_PARAM_LENGTH, requestTimedOut } from './pre-route-errors.js';
import { guardText, guardUtf8Bodies } from './text-guard.js';
import { serveWebApp, type WebApp } from './web-app.js';
import { DEFAULT_LOAD_LIMITS, type LoadLimits, shedLoad } from './load-shedding.js';
import { type OpsDeps, opsRoutes } from './routes/ops/ops.route.js';

/** What the HTTP server needs: the operations endpoints', the API's, and where errors are logged. */
export interface HttpDeps extends OpsDeps {
  api: ApiDeps;
  log: Log;
  /** Fastify's `trustProxy`: behind a reverse proxy, the client's address comes from X-Forwarded-For. */
  trustProxy?: boolean | number | string;
  /** The built web app's folder (`web/dist`); absent in tests that need only the API. */
  webRoot?: string;
  /** Timeouts and the connection cap (connections.ts); each one not given takes its default. */
  connections?: Partial<ConnectionLimits>;
  /** The bounds past which new requests are refused with 503 `overloaded` (load-shedding.ts). */
  load?: Partial<LoadLimits>;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The server's connections under their limits (connections.ts): the bounded shutdown closes what is left. */
    connections: ConnectionGuard;
  }
}

/** When a client refused during a shutdown may try again (seconds): a restart takes a few. */
const SHUTDOWN_RETRY_AFTER_S = 5;

/** The API contract's version (the OpenAPI document's `info.version`). */
const API_VERSION = '1.0.0';

/**
 * The Stepwise HTTP server: /healthz, /metrics, the API under /api (documented at /api/docs), the
 * live WebSocket at /api/ws; the Telegram webhook attaches its route here too.
 */
export function createHttpServer(deps: HttpDeps, logger: FastifyBaseLogger | false) {
  const limits: ConnectionLimits = { ...DEFAULT_CONNECTION_LIMITS, ...deps.connections };
  // The web app registers its static files before the rest, and answers app routes the API does not own.
  let web: WebApp | undefined;
  const http = baseServer(deps, limits, logger, (req, reply) => web?.fallback(req, reply) ?? false);
  shedLoad(http, { ...DEFAULT_LOAD_LIMITS, ...deps.load });
  if (deps.webRoot) {
    const root = deps.webRoot;
    void http.register(async (scope) => {
      web = await serveWebApp(scope, root);
    });
  }

  guardText(http);
  guardUtf8Bodies(http);
  // Order matters: the document must see every route added after it.
  void http.register(fastifySwagger, openApiOptions(API_VERSION));
  void http.register(docsRoutes);
  void http.register(opsRoutes, { health: deps.health, metrics: deps.metrics });
  // Live sockets are never closed to make room (connections.ts): at most half the cap, so they cannot fill it.
  const liveSockets = limits.maxConnections === undefined ? undefined : Math.floor(limits.maxConnections / 2);
  void http.register(api, { ...deps.api, ...(liveSockets !== undefined && { liveSockets }) });
  return http;
}

/**
 * Connections the health listener holds: a few load balancers' probes. At the cap a new one takes an idle one's
 * place (connections.ts), so a probe still gets in, and the listener cannot spend the descriptors the main port needs.
 */
const HEALTH_CONNECTIONS = 16;

/**
 * The operations endpoints alone (/healthz, /readyz, /metrics: the same routes and answers as the main server's) on a
 * listener of their own (HEALTH_PORT). Node accepts one connection per turn of the event loop, so under a flood a
 * probe's connection to the main port waits in the kernel's queue behind the flood's (docs/benchmarks.md); on a port
 * of its own it is accepted in the next turn. Nothing here is shed; a shutdown refuses requests as the main server does.
 */
export function createHealthServer(deps: HttpDeps, logger: FastifyBaseLogger | false) {
  const limits: ConnectionLimits = {
    ...DEFAULT_CONNECTION_LIMITS,
    ...deps.connections,
    maxConnections: HEALTH_CONNECTIONS,
  };
  const http = baseServer(deps, limits, logger);
  void http.register(opsRoutes, { health: deps.health, metrics: deps.metrics });
  return http;
}

/**
 * What every listener shares: Fastify with the connection limits, the refusals before routing (a shutdown, a missing
 * Host), the zod compilers and the one error shape. `appRoute` answers a path no route owns (the web app's).
 */
function baseServer(
  deps: Pick<HttpDeps, 'log' | 'trustProxy'>,
  limits: ConnectionLimits,
  logger: FastifyBaseLogger | false,
  appRoute?: (req: FastifyRequest, reply: FastifyReply) => boolean,
) {
  // Request lines stay out of the logs: webhook and API paths are enough to profile a user.
  // Behind a reverse proxy (TRUST_PROXY), limits count each client, not the proxy's one address.
  // Fastify accepts a hop count at run time (documented) though its type lists only boolean and strings.
  const trustProxy = (deps.trustProxy ?? false) as FastifyServerOptions['trustProxy'];
  // What Fastify and Node's parser refuse before any route runs answers in the one error shape too.
  const refusals = {
    trustProxy,
    // Node's server: headers within headersTimeoutMs (checked every second, not every 30 s), and a missing
    // Host refused by the hook below in the one error shape rather than by Node with an empty 400.
    http: {
      headersTimeout: limits.headersTimeoutMs,
      connectionsCheckingInterval: CHECK_INTERVAL_MS,
      requireHostHeader: false,
    },
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    // Off: Node's requestTimeout counts the whole request and would cut a long streamed import;
    // connections.ts cuts slow bodies by their rate instead.
    requestTimeout: 0,
    // A request during the shutdown is refused by the hook below, in the one shape, not Fastify's own body.
    return503OnClosing: false,
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    frameworkErrors: (error: FastifyError, _req: FastifyRequest, reply: FastifyReply) =>
      void sendProblem(reply, frameworkProblem(error)),
    clientErrorHandler: answerClientError,
  };
  const http = Fastify(
    logger
      ? {
          loggerInstance: logger,
          logController: new LogController({ disableRequestLogging: true }),
          childLoggerFactory: deferredChildLogger,
          ...refusals,
        }
      : { logger: false, ...refusals },
  );
  http.decorate(
    'connections',
    guardConnections(http.server, limits, (socket) => answerClientError(requestTimedOut(), socket)),
  );
  refuseBeforeRouting(http);
  http.setValidatorCompiler(validatorCompiler);
  http.setSerializerCompiler(serializerCompiler);
  installErrorHandling(http, deps.log, appRoute);
  return http;
}

/**
 * What is refused before any route, in the one error shape: every request once the server is shutting
 * down (503 with Retry-After, so a client or load balancer goes elsewhere and comes back), and an
 * HTTP/1.1 request without the Host header it must carry.
 */
function refuseBeforeRouting(http: FastifyInstance): void {
  let closing = false;
  http.addHook('preClose', async () => {
    closing = true;
  });
  // A callback hook, not an async one: every request passes here, and a promise per request is CPU for nothing.
  http.addHook('onRequest', (req, reply, done) => {
    const problem = closing
      ? new HttpProblem(503, 'shutting_down', 'the server is shutting down; try again in a few seconds', {
          'retry-after': String(SHUTDOWN_RETRY_AFTER_S),
          connection: 'close',
        })
      : req.raw.httpVersion === '1.1' && req.headers.host === undefined
        ? new HttpProblem(400, 'bad_request', 'an HTTP/1.1 request must carry a Host header')
        : undefined;
    if (!problem) return done();
    // Sent as text: the route's own schema for that status (/healthz has a 503 of its own) must not reshape it.
    const body: ErrorBody = { error: problem.code, message: problem.message };
    void reply
      .code(problem.status)
      .headers(problem.headers)
      .type('application/json; charset=utf-8')
      .send(JSON.stringify(body));
  });
}

/**
 * Closes the server within `graceMs` whatever is open: no new connections, a 503 for new requests,
 * in-flight requests finish meanwhile (idle keep-alive sockets are closed as they become idle), and
 * after the grace every connection left (a dripping body, a silent socket, a WebSocket) is closed.
 */
export async function closeWithin(http: FastifyInstance, graceMs: number): Promise<'drained' | 'cut'> {
  const closed = http.close();
  const sweep = setInterval(() => http.server.closeIdleConnections(), 250);
  let timer: NodeJS.Timeout | undefined;
  const grace = new Promise<'cut'>((resolve) => (timer = setTimeout(resolve, graceMs, 'cut')));
  try {
    const outcome = await Promise.race([closed.then(() => 'drained' as const), grace]);
    if (outcome === 'cut') {
      http.connections.closeAll();
      await closed;
    }
    return outcome;
  } finally {
    clearInterval(sweep);
    clearTimeout(timer);
  }
}
