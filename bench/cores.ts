// Pinning for the HTTP benchmarks: the server processes on core 0, the load on core 1, so the two do
// not take turns on one core (when `taskset` exists; otherwise nothing is pinned).
import { execFileSync } from 'node:child_process';
import { availableParallelism } from 'node:os';

export const hasTaskset = (() => {
  try {
    execFileSync('taskset', ['-V'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** Pins this process (the load) to core 1 while `fn` runs; the server processes run on core 0. */
export async function onCoreOne<T>(fn: () => Promise<T>): Promise<T> {
  if (!hasTaskset) return fn();
  const pin = (cores: string) =>
    execFileSync('taskset', ['-a', '-p', '-c', cores, String(process.pid)], { stdio: 'ignore' });
  pin('1');
  try {
    return await fn();
  } finally {
    pin(`0-${availableParallelism() - 1}`);
  }
}

/**
 * Runs `fn` with a local PostgreSQL's processes (the postmaster, so also every backend it forks
 * meanwhile) on the load core: in production the database has its own host, and its backends'
 * work (~0.3 ms an action) landing on the server's core would be counted as the server's. No-op
 * without `taskset` or a local `postgres` process (a remote BENCH_PG_URL).
 */
export async function postgresOnLoadCore<T>(fn: () => Promise<T>): Promise<T> {
  const pids = hasTaskset && !process.env.BENCH_PG_FLOAT ? postgresPids() : [];
  const pin = (cores: string) => {
    for (const pid of pids) {
      try {
        execFileSync('taskset', ['-a', '-p', '-c', cores, pid], { stdio: 'ignore' });
      } catch {
        // Gone meanwhile, or not ours to move: it floats as before.
      }
    }
  };
  pin('1');
  try {
    return await fn();
  } finally {
    pin(`0-${availableParallelism() - 1}`);
  }
}

function postgresPids(): string[] {
  try {
    return execFileSync('pgrep', ['-x', 'postgres']).toString().split('\n').filter(Boolean);
  } catch {
    return [];
  }
}
