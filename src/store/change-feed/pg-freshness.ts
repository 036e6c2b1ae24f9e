import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Freshness } from '../../core/ports.js';
import type { PgListener } from '../relay/pg-listener.js';
import { createChangeLog } from './change-log.js';

/**
 * PostgreSQL: every instance hears every committed change to a person's data (the triggers NOTIFY
 * their id, see triggers.ts) on its listening connection, and retires that person's views. While
 * the connection is down or unproven (starting, reconnecting, a keepalive overdue), `current` is
 * undefined and every read goes to the database; once it listens again, everything cached before
 * counts as changed, since notifications sent meanwhile were missed.
 *
 * The bound: a read sees a write once its notification reached this process. PostgreSQL sends it
 * to every listener at commit, before the writer can acknowledge anything, and `settled()` lets
 * the notifications already received in this turn of the event loop be applied first; a read that
 * begins after the writing instance answered has never been seen stale in the two-instance test.
 */
export function createPgFreshness(listener: PgListener, channel: string): Freshness {
  const changes = createChangeLog();
  let listening = false;
  listener.add({
    channel,
    message: (userId) => changes.mark(userId),
    up: () => {
      changes.markAll();
      listening = true;
    },
    down: () => {
      listening = false;
    },
  });
  return {
    current: (userId) => (listening ? String(changes.stampOf(userId)) : undefined),
    bump: (userId) => changes.mark(userId),
    // The I/O callbacks of this loop turn (a notification read with the request) run before it.
    settled: () => nextTurn(),
  };
}
