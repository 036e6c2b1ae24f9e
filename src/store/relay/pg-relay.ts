import { createHash } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { Log } from '../../core/ports.js';
import type { EventRelay, TrackEvent } from '../../core/tracks/events.js';
import type { Database } from '../schema.js';
import { errorCode, type PgListener } from './pg-listener.js';
import { decodeEvent, encodeEvent } from './relay-payload.js';

/**
 * A NOTIFY channel of one schema. Channels are per database, not per schema, so instances in
 * different schemas of one server (test suites) must not share one; names stay under 64 bytes.
 */
export function schemaChannel(prefix: string, schema: string): string {
  if (schema === 'public') return prefix;
  const name = `${prefix}.${schema}`;
  return Buffer.byteLength(name) <= 63
    ? name
    : `${prefix}.${createHash('sha256').update(schema).digest('hex').slice(0, 32)}`;
}

/** The event relay's channel. */
export const eventChannel = (schema: string): string => schemaChannel('stepwise_events', schema);

/**
 * PostgreSQL LISTEN/NOTIFY. Every local event is NOTIFYed after its commit, in order, through the
 * pool. Once some subscriber wants remote events, the process's listening connection (see
 * pg-listener.ts: one per server process, reconnecting with backoff, with a keepalive) republishes
 * other origins' events; events sent while it is down are missed (a dashboard re-reads progress on
 * reconnect).
 */
export function createPgRelay(
  db: Kysely<Database>,
  options: { listener: PgListener; channel: string; origin: string; log: Log },
): EventRelay {
  const { channel, origin, log } = options;
  let sending: Promise<unknown> = Promise.resolve();
  let queued: string[] = [];
  let deliver: ((event: TrackEvent) => void) | undefined;
  let listening = false;
  let malformed = 0;
  let closing = false;

  const message = (payload: string) => {
    const decoded = decodeEvent(payload);
    if (!decoded)
      return void log.warn(
        { event: 'event_relay_malformed', dropped: ++malformed },
        'a malformed event notification was dropped',
      );
    if (decoded.origin !== origin) deliver?.(decoded.event);
  };

  return {
    send(event) {
      const payload = encodeEvent(origin, event);
      if (!payload)
        return void log.error({ event: 'event_relay_too_large', type: event.type }, 'an event was too large to relay');
      queued.push(payload);
      // One action publishes a change per track and its milestones in one tick: they leave together,
      // one statement (a round trip costs the pool and the driver more than the notifications do).
      if (queued.length > 1) return;
      sending = sending
        .then(() => {
          const batch = queued;
          queued = [];
          // `with ordinality`, no sort: a function scan yields its rows, and NOTIFYs them, in order.
          return sql`select pg_notify(${channel}, payload)
            from unnest(cast(${batch} as text[])) with ordinality as sent(payload, position)`.execute(db);
        })
        .catch((error: unknown) => {
          const fields = { event: 'event_relay_send_failed', error: errorCode(error) };
          log.warn(fields, 'events could not be relayed');
        });
    },
    start(listener) {
      deliver = listener;
      if (listening || closing) return;
      listening = true;
      options.listener.add({ channel, message });
    },
    stop() {
      // The listening connection stays (reopening it per socket would churn); nothing is delivered.
      deliver = undefined;
    },
    async close() {
      closing = true;
      deliver = undefined;
      await sending;
    },
  };
}
