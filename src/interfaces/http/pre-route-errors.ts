import { maxHeaderSize, STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError } from 'fastify';
import { type ErrorBody, HttpProblem } from './error-handler.js';

// What is refused before any route runs — by Fastify's router, Node's HTTP parser, or `ws` during a
// handshake — answered in the one error shape (error-handler.ts), never echoing the request.

/** The longest path segment a route parameter takes (Fastify's `maxParamLength`): ids are far shorter. */
export const MAX_PARAM_LENGTH = 100;

/**
 * Fastify's refusals before a route is found (its `frameworkErrors`): a broken %-escape and a path
 * segment over MAX_PARAM_LENGTH. Fastify's own bodies echo the path; these never do.
 */
export function frameworkProblem(error: FastifyError): HttpProblem {
  if (error.code === 'FST_ERR_BAD_URL')
    return new HttpProblem(
      400,
      'invalid_url',
      'the URL path has a broken %-escape: "%" must be followed by two hex digits that spell UTF-8',
    );
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH')
    return new HttpProblem(414, 'uri_too_long', `a part of the URL path is over ${MAX_PARAM_LENGTH} characters`);
  return new HttpProblem(500, 'internal_error', 'something went wrong on our side; please try again');
}

/** Node's HTTP parser refusals, in the one error shape (anything else it refuses is malformed HTTP). */
const CLIENT_ERRORS: Record<string, { status: number; body: ErrorBody }> = {
  HPE_HEADER_OVERFLOW: {
    status: 431,
    body: {
      error: 'headers_too_large',
      message: `the URL and headers together are over ${maxHeaderSize / 1024} KB; send a shorter URL or fewer headers`,
    },
  },
  ERR_HTTP_REQUEST_TIMEOUT: {
    status: 408,
    body: { error: 'request_timeout', message: 'the request took too long to arrive' },
  },
};
const MALFORMED = { status: 400, body: { error: 'bad_request', message: 'the request is not valid HTTP/1.1' } };
/** How long a refused client may stay quiet, still connected, before its socket is closed. */
const LINGER_MS = 2_000;
/** How long a refused client may go on sending what it started (the rest is read and discarded). */
const MAX_LINGER_MS = 10_000;

/**
 * Fastify's `clientErrorHandler`: Node's parser answers before Fastify sees the request (an URL or
 * headers over the limit, broken HTTP). Same shape as every other error; the request is never echoed.
 * The socket reads on (discarding) for a moment, so a client still sending its long URL reads the
 * answer instead of a connection reset.
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  // Node's parser reports its refusal again for every later chunk (a 10 MB header comes in hundreds):
  // answered once, the socket only drains until it closes; answering again would reset it.
  if (error.code === 'ECONNRESET' || socket.destroyed || answered(socket)) return;
  // The request was already being answered (a refusal sent from its headers alone, before its broken body
  // arrived): a second answer would corrupt the stream the client reads, so it is only closed (as Node does).
  if ((socket as Socket & { _httpMessage?: { headersSent: boolean } | null })._httpMessage?.headersSent)
    return closeGently(socket);
  const { status, body } = CLIENT_ERRORS[error.code ?? ''] ?? MALFORMED;
  writeProblem(socket, status, body);
}

/** A WebSocket handshake `ws` refuses (its `wsClientError`), by ws's fixed message; otherwise a broken handshake. */
const UPGRADE_REFUSALS: Record<string, { status: number; body: ErrorBody; headers?: Record<string, string> }> = {
  'Invalid HTTP method': {
    status: 405,
    body: { error: 'method_not_allowed', message: 'a WebSocket opens with GET' },
  },
  'Missing or invalid Sec-WebSocket-Version header': {
    status: 400,
    body: { error: 'bad_request', message: 'the WebSocket handshake needs Sec-WebSocket-Version: 13' },
    headers: { 'Sec-WebSocket-Version': '13, 8' },
  },
};
const BROKEN_HANDSHAKE: { status: number; body: ErrorBody; headers?: Record<string, string> } = {
  status: 400,
  body: {
    error: 'bad_request',
    message:
      'the WebSocket handshake is not valid (check its Upgrade, Sec-WebSocket-Key and Sec-WebSocket-Version headers)',
  },
};

/** `ws`'s refusal of a handshake, in the one error shape (ws would answer text/html with its own words). */
export function answerUpgradeError(error: Error, socket: Socket): void {
  if (socket.destroyed) return;
  const { status, body, headers } = UPGRADE_REFUSALS[error.message] ?? BROKEN_HANDSHAKE;
  writeProblem(socket, status, body, headers);
}

/** A request too slow to arrive (connections.ts), as Node's parser names its own headers timeout. */
export function requestTimedOut(): Error & { code: string } {
  return Object.assign(new Error('request timeout'), { code: 'ERR_HTTP_REQUEST_TIMEOUT' });
}

const ANSWERED = Symbol('answered');
const answered = (socket: Socket) => (socket as Socket & { [ANSWERED]?: true })[ANSWERED] === true;

/** Writes an answer straight to a socket no reply object owns, then closes it gently. */
function writeProblem(socket: Socket, status: number, body: ErrorBody, headers: Record<string, string> = {}): void {
  if (!socket.writable) return void socket.destroy();
  const json = JSON.stringify(body);
  const extra = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`);
  socket.write(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\n${extra.join('')}Content-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(json)}\r\n\r\n${json}`,
  );
  closeGently(socket);
}

/** Ends a socket after what was written to it, reading on (discarding) until the client has been quiet a moment. */
function closeGently(socket: Socket): void {
  (socket as Socket & { [ANSWERED]?: true })[ANSWERED] = true;
  socket.end();
  socket.resume();
  // Closed once the client has been quiet for LINGER_MS: closing on a client still sending (a 10 MB
  // header on a slow link) resets the connection, and a reset can lose the answer before it is read.
  // MAX_LINGER_MS bounds a client that never stops.
  const until = Date.now() + MAX_LINGER_MS;
  const timer = setTimeout(() => socket.destroy(), LINGER_MS).unref();
  socket.on('data', () => void (Date.now() < until && timer.refresh()));
}
