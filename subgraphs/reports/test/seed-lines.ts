import { addDays } from '@pos/kit/dates';
import type { ReportsModels, SaleLineRow, SaleOrderRow } from '../src/models';

/**
 * Seeds `count` sale lines (and one order row per 4 lines) spread over a year, straight into
 * the read models with insertMany in batches: what a year of projected sales looks like.
 */
export async function seedSaleLines(models: ReportsModels, merchantId: string, count: number, batch = 5000) {
  for (let start = 0; start < count; start += batch) {
    const lines: SaleLineRow[] = [];
    const orders: SaleOrderRow[] = [];
    for (let i = start; i < Math.min(start + batch, count); i++) {
      const businessDate = addDays('2025-01-01', i % 365);
      const keys = {
        merchantId,
        eventId: `e${i >> 2}`,
        kind: 'SALE' as const,
        branchId: `b${i % 2}`,
        cashierId: `c${i % 3}`,
        orderId: `o${i >> 2}`,
        number: `INV/${i >> 2}`,
        businessDate,
        month: businessDate.slice(0, 7),
        year: '2025',
      };
      const money = {
        gross: 16000,
        discounts: 1000,
        returns: 0,
        net: 15000,
        tax: 0,
        cost: 6000,
        profit: 9000,
      };
      lines.push({
        _id: `l${i}`,
        ...keys,
        ...money,
        productId: `p${i % 50}`,
        sku: `SKU-${i % 50}`,
        name: `Produk ${i % 50}`,
        categoryId: null,
        quantity: 1,
      });
      if (i % 4 === 0) orders.push({ _id: `o${i}`, ...keys, ...money, orders: 1, total: 15000 });
    }
    await models.saleLines.insertMany(lines, { lean: true, ordered: false });
    await models.saleOrders.insertMany(orders, { lean: true, ordered: false });
  }
}
