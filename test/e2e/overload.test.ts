import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import autocannon from 'autocannon';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/env.js';
import { silentLog } from '../../src/core/ports.js';
import { createTokenIssuer } from '../../src/interfaces/http/auth/jwt.js';
import { createApp } from '../../src/main/app.js';
import { pgAdmin } from '../factories/pg-admin.js';
import { stepwiseProcess, waitFor } from './processes.js';

const SECRET = 'overload-secret-0123456789abcdef0123456789';
const base = process.env.TEST_DATABASE_URL;
/** Clients at once, far past the bounds the server is given below. */
const FLOOD_CLIENTS = 400;
/**
 * Lower than the defaults (64 in flight, 100 ms of event-loop delay), so that the flood passes them on
 * any machine: on SQLite a request's work is mostly synchronous, so how far a flood gets depends on
 * the machine's speed and what else runs on it.
 */
const BOUNDS = { HTTP_MAX_IN_FLIGHT: '16', HTTP_MAX_EVENT_LOOP_DELAY_MS: '20' };
const FLOOD_MS = 4000;
/** The probes start once the flood's connections are open (the client's own set-up is not the server's answer). */
const PROBE_AFTER_MS = 500;

interface Answer {
  status: number;
  retryAfter?: string;
  body: string;
  ms: number;
}

/** One request over a kept-alive socket of `agent`; status 0 when no answer came within 15 s. */
function send(agent: http.Agent, url: string, options: { method?: string; token?: string; body?: string } = {}) {
  return new Promise<Answer>((resolve) => {
    const started = performance.now();
    const req = http.request(
      url,
      {
        agent,
        method: options.method ?? 'GET',
        headers: {
          ...(options.token && { authorization: `Bearer ${options.token}` }),
          ...(options.body && { 'content-type': 'application/json' }),
        },
      },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body,
            ms: performance.now() - started,
            ...(res.headers['retry-after'] !== undefined && { retryAfter: String(res.headers['retry-after']) }),
          }),
        );
      },
    );
    req.setTimeout(15_000, () => req.destroy());
    req.on('error', () => resolve({ status: 0, body: '', ms: performance.now() - started }));
    req.end(options.body);
  });
}

// A real `stepwise serve`, flooded with reads and writes far past them: work
// past the bound is refused at once (503 overloaded, Retry-After) instead of queueing without bound,
// /healthz answers throughout, and once the flood is over everything is served as usual.
for (const dialect of ['sqlite', 'postgres'] as const) {
  describe.skipIf(dialect === 'postgres' && !base)(`a flood is shed, not queued (${dialect})`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'stepwise-overload-'));
    const database = `stepwise_overload_${randomBytes(4).toString('hex')}`;
    const url =
      dialect === 'sqlite'
        ? `sqlite:${join(dir, 'stepwise.db')}`
        : Object.assign(new URL(base ?? 'postgres://localhost/x'), { pathname: `/${database}` }).toString();
    const tokens: string[] = [];
    let server: ChildProcess | undefined;
    let at = '';

    beforeAll(async () => {
      if (dialect === 'postgres') await pgAdmin(`create database ${database}`, base);
      const config = loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'silent', JWT_SECRET: SECRET });
      if (!config.ok) throw new Error(config.problems.join('\n'));
      const app = await createApp(config.config, { log: silentLog });
      const issuer = await createTokenIssuer(SECRET, 60);
      for (let i = 0; i < 40; i++) {
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
        ...BOUNDS,
      };
      server = stepwiseProcess(['serve'], env, dir);
      const banner = await waitFor(server, /interfaces.*\n/, 120_000);
      at = `http://127.0.0.1:${/http:\/\/127\.0\.0\.1:(\d+)/.exec(banner)![1]}`;
    }, 180_000);

    afterAll(async () => {
      if (server?.exitCode === null) server.kill('SIGKILL');
      if (dialect === 'postgres') await pgAdmin(`drop database if exists ${database} with (force)`, base);
      rmSync(dir, { recursive: true, force: true });
    });

    const action = (agent: http.Agent, token: string) =>
      send(agent, `${at}/api/tracks/actions`, { method: 'POST', token, body: '{"action_type":"calm_moment"}' });

    it('refuses past its bound with 503 overloaded and Retry-After, answers /healthz meanwhile, then serves again', async () => {
      const refusals: Array<{ retryAfter: unknown; body: string }> = [];
      let connection = 0;
      // autocannon: a client fast enough to flood the server (a plain node:http loop is not, on SQLite).
      const flood = autocannon({
        url: at,
        connections: FLOOD_CLIENTS,
        duration: FLOOD_MS / 1000,
        timeout: 10,
        setupClient: (client) =>
          client.setHeaders({
            authorization: `Bearer ${tokens[connection++ % tokens.length]}`,
            'content-type': 'application/json',
          }),
        requests: [
          {
            method: 'POST',
            path: '/api/tracks/actions',
            body: '{"action_type":"calm_moment"}',
            onResponse: (status, body, _context, headers) => {
              if (status === 503) refusals.push({ retryAfter: headers?.['retry-after'], body });
            },
          },
          { method: 'GET', path: '/api/tracks/progress' },
        ],
      });
      const probeAgent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      const health: Answer[] = [];
      const until = performance.now() + FLOOD_MS;
      await new Promise((resolve) => setTimeout(resolve, PROBE_AFTER_MS));
      while (performance.now() < until - 200) {
        health.push(await send(probeAgent, `${at}/healthz`));
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const result = await flood;
      probeAgent.destroy();

      const codes = Object.fromEntries(
        Object.entries(result.statusCodeStats ?? {}).map(([code, stats]) => [code, Number(stats.count)]),
      );
      expect(codes['503']).toBeGreaterThan(0);
      expect(refusals.length).toBeGreaterThan(0);
      for (const refusal of refusals) {
        expect(refusal.retryAfter).toBe('1');
        expect(JSON.parse(refusal.body)).toEqual({ error: 'overloaded', message: expect.any(String) });
      }
      // Every other request was answered as usual, and none waited unbounded (a queue without a bound
      // left reads unanswered after 10 s).
      expect(Object.keys(codes).sort()).toEqual(['200', '503']);
      expect(result.timeouts).toBe(0);
      expect(result.errors).toBe(0);
      expect(result.latency.max).toBeLessThan(8000);
      // /healthz kept answering while the flood lasted (a busy shared machine slows it, never stops it).
      expect(health.length).toBeGreaterThanOrEqual(2);
      expect(health.map((answer) => answer.status)).toEqual(health.map(() => 200));
      expect(Math.max(...health.map((answer) => answer.ms))).toBeLessThan(3000);

      const agent = new http.Agent({ keepAlive: false });
      expect((await action(agent, tokens[0]!)).status).toBe(200);
      expect((await send(agent, `${at}/api/tracks/progress`, { token: tokens[0]! })).status).toBe(200);
    }, 60_000);
  });
}
