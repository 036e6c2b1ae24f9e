import type { DeliveryRunner } from '../core/delivery.port.js';
import type { TelegramBot } from '../interfaces/telegram/telegram-bot.js';
import { every } from '../jobs/every.js';
import type { App } from './app.js';

/** The first scan after a start: soon, so a restart does not hold back what fell due meanwhile. */
const FIRST_SCAN_MS = 5_000;
/** How often readings are judged again: a new day's plan is adapted within five minutes of waking. */
export const TRIGGER_SCAN_MS = 5 * 60_000;

/**
 * The server's scheduled work. Reminders, morning digests and nudges go through a delivery runner:
 * on PostgreSQL pg-boss (several instances share the work, and a message whose instance died is
 * sent by another), on SQLite this process. Each message is claimed before it is sent, in its own
 * row with a lease, on both databases (services/delivery/send-once.ts). Plan-change notices are
 * claimed in their own table (at most one message each) and expiries are an idempotent sweep, so
 * both run on every instance as they are.
 */
export async function startSchedule(app: App, telegram: TelegramBot | undefined): Promise<{ stop(): Promise<void> }> {
  const { config, log } = app;
  const runner: DeliveryRunner | undefined = !telegram
    ? undefined
    : app.database.dialect === 'postgres'
      ? // Loaded here only: a server on SQLite never pays pg-boss's code.
        await (
          await import('../jobs/pg-boss-runner.js')
        ).startPgBossRunner(config.database.url, telegram.deliveries, log, {
          timeoutSeconds: config.jobTimeoutSeconds,
        })
      : undefined;
  const run = (name: string) => () => (runner ? runner.run(name) : telegram!.runHere(name));
  const jobs = [
    // Gentle nudges for tracks idle over 30 days.
    ...(telegram && config.nudgeIntervalMinutes > 0
      ? [every('nudges', config.nudgeIntervalMinutes * 60_000, run('nudge'), log, FIRST_SCAN_MS)]
      : []),
    // Each minute: the daily goal reminders and the morning digests that are due (one a person and local date).
    ...(telegram
      ? [
          every('reminders', 60_000, run('reminder'), log, FIRST_SCAN_MS),
          every('health_digests', 60_000, run('digest'), log, FIRST_SCAN_MS),
          // Plan changes made outside the chat (API readings, imports), each claimed once across instances.
          every('health_adaptations', 15_000, () => telegram.sendAdaptations(), log),
        ]
      : []),
    // Adaptations whose time ran out, announced once (`adaptation_expired` on the WebSocket), bot or not.
    every('adaptation_expiry', 60_000, () => app.biometrics.expire(), log),
    // Readings of the last day judged against each person's plan day, so readings synced before waking
    // adapt the day they are for even when nobody opens it; one adaptation per trigger and day.
    every('health_triggers', TRIGGER_SCAN_MS, () => app.biometrics.judgeRecent(), log, FIRST_SCAN_MS),
  ];
  return {
    async stop() {
      for (const job of jobs) await job.stop();
      await runner?.stop();
    },
  };
}
