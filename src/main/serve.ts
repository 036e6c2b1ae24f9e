import { closeWithin, createHealthServer, createHttpServer, type HttpDeps } from '../interfaces/http/server.js';
import type { createTelegramBot } from '../interfaces/telegram/telegram-bot.js';
import { DatabaseOpenError } from '../store/dialect.js';
import { type App, createApp, StartupError } from './app.js';
import { asLog, createLogger } from './logger.js';
import { readConfigOrExit } from './read-config.js';
import { heldUntilBanner } from './serve-output.js';
import { firstRunLink, loginLinkCommand } from './sign-in-hint.js';
import { startSchedule } from './schedule.js';
import { holdTickRecord } from './tick-record.js';
import { connectionCap, openFilesLimit } from './open-files.js';
import { httpDeps, telegramDeps } from './wire.js';

/** Says why the server cannot start, with whatever was logged meanwhile first, and exits. */
const cannotStart = (held: { release(): void }, message: string, exitCode = 1): never => {
  held.release();
  process.stderr.write(message);
  process.exit(exitCode);
};

/** `npm start`: migrate, serve HTTP (and, as they land, the bot and the web app), stop cleanly. */
export async function serve(): Promise<void> {
  // First, before start-up's collections can drop its shape (tick-record.ts).
  await holdTickRecord();
  const config = readConfigOrExit();
  const held = heldUntilBanner(process.stdout);
  const logger = createLogger(config.logLevel, held.stream);
  try {
    await start(config, logger, held);
  } finally {
    held.release(); // after the banner, or before an unexpected failure's stack trace
  }
}

async function start(
  config: ReturnType<typeof readConfigOrExit>,
  logger: ReturnType<typeof createLogger>,
  held: ReturnType<typeof heldUntilBanner>,
) {
  let app: App;
  try {
    app = await createApp(config, { log: asLog(logger), defaultMetrics: true });
  } catch (failure) {
    // Where DATABASE_URL points cannot hold a database: the operator's setting to fix, like the config (2).
    if (failure instanceof DatabaseOpenError)
      return cannotStart(held, `Stepwise cannot start: ${failure.message}\n`, 2);
    if (!(failure instanceof StartupError)) throw failure;
    return cannotStart(
      held,
      `Stepwise cannot start:\n${failure.problems.map((problem) => `  - ${problem}`).join('\n')}\n`,
    );
  }
  const deps = withConnectionCap(httpDeps(app), config, logger);
  const http = createHttpServer(deps, logger);
  // The same readiness check and metrics as the main server's (one `deps`), on a port a flood's connections don't queue on.
  const health = config.http.healthPort === undefined ? undefined : createHealthServer(deps, logger);
  // grammY is loaded only with a bot configured: a server without one never pays its code (docs/benchmarks.md).
  const telegram = config.telegram
    ? (await import('../interfaces/telegram/telegram-bot.js')).createTelegramBot(telegramDeps(app, config.telegram))
    : undefined;
  telegram?.attach(http);
  // From listening on, a SIGTERM or SIGINT is held until every part is up and then stops them in order: without a
  // handler yet (the bot and the jobs still starting), Node's default would end the process with nothing closed.
  const signals = heldSignals();
  const refused = await listen(config, http, health);
  if (refused) {
    await app.close();
    return cannotStart(held, refused);
  }
  let botLine = 'off (set TELEGRAM_BOT_TOKEN to turn it on)';
  if (telegram) {
    try {
      const { username } = await telegram.start();
      botLine = `@${username} via ${telegram.mode === 'webhook' ? `webhook ${config.telegram!.webhook!.url}` : `long polling (${config.telegram!.apiRoot})`}`;
    } catch (error) {
      const description = (error as { description?: string }).description ?? (error as Error).message;
      await http.close();
      await health?.close();
      await app.close();
      return cannotStart(
        held,
        `Stepwise cannot start the Telegram bot at ${config.telegram!.apiRoot}: ${description}\n(check TELEGRAM_BOT_TOKEN and TELEGRAM_API_ROOT)\n`,
      );
    }
  }
  let schedule: Awaited<ReturnType<typeof startSchedule>>;
  try {
    schedule = await startSchedule(app, telegram);
  } catch (failure) {
    // pg-boss creates its own schema at the first start: a role without CREATE on the database cannot.
    await telegram?.stop();
    await http.close();
    await health?.close();
    await app.close();
    const code = (failure as { code?: string }).code;
    return cannotStart(
      held,
      `Stepwise cannot start its job queue (pg-boss) on PostgreSQL${code ? ` (${code})` : ''}: check that the database role may create the schema "stepwise_jobs" (CREATE on the database; docs/deploy.md)
`,
    );
  }
  const port = portOf(http, config.http.port);
  const healthPort = health && portOf(health, config.http.healthPort!);
  process.stdout.write(banner(app, { port, healthPort }, botLine, await signInLines(app, port)));
  held.release();
  collectStartGarbage();

  stopOnSignals({ config, logger, http, health, telegram, schedule, app }, signals);
}

