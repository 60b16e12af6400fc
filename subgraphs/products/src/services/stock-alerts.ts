import {
  canUseBranch,
  type EventBus,
  EventTypes,
  type Logger,
  liveTopic,
  notFound,
  type PubSub,
  type Viewer,
} from '@pos/kit';

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
      const message: StockAlertMessage = {
        kind: event.type === EventTypes.StockLow ? 'LOW' : 'NEGATIVE',
        merchantId: event.merchantId,
        branchId: event.branchId,
        productId: String(event.payload.productId),
        balance: Number(event.payload.balance),
        threshold: typeof event.payload.threshold === 'number' ? event.payload.threshold : null,
        entrySeq: Number(event.payload.entrySeq ?? 0),
        at: String(event.payload.at ?? event.occurredAt.toISOString()),
      };
      await pubsub.publish(stockAlertTopic(event.merchantId, event.branchId), message);
      logger.debug({ type: event.type, merchantId: event.merchantId }, 'stock alert forwarded');
    },
  );
}

/** What the live topic carries: the tenant, so every subscriber is checked per event. */
export interface StockAlertMessage {
  kind: 'LOW' | 'NEGATIVE';
  merchantId: string;
  branchId: string;
  productId: string;
  balance: number;
  threshold: number | null;
  entrySeq: number;
  at: string;
}

/** The alerts of one branch the viewer works in; another branch reads like an unknown one. */
export function liveStockAlerts(pubsub: PubSub, viewer: Viewer, branchId: string) {
  if (!canUseBranch(viewer, branchId)) throw notFound('Branch');
  return liveTopic<StockAlertMessage>(pubsub, stockAlertTopic(viewer.merchantId, branchId), viewer);
}
