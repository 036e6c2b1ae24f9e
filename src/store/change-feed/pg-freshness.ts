import { randomUUID } from 'node:crypto';
import type { Freshness } from '../../core/ports.js';
import type { PgListener } from '../relay/pg-listener.js';
import { createChangeLog } from './change-log.js';

/** How long a sync notification may take to come back before the feed counts as unreliable. */
const SYNC_TIMEOUT_MS = 1_000;
export interface PgFreshnessDeps {
  listener: PgListener;
  channel: string;
  /** Where changes to a person's account (their `users` row) are announced (see triggers.ts). */
  accountChannel: string;
  /** NOTIFY (the listening connection's own: one backend woken per sync). */
  notify(channel: string, payload: string): Promise<void>;
}

/**
 * PostgreSQL: every instance hears every committed change to a person's data (the triggers NOTIFY
 * their id, see triggers.ts) on its listening connection, and retires that person's views. While
 * the connection is down or unproven (starting, reconnecting, a keepalive overdue), `current` is
 * undefined and every read goes to the database; once it listens again, everything cached before
 * counts as changed, since notifications sent meanwhile were missed.
 *
 * No stale read, by construction: a cached read first sends a sync notification (on this process's
 * own channel, from the listening connection) and waits for it to come back on the listening connection.
 * PostgreSQL keeps one notification queue in commit order, and a write acknowledged before the read
 * began committed before the sync was sent, so its notification has arrived by then. Syncs go one
 * at a time, back to back under load, each shared by every read that arrived while the one before
 * was out: a cached read waits one or two round trips (~0.2 ms each here), and an instance sends at
 * most one sync per round trip however many reads it serves. (Waiting a fixed 1 ms to gather reads instead kept 50
 * connections at ~26,000 reads/s with the core half idle; back to back, ~44,000 with it busy.) A
 * cache miss reads the database anyway.
 */
export function createPgFreshness(deps: PgFreshnessDeps): Freshness {
  const changes = createChangeLog();
  const accounts = createChangeLog();
  const origin = randomUUID();
  const waiting = new Map<number, () => void>();
  let listening = false;
  /** The sync being gathered: not yet sent, so every read that joins it is covered by it. */
  let gathering: Promise<void> | undefined;
  let sent = 0;

  // This process's own channel for syncs: no other instance hears them.
  const syncChannel = `stepwise_sync.${origin.replaceAll('-', '')}`;
  // The other channels first: their LISTENs go out on the same connection ahead of the one whose
  // `up` starts the cache, so nothing is cached before every channel is heard.
  deps.listener.add({ channel: deps.accountChannel, message: (userId) => accounts.mark(userId) });
  deps.listener.add({ channel: syncChannel, message: (token) => waiting.get(Number(token))?.() });
  deps.listener.add({
    channel: deps.channel,
    message: (userId) => changes.mark(userId),
    up: () => {
      changes.markAll();
      accounts.markAll();
      listening = true;
    },
    down: () => {
      listening = false;
    },
  });

  const markAll = () => {
    changes.markAll();
    accounts.markAll();
  };

  /** The sync sent and not yet back; at most one is in flight. */
  let inFlight: Promise<void> | undefined;

  /** One round trip: every notification committed before it was sent has arrived once it is back. */
  const roundTrip = async () => {
    const token = ++sent;
    const back = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), SYNC_TIMEOUT_MS);
      waiting.set(token, () => {
        clearTimeout(timer);
        resolve(true);
      });
    });
    try {
      await deps.notify(syncChannel, String(token));
      // Not back in time: trust nothing cached before (a needless miss at worst).
      if (!(await back)) markAll();
    } catch {
      markAll();
    } finally {
      waiting.delete(token);
    }
  };

  /**
   * The next sync: sent once the one in flight is back (at once when none is), after the reads of this
   * event-loop turn have joined it. Under load the syncs run back to back, so a cached read waits at
   * most two round trips; a lone read waits one.
   */
  const sync = async () => {
    await inFlight;
    await new Promise((resolve) => setImmediate(resolve));
    gathering = undefined;
    inFlight = roundTrip();
    await inFlight;
  };

  return {
    current: (userId) => (listening ? String(changes.stampOf(userId)) : undefined),
    account: (userId) => (listening ? String(accounts.stampOf(userId)) : undefined),
    bump: (userId) => changes.mark(userId),
    async settled() {
      // A sync not yet sent when this read began covers it (one already sent may have left before the write).
      if (listening) await (gathering ??= sync());
    },
  };
}