type Listener = ReturnType<typeof createHttpServer> | ReturnType<typeof createHealthServer>;

/** The port a listener got (PORT=0 or HEALTH_PORT=0: the one the system picked). */
function portOf(listener: Listener, configured: number): number {
  const address = listener.server.address();
  return typeof address === 'object' && address ? address.port : configured;
}

/**
 * Listens on PORT, then on HEALTH_PORT when it is set (the main server closed again if that fails). Undefined once
 * both listen; else why not, in the operator's words.
 */
async function listen(
  config: ReturnType<typeof readConfigOrExit>,
  http: ReturnType<typeof createHttpServer>,
  health: ReturnType<typeof createHealthServer> | undefined,
): Promise<string | undefined> {
  const { host, port, healthPort } = config.http;
  const refusal = (failure: unknown, on: number, setting: string) => {
    const taken = (failure as { code?: string }).code === 'EADDRINUSE';
    const what = setting === 'PORT' ? '' : ` (${setting}, for health checks)`;
    return `Stepwise cannot listen on ${host}:${on}${what}: ${taken ? `the port is taken (set ${setting} to another one)` : (failure as Error).message}\n`;
  };
  try {
    await http.listen({ host, port });
  } catch (failure) {
    return refusal(failure, port, 'PORT');
  }
  if (!health) return undefined;
  try {
    await health.listen({ host, port: healthPort });
  } catch (failure) {
    await http.close();
    return refusal(failure, healthPort!, 'HEALTH_PORT');
  }
  return undefined;
}

/** SIGTERM and SIGINT from now on: the first is kept until `onSignal` is given a handler, then passed to it. */
function heldSignals() {
  let received: string | undefined;
  let handler: ((signal: string) => void) | undefined;
  const receive = (signal: string) => (handler ? handler(signal) : (received ??= signal));
  process.once('SIGTERM', () => receive('SIGTERM'));
  process.once('SIGINT', () => receive('SIGINT'));
  return {
    onSignal(handle: (signal: string) => void) {
      handler = handle;
      if (received) handle(received);
    },
  };
}

/**
 * Starting builds and drops about 50 MB of passing objects (the kept packs' JSON, the indexes' builders). V8 gives that
 * memory back only after minutes of quiet, so an idle server looked half again its size. Started with `--expose-gc`
 * (`npm start`, docs/deploy.md), it is collected once, here; without the flag nothing changes.
 */
function collectStartGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return;
  gc();
  // What the first collection freed is handed back to the system by a later one (V8 keeps freed pages for reuse).
  setTimeout(gc, 1_000).unref();
}

