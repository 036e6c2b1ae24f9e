// Writes under load and overload, over a real listening server, each beside a bare Fastify route
// measured in the same run (ratios travel better than absolute numbers on a shared machine):
//  - POST /api/goals/{id}/step/done, one client: p50 and p99 (bar: p50 ≤ 3 ms);
//  - POST /api/tracks/actions, 20 clients (one person each): p99 (bar: ≤ 20 ms);
//  - a flood of reads and writes far past what the server can do: the share refused with 503, the
//    p99 of the answered ones, the slowest answer, and /healthz's latency meanwhile (on the main port, and
//    on the health listener HEALTH_PORT starts).
// SQLite and PostgreSQL (BENCH_PG_URL, TEST_DATABASE_URL or the local default, a database of its own). The server runs
// as `npm start` runs it (checkout-server.ts) in its own process on core 0, the load here on core 1. `npx tsx bench/scale.ts`, or `benchScale()` from bench/run.ts.
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Fastify from 'fastify';
import { createTokenIssuer } from '../src/interfaces/http/auth/jwt.js';
import { freePort } from '../test/e2e/processes.js';
import { appOf, freshDatabase, SECRET, startServer as startStepwise } from './checkout-server.js';
import { hasTaskset, onCoreOne, postgresOnLoadCore } from './cores.js';
import { type Answer, httpClient } from './http-client.js';
import { ms, percentile, table } from './stats.js';

const THIS_FILE = fileURLToPath(import.meta.url);
const ROOT = join(import.meta.dirname, '..');
const DONE_ROUNDS = Number(process.env.BENCH_SCALE_ROUNDS ?? 400);
const WRITERS = 20;
const ACTIONS_PER_WRITER = Number(process.env.BENCH_SCALE_ACTIONS ?? 100);
const FLOOD_CLIENTS = Number(process.env.BENCH_FLOOD_CLIENTS ?? 400);
const FLOOD_SECONDS = Number(process.env.BENCH_FLOOD_SECONDS ?? 8);

type Dialect = 'sqlite' | 'postgres';
interface Target {
  url: string;
}

/** `--serve`: the baseline, a bare Fastify POST route (and a /healthz for the flood's probe). */
async function serveHello(): Promise<void> {
  const http = Fastify();
  http.post('/echo', async () => ({ ok: true }));
  http.get('/healthz', async () => ({ status: 'ok' }));
  const address = await http.listen({ host: '127.0.0.1', port: 0 });
  process.stdout.write(`listening ${address}\n`);
  process.once('SIGTERM', () => void http.close().then(() => process.exit(0)));
}

/**
 * node with tsx's loader, for the baseline and the health probe (their few lines of code gain nothing from a build);
 * BENCH_PROFILE=<dir>: the baseline writes a CPU profile there.
 */
const runner = (profiled = true) => [
  process.execPath,
  ...(profiled && process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : []),
  '--import',
  pathToFileURL(join(import.meta.dirname, '..', 'node_modules', 'tsx', 'dist', 'esm', 'index.mjs')).href,
];

/**
 * The bare route's server on core 0; or (`target`) Stepwise as `npm start` runs it (its build, with npm start's node
 * flags; `BENCH_SERVER_NODE_ARGS` profiles it) with a health listener on `HEALTH_PORT`: the flood's probe asks both
 * ports.
 */
async function startServer(target?: Target): Promise<{ url: string; healthUrl?: string; child: ChildProcess }> {
  if (target) {
    const healthPort = await freePort();
    const server = await startStepwise(ROOT, target.url, undefined, { HEALTH_PORT: String(healthPort) });
    return { url: server.url, healthUrl: `http://127.0.0.1:${healthPort}`, child: server.child };
  }
  const args = [...runner(), THIS_FILE, '--serve'];
  const child = hasTaskset
    ? spawn('taskset', ['-c', '0', ...args], { stdio: ['ignore', 'pipe', 'inherit'] })
    : spawn(args[0]!, args.slice(1), { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (buffer: Buffer) => {
      out += buffer.toString();
      const match = /listening (\S+)\n/.exec(out);
      if (match) resolve({ url: match[1]!, child });
    });
    child.once('exit', (code) => reject(new Error(`the baseline server exited with ${code} before listening`)));
  });
}

