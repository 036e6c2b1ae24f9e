import { StepwiseError } from '../core/errors.js';

/** The words a refusal says, for one kind of work ("an import", "an export"). */
export interface GateWords {
  /** The person's own work is still running (or just ended, inside the pause). */
  yours: string;
  /** The server is at its limit for this kind of work. */
  full: string;
}

export interface WorkGateOptions {
  /** How many run at once for the whole process. */
  total: number;
  /**
   * One at a time does not stop one person running them back to back. With a factor, the person's
   * next run waits (holding their place) until `factor ×` the last one's duration has passed since
   * it ended, so one person spends at most 1 / (1 + factor) of the process's time on this work,
   * however fast they ask; a quick one costs a short wait, nobody is refused for asking twice. 0: none.
   */
  pauseFactor?: number;
  /** What a refused client is told to wait (Retry-After), in seconds, per refusal. */
  retryAfterS: { yours: number; full: number };
  words: GateWords;
  /** A monotonic clock in ms (`performance.now`): pauses are real time, whatever the app's clock says. */
  monotonicMs: () => number;
}

/** A pause never holds a request longer than this, whatever the last run cost. */
const MAX_PAUSE_MS = 10_000;

export interface WorkGate {
  /**
   * Runs `work` holding the person's one place and one of the process's `total`: one person's
   * second concurrent run is refused with `already_running` (HTTP 429), a run beyond the total with
   * `server_busy` (HTTP 503); both carry `retry_after_s`. Refused before `work` starts, so nothing
   * of it is done. A run inside the person's pause waits it out first.
   */
  run<T>(userId: string, work: () => Promise<T>): Promise<T>;
  /** How many are running now (for tests and metrics). */
  readonly running: number;
}

/**
 * Bounds heavy per-person work (imports, exports) in this process: one at a time per person, a
 * few at a time for everyone. The count lives in this object (created in `main`), so several
 * instances each keep their own: the bound is per instance, which is what protects that
 * instance's memory and event loop.
 */
export function createWorkGate(options: WorkGateOptions): WorkGate {
  /** People with a run under way or waiting out their pause: their place is taken. */
  const held = new Set<string>();
  let running = 0;
  /** When each person's next run may start, while that lies ahead. */
  const nextAt = new Map<string, number>();
  const factor = options.pauseFactor ?? 0;
  const now = options.monotonicMs;
  const refuse = (code: 'already_running' | 'server_busy', message: string, seconds: number) =>
    new StepwiseError(code, message, { retry_after_s: seconds });

  /** How long the person still has to wait (ms), their pause then forgotten. */
  function pauseLeft(userId: string): number {
    const wait = (nextAt.get(userId) ?? 0) - now();
    nextAt.delete(userId);
    return Math.min(wait, MAX_PAUSE_MS);
  }

  function finish(userId: string, startedAt: number): void {
    const ended = now();
    if (factor > 0) nextAt.set(userId, ended + factor * (ended - startedAt));
    // Forget pauses that are over, so the map holds only people who ran something a moment ago.
    for (const [id, at] of nextAt) if (at <= ended) nextAt.delete(id);
  }

  return {
    async run(userId, work) {
      if (held.has(userId)) throw refuse('already_running', options.words.yours, options.retryAfterS.yours);
      held.add(userId);
      try {
        // Awaited only when there is a pause: otherwise the place is taken in the same turn as the ask.
        const wait = pauseLeft(userId);
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        if (running >= options.total) throw refuse('server_busy', options.words.full, options.retryAfterS.full);
        running += 1;
        const startedAt = now();
        try {
          return await work();
        } finally {
          running -= 1;
          finish(userId, startedAt);
        }
      } finally {
        held.delete(userId);
      }
    },
    get running() {
      return running;
    },
  };
}
