import { claimKey, isDuplicateKey, type Logger } from '@pos/kit';
import {
  type CourierDoc,
  type CouriersModels,
  courierAccountId,
  type DeliveryDoc,
  deliveryOrderId,
} from '../models';

const MARKER = 'couriers.claims.v1';

/**
 * Gives deliveries and courier profiles written before order and account claims existed their
 * claims, once per database (a marker records it): afterwards `Order.delivery`, `myCourier` and
 * position reports find them by exact key. The one pass reads both collections whole, at boot,
 * before consumers start; claiming is idempotent, so two processes booting at once are harmless.
 */
export async function backfillClaims(models: CouriersModels, logger: Logger): Promise<void> {
  const markers = models.deliveries.db.collection<{ _id: string; at: Date }>('migrations');
  if (await markers.findOne({ _id: MARKER })) return;
  let claimed = 0;
  const cross = { crossTenant: true };
  for await (const d of models.deliveries.find({}).setOptions(cross).lean<DeliveryDoc[]>().cursor()) {
    const claim = { merchantId: d.merchantId, orderId: d.orderId, deliveryId: d._id };
    if (await claimKey(models.deliveryOrders, { _id: deliveryOrderId(d.merchantId, d.orderId), ...claim }))
      claimed++;
  }
  for await (const c of models.couriers.find({}).setOptions(cross).lean<CourierDoc[]>().cursor()) {
    const claim = { merchantId: c.merchantId, userId: c.userId, courierId: c._id };
    if (await claimKey(models.courierAccounts, { _id: courierAccountId(c.merchantId, c.userId), ...claim }))
      claimed++;
  }
  try {
    await markers.insertOne({ _id: MARKER, at: new Date() });
  } catch (err) {
    // Another process booting at once finished first.
    if (!isDuplicateKey(err)) throw err;
  }
  if (claimed > 0) logger.info({ claimed }, 'claims written for deliveries and couriers made before them');
}
