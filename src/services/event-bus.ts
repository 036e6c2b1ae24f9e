import type { Log } from '../core/ports.js';
import type { EventBus, TrackEvent } from '../core/tracks/events.js';

/** An in-process bus: listeners run synchronously, each isolated from the others' failures. */
export function createEventBus(log: Log): EventBus {
  const listeners = new Set<(event: TrackEvent) => void>();
  return {
    publish(event) {
      for (const listener of listeners) {
        try {
          listener(event);
        } catch (e) {
          log.error({ event: 'event_listener_failed', type: event.type, error: (e as Error).name }, 'an event listener failed');
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
