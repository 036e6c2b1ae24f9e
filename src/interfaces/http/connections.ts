import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/**
 * How long a client may take, and how many connections the server holds. Every open socket holds a
 * file descriptor and every slow one holds a connection through a shutdown: without limits, a body
 * dripped a byte at a time or a silent TCP connection stalls SIGTERM, and a thousand idle sockets
 * starve `/healthz` of descriptors.
 */
export interface ConnectionLimits {
  /** The request line and headers must arrive within this (a silent connection is closed after it, with 408). */
  headersTimeoutMs: number;
  /**
   * A whole request (headers and body) within this, with 408 otherwise — unless its body is still
   * arriving at least at `minBodyBytesPerSecond`: an Apple Health export streams for minutes on a
   * slow uplink and must not be cut, a body dripped a byte every few seconds must be.
   */
  requestTimeoutMs: number;
  /** Past `requestTimeoutMs`, the least a body must carry, counted over each `requestTimeoutMs` window. */
  minBodyBytesPerSecond: number;
  /** A keep-alive connection with no request is closed after this. */
  keepAliveTimeoutMs: number;
  /**
   * A connection on which nothing moves either way while the server waits on the client (a client
   * that stopped reading its answer) is closed after this. A request the server is still working on
   * (a long import) is never cut by it.
   */
  idleTimeoutMs: number;
  /**
   * The most connections held (WebSockets included); undefined: no cap. At the cap, a new
   * connection takes the place of the one idle the longest (no request in flight), so a fresh
   * request (`/healthz`) gets in however many idle sockets are parked; only when every held
   * connection is busy is the new one refused.
   */
  maxConnections?: number;
}

export const DEFAULT_CONNECTION_LIMITS: ConnectionLimits = {
  // Headers are a few KB: 10 s covers a phone on a bad network; a silent socket gives up its descriptor soon.
  headersTimeoutMs: 10_000,
  // API bodies are at most API_BODY_LIMIT (64 KB by default): 30 s is ample for them on any link.
  requestTimeoutMs: 30_000,
  // 1 KB/s (30 KB per 30 s window): far under any real upload, far over a drip of a byte every few seconds.
  minBodyBytesPerSecond: 1024,
  // Node's own default: short enough that parked keep-alive sockets do not pile up, long enough to reuse
  // a connection between a page's requests. (Behind a proxy this only spaces the proxy's reconnections.)
  keepAliveTimeoutMs: 5_000,
  idleTimeoutMs: 60_000,
};

/** How often Node looks for requests over their headers timeout (its default, 30 s, would double the limit). */
export const CHECK_INTERVAL_MS = 1_000;

/** Connections Node may accept past the cap before it refuses them itself (within the descriptors kept in reserve). */
const ACCEPT_SLACK = 64;

interface Held {
  /** Requests on this connection not yet answered (pipelining may queue more than one). */
  busy: number;
  /** Upgraded to a WebSocket: long-lived by design, never taken as idle. */
  upgraded: boolean;
}

/** The server's connections as seen by the limits: `draining` and `closeAll` serve the bounded shutdown. */
export interface ConnectionGuard {
  /** Open connections right now. */
  count(): number;
  /** Connections closed to make room for new ones at the cap. */
  evicted(): number;
  /** Closes every connection still open (HTTP, mid-request, silent, WebSockets). */
  closeAll(): void;
}

/**
 * Installs the limits on Node's server: the idle and slow-body rules (Node's own `requestTimeout`
 * counts the whole request, which would cut a long upload, so it stays off and the rate rule here
 * stands in), and the connection cap. `timedOut` answers a request that was too slow (408, in the
 * one error shape) on its socket.
 */
export function guardConnections(
  server: Server,
  limits: ConnectionLimits,
  timedOut: (socket: Socket) => void,
): ConnectionGuard {
  const held = new Map<Socket, Held>();
  let evicted = 0;

  // Node's own cap as the backstop, above ours: at it Node closes a connection at accept, before any
  // 'connection' event could make room, so it only acts when closes lag behind a flood of accepts.
  if (limits.maxConnections !== undefined) server.maxConnections = limits.maxConnections + ACCEPT_SLACK;
  server.on('connection', (socket: Socket) => {
    held.set(socket, { busy: 0, upgraded: false });
    socket.once('close', () => held.delete(socket));
    if (limits.maxConnections !== undefined && held.size > limits.maxConnections) makeRoom(socket);
  });
  /** Closes the connection idle the longest (a Map keeps insertion order: oldest first); none idle: the new one. */
  const makeRoom = (fresh: Socket) => {
    for (const [socket, state] of held)
      if (socket !== fresh && state.busy === 0 && !state.upgraded) {
        evicted++;
        held.delete(socket);
        return void socket.destroy();
      }
    held.delete(fresh);
    fresh.destroy();
  };

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const state = held.get(req.socket);
    if (state) state.busy++;
    res.once('close', () => {
      if (state) state.busy = Math.max(0, state.busy - 1);
    });
    if (!req.complete && hasBody(req)) watchBody(req, res, limits, () => timedOut(req.socket));
  });
  server.on('upgrade', (req: IncomingMessage) => {
    const state = held.get(req.socket);
    if (state) state.upgraded = true;
  });

  // With a 'timeout' listener Node closes nothing itself: a socket quiet while the server works on its
  // request stays (an import may parse for minutes); one quiet while the server waits on the client goes.
  // Node arms the same timer with keepAliveTimeoutMs after each answer, so this also ends parked keep-alives.
  server.setTimeout(limits.idleTimeoutMs);
  server.on('timeout', (socket: Socket) => {
    const state = held.get(socket);
    if (state && state.busy > 0 && !answering(socket)) return;
    socket.destroy();
  });

  return {
    count: () => held.size,
    evicted: () => evicted,
    closeAll() {
      for (const socket of held.keys()) socket.destroy();
    },
  };
}

/** Is the server writing an answer on this socket (then a quiet socket is a client that stopped reading)? */
function answering(socket: Socket): boolean {
  return socket.writableLength > 0;
}

/**
 * Does the request carry a body (RFC 9112: only with Content-Length or Transfer-Encoding)? A GET has none,
 * though Node marks it complete only after 'request': watching it would arm a timer per read for nothing.
 */
function hasBody(req: IncomingMessage): boolean {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

/**
 * Past `requestTimeoutMs`, a body still arriving must have carried `minBodyBytesPerSecond` over the
 * last window, else the request is answered 408. Bytes the server has not consumed yet (a slow disk
 * under an import) are the server's delay, not the client's: the window then starts again.
 */
function watchBody(req: IncomingMessage, res: ServerResponse, limits: ConnectionLimits, timedOut: () => void) {
  const socket = req.socket;
  const windowMs = limits.requestTimeoutMs;
  const needed = (limits.minBodyBytesPerSecond * windowMs) / 1000;
  let readAtStart = socket.bytesRead;
  const check = () => {
    if (req.complete || res.writableEnded || socket.destroyed) return;
    const arrived = socket.bytesRead - readAtStart;
    // An answer already begun cannot be followed by a 408: the connection just ends.
    if (arrived < needed && req.readableLength === 0) return res.headersSent ? void socket.destroy() : timedOut();
    readAtStart = socket.bytesRead;
    timer = setTimeout(check, windowMs).unref();
  };
  let timer = setTimeout(check, windowMs).unref();
  const stop = () => clearTimeout(timer);
  req.once('end', stop);
  res.once('close', stop);
}
