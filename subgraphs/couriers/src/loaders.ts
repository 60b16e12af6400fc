import { op, tenantLoader } from '@pos/kit';
import DataLoader from 'dataloader';
import type { CourierDoc, CouriersModels, DeliveryChangeDoc, DeliveryDoc } from './models';

/** Per merchant, a loader of many rows per key (one `$in` query per batch), in key order. */
function groupedLoader<T>(
  fetch: (merchantId: string, keys: readonly string[]) => Promise<T[]>,
  keyOf: (row: T) => string,
) {
  const perMerchant = new Map<string, DataLoader<string, T[]>>();
  return (merchantId: string) => {
    let loader = perMerchant.get(merchantId);
    if (!loader) {
      loader = new DataLoader<string, T[]>(async (keys) => {
        const groups = new Map<string, T[]>();
        for (const row of await fetch(merchantId, keys)) {
          const key = keyOf(row);
          groups.set(key, [...(groups.get(key) ?? []), row]);
        }
        return keys.map((k) => groups.get(k) ?? []);
      });
      perMerchant.set(merchantId, loader);
    }
    return loader;
  };
}

/** Created per request (and per subscription event); `__resolveReference` always uses these. */
export function createLoaders(models: CouriersModels) {
  return {
    courier: tenantLoader<CourierDoc>((merchantId, ids) =>
      models.couriers.find({ merchantId, _id: op({ $in: [...ids] }) }).lean<CourierDoc[]>(),
    ),
    delivery: tenantLoader<DeliveryDoc>((merchantId, ids) =>
      models.deliveries.find({ merchantId, _id: op({ $in: [...ids] }) }).lean<DeliveryDoc[]>(),
    ),
    deliveriesByOrder: groupedLoader<DeliveryDoc>(
      (merchantId, orderIds) =>
        models.deliveries.find({ merchantId, orderId: op({ $in: [...orderIds] }) }).lean<DeliveryDoc[]>(),
      (d) => d.orderId,
    ),
    changes: groupedLoader<DeliveryChangeDoc>(
      (merchantId, deliveryIds) =>
        models.changes
          .find({ merchantId, deliveryId: op({ $in: [...deliveryIds] }) })
          .sort({ deliveryId: 1, seq: 1 })
          .lean<DeliveryChangeDoc[]>(),
      (c) => c.deliveryId,
    ),
  };
}
export type CouriersLoaders = ReturnType<typeof createLoaders>;
