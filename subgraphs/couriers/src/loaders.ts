import { getOwnedMany, tenantLoader } from '@pos/kit';
import type { CourierDoc, CouriersModels, DeliveryChangeDoc, DeliveryDoc, DeliveryOrderDoc } from './models';
import { deliveryOrderId } from './models';

/** Per merchant, a by-`_id` loader whose batch does one exact get per key (never `$in`). */
const byKey = <T extends { _id: unknown }>(model: Parameters<typeof getOwnedMany>[0]) =>
  tenantLoader<T>(async (merchantId, ids) =>
    (await getOwnedMany<T>(model, ids, merchantId)).filter((row): row is Awaited<T> => row !== null),
  );

/** Created per request (and per subscription event); `__resolveReference` always uses these. */
export function createLoaders(models: CouriersModels) {
  const orderClaims = byKey<DeliveryOrderDoc>(models.deliveryOrders);
  return {
    courier: byKey<CourierDoc>(models.couriers),
    delivery: byKey<DeliveryDoc>(models.deliveries),
    /** An order's claim on its delivery, keyed by order id. */
    deliveryOrder: (merchantId: string) => ({
      load: (orderId: string) => orderClaims(merchantId).load(deliveryOrderId(merchantId, orderId)),
    }),
    /** Change-log entries by `<deliveryId>#<seq>`. */
    change: byKey<DeliveryChangeDoc>(models.changes),
  };
}
export type CouriersLoaders = ReturnType<typeof createLoaders>;
