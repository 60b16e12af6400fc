import { isDuplicateKey, type KeyedRunner, op } from '@pos/kit';
import type { ReportsModels, SaleOrderRow, SalesDayRow } from '../models';

export const salesDayId = (r: Pick<SalesDayRow, 'merchantId' | 'businessDate' | 'branchId' | 'cashierId'>) =>
  `${r.merchantId}|${r.businessDate}|${r.branchId}|${r.cashierId}`;

/**
 * Adds one order-level fact (a sale, a void or a refund) to its day row, once. The filter only
 * matches a row that does not yet list the event, so the update is a no-op for a redelivery:
 * the upsert then collides with the existing row (E11000). A collision can also mean another
 * writer created the row first, so the update is tried again once against the existing row;
 * colliding a second time means the event is already in.
 */
export async function addToSalesDay(
  models: ReportsModels,
  row: SaleOrderRow,
  lock: KeyedRunner,
): Promise<void> {
  const _id = salesDayId(row);
  // One writer per day row at a time (FerretDB rewrites whole documents and loses concurrent updates).
  await lock.run(`day:${_id}`, async () => {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        await models.salesDays.updateOne(
          { _id, merchantId: row.merchantId, events: op({ $ne: row.eventId }) },
          {
            $inc: {
              gross: row.gross,
              discounts: row.discounts,
              returns: row.returns,
              net: row.net,
              tax: row.tax,
              cost: row.cost,
              profit: row.profit,
              orders: row.orders,
            },
            $push: { events: row.eventId },
            $setOnInsert: {
              branchId: row.branchId,
              cashierId: row.cashierId,
              businessDate: row.businessDate,
              month: row.month,
              year: row.year,
            },
          },
          { upsert: true },
        );
        return;
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
      }
    }
  });
}
