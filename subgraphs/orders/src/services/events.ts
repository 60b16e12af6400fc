import {
  EventTypes,
  newEvent,
  type OrderCompletedPayload,
  type OrderRefundedPayload,
  type OrderVoidedPayload,
  type PaymentRecord,
  type SoldLine,
} from '@pos/kit';
import type { AdjustmentDoc, OrderDoc } from '../models';

const soldLine = (l: OrderDoc['lines'][number]): SoldLine => ({
  lineId: l.lineId,
  productId: l.productId,
  sku: l.sku,
  name: l.name,
  categoryId: l.categoryId,
  unitName: l.unitName,
  quantity: l.quantity,
  baseQuantity: l.baseQuantity,
  unitPrice: l.unitPrice,
  gross: l.gross,
  lineDiscount: l.lineDiscount,
  orderDiscount: l.orderDiscount,
  tax: l.tax,
  total: l.total,
  netRevenue: l.netRevenue,
  cost: l.cost,
});

/** A payment as events carry it: what the till displayed (the QR, the wallet link) stays on the order. */
const eventPayment = ({ display: _, ...p }: OrderDoc['payments'][number]): PaymentRecord => p;

const eventTotals = (o: OrderDoc): OrderCompletedPayload['totals'] => ({
  gross: o.totals.gross,
  lineDiscount: o.totals.lineDiscount,
  orderDiscount: o.totals.orderDiscount,
  tax: o.totals.tax,
  rounding: o.totals.rounding,
  deliveryFee: o.totals.deliveryFee,
  total: o.totals.payable,
  netRevenue: o.totals.netRevenue,
  cost: o.totals.cost,
});

/** Ids are derived from the order, so completing twice (request and recovery) yields one event id. */
export function orderCompletedEvent(o: OrderDoc, number: string, completedAt: Date) {
  const [year, month] = o.businessDate.split('-');
  const payload: OrderCompletedPayload = {
    orderId: o._id,
    number,
    branchId: o.branchId,
    cashierId: o.cashierId,
    shiftId: o.shiftId,
    customerId: o.customerId,
    channel: o.channel,
    businessDate: o.businessDate,
    month: `${year}-${month}`,
    year: year ?? '',
    completedAt: completedAt.toISOString(),
    offline: o.offline,
    lines: o.lines.map(soldLine),
    payments: o.payments.map(eventPayment),
    totals: eventTotals(o),
    delivery: o.delivery,
  };
  return newEvent({
    id: `${o._id}:completed`,
    type: EventTypes.OrderCompleted,
    merchantId: o.merchantId,
    branchId: o.branchId,
    occurredAt: completedAt,
    payload: payload as unknown as Record<string, unknown>,
  });
}

export function orderVoidedEvent(o: OrderDoc, adj: AdjustmentDoc, businessDate: string) {
  const payload: OrderVoidedPayload = {
    orderId: o._id,
    number: o.number ?? '',
    branchId: o.branchId,
    cashierId: o.cashierId,
    voidedBy: adj.by,
    customerId: o.customerId,
    businessDate,
    saleBusinessDate: o.businessDate,
    voidedAt: adj.at.toISOString(),
    reason: adj.reason,
    lines: o.lines.map(soldLine),
    payments: o.payments.map(eventPayment),
    totals: eventTotals(o),
  };
  return newEvent({
    id: `${o._id}:voided`,
    type: EventTypes.OrderVoided,
    merchantId: o.merchantId,
    branchId: o.branchId,
    occurredAt: adj.at,
    payload: payload as unknown as Record<string, unknown>,
  });
}

/**
 * The money a refund gave back, as one payment record: through the provider it names the charge
 * it came out of and is dated by the provider's confirmation; otherwise by the refund itself.
 */
function refundPayment(o: OrderDoc, adj: AdjustmentDoc): PaymentRecord {
  const ref = adj.provider
    ? o.payments.find((p) => p.paymentId === adj.provider?.paymentId)?.provider
    : undefined;
  return {
    paymentId: adj._id,
    method: adj.method,
    amount: adj.amount,
    status: 'REFUNDED',
    paidAt: (adj.provider?.confirmedAt ?? adj.at).toISOString(),
    ...(ref ? { provider: ref } : {}),
  };
}

/** Per refunded line, its share of tax, revenue and cost in proportion to the quantity refunded. */
export function orderRefundedEvent(o: OrderDoc, adj: AdjustmentDoc, businessDate: string) {
  const byId = new Map(o.lines.map((l) => [l.lineId, l]));
  const share = (value: number, qty: number, of: number) => Math.round((value * qty) / of);
  const payload: OrderRefundedPayload = {
    refundId: adj._id,
    orderId: o._id,
    number: o.number ?? '',
    branchId: o.branchId,
    cashierId: o.cashierId,
    refundedBy: adj.by,
    customerId: o.customerId,
    businessDate,
    saleBusinessDate: o.businessDate,
    refundedAt: adj.at.toISOString(),
    reason: adj.reason,
    lines: adj.lines.map((r) => {
      const l = byId.get(r.lineId);
      const q = l?.quantity ?? 1;
      return {
        lineId: r.lineId,
        productId: l?.productId ?? '',
        quantity: r.quantity,
        baseQuantity: l ? (l.baseQuantity / l.quantity) * r.quantity : 0,
        amount: r.amount,
        tax: share(l?.tax ?? 0, r.quantity, q),
        netRevenue: share(l?.netRevenue ?? 0, r.quantity, q),
        cost: share(l?.cost ?? 0, r.quantity, q),
        restocked: r.restocked,
      };
    }),
    payments: [refundPayment(o, adj)],
    amount: adj.amount,
  };
  return newEvent({
    id: `${adj._id}:refunded`,
    type: EventTypes.OrderRefunded,
    merchantId: o.merchantId,
    branchId: o.branchId,
    occurredAt: adj.at,
    payload: payload as unknown as Record<string, unknown>,
  });
}
