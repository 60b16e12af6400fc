import {
  type DomainEvent,
  getOwned,
  type KeyedRunner,
  type OrderCompletedPayload,
  type OrderRefundedPayload,
  type OrderVoidedPayload,
  op,
  type PaymentRecord,
  type PaymentRecordedPayload,
  type SoldLine,
} from '@pos/kit';
import type {
  OrderDocRow,
  OrderStatus,
  ReportsModels,
  SaleLineRow,
  SaleOrderRow,
  SalePaymentRow,
  SalesKeys,
  SalesMoney,
} from '../models';
import type { ProjectionDeps } from './deps';
import { addToSalesDay } from './sales-day';
import { upsertAll } from './upsert';

/** The key of an order's document row: the merchant leads, so two merchants' order ids never collide. */
export const orderDocId = (merchantId: string, orderId: string) => `${merchantId}:${orderId}`;

/** Thrown when a refund arrives before its sale; the bus delivers it again later. */
export class SaleNotProjectedYet extends Error {}

const monthOf = (date: string) => date.slice(0, 7);
const yearOf = (date: string) => date.slice(0, 4);

function keys(
  event: DomainEvent,
  kind: SalesKeys['kind'],
  p: { orderId: string; number: string; branchId: string; cashierId: string },
  businessDate: string,
  suffix: string,
): SalesKeys {
  return {
    _id: `${event.id}:${suffix}`,
    merchantId: event.merchantId,
    eventId: event.id,
    kind,
    branchId: p.branchId,
    cashierId: p.cashierId,
    orderId: p.orderId,
    number: p.number,
    businessDate,
    month: monthOf(businessDate),
    year: yearOf(businessDate),
  };
}

/** A sold line's money; `sign` -1 reverses it (a void). */
function lineMoney(line: SoldLine, sign: 1 | -1): SalesMoney {
  const discounts = line.lineDiscount + line.orderDiscount;
  return {
    gross: sign * (line.netRevenue + discounts),
    discounts: sign * discounts,
    returns: 0,
    net: sign * line.netRevenue,
    tax: sign * line.tax,
    cost: sign * line.cost,
    profit: sign * (line.netRevenue - line.cost),
  };
}

function sumMoney(rows: readonly SalesMoney[]): SalesMoney {
  const total: SalesMoney = { gross: 0, discounts: 0, returns: 0, net: 0, tax: 0, cost: 0, profit: 0 };
  for (const r of rows) for (const k of Object.keys(total) as (keyof SalesMoney)[]) total[k] += r[k];
  return total;
}

function paymentRows(
  base: (suffix: string) => SalesKeys,
  payments: readonly PaymentRecord[],
  sign: 1 | -1,
  counts: boolean,
): SalePaymentRow[] {
  return payments.map((pay, i) => ({
    ...base(`p${i}`),
    method: pay.method,
    amount: sign * pay.amount,
    payments: counts ? sign : 0,
  }));
}

/**
 * The status an invoice prints, read from the order's rows when it is printed rather than stored
 * by whichever event came last. Delivery is at least once and in no order across event types: a
 * sale can come again after its void or refund (a crashed consumer's message claimed late), a
 * void can come before its sale, and two replicas can handle a sale and its void at once. The
 * void and refund rows are written deterministically by their own events, so they always tell.
 */
export async function orderStatus(
  models: ReportsModels,
  merchantId: string,
  orderId: string,
): Promise<OrderStatus> {
  const reversals = await models.saleLines
    .find({ merchantId, orderId, kind: op({ $in: ['VOID', 'REFUND'] }) }, { kind: 1 })
    .lean<Pick<SaleLineRow, 'kind'>[]>();
  if (reversals.some((r) => r.kind === 'VOID')) return 'VOIDED';
  if (reversals.some((r) => r.kind === 'REFUND')) return 'REFUNDED';
  return 'COMPLETED';
}

/**
 * A completed sale, or its void (`sign` -1). A void reverses the whole sale on the original
 * sale's business date, so past days stay consistent with their orders (the void itself
 * happened in the same shift anyway).
 */
