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
  /** Closes the user's sockets on this instance (their account is gone): 4401, as for a dead token. */
  disconnect(userId: UserId): void;
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
    if (event.type === 'account_erased') return void closeAll(event.userId);
    for (const connection of byUser.get(event.userId) ?? []) {
      const message = liveMessage(event, connection.locale, deps.program);
      if (!message || connection.socket.readyState !== connection.socket.OPEN) continue;
      if (connection.socket.bufferedAmount > MAX_BUFFERED_BYTES) connection.socket.terminate();
      else connection.socket.send(JSON.stringify(message));
    }
  };
  const closeAll = (userId: UserId) => {
    for (const connection of byUser.get(userId) ?? []) connection.socket.close(4401, 'account closed');
  };
  // Subscribed (to this process's events and, through the relay, other processes') only while
  // some socket is open: with none, nothing listens or tails the database on the hub's behalf.
  let unsubscribe: (() => void) | undefined;

  const keepalive = setInterval(() => {
    for (const set of byUser.values()) {
      for (const connection of set) {
        if (!connection.alive) {
          connection.socket.terminate();
          continue;
        }
        connection.alive = false;
        connection.socket.ping();
      }
    }
  }, KEEPALIVE_MS).unref();

  return {
    add(userId, socket, locale) {
      const connection: Connection = { socket, locale, alive: true };
      socket.on('pong', () => (connection.alive = true));
      const set = byUser.get(userId) ?? new Set();
      byUser.set(userId, set.add(connection));
      unsubscribe ??= deps.bus.subscribe(push, { remote: true });
      return () => {
        set.delete(connection);
        if (set.size === 0 && byUser.get(userId) === set) byUser.delete(userId);
        if (byUser.size === 0) {
          unsubscribe?.();
          unsubscribe = undefined;
        }
      };
    },
    connections: (userId) => byUser.get(userId)?.size ?? 0,
    disconnect: closeAll,
    close() {
      unsubscribe?.();
      unsubscribe = undefined;
      clearInterval(keepalive);
    },
  };
}
