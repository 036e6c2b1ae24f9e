import type { DeliveryOutcome, DeliveryRunner, ScheduledDelivery } from '../../core/delivery.port.js';

/**
 * Deliveries run in this process (on PostgreSQL the pg-boss runner takes over). Each kind claims its keys itself, with
 * a lease, before it sends (services/delivery/send-once.ts), so two runs at once, or a second process on the same
 * file, send a message once, and one killed mid-send leaves a claim a later run takes over.
 */
export function createInProcessRunner(deliveries: readonly ScheduledDelivery[]): DeliveryRunner {
  const byName = new Map(deliveries.map((delivery) => [delivery.name, delivery]));
  return {
    async run(name) {
      const delivery = byName.get(name);
      if (!delivery) return 0;
      let sent = 0;
      for (const key of await delivery.due()) {
        const outcome = await delivery.deliver(key).catch((): DeliveryOutcome => 'failed');
        if (outcome === 'sent') sent += 1;
      }
      return sent;
    },
    stop: async () => undefined,
  };
}
