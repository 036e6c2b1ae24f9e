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
