/**
 * Contract events of one branch's day, as orders and customers publish them, for the cash book
 * tests. The amounts are chosen so every account's figures can be worked out by hand.
 */
import {
  type CashMovementPayload,
  type CourierCashHandedOverPayload,
  type CustomerCreditChangedPayload,
  type DomainEvent,
  EventTypes,
  type OrderRefundedPayload,
  type PaymentMethod,
  type PaymentRecordedPayload,
  type ShiftClosedPayload,
} from '@pos/kit';
import { completed, line, plain } from './fixtures';

export interface DayContext {
  merchantId: string;
  branchId: string;
  cashierId: string;
  /** The business date of the day (WIB). */
  date: string;
}

/** An instant on the day, `HH:MM` in Jakarta (UTC+7). */
export const at = (date: string, hhmm: string) => new Date(`${date}T${hhmm}:00+07:00`);

const ev = (c: DayContext, id: string, type: string, when: Date, payload: object): DomainEvent => ({
  id: `${c.merchantId}:${id}`,
  type,
  merchantId: c.merchantId,
  branchId: c.branchId,
  occurredAt: when,
  payload: { ...payload } as Record<string, unknown>,
});

/** A sale of Kerupuk (2,000 each) worth the payments, on `date`. */
export function sale(
  c: DayContext,
  id: string,
  payments: [PaymentMethod, number][],
  date = c.date,
): DomainEvent {
  const total = payments.reduce((t, [, a]) => t + a, 0);
  return plain(
    completed(c.merchantId, {
      id,
      branchId: c.branchId,
      cashierId: c.cashierId,
      businessDate: date,
      completedAt: at(date, '09:00').toISOString(),
      lines: [line('P3', total / 2000)],
      payments,
    }),
  );
}

export function refund(c: DayContext, id: string, orderId: string, amount: number): DomainEvent {
  const payload: OrderRefundedPayload = {
    refundId: id,
    orderId,
    number: `INV/${c.branchId}/${orderId}`,
    branchId: c.branchId,
    cashierId: c.cashierId,
    refundedBy: c.cashierId,
    customerId: null,
    businessDate: c.date,
    saleBusinessDate: c.date,
    refundedAt: at(c.date, '11:00').toISOString(),
    reason: 'rusak',
    lines: [
      {
        lineId: `P3-${amount / 2000}`,
        productId: 'P3',
        quantity: amount / 2000,
        baseQuantity: amount / 2000,
        amount,
        tax: 0,
        netRevenue: amount,
        cost: (amount / 2000) * 500,
        restocked: false,
      },
    ],
    payments: [{ paymentId: `${id}-p0`, method: 'CASH', amount }],
    amount,
  };
  return ev(c, `${id}:refunded`, EventTypes.OrderRefunded, at(c.date, '11:00'), payload);
}

export function movement(
  c: DayContext,
  id: string,
  kind: 'IN' | 'OUT',
  amount: number,
  reason: string,
  expenseCategory?: string,
): DomainEvent {
  const payload: CashMovementPayload = {
    movementId: id,
    shiftId: 'SH1',
    branchId: c.branchId,
    kind,
    amount,
    reason,
    ...(expenseCategory ? { expenseCategory } : {}),
    recordedBy: c.cashierId,
    businessDate: c.date,
    at: at(c.date, '10:00').toISOString(),
  };
  return ev(c, `${id}:cash-movement`, EventTypes.CashMovement, at(c.date, '10:00'), payload);
}

export function codPaid(c: DayContext, deliveryId: string, orderId: string, amount: number): DomainEvent {
  const payload: PaymentRecordedPayload = {
    orderId,
    number: `INV/${orderId}`,
    branchId: c.branchId,
    cashierId: c.cashierId,
    customerId: null,
    businessDate: c.date,
    saleBusinessDate: c.date,
    at: at(c.date, '13:00').toISOString(),
    payment: {
      paymentId: `cod-${deliveryId}`,
      method: 'CASH',
      amount,
      reference: deliveryId,
      deliveryId,
      courierId: 'K1',
    },
    source: 'CASH_ON_DELIVERY',
  };
  return ev(c, `${deliveryId}:cod-paid`, EventTypes.PaymentRecorded, at(c.date, '13:00'), payload);
}

export function handover(c: DayContext, id: string, expected: number, counted: number): DomainEvent {
  const payload: CourierCashHandedOverPayload = {
    handoverId: id,
    shiftId: 'SH1',
    branchId: c.branchId,
    courierId: 'K1',
    expected,
    counted,
    variance: counted - expected,
    deliveryIds: ['D1'],
    recordedBy: c.cashierId,
    businessDate: c.date,
    at: at(c.date, '14:00').toISOString(),
  };
  return ev(c, `handover:${id}`, EventTypes.CourierCashHandedOver, at(c.date, '14:00'), payload);
}

export function repayment(
  c: DayContext,
  id: string,
  method: 'CASH' | 'TRANSFER',
  amount: number,
  seq: number,
  balance: number,
): DomainEvent {
  const payload: CustomerCreditChangedPayload = {
    customerId: 'CU1',
    entrySeq: seq,
    kind: 'REPAYMENT',
    change: -amount,
    balance,
    dueDate: null,
    at: at(c.date, '15:00').toISOString(),
    method,
    branchId: c.branchId,
    businessDate: c.date,
    recordedBy: c.cashierId,
  };
  return ev(c, `credit:${id}`, EventTypes.CustomerCreditChanged, at(c.date, '15:00'), payload);
}

export function shiftClosed(c: DayContext, id: string, expected: number, counted: number): DomainEvent {
  const payload: ShiftClosedPayload = {
    shiftId: id,
    branchId: c.branchId,
    cashierId: c.cashierId,
    deviceId: 'till-1',
    openedBy: c.cashierId,
    closedBy: c.cashierId,
    openedAt: at(c.date, '07:00').toISOString(),
    closedAt: at(c.date, '21:00').toISOString(),
    businessDate: c.date,
    openingFloat: 0,
    cashSales: 0,
    cashRefunds: 0,
    cashIn: 0,
    cashOut: 0,
    courierCash: 0,
    expected,
    counted,
    variance: counted - expected,
  };
  return ev(c, `${id}:closed`, EventTypes.ShiftClosed, at(c.date, '21:00'), payload);
}
