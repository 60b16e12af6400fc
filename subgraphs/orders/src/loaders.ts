import { getOwnedMany, op, tenantLoader } from '@pos/kit';
import DataLoader from 'dataloader';
import type { CashMovementDoc, ChargeDoc, OrderDoc, OrdersModels, ShiftDoc } from './models';
import { type ShiftFigures, shiftFigures } from './services/shift.service';

/** Created per request; `__resolveReference` always goes through these. */
export function createLoaders(models: OrdersModels) {
  return {
    /** One exact get per id (`$in` would scan the orders). */
    order: tenantLoader<OrderDoc>(async (merchantId, ids) =>
      (await getOwnedMany<OrderDoc>(models.orders, ids, merchantId)).filter((o): o is OrderDoc => o !== null),
    ),
    /** Provider charges by id (a payment's alerts), one exact get each. */
    charge: tenantLoader<ChargeDoc>(async (merchantId, ids) =>
      (await getOwnedMany<ChargeDoc>(models.charges, ids, merchantId)).filter(
        (c): c is ChargeDoc => c !== null,
      ),
    ),
    /** Cash movements per shift, one `$in` query per batch. */
    movements: tenantLoader<{ _id: string; items: CashMovementDoc[] }>(async (merchantId, shiftIds) => {
      const rows = await models.cashMovements
        .find({ merchantId, shiftId: op({ $in: [...shiftIds] }) })
        .sort({ at: 1 })
        .lean<CashMovementDoc[]>();
      return shiftIds.map((id) => ({ _id: id, items: rows.filter((r) => r.shiftId === id) }));
    }),
    /** A shift's cash figures, computed once per request however many fields ask. */
    figures: new DataLoader<ShiftDoc, ShiftFigures, string>(
      (shifts) => Promise.all(shifts.map((s) => shiftFigures(models, s))),
      { cacheKeyFn: (s) => s._id },
    ),
  };
}
export type OrdersLoaders = ReturnType<typeof createLoaders>;
