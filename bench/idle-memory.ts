// Issue 54's bars: `npm start` idle ≤ 250 MB (npm and the server together, 5 s after the first /healthz) and start to
// /healthz ≤ 2 s on a warm cache. Runs `npm start` itself on a fresh SQLite file, so what is measured is what a
// self-hoster gets: npm, its prestart (the web and server builds, skipped when fresh) and the server. Then 1,000 mixed
// API requests (goals of eight kinds, their steps, done, history, progress) and the memory again. The baseline, same
// run: a bare `node` process (what any Node service starts from).
// `npx tsx bench/idle-memory.ts`, or `benchIdleMemory()` from bench/run.ts (BENCH_MEMORY=off skips it there).
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { table } from './stats.js';
import { startStepwise } from './stepwise-process.js';

const IDLE_MS = 5_000;
const REQUESTS = 1_000;
const BAR_MB = 250;
const WARM_START_BAR_MS = 2_000;
const METRICS_TOKEN = 'bench-metrics-token-0123456789abcdef';
const GOALS = [
  'Learn to play the guitar',
  'Run a 5 km race',
  'Выучить испанский до лета',
  'Save money for a holiday',
  'Sleep better',
  'Научиться плавать',
  'Start a small vegetable garden',
  'Write a short story',
];

/** Resident memory of a process and every process under it, in MB (Linux /proc). */
function treeRss(pid: number): number {
  const children = (parent: number): number[] =>
    readdirSync('/proc')
      .filter((entry) => /^\d+$/.test(entry))
      .filter((entry) => {
        try {
          return Number(readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]) === parent;
        } catch {
          return false;
        }
      })
      .map(Number);
  const all = [pid];
  for (let at = 0; at < all.length; at++) all.push(...children(all[at]!));
  let kb = 0;
  for (const each of all) {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${each}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // Gone meanwhile (a prestart step that ended).
    }
  }
  return kb / 1024;
}

const startNpm = (dir: string) => startStepwise(dir, { via: 'npm start', env: { METRICS_TOKEN } });

async function heapMb(base: string): Promise<{ used: number; total: number }> {
  const text = await (await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
  const value = (name: string) => Number(new RegExp(`^stepwise_${name} (\\S+)`, 'm').exec(text)?.[1] ?? NaN) / 2 ** 20;
  return { used: value('nodejs_heap_size_used_bytes'), total: value('nodejs_heap_size_total_bytes') };
}

/** 1,000 requests as people make them: goals of several kinds, their steps, done, history, progress. */
async function mixedRequests(base: string, token: string) {
  const answered: Record<number, number> = {};
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    return { status: response.status, ok: response.ok, body: await response.text() };
  };
  let failed = 0;
  const ids: string[] = [];
  for (const title of GOALS) {
    const created = await call('POST', '/api/goals', { title });
    const goal = JSON.parse((await call('GET', '/api/goals')).body) as { goals?: { id: string }[] };
    if (!created.ok) failed++;
    ids.push(...(goal?.goals?.map((each) => each.id) ?? []).filter((id) => !ids.includes(id)));
  }
  for (let at = 0; ids.length > 0 && at < REQUESTS - GOALS.length * 2; at++) {
    const id = ids[at % ids.length]!;
    const [method, path] = (
      [
        ['GET', '/api/goals'],
        ['GET', `/api/goals/${id}/step`],
        ['POST', `/api/goals/${id}/step/done`],
        ['GET', `/api/goals/${id}/history`],
        ['GET', '/api/tracks/progress'], // 409 until the person joins the recovery program
      ] as const
    )[at % 5]!;
    const response = await call(method, path);
    if (response.status >= 500) failed++;
    answered[response.status] = (answered[response.status] ?? 0) + 1;
  }
  return { failed, answered };
}

export async function benchIdleMemory(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'stepwise-memory-'));
  // Killed below once measured. It lives ten minutes: a first start that builds the web app and the server can take
  // more than one (it was gone, measured as 0 MB).
  const bare = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 600_000)']);
  // A first start warms what a start keeps (the builds, the checked packs, the models) and migrates the database: the
  // bar is a restart.
  const first = await startNpm(dir);
  // Minted now, not between the idle reading and the requests: the token command blocks this process for
  // seconds on a busy machine, long enough for the server to close the kept-alive socket the next request takes.
  const token = first.token();
  await first.stop();

  const startedAt = performance.now();
  const server = await startNpm(dir);
  const base = server.url;
  for (;;) {
    const ok = await fetch(`${base}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) break;
  }
  const startMs = performance.now() - startedAt;
  await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
  const idle = { rss: treeRss(server.child.pid!), heap: await heapMb(base) };
  const bareRss = treeRss(bare.pid!);
  bare.kill();

  const { failed, answered } = await mixedRequests(base, token);
  await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
  const after = { rss: treeRss(server.child.pid!), heap: await heapMb(base) };
  await server.stop();
  rmSync(dir, { recursive: true, force: true });

  const mb = (value: number) => `${value.toFixed(0)} MB`;
  return [
    `Memory of \`npm start\` (SQLite, offline coach; npm and the server together; baseline: a bare node process, same run):`,
    table([
      ['measure', 'value', 'bar'],
      ['bare node process (baseline)', mb(bareRss), ''],
      ['start to /healthz (warm)', `${startMs.toFixed(0)} ms`, `≤ ${WARM_START_BAR_MS} ms`],
      [
        'idle, 5 s after /healthz: RSS',
        `${mb(idle.rss)} (${(idle.rss / bareRss).toFixed(1)}× bare node)`,
        `≤ ${BAR_MB} MB`,
      ],
      ['idle: heap used / total', `${mb(idle.heap.used)} / ${mb(idle.heap.total)}`, ''],
      [`after ${REQUESTS} mixed requests (+5 s): RSS`, mb(after.rss), ''],
      ['after: heap used / total', `${mb(after.heap.used)} / ${mb(after.heap.total)}`, ''],
      ['requests that failed (5xx)', String(failed), '0'],
      ['answers by status', JSON.stringify(answered), ''],
    ]),
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) console.log((await benchIdleMemory()).join('\n'));
