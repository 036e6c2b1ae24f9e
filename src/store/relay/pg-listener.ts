import type pg from 'pg';
import { pgDriver } from '../pg-driver.js';
import type { Log } from '../../core/ports.js';

const FIRST_RETRY_MS = 250;
const LAST_RETRY_MS = 10_000;
/** How often the listening connection proves it is alive, and how long the proof may take. */
export const KEEPALIVE_MS = 5_000;
export const KEEPALIVE_TIMEOUT_MS = 2_000;

export interface ListenedChannel {
  channel: string;
  message(payload: string): void;
  /** Listening (again): every notification from now on arrives. */
  up?(): void;
  /** Not listening: notifications are being missed until `up()`. */
  down?(): void;
}

export interface PgListener {
  /** Listens on one more channel (connecting on the first). */
  add(channel: ListenedChannel): void;
  /**
   * NOTIFY from the listening connection itself (refused while it is not listening): a freshness
   * sync then wakes one backend instead of two, and needs no pooled connection.
   */
  notify(channel: string, payload: string): Promise<void>;
  close(): Promise<void>;
}

/** A driver error's code (`ECONNREFUSED`, `57P01`) or its class name: never its message. */
export const errorCode = (error: unknown) => (error as { code?: string }).code ?? (error as Error).name;

/** `select 1` answered within `timeoutMs`, or `onLost` (a timeout or an error). */
function proveAlive(connection: pg.Client, timeoutMs: number, onLost: (error: unknown) => void): void {
  const timer = setTimeout(() => onLost({ code: 'KEEPALIVE_TIMEOUT' }), timeoutMs);
  connection
    .query('select 1')
    .then(() => clearTimeout(timer))
    .catch((error: unknown) => {
      clearTimeout(timer);
      onLost(error);
    });
}

/** Drops a connection for good, also one gone silent, which would never finish a polite `end()`. */
function discard(connection: pg.Client): void {
  connection.removeAllListeners('end');
  connection.on('error', () => undefined);
  (connection as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream?.destroy();
  void connection.end().catch(() => undefined);
}

/** NOTIFY on `connection` (a named statement: sent for every freshness sync); refused without one. */
async function notifyFrom(connection: pg.Client | undefined, channel: string, payload: string): Promise<void> {
  if (!connection) throw new Error('not listening');
  await connection.query({ name: 'stepwise_notify', text: 'select pg_notify($1, $2)', values: [channel, payload] });
}

const listenOn = (connection: pg.Client, channel: ListenedChannel) =>
  connection.query(`LISTEN ${connection.escapeIdentifier(channel.channel)}`);

/** LISTENs on every channel, also one added while the first LISTENs were under way. */
async function listenOnAll(connection: pg.Client, channels: ListenedChannel[]): Promise<void> {
  const done = new Set<ListenedChannel>();
  for (let pending = channels; pending.length > 0; pending = channels.filter((channel) => !done.has(channel)))
    for (const channel of pending) {
      await listenOn(connection, channel);
      done.add(channel);
    }
}

/**
 * One dedicated connection that LISTENs for this process (the event relay and the read caches'
 * change feed share it). It reconnects with backoff when it drops, and runs `select 1` every
 * KEEPALIVE_MS: a connection that goes silent without closing (a NAT or firewall forgetting it, a
 * frozen server) is declared lost after KEEPALIVE_TIMEOUT_MS, so subscribers stop trusting it
 * within about 7 s instead of after the kernel's TCP timeouts (minutes to hours).
 */
export function createPgListener(options: {
  url: string;
  log: Log;
  /** Its `application_name` (operators see it in pg_stat_activity); default `stepwise-events`. */
  name?: string;
  keepaliveMs?: number;
  keepaliveTimeoutMs?: number;
}): PgListener {
  const { log } = options;
  const channels: ListenedChannel[] = [];
  let client: pg.Client | undefined;
  let listening = false;
  let retry: NodeJS.Timeout | undefined;
  let keepalive: NodeJS.Timeout | undefined;
  let failures = 0;
  let closing = false;

  const lost = (which: pg.Client, error: unknown) => {
    if (client !== which) return;
    client = undefined;
    clearInterval(keepalive);
    if (listening) for (const channel of channels) channel.down?.();
    listening = false;
    discard(which);
    if (closing) return;
    const delay = Math.min(FIRST_RETRY_MS * 2 ** failures++, LAST_RETRY_MS);
    const fields = { event: 'event_relay_disconnected', error: errorCode(error), retry_ms: delay };
    log.warn(fields, 'the event relay lost its listening connection');
    retry = setTimeout(connect, delay);
  };

  const connect = () => {
    retry = undefined;
    const connection = (client = new (pgDriver().Client)({
      connectionString: options.url,
      application_name: options.name ?? 'stepwise-events',
    }));
    connection.on('notification', (notification) => {
      channels.find((channel) => channel.channel === notification.channel)?.message(notification.payload ?? '');
    });
    connection.on('error', (error) => lost(connection, error));
    connection.on('end', () => lost(connection, new Error('connection ended')));
    connection
      .connect()
      .then(() => listenOnAll(connection, channels))
      .then(() => {
        if (client !== connection) return;
        if (failures > 0)
          log.info({ event: 'event_relay_reconnected', attempts: failures }, 'the event relay listens again');
        failures = 0;
        listening = true;
        const timeout = options.keepaliveTimeoutMs ?? KEEPALIVE_TIMEOUT_MS;
        const check = () => proveAlive(connection, timeout, (error) => lost(connection, error));
        keepalive = setInterval(check, options.keepaliveMs ?? KEEPALIVE_MS);
        keepalive.unref();
        for (const channel of channels) channel.up?.();
      })
      .catch((error: unknown) => lost(connection, error));
  };

  return {
    add(channel) {
      channels.push(channel);
      if (closing) return;
      if (!client && !retry) return connect();
      // Already connected: listen on this one too; still connecting: `connect` includes it.
      const open = client;
      if (open && listening)
        listenOn(open, channel)
          .then(() => channel.up?.())
          .catch((error: unknown) => lost(open, error));
    },
    notify: (channel, payload) => notifyFrom(listening ? client : undefined, channel, payload),
    async close() {
      closing = true;
      clearTimeout(retry);
      clearInterval(keepalive);
      const open = client;
      client = undefined;
      listening = false;
      await open?.end().catch(() => undefined);
    },
  };
}
