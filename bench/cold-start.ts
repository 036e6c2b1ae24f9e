// Issue 59, point 5: a new container's first start (an empty private model cache) ≤ 15 s. A release build
// (`npm run build`) ships the checked packs and the trained models in dist/caches; this starts that build with a temp
// folder of its own, empty each round, and compares with a warm start (the private cache in the system's temp folder,
// filled by an earlier start: what every later start reads) in the same run. `npx tsx bench/cold-start.ts`, or `benchColdStart()` from bench/run.ts
// (BENCH_COLD=off skips it there).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { builtIsFresh } from '../scripts/server-build.mjs';
import { percentile, table } from './stats.js';
import { startStepwise } from './stepwise-process.js';

const ROOT = join(import.meta.dirname, '..');
const ROUNDS = 3;
const COLD_BAR_MS = 15_000;

/**
 * Milliseconds from spawning the compiled server until it answers /healthz, with `tmp` as its temp folder (undefined:
 * the system's, where this user's private cache is).
 */
async function startOnce(tmp?: string): Promise<number> {
  const data = mkdtempSync(join(tmpdir(), 'stepwise-cold-data-'));
  const started = performance.now();
  const server = await startStepwise(data, { via: 'serve', env: tmp ? { TMPDIR: tmp } : {} });
  try {
    const health = await fetch(`${server.url}/healthz`);
    if (!health.ok) throw new Error(`/healthz answered ${health.status}`);
    return performance.now() - started;
  } finally {
    await server.stop();
    rmSync(data, { recursive: true, force: true });
  }
}

const median = (values: number[]) =>
  percentile(
    [...values].sort((one, other) => one - other),
    50,
  );

export async function benchColdStart(): Promise<string[]> {
  // The release build, once: the server compiled and its caches shipped (a minute or two the first time). A build
  // older than the sources is never run (bin/stepwise.js), so a stale one is built again.
  if (!builtIsFresh() || !existsSync(join(ROOT, 'dist', 'caches'))) {
    const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'server-build.mjs'), '--ship'], {
      stdio: 'inherit',
    });
    if (build.status !== 0) throw new Error('the release build failed');
  }
  const cold: number[] = [];
  const warm: number[] = [];
  // The warm start reads this user's private cache, which the first start fills if the tests have not already.
  await startOnce();
  for (let round = 0; round < ROUNDS; round++) {
    const coldTmp = mkdtempSync(join(tmpdir(), 'stepwise-cold-tmp-'));
    try {
      cold.push(await startOnce(coldTmp));
    } finally {
      rmSync(coldTmp, { recursive: true, force: true });
    }
    warm.push(await startOnce());
  }
  const [coldMs, warmMs] = [median(cold), median(warm)];
  return [
    `Cold start of a release build (Node ${process.version}; median of ${ROUNDS}, start to /healthz)`,
    '',
    table([
      ['measure', 'median', 'worst', 'vs warm start'],
      [
        'warm start (the private cache kept; baseline)',
        `${warmMs.toFixed(0)} ms`,
        `${Math.max(...warm).toFixed(0)} ms`,
        '1.00×',
      ],
      [
        'cold start (empty private cache, dist/caches shipped)',
        `${coldMs.toFixed(0)} ms`,
        `${Math.max(...cold).toFixed(0)} ms`,
        `${(coldMs / warmMs).toFixed(2)}×`,
      ],
    ]),
    `Bar: cold start ≤ ${COLD_BAR_MS / 1000} s: ${coldMs <= COLD_BAR_MS ? 'met' : 'NOT met'}.`,
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) console.log((await benchColdStart()).join('\n'));
