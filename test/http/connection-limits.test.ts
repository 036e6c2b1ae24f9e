import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { Log } from '../../src/core/ports.js';
import { closeWithin } from '../../src/interfaces/http/server.js';
import { type ApiHarness, startApi } from './api-harness.js';
import { httpBytes, rawRequest } from './raw-http.js';

/** A connection kept open by hand: what came back, and when it closed. */
interface Held {
  socket: Socket;
  /** Everything the server sent, once it closed the connection. */
  closed: Promise<{ text: string; afterMs: number }>;
}

function hold(port: number, bytes?: string): Promise<Held> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    const started = Date.now();
    let text = '';
    socket.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    socket.on('error', () => undefined);
    const closed = new Promise<{ text: string; afterMs: number }>((done) =>
      socket.on('close', () => done({ text, afterMs: Date.now() - started })),
    );
    socket.once('connect', () => {
      if (bytes) socket.write(bytes);
      resolve({ socket, closed });
    });
    socket.once('error', reject);
  });
}

const bodyOf = (text: string) => JSON.parse(text.slice(text.indexOf('\r\n\r\n') + 4)) as Record<string, unknown>;
const statusOf = (text: string) => Number(/^HTTP\/1\.1 (\d+)/.exec(text)?.[1] ?? 0);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('connection limits: slow and silent clients get 408 in the one shape, long uploads that move are kept', () => {
  let api: ApiHarness;
  let port: number;
  const errors: Array<Record<string, unknown>> = [];
  const log: Log = { info: () => undefined, warn: () => undefined, error: (fields) => void errors.push(fields) };
  beforeAll(async () => {
    api = await startApi('sqlite', {}, log, {
      connections: {
        headersTimeoutMs: 500,
        requestTimeoutMs: 1_000,
        minBodyBytesPerSecond: 1024,
        keepAliveTimeoutMs: 300,
      },
    });
    await api.http.listen({ host: '127.0.0.1', port: 0 });
    port = (api.http.server.address() as { port: number }).port;
  }, 60_000);
  afterAll(() => api?.dispose());

  it('answers a body dripped a byte at a time with 408 request_timeout, not holding the connection', async () => {
    const drip = await hold(
      port,
      'POST /api/auth/telegram HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{',
    );
    const timer = setInterval(() => drip.socket.write(' '), 200);
    const { text, afterMs } = await drip.closed;
    clearInterval(timer);
    expect(statusOf(text)).toBe(408);
    expect(bodyOf(text)).toEqual({ error: 'request_timeout', message: 'the request took too long to arrive' });
    expect(afterMs).toBeLessThan(5_000);
    expect(errors).toEqual([]);
  });

  it('closes a connection that never sends a byte after the headers timeout', async () => {
    const silent = await hold(port);
    const { afterMs } = await silent.closed;
    expect(afterMs).toBeLessThan(3_000);
  });

  it('closes a keep-alive connection left idle after its answer', async () => {
    const parked = await hold(port, 'GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n');
    const { text, afterMs } = await parked.closed;
    expect(statusOf(text)).toBe(200);
    expect(afterMs).toBeLessThan(3_000);
  });

  it('keeps a long upload whose body keeps arriving above the minimum rate past the request timeout', async () => {
    const ann = await api.user(7501);
    const chunk = 'x'.repeat(2048);
    const chunks = 12; // 2 KB every 250 ms: 3 s in all, three request timeouts, at 8 KB/s
    const upload = await hold(
      port,
      `POST /api/health/imports?filename=hrv.csv HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${api.token(ann.id)}\r\nContent-Type: application/octet-stream\r\nContent-Length: ${chunk.length * chunks}\r\nConnection: close\r\n\r\n`,
    );
    for (let sent = 0; sent < chunks; sent++) {
      await sleep(250);
      upload.socket.write(chunk);
    }
    const { text } = await upload.closed;
    // Junk for a CSV: refused by the importer (422), which means the whole file arrived and was read.
    expect(statusOf(text)).toBe(422);
  });

  it('refuses an HTTP/1.1 request without a Host header in the one error shape', async () => {
    const answer = await rawRequest(port, 'GET /healthz HTTP/1.1\r\nConnection: close\r\n\r\n');
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toEqual({
      error: 'bad_request',
      message: 'an HTTP/1.1 request must carry a Host header',
    });
  });
});

