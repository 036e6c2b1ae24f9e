import type { Clock, ProcessedUpdates } from '../../core/ports.js';

/** How long handled update ids are remembered; Telegram gives up redelivering long before. */
export const REMEMBER_UPDATES_MS = 7 * 24 * 3600 * 1000;

/**
 * Claims on deliveries, so each is handled once: incoming updates a platform may deliver twice
 * (Telegram redelivers after a timeout or a restart) and messages sent on a schedule (one nudge a
 * day, however many instances run). The first delivery claims the id; a repeat finds it taken.
 */
export function createDeliveryClaims(deps: { processedUpdates: ProcessedUpdates; clock: Clock }) {
  return {
    claim: (source: string, updateId: string | number) =>
      deps.processedUpdates.claim(source, String(updateId), deps.clock.now()),
    release: (source: string, updateId: string | number) => deps.processedUpdates.release(source, String(updateId)),
    prune: () => deps.processedUpdates.forgetBefore(new Date(deps.clock.now().getTime() - REMEMBER_UPDATES_MS)),
  };
}

export type DeliveryClaims = ReturnType<typeof createDeliveryClaims>;