/** People enrolled in recovery, each with a goal and its first step; bearer tokens to act as them. */
async function seed(target: Target, people: number) {
  const app = await appOf(ROOT, target.url);
  const issuer = await createTokenIssuer(SECRET, 120);
  try {
    const seeded = [];
    for (let i = 0; i < people; i++) {
      const user = await app.goals.ensureUser({ provider: 'bench', subject: `p${i}`, locale: 'en' });
      await app.tracks.enroll(user.id, 'recovery', 'self_work');
      const created = await app.goals.createGoal(user.id, { title: 'Learn Spanish' });
      if (created.kind !== 'step') throw new Error(`the goal began with ${created.kind}`);
      seeded.push({ goalId: created.goal.id, headers: { authorization: `Bearer ${issuer.sign(user.id)}` } });
    }
    return seeded;
  } finally {
    await issuer.close();
    await app.close();
  }
}

const summary = (samples: number[]) => {
  const sorted = [...samples].sort((left, right) => left - right);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted.at(-1) ?? NaN };
};

/** Each of `clients` loops `rounds` times over `request`; every latency in ms. */
async function concurrently(clients: number, rounds: number, request: (client: number) => Promise<number>) {
  const samples: number[] = [];
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let round = 0; round < rounds; round++) samples.push(await request(client));
    }),
  );
  return summary(samples);
}

async function baseline() {
  const server = await startServer();
  const client = httpClient(server.url, WRITERS);
  const echo = async () => {
    const answer = await client.send('POST', '/echo', { body: '{}' });
    if (answer.status !== 200) throw new Error(`echo answered ${answer.status}`);
    return answer.ms;
  };
  try {
    await concurrently(1, 100, echo);
    return {
      one: await concurrently(1, DONE_ROUNDS, echo),
      twenty: await concurrently(WRITERS, ACTIONS_PER_WRITER, echo),
    };
  } finally {
    client.close();
    server.child.kill('SIGTERM');
  }
}

async function writes(target: Target) {
  const people = await seed(target, WRITERS);
  const server = await startServer(target);
  const client = httpClient(server.url, WRITERS);
  const must = (status: number, what: string) => {
    if (status !== 200) throw new Error(`${what} answered ${status}`);
  };
  const doneAndNext = async (person: (typeof people)[number]) => {
    const done = await client.send('POST', `/api/goals/${person.goalId}/step/done`, { headers: person.headers });
    must(done.status, 'step/done');
    must(
      (await client.send('POST', `/api/goals/${person.goalId}/step/next`, { headers: person.headers })).status,
      'step/next',
    );
    return done.ms;
  };
  const action = async (index: number) => {
    const answer = await client.send('POST', '/api/tracks/actions', {
      headers: people[index]!.headers,
      body: JSON.stringify({ action_type: 'calm_moment' }),
    });
    must(answer.status, 'POST action');
    return answer.ms;
  };
  try {
    await concurrently(1, 50, () => doneAndNext(people[0]!));
    const done = await concurrently(1, DONE_ROUNDS, () => doneAndNext(people[0]!));
    await concurrently(WRITERS, 10, action);
    const actions = await concurrently(WRITERS, ACTIONS_PER_WRITER, action);
    return { done, actions };
  } finally {
    client.close();
    server.child.kill('SIGTERM');
  }
}

type Client = ReturnType<typeof httpClient>;

/** How long after the flood starts the probe begins: the flood's connections are open by then. */
const PROBE_AFTER_MS = 500;

/**
 * `--probe <url>`: a load balancer's health check, in a process of its own. Asked from the flooding
 * process, each probe also waited for that process's event loop, busy with 400 clients: its latency
 * was the client's as much as the server's. Prints "ready", starts on a line on stdin, asks /healthz every
 * 50 ms for `seconds`, then prints the latencies of the answers and how many failed, as JSON.
 */