/** SIGTERM and SIGINT: HTTP drained within the grace (closeWithin), then the jobs, the bot and the database. */
function stopOnSignals(
  parts: {
    config: ReturnType<typeof readConfigOrExit>;
    logger: ReturnType<typeof createLogger>;
    http: ReturnType<typeof createHttpServer>;
    health: ReturnType<typeof createHealthServer> | undefined;
    telegram: ReturnType<typeof createTelegramBot> | undefined;
    schedule: Awaited<ReturnType<typeof startSchedule>>;
    app: App;
  },
  signals: ReturnType<typeof heldSignals>,
): void {
  const { config, logger, http, health, telegram, schedule, app } = parts;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    const graceMs = config.http.shutdownGraceMs;
    logger.info({ event: 'shutdown', signal, graceMs }, 'stopping');
    // The last resort: whatever still hangs (a job, the database), the process ends on its own
    // rather than at systemd's SIGKILL, and says so.
    setTimeout(() => {
      logger.error({ event: 'shutdown_overran', afterMs: graceMs + OVERRUN_MS }, 'shutdown took too long; exiting');
      process.exit(1);
    }, graceMs + OVERRUN_MS).unref();
    // HTTP first: no new connections, 503 to new requests, the ones in flight finish within the grace
    // (a webhook update among them is then handled by the bot before it stops). The health listener closes with it:
    // a load balancer's probe sees the same 503 (or a refused connection) and stops sending traffic here.
    const [outcome, healthOutcome] = await Promise.all([
      closeWithin(http, graceMs),
      health ? closeWithin(health, graceMs) : 'drained',
      schedule.stop(),
    ]);
    if (outcome === 'cut' || healthOutcome === 'cut')
      logger.warn({ event: 'shutdown_cut', graceMs }, 'connections left open were closed');
    await telegram?.stop();
    await app.close();
    process.stdout.write('Stepwise stopped.\n');
    process.exit(0);
  };
  signals.onSignal((signal) => void stop(signal));
}

/**
 * The connection cap below the open-files limit, so that accepting never fails for want of a
 * descriptor (MAX_CONNECTIONS lowers it).
 */
function withConnectionCap(
  deps: HttpDeps,
  config: ReturnType<typeof readConfigOrExit>,
  logger: ReturnType<typeof createLogger>,
): HttpDeps {
  const files = openFilesLimit();
  const maxConnections = Math.min(connectionCap(files.limit), config.http.maxConnections ?? Infinity);
  logger.info(
    { event: 'connection_cap', maxConnections, openFilesLimit: files.limit, limitRead: files.read },
    'connections capped',
  );
  return { ...deps, connections: { ...deps.connections, maxConnections } };
}

/** What the shutdown may take past its grace (jobs, the bot, the database) before the process exits anyway. */
const OVERRUN_MS = 4_000;

/** How to sign in to the web app: the command that prints a link and, at a local first run, a link. */
async function signInLines(app: App, port: number): Promise<string[]> {
  const lines = [`  sign in     ${loginLinkCommand(app.config, port)}   (prints a one-time link to the web app)`];
  const link = await firstRunLink(app, port);
  if (link) lines.push(`  first run   ${link}   (signs this machine's user in; works once, within 10 minutes)`);
  return lines;
}

/** The first thing `npm start` prints: where it listens and what it runs with. */
function banner(app: App, ports: { port: number; healthPort?: number }, botLine: string, signIn: string[]): string {
  const { config } = app;
  const llm =
    config.llm.provider === 'offline'
      ? 'offline coach (no network)'
      : `${config.llm.model} at ${new URL(config.llm.baseUrl!).host} (offline coach as fallback)`;
  return [
    'Stepwise is running',
    `  listening   http://${config.http.host}:${ports.port}  (health: /healthz, metrics: /metrics, API: /api/docs)`,
    ...(ports.healthPort === undefined
      ? []
      : [
          `  health      http://${config.http.host}:${ports.healthPort}  (/healthz, /readyz, /metrics only; never shed)`,
        ]),
    `  database    ${app.database.describe}${app.migrated.length ? `  (migrated: ${app.migrated.join(', ')})` : ''}`,
    `  coach       ${llm}`,
    `  telegram    ${botLine}`,
    '  interfaces  HTTP API (token: npx stepwise token --telegram-id <id>, or --local for the terminal user); terminal chat: npm run chat',
    ...signIn,
    '',
  ].join('\n');
}
