import type { DeliveryOutcome, DeliveryRunner, ScheduledDelivery } from '../../core/delivery.port.js';
import type { DeliveryClaims } from './delivery-claims.js';

/**
 * Deliveries run in this process, each key claimed in the processed-updates ledger first, so two
 * runs at once (or a second process on the same file) send it once. A key that was not sent gives
 * its claim back for a later run. A claim left by a process killed mid-send would stop that message
 * for good, so a delivery that claims its keys with a lease (`claimsItsKeys`: reminders, digests and
 * nudges, services/delivery/send-once.ts) gets none here. (On PostgreSQL the pg-boss runner takes over.)
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
        const own = delivery.claimsItsKeys === true;
        if (!own && !(await claims.claim(delivery.name, key))) continue;
        const outcome = await delivery.deliver(key).catch((): DeliveryOutcome => 'failed');
        if (outcome === 'sent') sent += 1;
        else if (!own) await claims.release(delivery.name, key);
      }
      return sent;
    },
    stop: async () => undefined,
  };
}
