import { getByKey, isDuplicateKey, type KeyedRunner, updateByKey } from '@pos/kit';
import type { ReportsModels, SaleOrderRow, SalesDayRow } from '../models';

export const salesDayId = (r: Pick<SalesDayRow, 'merchantId' | 'businessDate' | 'branchId' | 'cashierId'>) =>
  `${r.merchantId}|${r.businessDate}|${r.branchId}|${r.cashierId}`;

const SUMMED = ['gross', 'discounts', 'returns', 'net', 'tax', 'cost', 'profit', 'orders'] as const;

/**
 * Adds one order-level fact (a sale, a void or a refund) to its day row, once. The row lists the
 * events already added in, so a redelivery finds its id there and adds nothing. The row is read
 * and written by its exact `_id` only (the key leads with the merchant), under the row's lock:
 * one writer per day row at a time, since FerretDB rewrites whole documents and would lose one of
 * two concurrent updates anyway. Across processes without a shared lock, two first events of a
 * day race to insert the row: the loser (E11000) reads it again and adds itself as an update.
 */
export async function addToSalesDay(
  models: ReportsModels,
  row: SaleOrderRow,
  lock: KeyedRunner,
): Promise<void> {
  const _id = salesDayId(row);
  await lock.run(`day:${_id}`, async () => {
    for (let attempt = 0; attempt < 2; attempt++) {
      const day = await getByKey<Pick<SalesDayRow, 'merchantId' | 'events'>>(models.salesDays, _id, {
        merchantId: 1,
        events: 1,
      });
      if (day) {
        if (day.merchantId !== row.merchantId)
          throw new Error(`sales day ${_id} belongs to another merchant`);
        if (day.events.includes(row.eventId)) return;
        const $inc = Object.fromEntries(SUMMED.map((k) => [k, row[k]]));
        await updateByKey(models.salesDays, _id, { $inc, $push: { events: row.eventId } });
        return;
      }
      try {
        await models.salesDays.create({
          _id,
          merchantId: row.merchantId,
          branchId: row.branchId,
          cashierId: row.cashierId,
          businessDate: row.businessDate,
          month: row.month,
          year: row.year,
          ...Object.fromEntries(SUMMED.map((k) => [k, row[k]])),
          events: [row.eventId],
        });
        return;
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
      }
    }
  });
}