describe('connection cap: at the cap a new connection takes the place of the longest idle one', () => {
  let api: ApiHarness;
  let port: number;
  beforeAll(async () => {
    api = await startApi('sqlite', {}, undefined, { connections: { maxConnections: 20 } });
    await api.http.listen({ host: '127.0.0.1', port: 0 });
    port = (api.http.server.address() as { port: number }).port;
  }, 60_000);
  afterAll(() => api?.dispose());

  it('answers /healthz with 60 idle sockets parked against a cap of 20', async () => {
    const idle = await Promise.all(Array.from({ length: 60 }, () => hold(port)));
    const answer = await rawRequest(port, httpBytes('GET', '/healthz'));
    expect(answer.status).toBe(200);
    expect(api.http.connections.count()).toBeLessThanOrEqual(21);
    expect(api.http.connections.evicted()).toBeGreaterThanOrEqual(40);
    for (const held of idle) held.socket.destroy();
  });

  it('holds live sockets (never closed to make room) to half the cap, so they cannot fill it', async () => {
    const url = `ws://127.0.0.1:${port}/api/ws`;
    const outcomes: Array<{ socket: WebSocket; status?: number }> = [];
    for (let i = 0; i < 14; i++)
      outcomes.push(
        await new Promise((resolve) => {
          const socket = new WebSocket(url);
          socket.once('open', () => resolve({ socket }));
          socket.once('unexpected-response', (_req, res) => resolve({ socket, status: res.statusCode }));
          socket.once('error', () => undefined);
        }),
      );
    expect(outcomes.filter((outcome) => outcome.status === undefined)).toHaveLength(10);
    expect(outcomes.filter((outcome) => outcome.status === 429)).toHaveLength(4);
    expect((await rawRequest(port, httpBytes('GET', '/healthz'))).status).toBe(200);
    for (const { socket } of outcomes) socket.terminate();
  });
});

describe('bounded shutdown', () => {
  let api: ApiHarness;
  let port: number;
  beforeAll(async () => {
    api = await startApi('sqlite', {}, undefined, { connections: { headersTimeoutMs: 60_000 } });
    await api.http.listen({ host: '127.0.0.1', port: 0 });
    port = (api.http.server.address() as { port: number }).port;
  }, 60_000);
  afterAll(() => api?.dispose());

  it('finishes a request in flight, refuses a new one with 503 shutting_down and Retry-After, and cuts the rest after the grace', async () => {
    const body = '{"init_data":5}';
    const inFlight = await hold(
      port,
      `POST /api/auth/telegram HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body.slice(0, 5)}`,
    );
    const drip = await hold(port, 'POST /api/auth/telegram HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{');
    const silent = await hold(port);
    const late = await hold(port);
    await sleep(100); // the requests' headers are in
    const started = Date.now();
    const closing = closeWithin(api.http, 1_500);
    await sleep(100);
    inFlight.socket.write(body.slice(5));
    late.socket.write('GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n');

    // Its answer is the route's own (the body is refused by the schema), not the shutdown's.
    const finished = (await inFlight.closed).text;
    expect(statusOf(finished)).toBe(400);
    expect(bodyOf(finished).error).toBe('invalid_input');
    const refused = (await late.closed).text;
    expect(statusOf(refused)).toBe(503);
    expect(refused).toMatch(/\r\nretry-after: 5\r\n/i);
    expect(bodyOf(refused)).toEqual({
      error: 'shutting_down',
      message: 'the server is shutting down; try again in a few seconds',
    });
    expect(await closing).toBe('cut');
    expect(Date.now() - started).toBeLessThan(4_000);
    await Promise.all([drip.closed, silent.closed]);
  });
});
