import { getByKey, type KeyedRunner } from '@pos/kit';
import type { ReportsModels, SaleOrderRow, SalesDayRow } from '../models';
import { addToDayRow, insertMissing } from './day-rows';

export const salesDayId = (r: Pick<SalesDayRow, 'merchantId' | 'businessDate' | 'branchId' | 'cashierId'>) =>
  `${r.merchantId}|${r.businessDate}|${r.branchId}|${r.cashierId}`;

/** The mark of an event settled out of a day row's list: keyed by the row (merchant first) and the event. */
export const salesDayMarkId = (dayId: string, eventId: string) => `${dayId}|${eventId}`;

const SUMMED = ['gross', 'discounts', 'returns', 'net', 'tax', 'cost', 'profit', 'orders'] as const;

/**
 * Adds one order-level fact (a sale, a void or a refund) to its day row, once (see `addToDayRow`).
 * `fresh` says the fact's own row was just inserted, not replaced: a first delivery, which cannot
 * have been counted, so the mark need not be read. Every read and write is by exact `_id`, under
 * the row's lock.
 */
export async function addToSalesDay(
  models: ReportsModels,
  row: SaleOrderRow,
  lock: KeyedRunner,
  fresh = false,
): Promise<void> {
  const _id = salesDayId(row);
  await lock.run(`day:${_id}`, () =>
    addToDayRow({
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
    }),
  );
}
