import type { Log } from '../core/ports.js';

/**
 * Runs `task` every `intervalMs` in this process (the scheduler for one instance on SQLite). Runs
 * never overlap; a failing run is logged by name and the next one comes on time. On PostgreSQL
 * with several instances, the task itself must claim its work (the nudge job claims each nudge in
 * the shared update ledger), so running it on every instance sends nothing twice.
 */
export function every(
  name: string,
  intervalMs: number,
  task: () => Promise<unknown>,
  log: Log,
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
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
