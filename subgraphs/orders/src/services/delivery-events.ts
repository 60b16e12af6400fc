import { type DeliveryStatusChangedPayload, type EventBus, EventTypes, idempotentHandler } from '@pos/kit';
import { type CashOnDeliveryDeps, recordCashOnDelivery } from './courier-cash';

/** Consumer group of this subgraph on the bus. */
export const CONSUMER_GROUP = 'orders';

/**
 * Deliveries DONE with cash collected become a payment on their order and cash the courier holds
 * until a hand-over. Once per event (processed-events claim), and once per delivery whatever the
 * events (keyed ledger entry, payment id on the order).
 */
export function consumeDeliveryEvents(bus: EventBus, deps: CashOnDeliveryDeps) {
  const handler = idempotentHandler(deps.models.processed, 'orders.cash-on-delivery', (event) =>
    recordCashOnDelivery(deps, event.merchantId, event.payload as unknown as DeliveryStatusChangedPayload),
  );
  return bus.subscribe(CONSUMER_GROUP, [EventTypes.DeliveryStatusChanged], handler);
}
