import { mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { httpBytes, rawRequest } from '../http/raw-http.js';
import { finished, stepwise, waitFor } from './processes.js';

/** A TCP connection to the server; `closed` resolves with what came back once it ends. */
function open(port: number, bytes?: string): Promise<{ socket: Socket; closed: Promise<string> }> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    let text = '';
    socket.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    socket.on('error', () => undefined);
    const closed = new Promise<string>((done) => socket.on('close', () => done(text)));
    socket.once('connect', () => {
      if (bytes) socket.write(bytes);
      resolve({ socket, closed });
    });
    socket.once('error', reject);
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const portOf = (banner: string) => Number(/http:\/\/127\.0\.0\.1:(\d+)/.exec(banner)![1]);

describe('stepwise serve under slow, silent and too many connections', { timeout: 120_000 }, () => {
  const dirs: string[] = [];
  const dir = () => {
    dirs.push(mkdtempSync(join(tmpdir(), 'stepwise-limits-')));
    return dirs.at(-1)!;
  };
  afterAll(() => dirs.forEach((path) => rmSync(path, { recursive: true, force: true })));

  it('stops on SIGTERM within 15 s with a dripping body, a silent connection and a WebSocket open, finishing the request in flight', async () => {
    const child = stepwise(['serve'], { PORT: '0', LOG_LEVEL: 'silent' }, dir());
    const done = finished(child);
    const port = portOf(await waitFor(child, /interfaces.*\n/));

    const body = '{"init_data":5}';
    const inFlight = await open(
      port,
      `POST /api/auth/telegram HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body.slice(0, 4)}`,
    );
    const drip = await open(
      port,
      'POST /api/goals HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{',
    );
    const dripping = setInterval(() => drip.socket.write(' '), 5_000);
    const silent = await open(port);
    const live = new WebSocket(`ws://127.0.0.1:${port}/api/ws`);
    const liveClosed = new Promise<number>((resolve) => live.on('close', (code) => resolve(code)));
    await new Promise((resolve) => live.once('open', resolve));
    await sleep(200);

    const started = Date.now();
    child.kill('SIGTERM');
    await sleep(300);
    inFlight.socket.write(body.slice(4));
    // The web app reconnects on any close but 4401: "going away" tells it the server is leaving.
    expect(await liveClosed).toBe(1001);
    const answer = await inFlight.closed;
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer).toContain('"error":"invalid_input"');
    const result = await done;
    const tookMs = Date.now() - started;
    clearInterval(dripping);
    console.log(`SIGTERM with slow connections open: exited in ${tookMs} ms`);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Stepwise stopped.');
    expect(tookMs).toBeLessThan(15_000);
    await Promise.all([drip.closed, silent.closed]);
  });

  it('answers /healthz with 1,100 idle sockets open under a 1,024 open-files limit', async () => {
    const child = stepwise(['serve'], { PORT: '0', LOG_LEVEL: 'silent', SHUTDOWN_GRACE_SECONDS: '1' }, dir(), {
      openFiles: 1024,
    });
    const done = finished(child);
    const port = portOf(await waitFor(child, /interfaces.*\n/));

    // Half bare TCP connections, half keep-alive connections parked after one request.
    const parked = await Promise.all(
      Array.from({ length: 1_100 }, (_, i) =>
        open(port, i % 2 ? 'GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n' : undefined).catch(() => undefined),
      ),
    );
    await sleep(500);
    const started = Date.now();
    const health = await rawRequest(port, httpBytes('GET', '/healthz'));
    const latencyMs = Date.now() - started;
    const stillOpen = parked.filter((held) => held && !held.socket.destroyed).length;
    console.log(`/healthz under 1,100 idle sockets (${stillOpen} still open): ${health.status} in ${latencyMs} ms`);
    expect(health.status).toBe(200);
    expect(JSON.parse(health.body)).toMatchObject({ status: 'ok' });

    child.kill('SIGTERM');
    const result = await done;
    expect(result.code).toBe(0);
    for (const held of parked) held?.socket.destroy();
  });
});
