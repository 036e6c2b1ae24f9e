import type { Clock, ProcessedUpdates } from '../core/ports.js';

/** How long handled update ids are remembered; Telegram gives up redelivering long before. */
export const REMEMBER_UPDATES_MS = 7 * 24 * 3600 * 1000;

/**
 * Exactly-once handling of incoming updates that a platform may deliver twice (Telegram redelivers
 * after a timeout or a restart): the first delivery claims the id, a repeat finds it taken.
 */
export function createUpdateLedger(deps: { processedUpdates: ProcessedUpdates; clock: Clock }) {
  return {
    claim: (source: string, updateId: string | number) =>
      deps.processedUpdates.claim(source, String(updateId), deps.clock.now()),
    release: (source: string, updateId: string | number) => deps.processedUpdates.release(source, String(updateId)),
    prune: () => deps.processedUpdates.forgetBefore(new Date(deps.clock.now().getTime() - REMEMBER_UPDATES_MS)),
  };
}

export type UpdateLedger = ReturnType<typeof createUpdateLedger>;
