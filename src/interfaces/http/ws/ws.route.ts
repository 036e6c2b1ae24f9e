import fastifyWebsocket from '@fastify/websocket';
import type { RawData, WebSocket } from 'ws';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LOCALES } from '../../../core/goals/model.js';
import type { TokenCheck } from '../auth/check-token.js';
import type { Hub } from './hub.js';
import { HttpProblem, sendProblem } from '../error-handler.js';

const AUTH_TIMEOUT_MS = 5_000;
/** Incoming WebSocket messages are only the auth message: a few KB is plenty. */
const WS_MAX_PAYLOAD = 16 * 1024;
/** Close code for "not authenticated" (4000–4999 are the application's; 4401 mirrors HTTP 401). */
export const UNAUTHORIZED = 4401;
const MAX_TIMER_MS = 2 ** 31 - 1;

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
export const wsRoutes: FastifyPluginAsyncZod<{ hub: Hub; checkToken: (token: string) => Promise<TokenCheck> }> = async (
  http,
  { hub, checkToken },
) => {
  // Registered in this scope only: its hooks then run for the WebSocket route, not for every request.
  await http.register(fastifyWebsocket, { options: { maxPayload: WS_MAX_PAYLOAD } });
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
    wsHandler: (socket: WebSocket) => liveSocket(socket, hub, checkToken),
  });
};

/** One authenticated socket: the auth message first, then the user's events until the token expires. */
function liveSocket(socket: WebSocket, hub: Hub, checkToken: (token: string) => Promise<TokenCheck>): void {
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
    if (!auth) return refuse('the first message must be {"type":"auth","token":"<JWT>"}');
    checkToken(auth.token).then(
      (check) => {
        if (!check.ok) return refuse(check.problem.slice(0, 120));
        if (socket.readyState !== socket.OPEN) return;
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
