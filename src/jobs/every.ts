import type { Log } from '../core/ports.js';

/**
 * Runs `task` every `intervalMs` in this process. Runs never overlap; a failing run is logged by
 * name and the next one comes on time. With several instances the task itself must make its work
 * happen once (the delivery runners in main/schedule.ts: claims, or pg-boss's job ids).
 */
export function every(
  name: string,
  intervalMs: number,
  task: () => Promise<unknown>,
  log: Log,
  /** The first run, when it should come sooner than one interval after the start. */
  firstAfterMs?: number,
): { stop(): Promise<void> } {
  let running: Promise<void> | undefined;
  const tick = () => {
    if (running) return;
    running = task()
      .then(() => undefined)
      .catch((error: unknown) =>
        log.error({ event: 'job_failed', job: name, error: (error as Error).name }, 'a scheduled job failed'),
      )
      .finally(() => (running = undefined));
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  const first = firstAfterMs !== undefined && firstAfterMs < intervalMs ? setTimeout(tick, firstAfterMs) : undefined;
  first?.unref();
  return {
    async stop() {
      clearInterval(timer);
      clearTimeout(first);
      await running;
    },
  };
}
