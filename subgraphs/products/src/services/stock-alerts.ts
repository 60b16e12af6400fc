import { type EventBus, EventTypes, type Logger, type PubSub } from '@pos/kit';

/** The pub/sub topic live low-stock (and negative-stock) alerts of a branch go to. */
export const stockAlertTopic = (merchantId: string, branchId: string) =>
  `stock-low:${merchantId}:${branchId}`;

/**
 * Forwards stock alerts from the bus (published by the outbox relay) to pub/sub, where the
 * subscription that carries them to clients listens. Live updates are best effort, so a
 * redelivered event is simply sent again.
 */
export async function forwardStockAlerts(
  bus: EventBus,
  pubsub: PubSub,
  logger: Logger,
): Promise<() => Promise<void>> {
  return bus.subscribe(
    'products-live-alerts',
    [EventTypes.StockLow, EventTypes.StockNegative],
    async (event) => {
      if (!event.branchId) return;
      await pubsub.publish(stockAlertTopic(event.merchantId, event.branchId), {
        type: event.type,
        ...event.payload,
      });
      logger.debug({ type: event.type, merchantId: event.merchantId }, 'stock alert forwarded');
    },
  );
}
