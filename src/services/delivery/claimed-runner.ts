import type { DeliveryOutcome, DeliveryRunner, ScheduledDelivery } from '../../core/delivery.port.js';
import type { DeliveryClaims } from './delivery-claims.js';

/**
 * Deliveries run in this process, each key claimed in the processed-updates ledger first, so two
 * runs at once (or a second process on the same file) send it once. A key that was not sent gives
 * its claim back for a later run. (On PostgreSQL the pg-boss runner takes over: there a claim held
 * by an instance that died would stop the message for good.)
 */
export function createClaimedRunner(
  claims: Pick<DeliveryClaims, 'claim' | 'release'>,
  deliveries: readonly ScheduledDelivery[],
): DeliveryRunner {
  const byName = new Map(deliveries.map((delivery) => [delivery.name, delivery]));
  return {
    async run(name) {
      const delivery = byName.get(name);
      if (!delivery) return 0;
      let sent = 0;
      for (const key of await delivery.due()) {
        if (!(await claims.claim(delivery.name, key))) continue;
        const outcome = await delivery.deliver(key).catch((): DeliveryOutcome => 'failed');
        if (outcome === 'sent') sent += 1;
        else await claims.release(delivery.name, key);
      }
      return sent;
    },
    stop: async () => undefined,
  };
}
