/**
 * A hand-computed data set: contract events exactly as orders, couriers and customers publish
 * them. The expected figures in the tests were worked out by hand from these numbers.
 */
import type {
  DomainEvent,
  OrderCompletedPayload,
  OrderRefundedPayload,
  OrderVoidedPayload,
  PaymentMethod,
  SoldLine,
} from '@pos/kit';
import { EventTypes } from '@pos/kit';

export const B1 = 'branch-1';
export const B2 = 'branch-2';
export const C1 = 'cashier-1';
export const C2 = 'cashier-2';

const PRODUCTS = {
  P1: { name: 'Kopi Susu', sku: 'KS-1', categoryId: 'cat-drink', price: 15000, cost: 6000 },
  P2: { name: 'Nasi Goreng', sku: 'NG-1', categoryId: 'cat-food', price: 25000, cost: 12000 },
  P3: { name: 'Kerupuk', sku: 'KR-1', categoryId: null, price: 2000, cost: 500 },
} as const;
type ProductKey = keyof typeof PRODUCTS;

export function line(
  p: ProductKey,
  quantity: number,
  lineDiscount = 0,
  orderDiscount = 0,
  tax = 0,
): SoldLine {
  const product = PRODUCTS[p];
  const gross = quantity * product.price;
  const netRevenue = gross - lineDiscount - orderDiscount;
  return {
    lineId: `${p}-${quantity}`,
    productId: p,
    sku: product.sku,
    name: product.name,
    categoryId: product.categoryId,
    unitName: 'pcs',
    quantity,
    baseQuantity: quantity,
    unitPrice: product.price,
    gross,
    lineDiscount,
    orderDiscount,
    tax,
    total: netRevenue + tax,
    netRevenue,
    cost: quantity * product.cost,
  };
}

export interface SaleSpec {
  id: string;
  branchId: string;
  cashierId: string;
  businessDate: string;
  completedAt: string;
  lines: SoldLine[];
  payments: [PaymentMethod, number][];
}

/** The `order-completed` event of one sale, as orders publishes it. */
export function completed(merchantId: string, s: SaleSpec): DomainEvent<OrderCompletedPayload> {
  const sum = (k: keyof SoldLine) => s.lines.reduce((t, l) => t + Number(l[k]), 0);
  const payload: OrderCompletedPayload = {
    orderId: s.id,
    number: `INV/${s.branchId}/${s.businessDate.replaceAll('-', '')}/${s.id}`,
    branchId: s.branchId,
    cashierId: s.cashierId,
    shiftId: null,
    customerId: null,
    channel: 'COUNTER',
    businessDate: s.businessDate,
    month: s.businessDate.slice(0, 7),
    year: s.businessDate.slice(0, 4),
    completedAt: s.completedAt,
    offline: false,
    lines: s.lines,
    payments: s.payments.map(([method, amount], i) => ({ paymentId: `${s.id}-p${i}`, method, amount })),
    totals: {
      gross: sum('gross'),
      lineDiscount: sum('lineDiscount'),
      orderDiscount: sum('orderDiscount'),
      tax: sum('tax'),
      rounding: 0,
      deliveryFee: 0,
      total: sum('total'),
      netRevenue: sum('netRevenue'),
      cost: sum('cost'),
    },
    delivery: null,
  };
  return event(merchantId, `${s.id}:completed`, EventTypes.OrderCompleted, s.completedAt, payload);
}

function event<P>(merchantId: string, id: string, type: string, at: string, payload: P): DomainEvent<P> {
  return { id: `${merchantId}:${id}`, type, merchantId, occurredAt: new Date(at), payload };
}

/** An event with its payload as a plain record, as the bus carries it. */
export const plain = <P extends object>(e: DomainEvent<P>): DomainEvent => ({
  ...e,
  payload: { ...e.payload } as Record<string, unknown>,
});

