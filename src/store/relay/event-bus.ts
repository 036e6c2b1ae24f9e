import type { Log } from '../../core/ports.js';
import type { EventBus, EventRelay, TrackEvent } from '../../core/tracks/events.js';

type Listener = (event: TrackEvent) => void;

/**
 * The process's bus: listeners run synchronously, each isolated from the others' failures. With a
 * relay it spans processes: local events also go out through it, and while a listener wants remote
 * events (the WebSocket hub with sockets open) other processes' events come in, marked `remote`,
 * to those listeners only — so metrics never count another process's action a second time.
 */
export function createEventBus(log: Log, relay?: EventRelay): EventBus {
  const localOnly = new Set<Listener>();
  const everywhere = new Set<Listener>();
  const deliver = (listeners: Set<Listener>, event: TrackEvent) => {
    for (const listener of listeners) {
      try {
        listener(event);
      } catch (error) {
        log.error(
          { event: 'event_listener_failed', type: event.type, error: (error as Error).name },
          'an event listener failed',
        );
      }
    }
  };
  const receive = (event: TrackEvent) => deliver(everywhere, { ...event, remote: true });

  return {
    publish(event) {
      deliver(localOnly, event);
      deliver(everywhere, event);
      try {
        relay?.send(event);
      } catch (error) {
        log.error(
          { event: 'event_relay_failed', type: event.type, error: (error as Error).name },
          'an event could not be relayed',
        );
      }
    },
    subscribe(listener, options) {
      const set = options?.remote ? everywhere : localOnly;
      set.add(listener);
      if (set === everywhere && set.size === 1) relay?.start(receive);
      return () => {
        if (set.delete(listener) && set === everywhere && set.size === 0) relay?.stop();
      };
    },
  };
}
