import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Freshness, Log } from '../../core/ports.js';
import type { EventRelay } from '../../core/tracks/events.js';
import { accountChannel, changeChannel } from '../change-feed/triggers.js';
import { createPgFreshness } from '../change-feed/pg-freshness.js';
import { createSqliteFreshness, uncached } from '../change-feed/sqlite-freshness.js';
import type { StepwiseDb } from '../dialect.js';
import { createPgListener } from './pg-listener.js';
import { createPgRelay, eventChannel } from './pg-relay.js';
import { createSqliteRelay } from './sqlite-relay.js';

/** What spans processes on one database: events for the bus, and what read caches check. */
export interface Feeds {
  /** None for an in-memory SQLite database, which no other process can open. */
  relay?: EventRelay;
  freshness: Freshness;
  close(): Promise<void>;
}

/**
 * The relay that makes the event bus span every process on this database, and the freshness read
 * caches check (`readCache: false` turns caching off). On PostgreSQL both ride one listening
 * connection, opened only when needed: a subscriber wanting remote events, or a first cached read;
 * so one-shot commands (`stepwise token`) never listen.
 */
export async function openFeeds(
  database: StepwiseDb,
  url: string,
  log: Log,
  options: { readCache?: boolean } = {},
): Promise<Feeds> {
  if (database.dialect === 'sqlite') {
    const relay = /^sqlite:(:memory:)?$/.test(url) ? undefined : createSqliteRelay(database.db, log);
    const freshness =
      options.readCache === false || !database.userVersion ? uncached : createSqliteFreshness(database.userVersion);
    return { ...(relay && { relay }), freshness, close: async () => relay?.close() };
  }
  // The schema in use (search_path, as openDatabase set it) names the channels.
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(database.db);
  const schema = rows[0]!.schema;
  // Named after its schema when not the default one (tests run a schema per suite; so can operators).
  const name = (schema === 'public' ? 'stepwise-events' : `stepwise-events ${schema}`).slice(0, 63);
  const listener = createPgListener({ url, log, name });
  const relay = createPgRelay(database.db, { listener, channel: eventChannel(schema), origin: randomUUID(), log });
  const channel = changeChannel(schema);
  const notify = (to: string, payload: string) => listener.notify(to, payload);
  const accounts = accountChannel(schema);
  const freshness =
    options.readCache === false
      ? uncached
      : lazily(() => createPgFreshness({ listener, channel, accountChannel: accounts, notify }));
  return {
    relay,
    freshness,
    close: async () => {
      await relay.close();
      await listener.close();
    },
  };
}

/** Only the event relay (a one-shot command that sends one event). */
export async function openEventRelay(database: StepwiseDb, url: string, log: Log): Promise<Feeds> {
  return openFeeds(database, url, log, { readCache: false });
}

/** Built on first use: a process that never reads through a cache never listens for changes. */
function lazily(make: () => Freshness): Freshness {
  let made: Freshness | undefined;
  const freshness = () => (made ??= make());
  return {
    current: (userId) => freshness().current(userId),
    account: (userId) => freshness().account?.(userId),
    bump: (userId) => freshness().bump(userId),
    settled: () => freshness().settled?.() ?? Promise.resolve(),
  };
}
