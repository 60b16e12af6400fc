import type { CouriersLoaders } from '../loaders';
import { type CouriersModels, changeIdOf, type DeliveryChangeDoc, type DeliveryDoc } from '../models';

/**
 * A delivery's change log in order: entries `1..seq` by exact key through the request's loader.
 * A delivery changed before entries had keys has random entry ids; its log is read by delivery.
 */
export async function deliveryHistory(
  models: CouriersModels,
  loaders: CouriersLoaders,
  d: DeliveryDoc,
): Promise<DeliveryChangeDoc[]> {
  const ids = Array.from({ length: d.seq }, (_, i) => changeIdOf(d._id, i + 1));
  const entries = await loaders.change(d.merchantId).loadMany(ids);
  const keyed = entries.filter((e): e is DeliveryChangeDoc => e !== null && !(e instanceof Error));
  if (keyed.length === ids.length) return keyed;
  return models.changes
    .find({ merchantId: d.merchantId, deliveryId: d._id })
    .sort({ seq: 1 })
    .lean<DeliveryChangeDoc[]>()
    .exec();
}
