// Issue 14's bar "5,000 idle sockets: /healthz still answers in < 100 ms": a real `stepwise serve`
// process (SQLite file, pinned to core 0 when taskset exists) is sent 5,000 TCP connections that
// never say a word, plus unauthenticated WebSocket upgrades (the per-address cap refuses most with
// 429; the rest wait out the 5 s auth window), then /healthz is timed on fresh connections, against
// /healthz timed the same way with no idle socket (the baseline, same run).
//
// Descriptors: every idle socket holds one in the server and one here. The server is started under
// `ulimit -n 65536` (or the hard limit, if lower); this process needs more than 5,000 itself and
// re-runs itself under a raised limit when its own is lower. A deployment needs the same room:
// systemd `LimitNOFILE=65536` (docs/deploy.md).
// `npx tsx bench/idle-sockets.ts` (BENCH_IDLE_SOCKETS, default 5000; BENCH_IDLE_WS, default 200), or
// `benchIdleSockets()` from bench/run.ts (BENCH_IDLE=off skips it there).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { get } from 'node:http';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import WebSocket from 'ws';
import { hasTaskset } from './cores.js';
import { ms, percentile, table } from './stats.js';
import { startStepwise, type StepwiseProcess } from './stepwise-process.js';

const ROOT = join(import.meta.dirname, '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const IDLE = Number(process.env.BENCH_IDLE_SOCKETS ?? 5000);
const WEB_SOCKETS = Number(process.env.BENCH_IDLE_WS ?? 200);
const PROBES = 200;
const BAR_MS = 100;
/** Connections opened at once (the listen backlog is 511: more would wait on SYN retries). */
const BATCH = 250;
const SERVER_FILES = 65_536;

const softLimit = () => Number(execFileSync('sh', ['-c', 'ulimit -n']).toString().trim());

/** `stepwise serve` on a fresh SQLite file, with room for the sockets; resolves once it listens. */
function startServer(dir: string): Promise<StepwiseProcess> {
  const command = `ulimit -n ${SERVER_FILES} 2>/dev/null || ulimit -n "$(ulimit -Hn)"; exec "$@"`;
  // The shell exec's into the installed command (tsx's CLI would add a parent), so its pid is the server's.
  return startStepwise(dir, {
    via: 'serve',
    wrap: (serve) => ['sh', '-c', command, 'sh', ...(hasTaskset ? ['taskset', '-c', '0', ...serve] : serve)],
  });
}

/** One GET /healthz on a fresh connection: milliseconds, or NaN when it failed or was not 200. */
function healthz(port: number): Promise<number> {
  const started = performance.now();
  return new Promise((resolve) => {
    const req = get({ host: '127.0.0.1', port, path: '/healthz', agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode === 200 ? performance.now() - started : NaN));
    });
    req.setTimeout(5_000, () => req.destroy());
    req.on('error', () => resolve(NaN));
  });
}

async function probe(port: number) {
  for (let i = 0; i < 20; i++) await healthz(port); // warm-up: JIT, the route's first run
  const samples: number[] = [];
  for (let i = 0; i < PROBES; i++) samples.push(await healthz(port));
  const ok = samples.filter((sample) => !Number.isNaN(sample)).sort((left, right) => left - right);
  return { median: percentile(ok, 50), p99: percentile(ok, 99), max: ok.at(-1) ?? NaN, failed: PROBES - ok.length };
}

/** Opens `count` TCP connections that send nothing; resolves with those the server accepted. */
async function idleSockets(port: number, count: number): Promise<Socket[]> {
  const open: Socket[] = [];
  for (let start = 0; start < count; start += BATCH) {
    const batch = Array.from(
      { length: Math.min(BATCH, count - start) },
      () =>
        new Promise<Socket | undefined>((resolve) => {
          const socket = connect({ host: '127.0.0.1', port });
          socket.once('connect', () => resolve(socket));
          socket.once('error', () => resolve(undefined));
        }),
    );
    for (const socket of await Promise.all(batch)) if (socket) open.push(socket);
  }
  return open;
}

