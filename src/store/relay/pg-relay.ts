import { createHash } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import pg from 'pg';
import type { Log } from '../../core/ports.js';
import type { EventRelay, TrackEvent } from '../../core/tracks/events.js';
import type { Database } from '../schema.js';
import { decodeEvent, encodeEvent } from './relay-payload.js';

const FIRST_RETRY_MS = 250;
const LAST_RETRY_MS = 10_000;

/**
 * The NOTIFY channel of one schema. Channels are per database, not per schema, so instances in
 * different schemas of one server (test suites) must not share one; names stay under 64 bytes.
 */
export function eventChannel(schema: string): string {
  if (schema === 'public') return 'stepwise_events';
  const name = `stepwise_events.${schema}`;
  return Buffer.byteLength(name) <= 63
    ? name
    : `stepwise_events.${createHash('sha256').update(schema).digest('hex').slice(0, 32)}`;
}

/** A driver error's code (`ECONNREFUSED`, `57P01`) or its class name: never its message. */
const errorCode = (error: unknown) => (error as { code?: string }).code ?? (error as Error).name;

/**
 * PostgreSQL LISTEN/NOTIFY. Every local event is NOTIFYed after its commit, in order, through the
 * pool. Once some subscriber wants remote events, one dedicated connection LISTENs (kept until
 * close: one per server process), republishes other origins' events, and reconnects with backoff
 * when it drops; events sent while it is down are missed (a dashboard re-reads progress on reconnect).
 */
export function createPgRelay(
  db: Kysely<Database>,
  options: { url: string; channel: string; origin: string; log: Log },
): EventRelay {
  const { channel, origin, log } = options;
  let sending: Promise<unknown> = Promise.resolve();
  let deliver: ((event: TrackEvent) => void) | undefined;
  let client: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;
  let failures = 0;
  let malformed = 0;
  let closing = false;

  const lost = (which: pg.Client, error: unknown) => {
    if (client !== which) return;
    client = undefined;
    which.removeAllListeners('end');
    which.on('error', () => undefined);
    void which.end().catch(() => undefined);
    if (closing) return;
    const delay = Math.min(FIRST_RETRY_MS * 2 ** failures++, LAST_RETRY_MS);
    const fields = { event: 'event_relay_disconnected', error: errorCode(error), retry_ms: delay };
    log.warn(fields, 'the event relay lost its listening connection');
    retry = setTimeout(listen, delay);
  };

  const listen = () => {
    retry = undefined;
    const connection = (client = new pg.Client({ connectionString: options.url, application_name: 'stepwise-events' }));
    connection.on('notification', (notification) => {
      if (notification.channel !== channel) return;
      const decoded = decodeEvent(notification.payload ?? '');
      if (!decoded)
        return void log.warn(
          { event: 'event_relay_malformed', dropped: ++malformed },
          'a malformed event notification was dropped',
        );
      if (decoded.origin !== origin) deliver?.(decoded.event);
    });
    connection.on('error', (error) => lost(connection, error));
    connection.on('end', () => lost(connection, new Error('connection ended')));
    connection
      .connect()
      .then(() => connection.query(`LISTEN ${connection.escapeIdentifier(channel)}`))
      .then(() => {
        if (failures > 0)
          log.info({ event: 'event_relay_reconnected', attempts: failures }, 'the event relay listens again');
        failures = 0;
      })
      .catch((error: unknown) => lost(connection, error));
  };

  return {
    send(event) {
      const payload = encodeEvent(origin, event);
      if (!payload)
        return void log.error({ event: 'event_relay_too_large', type: event.type }, 'an event was too large to relay');
      sending = sending
        .then(() => sql`select pg_notify(${channel}, ${payload})`.execute(db))
        .catch((error: unknown) => {
          const fields = { event: 'event_relay_send_failed', type: event.type, error: errorCode(error) };
          log.warn(fields, 'an event could not be relayed');
        });
    },
    start(listener) {
      deliver = listener;
      if (!client && !retry && !closing) listen();
    },
    stop() {
      // The listening connection stays (reopening it per socket would churn); nothing is delivered.
      deliver = undefined;
    },
    async close() {
      closing = true;
      deliver = undefined;
      clearTimeout(retry);
      await sending;
      const open = client;
      client = undefined;
      await open?.end().catch(() => undefined);
    },
  };
}
