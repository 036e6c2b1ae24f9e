import { createHash } from 'node:crypto';
import PgBoss from 'pg-boss';
import type { DeliveryRunner, ScheduledDelivery } from '../core/delivery.port.js';
import type { Log } from '../core/ports.js';

/**
 * Retries after a failed send: 5–10 s, then doubling, ten times (about an hour and a half in all),
 * so a Telegram outage delays the day's messages rather than dropping them.
 */
const RETRIES = { retryLimit: 10, retryDelay: 5, retryBackoff: true };

/**
 * A deterministic job id per delivery key (a UUID v5-style hash): every instance that finds the
 * same reminder due queues the same id, and pg-boss inserts it once (`ON CONFLICT DO NOTHING`).
 */
export function jobId(name: string, key: string): string {
  const bytes = createHash('sha1').update(`stepwise:${name}:${key}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Jobs a worker takes at once. pg-boss waits its polling interval between fetches, so a worker
 * sends at most this many a second: two workers an instance stay under Telegram's ~30 messages a
 * second (auto-retry honours a 429 beyond that).
 */
const BATCH = 8;

/**
 * Creates the queue (each start updates its options). Instances starting together may deadlock on
 * pg-boss's partition DDL (40P01) or race to insert the same queue (23505): one wins, the other
 * tries again after a pause.
 */
async function ensureQueue(boss: PgBoss, queue: PgBoss.Queue): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      if (await boss.getQueue(queue.name)) return void (await boss.updateQueue(queue.name, queue));
      return void (await boss.createQueue(queue.name, queue));
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (attempt >= 5 || (code !== '40P01' && code !== '23505')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt + Math.random() * 200));
    }
  }
}

/**
 * Sends a batch one job at a time. A job that failed is failed on its own (pg-boss retries it
 * later); the handler then returns, and pg-boss completes the jobs still active — the rest.
 */
async function deliverBatch(boss: PgBoss, delivery: ScheduledDelivery, jobs: PgBoss.Job<{ key: string }>[]) {
  for (const job of jobs) {
    const outcome = await delivery.deliver(job.data.key).catch(() => 'failed' as const);
    // 'nothing' (no longer owed) completes like 'sent'.
    if (outcome === 'failed') await boss.fail(delivery.name, job.id, { reason: 'delivery failed; retried later' });
  }
}

/**
 * Scheduled deliveries through pg-boss on PostgreSQL, shared by every instance. Each instance scans
 * what is due (cheap reads) and queues it under its deterministic id; whichever instance's worker
 * takes a job (SKIP LOCKED) sends it. A job whose instance died while holding it expires and is
 * retried by another, and `deliver` checks the kind's sent mark first. A job is handed out again
 * when its lease runs out even if its first worker is alive (slow, paused) and still sending, so a
 * mark written after the send is not enough: each message is claimed before the Bot API call
 * (services/delivery/send-once.ts). The window left: an instance killed while its call is on the way
 * to Telegram, which the Bot API (no idempotency key) cannot tell us about; the message is then sent
 * again after the claim's lease, by choice (docs/deploy.md).
 * Job rows carry ids and a date only, and are deleted a day after they finish.
 */
export async function startPgBossRunner(
  connectionString: string,
  deliveries: readonly ScheduledDelivery[],
  log: Log,
  options: {
    /**
     * A message whose instance died is taken again this long after it was started (JOB_TIMEOUT_SECONDS):
     * short, or a morning digest arrives at noon; one delivery is one Bot API call.
     */
    timeoutSeconds: number;
    schema?: string;
    workersPerQueue?: number;
  },
): Promise<DeliveryRunner> {
  const boss = new PgBoss({
    connectionString,
    schema: options.schema ?? 'stepwise_jobs',
    application_name: 'stepwise-jobs',
    max: 4,
    // Expired jobs (a dead instance's) are noticed by maintenance: often enough to keep the timeout.
    maintenanceIntervalSeconds: Math.max(1, Math.min(15, Math.floor(options.timeoutSeconds / 2))),
    // Nothing runs on pg-boss's cron: each instance's scan finds what is due.
    schedule: false,
    archiveCompletedAfterSeconds: 3600,
    deleteAfterHours: 24,
  });
  // pg-boss reports connection trouble as events; names only (a driver's message may carry a host).
  boss.on('error', (error: Error) =>
    log.warn({ event: 'job_queue_error', error: error.name, code: (error as { code?: string }).code }, 'job queue'),
  );
  await boss.start();
  const byName = new Map(deliveries.map((delivery) => [delivery.name, delivery]));
  for (const delivery of deliveries) {
    await ensureQueue(boss, { name: delivery.name, ...RETRIES, expireInSeconds: options.timeoutSeconds });
    for (let worker = 0; worker < (options.workersPerQueue ?? 2); worker += 1)
      await boss.work<{ key: string }>(delivery.name, { batchSize: BATCH, pollingIntervalSeconds: 1 }, (jobs) =>
        deliverBatch(boss, delivery, jobs),
      );
  }
  return {
    async run(name) {
      const delivery = byName.get(name);
      if (!delivery) return 0;
      let queued = 0;
      for (const key of await delivery.due()) if (await boss.send(name, { key }, { id: jobId(name, key) })) queued += 1;
      return queued;
    },
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 10_000 }),
  };
}
