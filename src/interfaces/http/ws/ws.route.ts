import fastifyWebsocket from '@fastify/websocket';
import type { RawData, WebSocket } from 'ws';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LOCALES } from '../../../core/goals/model.js';
import type { TokenCheck } from '../auth/check-token.js';
import type { FastifyRequest } from 'fastify';
import type { Hub } from './hub.js';
import { HttpProblem, sendProblem } from '../error-handler.js';
import { answerUpgradeError } from '../pre-route-errors.js';

const AUTH_TIMEOUT_MS = 5_000;
/** Incoming WebSocket messages are only the auth message: a few KB is plenty. */
const WS_MAX_PAYLOAD = 16 * 1024;
/** Close code for "not authenticated" (4000–4999 are the application's; 4401 mirrors HTTP 401). */
export const UNAUTHORIZED = 4401;
const MAX_TIMER_MS = 2 ** 31 - 1;
/** Close code for "too many live connections for this person" (4429 mirrors HTTP 429). */
export const TOO_MANY = 4429;

/**
 * Socket limits: each open socket holds a file descriptor, so without them a few thousand idle
 * connections would starve HTTP (`/healthz` included). Per address counts sockets not yet
 * authenticated too, and failed auth attempts in the last minute, so tokens cannot be guessed at speed.
 */
export interface SocketLimits {
  perAddress: number;
  perUser: number;
  total: number;
  failedAuthPerMinute: number;
}
export const DEFAULT_SOCKET_LIMITS: SocketLimits = {
  perAddress: 50,
  perUser: 10,
  total: 2_000,
  failedAuthPerMinute: 30,
};

const AuthMessage = z.object({
  type: z.literal('auth'),
  token: z.string().min(1).max(4096),
  lang: z.enum(LOCALES).optional(),
});

const parse = (data: RawData) => {
  try {
    return AuthMessage.safeParse(JSON.parse(data.toString())).data;
  } catch {
    return undefined;
  }
};

/** The WebSocket route in the OpenAPI document (@fastify/websocket hides it from @fastify/swagger). */
export const wsOperation = {
  get: {
    tags: ['live'],
    summary: 'WebSocket: progress_updated and milestone_achieved events as they happen',
    description:
      'Send `{"type":"auth","token":"<JWT>","lang":"en|ru"?}` first, within 5 s (never put the token in the URL). The server answers `{"type":"ready"}` and then pushes ' +
      '`{"type":"progress_updated","program","track","old","new","delta","phase","action_type","source","at"}` and ' +
      '`{"type":"milestone_achieved","program","track","milestone","name","description","at"}` for actions from any interface. ' +
      'A bad, expired or missing token, or a first message that is not auth, closes the socket with code 4401; so does the token expiring.',
    responses: { 101: { description: 'Switching Protocols (WebSocket)' } },
  },
};

/**
 * `GET /api/ws`: live progress. Tokens never travel in URLs (they end up in proxy logs), so the
 * first message must be `{"type":"auth","token":"<JWT>"}` within 5 s; anything else closes the
 * socket with 4401. Then `{"type":"ready"}`, and the user's events until the token expires.
 */
export const wsRoutes: FastifyPluginAsyncZod<{
  hub: Hub;
  checkToken: (token: string) => TokenCheck | Promise<TokenCheck>;
  limits?: SocketLimits;
}> = async (http, { hub, checkToken, limits = DEFAULT_SOCKET_LIMITS }) => {
  // Registered in this scope only: its hooks then run for the WebSocket route, not for every request.
  await http.register(fastifyWebsocket, {
    options: { maxPayload: WS_MAX_PAYLOAD },
    // A client's bad frame (too large, a wrong opcode) is the client's problem: one debug line by name,
    // never an error with a stack anyone could flood the log with.
    errorHandler: (error, socket, request) => {
      request.log.debug(
        { event: 'ws_client_error', error: error.name, code: (error as { code?: string }).code },
        'socket error',
      );
      socket.terminate();
    },
    // Shutting down: tell every client to come back later (1001 "going away"), then close.
    preClose(done) {
      for (const client of this.websocketServer.clients) client.close(1001, 'server shutting down');
      done();
    },
  });
  // ws answers a broken handshake (no key, another version) in text/html: here, the one error shape.
  http.websocketServer.on('wsClientError', answerUpgradeError);
  const gate = socketGate(limits, () => Date.now());
  http.route({
    method: 'GET',
    url: '/api/ws',
    // Documented by hand (wsOperation): @fastify/swagger cannot describe a WebSocket.
    schema: { hide: true },
    // A plain GET (a browser tab, curl without the upgrade headers) learns what the path wants.
    handler: (_req, reply) =>
      sendProblem(
        reply,
        new HttpProblem(
          426,
          'upgrade_required',
          'this is a WebSocket endpoint: connect with a WebSocket client (Upgrade: websocket), then send {"type":"auth","token":"<JWT>"}',
          { upgrade: 'websocket', connection: 'Upgrade' },
        ),
      ),
    // Refused before the upgrade, as plain HTTP 429, so a refused client holds no socket at all.
    preValidation: async (req) => {
      const refusal = gate.admit(req.ip);
      if (refusal) throw new HttpProblem(429, 'rate_limited', refusal, { 'retry-after': '60' });
    },
    wsHandler: (socket: WebSocket, req: FastifyRequest) => {
      const release = gate.opened(req.ip);
      socket.on('close', release);
      liveSocket(socket, hub, checkToken, {
        failed: () => gate.failed(req.ip),
        full: (userId) => hub.connections(userId) >= limits.perUser,
      });
    },
  });
};

