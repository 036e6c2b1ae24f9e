// Issue 15: fast reads where production runs. `GET /api/tracks/progress` for one enrolled person,
// autocannon with 50 connections, against the real `stepwise serve` as `npm start` runs it (its build; its own process, rate limit off),
// beside a Fastify hello-world measured in the same run, again just before each row (its ratio's baseline):
//  - reads alone, and reads while other people record 50 and 500 actions a second (POST
//    /api/tracks/actions by 200 people, paced by autocannon), on SQLite and on PostgreSQL;
//  - two instances on one PostgreSQL database behind a round-robin client (25 connections each),
//    writes alternating between them.
// Reported: reads/s, p50 and p99, writes/s achieved, and the servers' CPU per request (user + system
// time from /proc over the measured window, reads and writes counted) and the load's (this process,
// so a saturated client would show). Servers run on core 0 and the load on core 1 when `taskset`
// exists; a local PostgreSQL runs on the load core too, standing in for its own host
// (BENCH_PG_FLOAT=1 lets it float: its backends then take part of the server's core and preempt it).
// BENCH_BEFORE_ROOT=<a checkout of an older commit> runs the same scenarios against that code too
// (its own build, or its sources through tsx when it has none), for a before/after table in one run. BENCH_READS_SECONDS per
// load (default 10); BENCH_READS_ONLY=sqlite|postgres runs one database. Alone: `npx tsx bench/reads-at-scale.ts`; `BENCH_READS=off` skips it in
// `npm run bench`.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import {
  appOf,
  cpuSeconds,
  freshDatabase,
  type Server,
  seededIds,
  signTokens,
  startServer,
  viewCounts,
} from './checkout-server.js';
import { onCoreOne, postgresOnLoadCore } from './cores.js';

const THIS_FILE = fileURLToPath(import.meta.url);
const ROOT = resolve(import.meta.dirname, '..');
const SECONDS = Number(process.env.BENCH_READS_SECONDS ?? 10);
const CONNECTIONS = 50;
/** People writing (each writes about 500 / WRITERS times a second at the highest rate). */
const WRITERS = 200;
export const ACTIONS = ['support_group_attended', 'experience_shared', 'calm_moment', 'memory_moment', 'reached_out'];

export const READS_BARS = [
  'PostgreSQL reads ≥ 0.35× hello-world',
  'reads during 200 writes/s ≥ 0.8× the same database’s reads alone (issue 59; 50 and 500 shown beside)',
  'p99 < 20 ms at 50 connections on both databases',
];

// ---------------------------------------------------------------------------------------------
// Child modes: seeding with a given checkout's own code, and the hello-world server.

/** Creates the reader and the writers with `root`'s code; prints their ids as JSON. */
async function seed(root: string, url: string): Promise<void> {
  const app = await appOf(root, url);
  const ids: string[] = [];
  for (let i = 0; i <= WRITERS; i++) {
    const user = await app.goals.ensureUser({ provider: 'telegram', subject: String(9000 + i), locale: 'en' });
    await app.tracks.enroll(user.id, 'recovery', 'self_work');
    for (const action of ['emotional_checkin', 'quest_created', 'support_group_joined'])
      await app.tracks.recordAction(user.id, { actionType: action, source: 'api' });
    ids.push(user.id);
  }
  await app.close();
  process.stdout.write(`${JSON.stringify(ids)}\n`);
}

async function serveHello(): Promise<void> {
  const { default: Fastify } = await import('fastify');
  const http = Fastify({ logger: false });
  http.get('/', async () => ({ hello: 'world' }));
  const address = await http.listen({ host: '127.0.0.1', port: Number(process.env.PORT) });
  process.stdout.write(`listening ${address}\n`);
}

// ---------------------------------------------------------------------------------------------
// Load

/**
 * `perSecond` action writes over the writers and the servers (autocannon's own pacing, so the
 * writer costs the load core little), for `duration` seconds.
 */
async function write(urls: string[], tokens: string[], perSecond: number, duration: number) {
  if (perSecond === 0) return { perSecond: 0, failed: 0, total: 0 };
  let next = 0;
  const results = await Promise.all(
    urls.map((url) =>
      autocannon({
        url: `${url}/api/tracks/actions`,
        connections: 8,
        overallRate: perSecond / urls.length,
        duration,
        requests: [
          {
            method: 'POST',
            setupRequest: (request) => {
              const index = next++;
              return {
                ...request,
                headers: {
                  authorization: `Bearer ${tokens[index % tokens.length]}`,
                  'content-type': 'application/json',
                },
                body: JSON.stringify({ action_type: ACTIONS[index % ACTIONS.length] }),
              };
            },
          },
        ],
      }),
    ),
  );
  const total = results.reduce((sum, result) => sum + result.requests.total, 0);
  const failed = results.reduce((sum, result) => sum + result.non2xx + result.errors, 0);
  return { perSecond: total / duration, failed, total };
}