async function probeHealth(url: string, seconds: number): Promise<void> {
  const probe = httpClient(url, 1);
  process.stdout.write('ready\n');
  await new Promise((resolve) => process.stdin.once('data', resolve));
  await new Promise((resolve) => setTimeout(resolve, PROBE_AFTER_MS));
  const until = performance.now() + seconds * 1000 - PROBE_AFTER_MS;
  const health: number[] = [];
  let failures = 0;
  while (performance.now() < until) {
    const answer = await probe.send('GET', '/healthz', { timeoutMs: 10_000 });
    if (answer.status === 200) health.push(answer.ms);
    else failures += 1;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  probe.close();
  process.stdout.write(`${JSON.stringify({ health, failures })}\n`);
  process.stdin.destroy();
}

/** The probe's process (on the load core, as this one), ready to start; `start()` resolves with what it measured. */
async function healthProbe(url: string) {
  const [node, ...args] = runner(false);
  const child = spawn(node!, [...args, THIS_FILE, '--probe', url, String(FLOOD_SECONDS)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const ready = () => (out.startsWith('ready\n') ? resolve() : undefined);
    child.stdout!.on('data', ready);
    child.once('exit', (code) => reject(new Error(`the health probe exited with ${code} before it was ready`)));
  });
  return {
    start: async () => {
      child.stdin!.end('go\n');
      await exited;
      return JSON.parse(out.trim().split('\n').at(-1)!) as { health: number[]; failures: number };
    },
  };
}

/**
 * Far more clients than the server can serve at once, each sending `request` in a loop (ignoring
 * Retry-After: the worst case), while /healthz is asked every 50 ms by a probe in its own process.
 */
async function flood(
  url: string,
  request: (client: Client, index: number, round: number) => Promise<Answer>,
  healthUrl?: string,
) {
  const client = httpClient(url, FLOOD_CLIENTS);
  const probe = await healthProbe(url);
  const healthPortProbe = healthUrl ? await healthProbe(healthUrl) : undefined;
  const statuses = new Map<number, number>();
  const answered: number[] = [];
  const all: number[] = [];
  let refusedWithoutRetryAfter = 0;
  const probed = probe.start();
  const probedOnHealthPort = healthPortProbe?.start();
  const until = performance.now() + FLOOD_SECONDS * 1000;
  const load = Promise.all(
    Array.from({ length: FLOOD_CLIENTS }, async (_, index) => {
      for (let round = 0; performance.now() < until; round++) {
        const answer = await request(client, index, round);
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        all.push(answer.ms);
        if (answer.status === 200) answered.push(answer.ms);
        if (answer.status === 503 && answer.retryAfter === undefined) refusedWithoutRetryAfter += 1;
      }
    }),
  );
  const [{ health, failures: healthFailures }, onHealthPort] = await Promise.all([probed, probedOnHealthPort, load]);
  client.close();
  const total = [...statuses.values()].reduce((sum, count) => sum + count, 0);
  return {
    total,
    shed: (statuses.get(503) ?? 0) / total,
    unanswered: (statuses.get(0) ?? 0) / total,
    refusedWithoutRetryAfter,
    answered: summary(answered),
    slowest: summary(all).max,
    health: summary(health),
    healthFailures,
    ...(onHealthPort && { healthPort: { ...summary(onHealthPort.health), failures: onHealthPort.failures } }),
  };
}

/** The flood on the bare Fastify route (the baseline: what the machine and the client allow). */
async function bareFlood() {
  const server = await startServer();
  try {
    return await flood(server.url, (client) => client.send('POST', '/echo', { body: '{}' }));
  } finally {
    server.child.kill('SIGTERM');
  }
}

/** The flood on the API: recorded actions and progress reads, half and half, from 50 people. */
async function overload(target: Target) {
  const people = await seed(target, 50);
  const server = await startServer(target);
  const action = (client: Client, person: (typeof people)[number]) =>
    client.send('POST', '/api/tracks/actions', { headers: person.headers, body: '{"action_type":"calm_moment"}' });
  try {
    // A server that has been running: its code loaded and compiled before the flood comes.
    const warm = httpClient(server.url, 1);
    for (const person of people.slice(0, 10)) {
      await action(warm, person);
      await warm.send('GET', '/api/tracks/progress', { headers: person.headers });
    }
    warm.close();
    return await flood(
      server.url,
      (client, index, round) => {
        const person = people[index % people.length]!;
        return round % 2 === 0
          ? action(client, person)
          : client.send('GET', '/api/tracks/progress', { headers: person.headers });
      },
      server.healthUrl,
    );
  } finally {
    server.child.kill('SIGTERM');
  }
}

type Flood = Awaited<ReturnType<typeof flood>>;

function floodRows(name: string, result: Flood): string[][] {
  return [
    [
      `${name}: flood of ${FLOOD_CLIENTS} clients, answered (${result.total} requests)`,
      ms(result.answered.p50),
      ms(result.answered.p99),
      `503: ${(result.shed * 100).toFixed(0)} %, unanswered ${(result.unanswered * 100).toFixed(0)} %, slowest ${ms(result.slowest)}` +
        (result.refusedWithoutRetryAfter ? `, ${result.refusedWithoutRetryAfter} 503 without Retry-After` : ''),
      '',
    ],
    [
      `${name}: /healthz during the flood${result.healthPort ? ' (main port)' : ''}`,
      ms(result.health.p50),
      ms(result.health.p99),
      `slowest ${ms(result.health.max)}, failed ${result.healthFailures}`,
      '',
    ],
    ...(result.healthPort
      ? [
          [
            `${name}: /healthz during the flood (HEALTH_PORT)`,
            ms(result.healthPort.p50),
            ms(result.healthPort.p99),
            `slowest ${ms(result.healthPort.max)}, failed ${result.healthPort.failures}`,
            '',
          ],
        ]
      : []),
  ];
}

async function onDialect<T>(dialect: Dialect, run: (target: Target) => Promise<T>): Promise<T> {
  const database = await freshDatabase(dialect, 'stepwise_bench_scale');
  try {
    return dialect === 'sqlite' ? await run(database) : await postgresOnLoadCore(() => run(database));
  } finally {
    await database.drop();
  }
}

/** BENCH_SCALE_ONLY=overload: the flood rows alone. */
const skipped = async () => {
  const none = { p50: NaN, p99: NaN, max: NaN };
  return { done: none, actions: none };
};

const ratio = (value: number, base: number) => `${(value / base).toFixed(1)}×`;

export async function benchScale(): Promise<string[][]> {
  return onCoreOne(async () => {
    const base = await baseline();
    const rows: string[][] = [
      ['measure', 'p50', 'p99', 'other', 'vs baseline'],
      ['bare Fastify POST, one client (baseline)', ms(base.one.p50), ms(base.one.p99), '', '1.0×'],
      ['bare Fastify POST, 20 clients (baseline)', ms(base.twenty.p50), ms(base.twenty.p99), '', '1.0×'],
      ...floodRows('bare Fastify POST (baseline)', await bareFlood()),
    ];
    for (const dialect of ['sqlite', 'postgres'] as const) {
      try {
        const { done, actions } =
          process.env.BENCH_SCALE_ONLY === 'overload' ? await skipped() : await onDialect(dialect, writes);
        rows.push([
          `${dialect}: step/done, one client`,
          ms(done.p50),
          ms(done.p99),
          '',
          `p50 ${ratio(done.p50, base.one.p50)}`,
        ]);
        rows.push([
          `${dialect}: POST action, 20 clients`,
          ms(actions.p50),
          ms(actions.p99),
          '',
          `p99 ${ratio(actions.p99, base.twenty.p99)}`,
        ]);
        rows.push(...floodRows(dialect, await onDialect(dialect, overload)));
      } catch (error) {
        rows.push([`${dialect}: writes`, 'skipped', '', (error as Error).message.split('\n')[0]!, '']);
      }
    }
    return rows;
  });
}

if (process.argv[2] === '--probe') {
  await probeHealth(process.argv[3]!, Number(process.argv[4]));
} else if (process.argv[2] === '--serve') {
  await serveHello();
} else if (process.argv[1] === THIS_FILE) {
  console.log(`Writes and overload (Node ${process.version}; server on core 0, load on core 1)\n`);
  console.log(table(await benchScale()));
  console.log('Bars: step/done p50 ≤ 3 ms; POST action p99 at 20 clients ≤ 20 ms; /healthz answers during a flood.');
}
