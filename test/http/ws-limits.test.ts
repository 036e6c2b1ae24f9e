import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { DEFAULT_SOCKET_LIMITS } from '../../src/interfaces/http/ws/ws.route.js';
import { type ApiHarness, startApi } from './api-harness.js';

/** Opens a socket; resolves with how it ended up: open, refused before the upgrade (HTTP status), or closed. */
function open(url: string): Promise<{ socket: WebSocket; status?: number }> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url);
    socket.once('open', () => resolve({ socket }));
    socket.once('unexpected-response', (_req, res) => resolve({ socket, status: res.statusCode }));
    socket.once('error', () => undefined);
  });
}
const closed = (socket: WebSocket) =>
  new Promise<{ code: number; reason: string }>((resolve) =>
    socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );

describe('live socket limits (a real port)', () => {
  let api: ApiHarness;
  let url: string;
  const sockets: WebSocket[] = [];
  beforeAll(async () => {
    api = await startApi('sqlite');
    url = `${(await api.http.listen({ host: '127.0.0.1', port: 0 })).replace('http', 'ws')}/api/ws`;
  }, 120_000);
  afterAll(async () => {
    for (const socket of sockets) socket.terminate();
    await api?.dispose();
  });

  it('caps one account’s live sockets: the next one closes with 4429', async () => {
    const ann = await api.user(9301);
    const token = api.token(ann.id);
    for (let i = 0; i < DEFAULT_SOCKET_LIMITS.perUser; i++) {
      const { socket } = await open(url);
      sockets.push(socket);
      const ready = new Promise((resolve) => socket.once('message', resolve));
      socket.send(JSON.stringify({ type: 'auth', token }));
      await ready;
    }
    const { socket } = await open(url);
    sockets.push(socket);
    const ending = closed(socket);
    socket.send(JSON.stringify({ type: 'auth', token }));
    expect(await ending).toMatchObject({ code: 4429 });
    for (const held of sockets.splice(0)) held.terminate();
  });

  it('caps idle sockets per address before the upgrade, and /healthz still answers', async () => {
    const opened = await Promise.all(Array.from({ length: DEFAULT_SOCKET_LIMITS.perAddress }, () => open(url)));
    sockets.push(...opened.map((item) => item.socket));
    expect(opened.every((item) => item.status === undefined)).toBe(true);
    const refused = await open(url);
    expect(refused.status).toBe(429);
    const started = performance.now();
    expect((await api.http.inject({ url: '/healthz' })).statusCode).toBe(200);
    expect(performance.now() - started).toBeLessThan(1000);
    for (const held of sockets.splice(0)) held.terminate();
  });

  it('counts failed sign-ins per address: after the limit, new sockets are refused for a minute', async () => {
    // The previous test's sockets are released as they close; wait until a new one is admitted.
    await expect.poll(async () => (await open(url)).status, { timeout: 5000 }).toBeUndefined();
    for (let i = 0; i < DEFAULT_SOCKET_LIMITS.failedAuthPerMinute; i++) {
      const { socket, status } = await open(url);
      expect(status).toBeUndefined();
      const ending = closed(socket);
      socket.send(JSON.stringify({ type: 'auth', token: 'not-a-token' }));
      expect((await ending).code).toBe(4401);
    }
    expect((await open(url)).status).toBe(429);
  });
});

describe('shutting down', () => {
  it('closes live sockets with 1001 (going away)', async () => {
    const api = await startApi('sqlite');
    const url = `${(await api.http.listen({ host: '127.0.0.1', port: 0 })).replace('http', 'ws')}/api/ws`;
    const user = await api.user(9302);
    const { socket } = await open(url);
    const ready = new Promise((resolve) => socket.once('message', resolve));
    socket.send(JSON.stringify({ type: 'auth', token: api.token(user.id) }));
    await ready;
    const ending = closed(socket);
    await api.dispose();
    expect(await ending).toMatchObject({ code: 1001, reason: 'server shutting down' });
  }, 120_000);
});