/** Counts open sockets per address and in all, and failed auth attempts per address in the last minute. */
function socketGate(limits: SocketLimits, now: () => number) {
  const open = new Map<string, number>();
  const failures = new Map<string, number[]>();
  let total = 0;
  const recentFailures = (ip: string) => {
    const recent = (failures.get(ip) ?? []).filter((at) => now() - at < 60_000);
    if (recent.length === 0) failures.delete(ip);
    else failures.set(ip, recent);
    return recent.length;
  };
  return {
    admit(ip: string): string | undefined {
      if (total >= limits.total) return 'the server has too many live connections; try again in a minute';
      if ((open.get(ip) ?? 0) >= limits.perAddress) return 'too many live connections from this address';
      if (recentFailures(ip) >= limits.failedAuthPerMinute) return 'too many failed sign-ins from this address';
      return undefined;
    },
    opened(ip: string) {
      total++;
      open.set(ip, (open.get(ip) ?? 0) + 1);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        total--;
        const left = (open.get(ip) ?? 1) - 1;
        if (left > 0) open.set(ip, left);
        else open.delete(ip);
      };
    },
    failed(ip: string) {
      failures.set(ip, [...(failures.get(ip) ?? []), now()]);
    },
  };
}

/** One authenticated socket: the auth message first, then the user's events until the token expires. */
function liveSocket(
  socket: WebSocket,
  hub: Hub,
  checkToken: (token: string) => TokenCheck | Promise<TokenCheck>,
  limits: { failed(): void; full(userId: string): boolean },
): void {
  const timers: NodeJS.Timeout[] = [];
  let stop: () => void = () => undefined;
  let state: 'waiting' | 'checking' | 'ready' = 'waiting';
  const refuse = (reason: string) => socket.close(UNAUTHORIZED, reason);
  timers.push(setTimeout(() => state !== 'ready' && refuse('authenticate within 5 seconds'), AUTH_TIMEOUT_MS));
  socket.on('close', () => {
    timers.forEach(clearTimeout);
    stop();
  });
  // The handler is attached at once: a message sent right after the upgrade is not lost.
  socket.on('message', (data) => {
    if (state !== 'waiting') return;
    state = 'checking';
    const auth = parse(data);
    if (!auth) {
      limits.failed();
      return refuse('the first message must be {"type":"auth","token":"<JWT>"}');
    }
    // Through a promise either way: the check may answer at once, throw, or wait for the database.
    Promise.resolve(auth.token)
      .then(checkToken)
      .then(
        (check) => {
          if (!check.ok) {
            limits.failed();
            return refuse(check.problem.slice(0, 120));
          }
          if (socket.readyState !== socket.OPEN) return;
          if (limits.full(check.user.id)) return socket.close(TOO_MANY, 'too many live connections for this account');
          state = 'ready';
          stop = hub.add(check.user.id, socket, auth.lang ?? check.user.locale);
          // A socket lives no longer than its token. Wall time, not the clock port: the token is checked
          // by @fastify/jwt against the real clock, so its expiry is counted the same way.
          timers.push(
            setTimeout(
              () => refuse('the token has expired'),
              Math.min(MAX_TIMER_MS, Math.max(0, check.expiresAt.getTime() - Date.now())),
            ),
          );
          socket.send(JSON.stringify({ type: 'ready' }));
        },
        () => socket.close(1011, 'server error'),
      );
  });
}
