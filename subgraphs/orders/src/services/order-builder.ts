import type { DeliveryRequest } from '@pos/kit';
import { Types } from 'mongoose';
import type { OrderDoc, OrderLineDoc, OrderTotalsDoc } from '../models';
import { businessDate } from './calendar';
import type { SettledPayments } from './payments';
import type { MerchantSettings, PricedLine } from './ports';

export interface DeliveryInput {
  address: string;
  contactName: string;
  contactPhone: string;
  promisedAt?: Date | null;
  fee?: number | null;
  cashOnDelivery?: boolean | null;
  note?: string | null;
}

export interface NewOrder {
  merchantId: string;
  branchId: string;
  branchCode: string;
  cashierId: string;
  deviceId: string;
  shiftId: string | null;
  customerId: string | null;
  channel: 'COUNTER' | 'ONLINE';
  idempotencyKey: string;
  requestHash: string;
  offline: boolean;
  clientId: string | null;
  occurredAt: Date;
  note: string | null;
  leaseMs: number;
}

export function sumLines(lines: readonly PricedLine[]) {
  const sum = (f: (l: PricedLine) => number) => lines.reduce((s, l) => s + f(l), 0);
  return {
    gross: sum((l) => l.gross),
    lineDiscount: sum((l) => l.lineDiscount),
    orderDiscount: sum((l) => l.orderDiscount),
    tax: sum((l) => l.tax),
    total: sum((l) => l.total),
    netRevenue: sum((l) => l.netRevenue),
    cost: sum((l) => l.cost),
  };
}

export function deliveryRequest(
  input: DeliveryInput | null | undefined,
  payable: number,
  paid: number,
): DeliveryRequest | null {
  if (!input) return null;
  return {
    address: input.address,
    contactName: input.contactName,
    contactPhone: input.contactPhone,
    promisedAt: input.promisedAt ? input.promisedAt.toISOString() : null,
    fee: input.fee ?? 0,
    cashOnDelivery: input.cashOnDelivery ? Math.max(0, payable - paid) : 0,
    ...(input.note ? { note: input.note } : {}),
  };
}

/** The pending order a checkout or an offline sale starts as, with server-computed amounts. */
export function buildPendingOrder(
  base: NewOrder,
  priced: readonly PricedLine[],
  settled: SettledPayments,
  deliveryFee: number,
  delivery: DeliveryRequest | null,
  settings: MerchantSettings,
): OrderDoc {
  const lines: OrderLineDoc[] = priced.map((l) => ({
    lineId: new Types.ObjectId().toHexString(),
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
    refundedQuantity: 0,
    priceOverridden: l.priceOverridden,
  }));
  const sums = sumLines(priced);
  const totals: OrderTotalsDoc = {
    ...sums,
    deliveryFee,
    total: sums.total + deliveryFee,
    rounding: settled.rounding,
    payable: settled.payable,
    paid: settled.paid,
    change: settled.change,
  };
  const { leaseMs, ...fields } = base;
  return {
    ...fields,
    _id: new Types.ObjectId().toHexString(),
    status: 'PENDING',
    number: null,
    businessDate: businessDate(base.occurredAt, settings.timeZone),
    completedAt: null,
    lines,
    payments: settled.payments,
    totals,
    delivery,
    saga: { steps: [], leaseUntil: new Date(Date.now() + leaseMs), attempts: 0, lastError: null },
    failure: null,
    cancelReason: null,
    refundStatus: 'NONE',
    refundedAmount: 0,
    refunds: [],
    voidedAt: null,
    voidedBy: null,
    voidReason: null,
    outbox: [],
  };
}