interface Measured {
  reads: number;
  p50: number;
  p99: number;
  writesPerSecond: number;
  writeErrors: number;
  cpuMicrosPerRequest: number;
  /** The load process's CPU over the window, in cores (near 1: the client, not the server, was the limit). */
  loadCores: number;
  /** Share of progress reads the view cache answered in the window (the caches surviving writes). */
  viewHitRatio?: number;
}

/** Reads on every url at once (connections split), writes beside them; CPU over the window. */
async function measureReads(
  servers: Server[],
  path: string,
  headers: Record<string, string>,
  writes: { tokens: string[]; perSecond: number },
  seconds = SECONDS,
): Promise<Measured> {
  const each = Math.floor(CONNECTIONS / servers.length);
  const shoot = (duration: number) =>
    Promise.all(
      servers.map((server) => autocannon({ url: `${server.url}${path}`, headers, connections: each, duration })),
    );
  await shoot(2); // warm-up: JIT, caches, pools
  const viewsBefore = await Promise.all(servers.map(viewCounts));
  const cpuBefore = servers.map((server) => cpuSeconds(server.child.pid!));
  const loadBefore = process.cpuUsage();
  const [results, written] = await Promise.all([
    shoot(seconds),
    write(
      servers.map((server) => server.url),
      writes.tokens,
      writes.perSecond,
      seconds,
    ),
  ]);
  const cpu = servers.reduce((sum, server, i) => sum + cpuSeconds(server.child.pid!) - cpuBefore[i]!, 0);
  const load = process.cpuUsage(loadBefore);
  const viewsAfter = await Promise.all(servers.map(viewCounts));
  const delta = (which: 'hits' | 'misses') =>
    viewsAfter.reduce((sum, after, i) => sum + (after?.[which] ?? NaN) - (viewsBefore[i]?.[which] ?? NaN), 0);
  const viewHitRatio = delta('hits') / (delta('hits') + delta('misses'));
  for (const result of results)
    if (result.non2xx || result.errors)
      throw new Error(
        `${result.non2xx} non-2xx reads (${JSON.stringify(result.statusCodeStats)}), ${result.errors} errors`,
      );
  const reads = results.reduce((sum, result) => sum + result.requests.average, 0);
  const total = results.reduce((sum, result) => sum + result.requests.total, 0) + written.total;
  return {
    reads,
    // Several instances: the worse of their percentiles (a client sees both).
    p50: Math.max(...results.map((result) => result.latency.p50)),
    p99: Math.max(...results.map((result) => result.latency.p99)),
    writesPerSecond: written.perSecond,
    writeErrors: written.failed,
    cpuMicrosPerRequest: (cpu / total) * 1e6,
    loadCores: (load.user + load.system) / 1e6 / seconds,
    ...(Number.isFinite(viewHitRatio) && { viewHitRatio }),
  };
}

// ---------------------------------------------------------------------------------------------
// Scenarios

interface Row {
  code: string;
  scenario: string;
  result: Measured;
  /** The hello-world measured just before this row: what its ratio is taken against. */
  hello: Measured;
}

/** Measures the running hello-world again (see `startHello`). */
type Hello = () => Promise<Measured>;

async function codeScenarios(code: string, root: string, kind: 'sqlite' | 'postgres', hello: Hello): Promise<Row[]> {
  const database = await freshDatabase(kind, `stepwise_bench_reads_${code}`);
  try {
    const tokens = await signTokens(await seededIds(root, [THIS_FILE, '--seed', root, database.url]));
    const [reader, ...writers] = tokens;
    const headers = { authorization: `Bearer ${reader}` };
    const rows: Row[] = [];
    const single = await startServer(root, database.url);
    try {
      for (const perSecond of [0, 50, 200, 500]) {
        const baseline = await hello();
        const result = await onCoreOne(() =>
          measureReads([single], '/api/tracks/progress', headers, { tokens: writers, perSecond }),
        );
        const scenario = `${kind}, ${perSecond ? `${perSecond} writes/s` : 'reads alone'}`;
        rows.push({ code, scenario, result, hello: baseline });
      }
    } finally {
      await single.stop();
    }
    if (kind === 'postgres') {
      const pair = [await startServer(root, database.url), await startServer(root, database.url)];
      try {
        const baseline = await hello();
        const result = await onCoreOne(() =>
          measureReads(pair, '/api/tracks/progress', headers, { tokens: writers, perSecond: 50 }),
        );
        rows.push({ code, scenario: 'postgres, two instances, 50 writes/s', result, hello: baseline });
      } finally {
        await Promise.all(pair.map((server) => server.stop()));
      }
    }
    return rows;
  } finally {
    await database.drop();
  }
}

