import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/env.js';
import { silentLog } from '../../src/core/ports.js';
import { createTokenIssuer } from '../../src/interfaces/http/auth/jwt.js';
import { createApp } from '../../src/main/app.js';
import { pgAdmin } from '../factories/pg-admin.js';
import { stepwise, waitFor } from './processes.js';

const SECRET = 'overload-secret-0123456789abcdef0123456789';
const base = process.env.TEST_DATABASE_URL;
/** The server's bound on requests in flight (HTTP_MAX_IN_FLIGHT), low so the test needs few sockets. */
const BOUND = 16;
/** Requests at once: the bound, and as many again past it. */
const FLOOD = 2 * BOUND;

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
  ms: number;
}

/**
 * A request over its own connection whose body is held back after `held` bytes until `finish()`: it
 * is in flight (its headers are in) for as long as the test likes, on either database.
 */
function heldRequest(port: number, head: string, body: string, held: number) {
  const socket: Socket = connect({ host: '127.0.0.1', port });
  const started = performance.now();
  let received = '';
  const answer = new Promise<Answer>((resolve) => {
    const done = () => resolve(parse(received, performance.now() - started));
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString();
      const parsed = parse(received, 0);
      if (parsed.status !== 0 && received.length >= received.indexOf('\r\n\r\n') + 4 + contentLength(received)) {
        socket.destroy();
        done();
      }
    });
    socket.on('close', done);
    socket.on('error', () => undefined);
  });
  socket.write(`${head}Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, held)}`);
  return { answer, finish: () => void (socket.destroyed || socket.write(body.slice(held))) };
}

const contentLength = (raw: string) => Number(/content-length: (\d+)/i.exec(raw)?.[1] ?? 0);

function parse(raw: string, ms: number): Answer {
  const end = raw.indexOf('\r\n\r\n');
  if (end < 0) return { status: 0, headers: {}, body: '', ms };
  const [statusLine, ...lines] = raw.slice(0, end).split('\r\n');
  const headers = Object.fromEntries(
    lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
  );
  return { status: Number(statusLine!.split(' ')[1]), headers, body: raw.slice(end + 4), ms };
}

// A real `stepwise serve` (HTTP_MAX_IN_FLIGHT=16) given twice as many requests at once as it takes: the
// ones past the bound are refused at once (503 overloaded, Retry-After) instead of waiting their turn,
// /healthz answers meanwhile (on the main port and on HEALTH_PORT), the ones taken are answered as usual, and then everything is served again.
for (const dialect of ['sqlite', 'postgres'] as const) {
  describe.skipIf(dialect === 'postgres' && !base)(`requests past the bound are shed, not queued (${dialect})`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'stepwise-overload-'));
    const database = `stepwise_overload_${randomBytes(4).toString('hex')}`;
    const url =
      dialect === 'sqlite'
        ? `sqlite:${join(dir, 'stepwise.db')}`
        : Object.assign(new URL(base ?? 'postgres://localhost/x'), { pathname: `/${database}` }).toString();
    const tokens: string[] = [];
    let server: ChildProcess | undefined;
    let port = 0;
    let healthPort = 0;

    beforeAll(async () => {
      if (dialect === 'postgres') await pgAdmin(`create database ${database}`, base);
      const config = loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'silent', JWT_SECRET: SECRET });
      if (!config.ok) throw new Error(config.problems.join('\n'));
      const app = await createApp(config.config, { log: silentLog });
      const issuer = await createTokenIssuer(SECRET, 60);
      for (let i = 0; i < 4; i++) {
        const user = await app.goals.ensureUser({ provider: 'telegram', subject: String(9100 + i), locale: 'en' });
        await app.tracks.enroll(user.id, 'recovery', 'self_work');
        tokens.push(issuer.sign(user.id));
      }
      await issuer.close();
      await app.close();
      const env = {
        DATABASE_URL: url,
        PORT: '0',
        JWT_SECRET: SECRET,
        RATE_LIMIT_PER_MINUTE: '0',
        LOG_LEVEL: 'warn',
        HTTP_MAX_IN_FLIGHT: String(BOUND),
        HEALTH_PORT: '0',
      };
      server = stepwise(['serve'], env, dir);
      const banner = await waitFor(server, /interfaces.*\n/, 120_000);
      port = Number(/listening +http:\/\/127\.0\.0\.1:(\d+)/.exec(banner)![1]);
      healthPort = Number(/health +http:\/\/127\.0\.0\.1:(\d+)/.exec(banner)![1]);
    }, 180_000);

    afterAll(async () => {
      if (server?.exitCode === null) server.kill('SIGKILL');
      if (dialect === 'postgres') await pgAdmin(`drop database if exists ${database} with (force)`, base);
      rmSync(dir, { recursive: true, force: true });
    });

    const head = (method: string, path: string, token?: string) =>
      `${method} ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n` +
      (token ? `Authorization: Bearer ${token}\r\nContent-Type: application/json\r\n` : '');
    const action = (index: number, held: number) =>
      heldRequest(
        port,
        head('POST', '/api/tracks/actions', tokens[index % tokens.length]),
        '{"action_type":"calm_moment"}',
        held,
      );
    const get = (path: string, token?: string, on = port) => heldRequest(on, head('GET', path, token), '', 0).answer;

    it('refuses past its bound with 503 overloaded and Retry-After, answers /healthz meanwhile, then serves again', async () => {
      const flood = Array.from({ length: FLOOD }, (_, index) => action(index, 5));
      // The first BOUND are in flight (their bodies held back); every one past them is answered at once.
      const settled = await Promise.race([
        Promise.all(flood.slice(BOUND).map((request) => request.answer)),
        new Promise<'waiting'>((resolve) => setTimeout(resolve, 5000, 'waiting')),
      ]);
      expect(settled).not.toBe('waiting');
      const refused = settled as Answer[];
      for (const answer of refused) {
        expect(answer.status).toBe(503);
        expect(answer.headers['retry-after']).toBe('1');
        expect(JSON.parse(answer.body)).toEqual({ error: 'overloaded', message: expect.any(String) });
      }
      // A read is refused the same way while the bound is full; the operations endpoints answer.
      expect((await get('/api/tracks/progress', tokens[0])).status).toBe(503);
      const health = await get('/healthz');
      expect(health.status).toBe(200);
      expect((await get('/readyz')).status).toBe(200);
      // So does the health listener (HEALTH_PORT), whose connections never queue behind the flood's.
      expect((await get('/healthz', undefined, healthPort)).status).toBe(200);
      expect((await get('/readyz', undefined, healthPort)).status).toBe(200);

      // The requests taken finish as usual…
      for (const request of flood.slice(0, BOUND)) request.finish();
      const taken = await Promise.all(flood.slice(0, BOUND).map((request) => request.answer));
      expect(taken.map((answer) => answer.status)).toEqual(taken.map(() => 200));
      // …and then the server takes new work again.
      const again = action(0, 100);
      expect((await again.answer).status).toBe(200);
      expect((await get('/api/tracks/progress', tokens[0])).status).toBe(200);
    }, 60_000);
  });
}
