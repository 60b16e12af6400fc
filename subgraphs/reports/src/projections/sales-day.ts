import { getByKey, type KeyedRunner } from '@pos/kit';
import type { ReportsModels, SaleOrderRow, SalesDayRow } from '../models';
import { addToDayRow, insertMissing } from './day-rows';
import { upsertAll } from './upsert';

export const salesDayId = (r: Pick<SalesDayRow, 'merchantId' | 'businessDate' | 'branchId' | 'cashierId'>) =>
  `${r.merchantId}|${r.businessDate}|${r.branchId}|${r.cashierId}`;

/** The mark of an event settled out of a day row's list: keyed by the row (merchant first) and the event. */
export const salesDayMarkId = (dayId: string, eventId: string) => `${dayId}|${eventId}`;

const SUMMED = ['gross', 'discounts', 'returns', 'net', 'tax', 'cost', 'profit', 'orders'] as const;

/**
 * Writes one order-level fact (a sale, a void or a refund) and adds it to its day row, once (see
 * `addToDayRow`), both under the row's lock. When the fact's row was inserted, not replaced, this
 * is its first delivery, which cannot have been counted, so neither the day row nor the mark need
 * be read; under the lock no other delivery of it can be adding meanwhile. Every read and write is
 * by exact `_id`.
 */
export async function addToSalesDay(
  models: ReportsModels,
  row: SaleOrderRow,
  lock: KeyedRunner,
): Promise<void> {
  const _id = salesDayId(row);
  await lock.run(`day:${_id}`, async () => {
    const { fresh } = await upsertAll(models.saleOrders, [row]);
    await addToDayRow({
      fresh,
      model: models.salesDays,
      _id,
      merchantId: row.merchantId,
      list: 'events',
      item: row.eventId,
      $inc: Object.fromEntries(SUMMED.map((k) => [k, row[k]])),
      fields: {
        branchId: row.branchId,
        cashierId: row.cashierId,
        businessDate: row.businessDate,
        month: row.month,
        year: row.year,
      },
      settled: async () =>
        !fresh && (await getByKey(models.salesDayMarks, salesDayMarkId(_id, row.eventId))) !== null,
      settle: (events) =>
        insertMissing(
          models.salesDayMarks,
          events.map((e) => ({ _id: salesDayMarkId(_id, e), merchantId: row.merchantId })),
        ),
    });
  });
}
