import { addDays } from '@pos/kit/dates';
import type { ReportsModels, SaleLineRow, SaleOrderRow, SalesDayRow } from '../src/models';
import { salesDayId } from '../src/projections/sales-day';

export const SEEDED_LINES_PER_ORDER = 4;
/** Every seeded line: one unit at 16,000 less a 1,000 discount, cost 6,000. */
export const SEEDED_LINE = {
  gross: 16000,
  discounts: 1000,
  returns: 0,
  net: 15000,
  tax: 0,
  cost: 6000,
  profit: 9000,
} as const;
const MONEY = Object.keys(SEEDED_LINE) as (keyof typeof SEEDED_LINE)[];

/**
 * Seeds `count` sale lines over 2025 straight into the read models with insertMany, in batches:
 * what a year of projected sales looks like. Orders hold four lines each and rotate over the 365
 * days, two branches and three cashiers; their order rows and the day roll-up are written to
 * match, as the projections would have written them.
 */
export async function seedSaleLines(models: ReportsModels, merchantId: string, count: number, batch = 5000) {
  const days = new Map<string, SalesDayRow>();
  const orderCount = Math.ceil(count / SEEDED_LINES_PER_ORDER);
  for (let first = 0; first < orderCount; first += batch / SEEDED_LINES_PER_ORDER) {
    const lines: SaleLineRow[] = [];
    const orders: SaleOrderRow[] = [];
    for (let k = first; k < Math.min(first + batch / SEEDED_LINES_PER_ORDER, orderCount); k++) {
      const businessDate = addDays('2025-01-01', k % 365);
      const keys = {
        merchantId,
        eventId: `e${k}`,
        kind: 'SALE' as const,
        branchId: `b${k % 2}`,
        cashierId: `c${k % 3}`,
        orderId: `o${k}`,
        number: `INV/${k}`,
        businessDate,
        month: businessDate.slice(0, 7),
        year: businessDate.slice(0, 4),
      };
      const n = Math.min(SEEDED_LINES_PER_ORDER, count - k * SEEDED_LINES_PER_ORDER);
      for (let j = 0; j < n; j++) {
        const p = (k * SEEDED_LINES_PER_ORDER + j) % 50;
        lines.push({
          _id: `${keys.eventId}:l${j}`,
          ...keys,
          ...SEEDED_LINE,
          productId: `p${p}`,
          sku: `SKU-${p}`,
          name: `Produk ${p}`,
          categoryId: null,
          unitName: 'pcs',
          quantity: 1,
          baseQuantity: 1,
        });
      }
      const money = Object.fromEntries(MONEY.map((m) => [m, SEEDED_LINE[m] * n])) as Record<
        (typeof MONEY)[number],
        number
      >;
      orders.push({ _id: `${keys.eventId}:o`, ...keys, ...money, orders: 1, total: money.net });
      const id = salesDayId(keys);
      const day = days.get(id) ?? {
        _id: id,
        merchantId,
        branchId: keys.branchId,
        cashierId: keys.cashierId,
        businessDate,
        month: keys.month,
        year: keys.year,
        gross: 0,
        discounts: 0,
        returns: 0,
        net: 0,
        tax: 0,
        cost: 0,
        profit: 0,
        orders: 0,
        events: [],
      };
      for (const m of MONEY) day[m] += money[m];
      day.orders += 1;
      day.events.push(keys.eventId);
      days.set(id, day);
    }
    await models.saleLines.insertMany(lines, { lean: true, ordered: false });
    await models.saleOrders.insertMany(orders, { lean: true, ordered: false });
  }
  const rows = [...days.values()];
  for (let i = 0; i < rows.length; i += 500)
    await models.salesDays.insertMany(rows.slice(i, i + 500), { lean: true, ordered: false });
}