/** Every event of the data set, in the order they happened. */
export function seedEvents(m: string): DomainEvent[] {
  const o4 = completed(m, {
    id: 'O4',
    branchId: B1,
    cashierId: C1,
    businessDate: '2026-03-02',
    completedAt: '2026-03-02T05:00:00Z',
    lines: [line('P2', 2)],
    payments: [
      ['CASH', 30000],
      ['CUSTOMER_CREDIT', 20000],
    ],
  });
  const o5 = completed(m, {
    id: 'O5',
    branchId: B2,
    cashierId: C1,
    businessDate: '2026-03-03',
    completedAt: '2026-03-03T03:00:00Z',
    lines: [line('P1', 3)],
    payments: [['CASH', 45000]],
  });
  const refund: OrderRefundedPayload = {
    refundId: 'R1',
    orderId: 'O4',
    number: o4.payload.number,
    branchId: B1,
    cashierId: C1,
    refundedBy: C1,
    customerId: null,
    businessDate: '2026-03-03',
    saleBusinessDate: '2026-03-02',
    refundedAt: '2026-03-03T02:00:00Z',
    reason: 'cold',
    lines: [
      {
        lineId: 'P2-2',
        productId: 'P2',
        baseQuantity: 1,
        quantity: 1,
        amount: 25000,
        tax: 0,
        netRevenue: 25000,
        cost: 12000,
        restocked: false,
      },
    ],
    payments: [{ paymentId: 'R1-p0', method: 'CASH', amount: 25000 }],
    amount: 25000,
  };
  const voided: OrderVoidedPayload = {
    orderId: 'O5',
    number: o5.payload.number,
    branchId: B2,
    cashierId: C1,
    voidedBy: 'supervisor',
    customerId: null,
    businessDate: '2026-03-03',
    saleBusinessDate: '2026-03-03',
    voidedAt: '2026-03-03T03:10:00Z',
    reason: 'wrong item',
    lines: o5.payload.lines,
    payments: o5.payload.payments,
    totals: o5.payload.totals,
  };
  const delivery = (
    id: string,
    courierId: string,
    from: string | null,
    to: 'READY' | 'DELIVERING' | 'DONE' | 'CANCELLED',
    at: string,
    promisedAt: string,
    minutes: number | null = null,
    late = false,
  ) =>
    event(m, `${id}:${to}`, EventTypes.DeliveryStatusChanged, at, {
      deliveryId: id,
      orderId: `order-${id}`,
      branchId: B1,
      courierId,
      from,
      to,
      at,
      promisedAt,
      deliveryMinutes: minutes,
      late,
      cashCollected: 0,
    });
  const credit = (
    customerId: string,
    entrySeq: number,
    change: number,
    balance: number,
    dueDate: string | null,
    at: string,
  ) =>
    event(m, `${customerId}:${entrySeq}`, EventTypes.CustomerCreditChanged, at, {
      customerId,
      entrySeq,
      kind: change > 0 ? 'CHARGE' : 'REPAYMENT',
      change,
      balance,
      dueDate,
      at,
    });
  const shift = (shiftId: string, cashierId: string, expected: number, counted: number) =>
    event(m, `${shiftId}:closed`, EventTypes.ShiftClosed, '2026-03-02T12:00:00Z', {
      shiftId,
      branchId: B1,
      cashierId,
      deviceId: 'dev',
      openedBy: cashierId,
      closedBy: cashierId,
      openedAt: '2026-03-02T01:00:00Z',
      closedAt: '2026-03-02T12:00:00Z',
      businessDate: '2026-03-02',
      openingFloat: 50000,
      cashSales: expected - 50000,
      cashRefunds: 0,
      cashIn: 0,
      cashOut: 0,
      expected,
      counted,
      variance: counted - expected,
    });
  const cash = (movementId: string, kind: 'IN' | 'OUT', amount: number, expenseCategory?: string) =>
    event(m, movementId, EventTypes.CashMovement, '2026-03-03T04:00:00Z', {
      movementId,
      shiftId: 'S3',
      branchId: B2,
      kind,
      amount,
      reason: 'beli es batu',
      recordedBy: C1,
      businessDate: '2026-03-03',
      at: '2026-03-03T04:00:00Z',
      ...(expenseCategory ? { expenseCategory } : {}),
    });
  const all: DomainEvent<object>[] = [
    completed(m, {
      id: 'O0',
      branchId: B1,
      cashierId: C1,
      businessDate: '2026-02-27',
      completedAt: '2026-02-27T05:00:00Z',
      lines: [line('P2', 1)],
      payments: [['CASH', 25000]],
    }),
    completed(m, {
      id: 'O1',
      branchId: B1,
      cashierId: C1,
      businessDate: '2026-03-01',
      completedAt: '2026-03-01T09:00:00Z',
      lines: [line('P1', 2, 0, 2727), line('P2', 1, 0, 2273)],
      payments: [['CASH', 50000]],
    }),
    // 23:30 in Jakarta is 16:30 UTC: still 1 March.
    completed(m, {
      id: 'O2',
      branchId: B2,
      cashierId: C2,
      businessDate: '2026-03-01',
      completedAt: '2026-03-01T16:30:00Z',
      lines: [line('P3', 5, 1000)],
      payments: [['QRIS', 9000]],
    }),
    // 00:30 in Jakarta on 2 March is still 1 March in UTC: it belongs to 2 March. Tax 11% exclusive.
    completed(m, {
      id: 'O3',
      branchId: B1,
      cashierId: C2,
      businessDate: '2026-03-02',
      completedAt: '2026-03-01T17:30:00Z',
      lines: [line('P1', 1, 0, 0, 1650)],
      payments: [['EWALLET', 16650]],
    }),
    o4,
    event(m, 'R1:refunded', EventTypes.OrderRefunded, refund.refundedAt, refund),
    o5,
    event(m, 'O5:voided', EventTypes.OrderVoided, voided.voidedAt, voided),
    completed(m, {
      id: 'O6',
      branchId: B1,
      cashierId: C2,
      businessDate: '2026-03-03',
      completedAt: '2026-03-03T06:00:00Z',
      lines: [line('P3', 10)],
      payments: [['CARD', 20000]],
    }),
    shift('S1', C1, 100000, 98000),
    shift('S2', C2, 50000, 50000),
    cash('M1', 'OUT', 15000, 'Operasional'),
    cash('M2', 'IN', 7000),
    delivery('D1', 'K1', null, 'READY', '2026-03-02T03:00:00Z', '2026-03-02T04:00:00Z'),
    delivery('D1', 'K1', 'READY', 'DELIVERING', '2026-03-02T03:10:00Z', '2026-03-02T04:00:00Z'),
    delivery('D1', 'K1', 'DELIVERING', 'DONE', '2026-03-02T03:40:00Z', '2026-03-02T04:00:00Z', 30, false),
    delivery('D2', 'K1', 'READY', 'DELIVERING', '2026-03-02T04:00:00Z', '2026-03-02T05:00:00Z'),
    delivery('D2', 'K1', 'DELIVERING', 'DONE', '2026-03-02T05:20:00Z', '2026-03-02T05:00:00Z', 80, true),
    delivery('D3', 'K2', 'READY', 'DELIVERING', '2026-03-02T06:00:00Z', '2026-03-02T08:00:00Z'),
    delivery('D3', 'K2', 'DELIVERING', 'CANCELLED', '2026-03-02T06:30:00Z', '2026-03-02T08:00:00Z'),
    delivery('D4', 'K2', 'READY', 'DELIVERING', '2026-03-02T07:00:00Z', '2026-03-02T08:00:00Z'),
    // Out of order on purpose: the later balance must win whatever the arrival order.
    credit('KA', 2, -5000, 15000, '2026-03-10', '2026-03-02T02:00:00Z'),
    credit('KA', 1, 20000, 20000, '2026-03-10', '2026-03-01T02:00:00Z'),
    credit('KB', 1, 50000, 50000, '2026-01-15', '2026-01-05T02:00:00Z'),
    credit('KC', 1, 0, 0, null, '2026-03-01T02:00:00Z'),
  ];
  return all.map(plain);
}
