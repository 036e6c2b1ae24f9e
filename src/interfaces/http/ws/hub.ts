import type { WebSocket } from 'ws';
import type { Locale, UserId } from '../../../core/goals/model.js';
import type { EventBus, TrackEvent } from '../../../core/tracks/events.js';
import type { Program } from '../../../core/programs/program.js';
import { liveMessage } from './live-events.js';

const KEEPALIVE_MS = 30_000;
/** A client this far behind (a stalled tab on a bad network) is dropped rather than buffered for. */
const MAX_BUFFERED_BYTES = 1024 * 1024;

interface Connection {
  socket: WebSocket;
  locale: Locale;
  alive: boolean;
}

export interface Hub {
  /** Starts pushing the user's events to this socket; the returned function stops it. */
  add(userId: UserId, socket: WebSocket, locale: Locale): () => void;
  connections(userId: UserId): number;
  close(): void;
}

/**
 * Pushes each user's track events to their open sockets (several per user: a phone and a laptop),
 * whichever interface the action came from: it listens to the event bus, not to routes. Sockets
 * that stop answering pings are dropped.
 */
export function createHub(deps: { bus: EventBus; program: (id: string) => Program | undefined }): Hub {
  const byUser = new Map<UserId, Set<Connection>>();

  const push = (event: TrackEvent) => {
    for (const c of byUser.get(event.userId) ?? []) {
      const message = liveMessage(event, c.locale, deps.program);
      if (!message || c.socket.readyState !== c.socket.OPEN) continue;
      if (c.socket.bufferedAmount > MAX_BUFFERED_BYTES) c.socket.terminate();
      else c.socket.send(JSON.stringify(message));
    }
  };
  // Subscribed (to this process's events and, through the relay, other processes') only while
  // some socket is open: with none, nothing listens or tails the database on the hub's behalf.
  let unsubscribe: (() => void) | undefined;

  const keepalive = setInterval(() => {
    for (const set of byUser.values()) {
      for (const c of set) {
        if (!c.alive) {
          c.socket.terminate();
          continue;
        }
        c.alive = false;
        c.socket.ping();
      }
    }
  }, KEEPALIVE_MS).unref();

  return {
    add(userId, socket, locale) {
      const c: Connection = { socket, locale, alive: true };
      socket.on('pong', () => (c.alive = true));
      const set = byUser.get(userId) ?? new Set();
      byUser.set(userId, set.add(c));
      unsubscribe ??= deps.bus.subscribe(push, { remote: true });
      return () => {
        set.delete(c);
        if (set.size === 0 && byUser.get(userId) === set) byUser.delete(userId);
        if (byUser.size === 0) {
          unsubscribe?.();
          unsubscribe = undefined;
        }
      };
    },
    connections: (userId) => byUser.get(userId)?.size ?? 0,
    close() {
      unsubscribe?.();
      unsubscribe = undefined;
      clearInterval(keepalive);
    },
  };
}
