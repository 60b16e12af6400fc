import { type EventBus, EventTypes, idempotentHandler, type OrderCompletedPayload } from '@pos/kit';
import { insertDelivery } from './delivery.service';
import type { ChangeDeps } from './delivery-changes';

/** Consumer group of this subgraph on the bus. */
export const CONSUMER_GROUP = 'couriers';

/**
 * Turns completed orders that ask for delivery into READY deliveries. Idempotent twice over: by
 * event id (processed-events claim) and by order (unique index), so a redelivered event or a
 * dispatcher who created the delivery by hand first leaves exactly one delivery.
 */
export function consumeOrderEvents(bus: EventBus, deps: ChangeDeps): Promise<() => Promise<void>> {
  const handler = idempotentHandler(
    deps.models.processed,
    'couriers.deliveries',
    async (event) => {
      const order = event.payload as unknown as OrderCompletedPayload;
      if (!order.delivery) return;
      await insertDelivery(
        deps,
        event.merchantId,
        {
          ...order.delivery,
          orderId: order.orderId,
          branchId: order.branchId,
          promisedAt: order.delivery.promisedAt ? new Date(order.delivery.promisedAt) : null,
        },
        order.cashierId,
        event.id,
      );
    },
    // Most sales are carried out of the shop: only those asking for delivery are claimed.
    { relevant: (event) => Boolean((event.payload as unknown as OrderCompletedPayload).delivery) },
  );
  return bus.subscribe(CONSUMER_GROUP, [EventTypes.OrderCompleted], handler);
}