async function projectSaleOrVoid(
  models: ReportsModels,
  event: DomainEvent,
  p: OrderCompletedPayload | OrderVoidedPayload,
  sign: 1 | -1,
  lock: KeyedRunner,
): Promise<void> {
  const kind = sign === 1 ? 'SALE' : 'VOID';
  const date = 'saleBusinessDate' in p ? p.saleBusinessDate : p.businessDate;
  const base = (suffix: string) => keys(event, kind, p, date, suffix);
  const lines: SaleLineRow[] = p.lines.map((line, i) => ({
    ...base(`l${i}`),
    ...lineMoney(line, sign),
    productId: line.productId,
    sku: line.sku,
    name: line.name,
    categoryId: line.categoryId,
    unitName: line.unitName,
    quantity: sign * line.quantity,
    baseQuantity: sign * line.baseQuantity,
  }));
  await upsertAll(models.saleLines, lines);
  await upsertAll(models.salePayments, paymentRows(base, p.payments, sign, true));
  const order: SaleOrderRow = {
    ...base('o'),
    ...sumMoney(lines),
    orders: sign,
    total: sign * p.totals.total,
  };
  await addToSalesDay(models, order, lock);
  const docId = orderDocId(event.merchantId, p.orderId);
  if (sign === 1)
    await upsertAll(models.orderDocs, [
      {
        _id: docId,
        merchantId: event.merchantId,
        orderId: p.orderId,
        payload: { ...p },
      },
    ]);
}

/**
 * A refund books negative quantities and `returns` on the original sale's business date and
 * product; gross and discounts of the sale stay as they were (Shopify's "returns" convention).
 */
async function projectRefund(
  models: ReportsModels,
  event: DomainEvent,
  p: OrderRefundedPayload,
  lock: KeyedRunner,
) {
  // The sale as received, by its exact key; written last when a sale is projected, so once it
  // is there the sale's rows are too.
  const sale = await getOwned<OrderDocRow>(
    models.orderDocs,
    orderDocId(event.merchantId, p.orderId),
    event.merchantId,
  );
  if (!sale) throw new SaleNotProjectedYet(`order ${p.orderId} not projected yet`);
  const sold = (sale.payload as unknown as OrderCompletedPayload).lines;
  const base = (suffix: string) => keys(event, 'REFUND', p, p.saleBusinessDate, suffix);
  const lines: SaleLineRow[] = p.lines.map((line, i) => {
    // By line: one product may be on two lines of the sale, in two units (a box and loose pieces).
    const original =
      sold.find((s) => s.lineId === line.lineId) ?? sold.find((s) => s.productId === line.productId);
    return {
      ...base(`l${i}`),
      gross: 0,
      discounts: 0,
      returns: line.netRevenue,
      net: -line.netRevenue,
      tax: -line.tax,
      cost: -line.cost,
      profit: -(line.netRevenue - line.cost),
      productId: line.productId,
      sku: original?.sku ?? '',
      name: original?.name ?? '',
      categoryId: original?.categoryId ?? null,
      unitName: original?.unitName ?? '',
      quantity: -line.quantity,
      baseQuantity: -line.baseQuantity,
    };
  });
  await upsertAll(models.saleLines, lines);
  await upsertAll(models.salePayments, paymentRows(base, p.payments, -1, false));
  const order: SaleOrderRow = { ...base('o'), ...sumMoney(lines), orders: 0, total: -p.amount };
  await addToSalesDay(models, order, lock);
}

export const projectOrderCompleted = (m: ReportsModels, e: DomainEvent, d: ProjectionDeps) =>
  projectSaleOrVoid(m, e, e.payload as unknown as OrderCompletedPayload, 1, d.lock);
export const projectOrderVoided = (m: ReportsModels, e: DomainEvent, d: ProjectionDeps) =>
  projectSaleOrVoid(m, e, e.payload as unknown as OrderVoidedPayload, -1, d.lock);
export const projectOrderRefunded = (m: ReportsModels, e: DomainEvent, d: ProjectionDeps) =>
  projectRefund(m, e, e.payload as unknown as OrderRefundedPayload, d.lock);

/**
 * A payment added to an order after checkout (cash collected on delivery): sales by payment
 * method count it with its sale, on the sale's business date, as a payment taken.
 */
export async function projectPaymentRecorded(models: ReportsModels, event: DomainEvent) {
  const p = event.payload as unknown as PaymentRecordedPayload;
  const base = (suffix: string) => keys(event, 'SALE', p, p.saleBusinessDate, suffix);
  await upsertAll(models.salePayments, paymentRows(base, [p.payment], 1, true));
}
