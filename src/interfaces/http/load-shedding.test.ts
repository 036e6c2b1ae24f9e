import { connect, type Socket } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { shedLoad } from './load-shedding.js';

/** Synchronous work, as a request on SQLite does it: the event loop turns only once it is done. */
const busy = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until);
};

let http: FastifyInstance;
afterEach(() => http?.close());

/** A server that refuses past 8 requests taken in one turn of the event loop that has spent `budgetMs`. */
async function server(budgetMs = 20) {
  http = Fastify({ logger: false });
  shedLoad(http, { maxInFlight: 8, maxEventLoopDelayMs: 0, turnBudgetMs: budgetMs });
  http.get('/healthz', async () => ({ status: 'ok' }));
  http.get('/work/:ms', async (req) => {
    busy(Number((req.params as { ms: string }).ms));
    return { ok: true };
  });
  await http.listen({ host: '127.0.0.1', port: 0 });
  return (http.server.address() as { port: number }).port;
}

/** `paths.length` connections opened first, then every request written at once: the server reads them in one turn. */
async function atOnce(port: number, paths: string[]) {
  const sockets = await Promise.all(
    paths.map(
      () =>
        new Promise<Socket>((resolve) => {
          const socket = connect({ host: '127.0.0.1', port }, () => resolve(socket));
        }),
    ),
  );
  // Accepted by the server before anything is written (one a turn of its event loop): then every request is read in
  // the same turn.
  while (
    (await new Promise<number>((resolve) => http.server.getConnections((_, count) => resolve(count)))) < paths.length
  )
    await new Promise((resolve) => setTimeout(resolve, 5));
  const answers = sockets.map(
    (socket) =>
      new Promise<{ status: number; retryAfter?: string }>((resolve) => {
        let raw = '';
        socket.on('data', (chunk: Buffer) => {
          raw += chunk.toString();
          if (!raw.includes('\r\n\r\n')) return;
          socket.destroy();
          resolve({
            status: Number(raw.split(' ')[1]),
            ...(/retry-after: (\S+)/i.test(raw) && { retryAfter: /retry-after: (\S+)/i.exec(raw)![1] }),
          });
        });
      }),
  );
  sockets.forEach((socket, index) =>
    socket.write(`GET ${paths[index]} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`),
  );
  return Promise.all(answers);
}

describe('requests queued in one turn of the event loop', () => {
  it('are refused with 503 and Retry-After past the bound once the turn has spent its budget; /healthz answers', async () => {
    const port = await server();
    const answers = await atOnce(port, [...Array.from({ length: 40 }, () => '/work/5'), '/healthz']);
    const work = answers.slice(0, 40);
    const served = work.filter((answer) => answer.status === 200);
    const refused = work.filter((answer) => answer.status === 503);
    expect(served.length + refused.length).toBe(40);
    expect(served.length).toBeGreaterThanOrEqual(8);
    // Every one taken costs 5 ms: without the bound the turn would last 200 ms and take all 40.
    expect(refused.length).toBeGreaterThan(10);
    expect(refused.every((answer) => answer.retryAfter === '1')).toBe(true);
    expect(answers[40]!.status).toBe(200);
  });

  it('are all served, however many, while the turn is within its budget', async () => {
    // A budget that 40 cheap requests stay within even on a loaded machine: past the bound by count alone.
    const port = await server(500);
    const answers = await atOnce(
      port,
      Array.from({ length: 40 }, () => '/work/0'),
    );
    expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 200));
  });

  it('are all served when one slow request holds the turn but few wait behind it', async () => {
    const port = await server();
    const answers = await atOnce(port, ['/work/60', '/work/0', '/work/0', '/work/0']);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200]);
  });
});