/** Upgrades that never authenticate: how many the server let in, how many it refused before the upgrade. */
async function unauthenticated(port: number, count: number) {
  const sockets: WebSocket[] = [];
  const outcomes = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<'open' | 'refused'>((resolve) => {
          const socket = new WebSocket(`ws://127.0.0.1:${port}/api/ws`);
          sockets.push(socket);
          socket.once('open', () => resolve('open'));
          socket.once('unexpected-response', () => resolve('refused'));
          socket.once('error', () => resolve('refused'));
        }),
    ),
  );
  return { sockets, open: outcomes.filter((outcome) => outcome === 'open').length };
}

/** The server's open descriptors and its limit, from /proc (Linux); the `sh` wrapper exec'd into it. */
function descriptors(pid: number) {
  try {
    const limit = /Max open files\s+(\d+)/.exec(readFileSync(`/proc/${pid}/limits`, 'utf8'))?.[1];
    return { open: readdirSync(`/proc/${pid}/fd`).length, limit: Number(limit) };
  } catch {
    return undefined;
  }
}

/** The table's lines and the verdict against the bar. */
export async function benchIdleSockets(): Promise<string[]> {
  if (softLimit() < IDLE + WEB_SOCKETS + 500) return rerunWithRoom();
  const dir = mkdtempSync(join(tmpdir(), 'stepwise-idle-'));
  const server = await startServer(dir);
  const port = Number(new URL(server.url).port);
  const held: Array<{ destroy(): void }> = [];
  try {
    const baseline = await probe(port);
    const idle = await idleSockets(port, IDLE);
    held.push(...idle);
    const ws = await unauthenticated(port, WEB_SOCKETS);
    held.push(...ws.sockets.map((socket) => ({ destroy: () => socket.terminate() })));
    const descriptorsInUse = descriptors(server.child.pid!);
    const loaded = await probe(port);
    const row = (name: string, run: typeof baseline) => [
      name,
      ms(run.median),
      ms(run.p99),
      ms(run.max),
      `${(run.median / baseline.median).toFixed(1)}×`,
      String(run.failed),
    ];
    const pass = loaded.failed === 0 && loaded.p99 < BAR_MS && idle.length === IDLE;
    return [
      table([
        ['measure', 'median', 'p99', 'max', 'vs baseline (median)', 'failed'],
        row(`/healthz, no idle socket (baseline, ${PROBES} fresh connections)`, baseline),
        row(`/healthz beside ${idle.length} idle TCP + ${ws.open} idle WebSockets`, loaded),
      ]),
      '',
      `Idle sockets held: ${idle.length}/${IDLE} TCP accepted; WebSocket upgrades without auth: ${ws.open} open, ${WEB_SOCKETS - ws.open} refused (429, per-address cap)` +
        (descriptorsInUse ? `; server descriptors in use ${descriptorsInUse.open} of ${descriptorsInUse.limit}` : ''),
      `Bar: /healthz p99 < ${BAR_MS} ms with ${IDLE} idle sockets, none failed — ${pass ? 'PASS' : 'FAIL'}`,
    ];
  } finally {
    for (const socket of held) socket.destroy();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** This process cannot hold the sockets under its descriptor limit: run again under a raised one. */
function rerunWithRoom(): string[] {
  if (process.env.STEPWISE_IDLE_RERUN)
    return [`idle sockets: skipped (this process may open only ${softLimit()} files; raise ulimit -n)`];
  const self = fileURLToPath(import.meta.url);
  const run = spawnSync(
    'sh',
    ['-c', `ulimit -n ${SERVER_FILES} 2>/dev/null || ulimit -n "$(ulimit -Hn)"; exec "$@"`, 'sh', TSX, self],
    {
      env: { ...process.env, STEPWISE_IDLE_RERUN: '1' },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return run.stdout.trimEnd().split('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(`${(await benchIdleSockets()).join('\n')}`);
}