/**
 * The hello-world, kept running beside the scenarios (idle while they load the server) and measured again right
 * before each row, for half a load: a shared machine's speed moved 2× within minutes, and a ratio against one
 * baseline taken at the start then said more about the minute than about the code.
 */
async function startHello(): Promise<{ measure: Hello; stop(): Promise<void> }> {
  const server = await startServer(ROOT, undefined, THIS_FILE);
  const seconds = Math.max(2, SECONDS / 2);
  return {
    measure: () => onCoreOne(() => measureReads([server], '/', {}, { tokens: [], perSecond: 0 }, seconds)),
    stop: () => server.stop(),
  };
}

const fmt = (value: number) => Math.round(value).toLocaleString('en-US');

/** The table: one row per scenario and code, with its ratio to hello-world and to reads alone. */
export async function benchReadsAtScale(): Promise<string[][]> {
  const codes: Array<[string, string]> = [['now', ROOT]];
  if (process.env.BENCH_BEFORE_ROOT) codes.unshift(['before', resolve(process.env.BENCH_BEFORE_ROOT)]);
  const hello = await startHello();
  const rows: Row[] = [];
  let baseline: Measured;
  try {
    baseline = await hello.measure();
    const only = process.env.BENCH_READS_ONLY;
    const kinds = (['sqlite', 'postgres'] as const).filter((kind) => only === undefined || only === kind);
    for (const kind of kinds)
      for (const [code, root] of codes)
        rows.push(
          ...(await (kind === 'postgres'
            ? postgresOnLoadCore(() => codeScenarios(code, root, kind, hello.measure))
            : codeScenarios(code, root, kind, hello.measure))),
        );
  } finally {
    await hello.stop();
  }
  const alone = (row: Row) =>
    rows.find((other) => other.code === row.code && other.scenario === `${row.scenario.split(',')[0]}, reads alone`)!;
  return [
    [
      'code',
      'scenario',
      'reads/s',
      'p50',
      'p99',
      'writes/s',
      'CPU/request',
      'load core',
      'view hits',
      'vs hello (just before)',
      'vs reads alone',
    ],
    [
      '',
      'Fastify hello-world (baseline)',
      fmt(baseline.reads),
      `${baseline.p50} ms`,
      `${baseline.p99} ms`,
      '',
      `${baseline.cpuMicrosPerRequest.toFixed(0)} µs`,
      baseline.loadCores.toFixed(2),
      '',
      '1.00×',
      '',
    ],
    ...rows.map((row) => [
      row.code,
      row.scenario,
      fmt(row.result.reads),
      `${row.result.p50} ms`,
      `${row.result.p99} ms`,
      row.result.writesPerSecond
        ? `${fmt(row.result.writesPerSecond)}${row.result.writeErrors ? ` (${row.result.writeErrors} failed)` : ''}`
        : '',
      `${row.result.cpuMicrosPerRequest.toFixed(0)} µs`,
      row.result.loadCores.toFixed(2),
      row.result.viewHitRatio === undefined ? '' : `${(100 * row.result.viewHitRatio).toFixed(1)} %`,
      `${(row.result.reads / row.hello.reads).toFixed(2)}× (${fmt(row.hello.reads)}/s)`,
      `${(row.result.reads / alone(row).result.reads).toFixed(2)}×`,
    ]),
  ];
}

if (process.argv[1] === THIS_FILE) {
  const mode = process.argv[2];
  if (mode === '--seed') await seed(process.argv[3]!, process.argv[4]!);
  else if (mode === '--hello') await serveHello();
  else {
    const { table } = await import('./stats.js');
    console.log(`Reads at scale (Node ${process.version}; ${SECONDS} s per load, 50 connections)\n`);
    console.log(table(await benchReadsAtScale()));
    console.log(`\nBars: ${READS_BARS.join('; ')}.`);
  }
}
