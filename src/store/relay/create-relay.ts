import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Log } from '../../core/ports.js';
import type { EventRelay } from '../../core/tracks/events.js';
import type { StepwiseDb } from '../dialect.js';
import { createPgRelay, eventChannel } from './pg-relay.js';
import { createSqliteRelay } from './sqlite-relay.js';

/**
 * The relay that makes the event bus span every process on this database; none for an in-memory
 * SQLite database, which no other process can open. Listening starts only when a subscriber wants
 * remote events, so one-shot commands (`stepwise token`) never listen.
 */
export async function openEventRelay(database: StepwiseDb, url: string, log: Log): Promise<EventRelay | undefined> {
  if (database.dialect === 'sqlite')
    return /^sqlite:(:memory:)?$/.test(url) ? undefined : createSqliteRelay(database.db, log);
  // The schema in use (search_path, as openDatabase set it) names the channel.
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(database.db);
  return createPgRelay(database.db, { url, channel: eventChannel(rows[0]!.schema), origin: randomUUID(), log });
}
