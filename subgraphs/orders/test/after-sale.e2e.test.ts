import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, expectNoErrors } from '../../../gateway/test/harness';
import { createStaff, login, PASSWORD } from '../../users/test/helpers';
import {
  checkout,
  createProduct,
  expectLedgerInvariant,
  key,
  type OrdersHarness,
  openShift,
  seedShop,
  startOrdersHarness,
  stockBalance,
  stockLedger,
  waitFor,
} from './helpers';

let h: OrdersHarness;
beforeAll(async () => {
  h = await startOrdersHarness();
});
afterAll(() => h?.close());

const VOID = /* GraphQL */ `
  mutation($input: VoidOrderInput!) {
    voidOrder(input: $input) { __typename ... on Order { id status } ... on ErrorResult { code message } }
  }
`;
const REFUND = /* GraphQL */ `
  mutation($input: RefundOrderInput!) {
    refundOrder(input: $input) {
      __typename
      ... on Refund { id amount method lines { lineId quantity amount restocked } }
      ... on ErrorResult { code }
      ... on RefundExceedsPaid { refundable }
      ... on RefundQuantityExceeded { refundableQuantity }
      ... on NotFound { entity }
    }
  }
`;

interface Result {
  __typename: string;
  id?: string;
  code?: string;
  amount?: string;
  refundable?: string;
  refundableQuantity?: number;
  message?: string;
  entity?: string;
  status?: string;
}

describe('void and refunds', () => {
  it('voids a sale of the open shift: stock comes back once; a voided order cannot be refunded', async () => {
    const { sg } = h;
    const shop = await seedShop(sg);
    const p = await createProduct(sg, shop, { price: 10_000, stock: 10 });
    await openShift(sg, shop, 'till-v');
    const sale = await checkout(sg, shop.token, {
      idempotencyKey: key(),
      deviceId: 'till-v',
      branchId: shop.branchId,
      lines: [{ productId: p.id, quantity: 3 }],
      payments: [{ method: 'CASH', tendered: '30000' }],
    });
    expect(await stockBalance(sg, shop, p.id)).toBe(7);

    const cashier = await createStaff(sg, shop.token, { role: 'CASHIER' });
    const cashierSession = await login(sg, cashier.username, PASSWORD, shop.slug);
    const denied = await sg.request(
      VOID,
      { input: { orderId: sale.id, reason: 'salah input' } },
      { token: cashierSession.accessToken! },
    );
    expect(errorCodes(denied.body)).toEqual(['FORBIDDEN']);

    const voided = await Promise.all(
      [1, 2].map(() =>
        sg.request<{ voidOrder: Result }>(
          VOID,
          { input: { orderId: sale.id, reason: 'salah input' } },
          { token: shop.token },
        ),
      ),
    );
    // Two at once: one voids; the other voids the same entry or finds it done (ALREADY_VOIDED).
    const answers = voided.map((v) => expectNoErrors(v.body).voidOrder);
    expect(answers.filter((a) => a.__typename === 'Order')).not.toHaveLength(0);
    for (const a of answers)
      expect([
        { __typename: 'Order', id: sale.id, status: 'VOIDED' },
        { __typename: 'VoidNotAllowed', code: 'ALREADY_VOIDED', message: 'The order is already voided' },
      ]).toContainEqual(a);
    expect(await stockBalance(sg, shop, p.id)).toBe(10);
    // Voiding a voided order is refused with its own code, and changes nothing.
    const again = await sg.request<{ voidOrder: Result }>(
      VOID,
      { input: { orderId: sale.id, reason: 'lagi' } },
      { token: shop.token },
    );
    expect(expectNoErrors(again.body).voidOrder).toEqual({
      __typename: 'VoidNotAllowed',
      code: 'ALREADY_VOIDED',
      message: 'The order is already voided',
    });
    expect(await stockBalance(sg, shop, p.id)).toBe(10);
    // A missing (or another merchant's) order is NotFound.
    const missing = await sg.request<{ voidOrder: Result }>(
      VOID,
      { input: { orderId: '0123456789abcdef01234567', reason: 'x' } },
      { token: shop.token },
    );
    expect(expectNoErrors(missing.body).voidOrder).toEqual({
      __typename: 'NotFound',
      code: 'NOT_FOUND',
      message: 'Order not found',
    });
    const ledger = await stockLedger(sg, shop, p.id);
    expect(ledger.filter((e) => e.orderId === sale.id).map((e) => [e.reason, e.change])).toEqual([
      ['SALE', -3],
      ['VOID', 3],
    ]);
    expectLedgerInvariant(ledger);

    const refund = await sg.request<{ refundOrder: Result }>(
      REFUND,
      { input: { orderId: sale.id, idempotencyKey: key(), reason: 'x' } },
      { token: shop.token },
    );
    expect(expectNoErrors(refund.body).refundOrder.code).toBe('REFUND_NOT_ALLOWED');
  });

  it('refunds part by part within what was sold and paid, restocking only what is chosen', async () => {
    const { sg } = h;
    const shop = await seedShop(sg);
    const p = await createProduct(sg, shop, { price: 10_000, stock: 10 });
    const sale = await checkout(sg, shop.token, {
      idempotencyKey: key(),
      deviceId: 'till-r',
      branchId: shop.branchId,
      lines: [{ productId: p.id, quantity: 4 }],
      payments: [{ method: 'QRIS', amount: '40000', reference: 'QR-9' }],
    });
    expect(sale.__typename).toBe('Order');
    const lineId = sale.lines?.[0]?.id;
    const refund = async (input: Record<string, unknown>) => {
      const { body } = await sg.request<{ refundOrder: Result }>(
        REFUND,
        { input: { orderId: sale.id, reason: 'rusak', ...input } },
        { token: shop.token },
      );
      return expectNoErrors(body).refundOrder;
    };

    const firstKey = key();
    const first = await refund({ idempotencyKey: firstKey, lines: [{ lineId, quantity: 1 }] });
    expect(first).toMatchObject({ __typename: 'Refund', amount: '10000', method: 'QRIS' });
    expect(await refund({ idempotencyKey: firstKey, lines: [{ lineId, quantity: 1 }] })).toEqual(first);
    expect(await refund({ idempotencyKey: firstKey, lines: [{ lineId, quantity: 2 }] })).toMatchObject({
      __typename: 'IdempotencyKeyReused',
      code: 'IDEMPOTENCY_KEY_REUSED',
    });
    expect(await stockBalance(sg, shop, p.id)).toBe(7);
    expect(await refund({ idempotencyKey: key(), lines: [{ lineId: 'no-such-line', quantity: 1 }] })).toEqual(
      {
        __typename: 'NotFound',
        code: 'NOT_FOUND',
        entity: 'OrderLine',
      },
    );

    const damaged = await refund({ idempotencyKey: key(), lines: [{ lineId, quantity: 2, restock: false }] });
    expect(damaged).toMatchObject({ __typename: 'Refund', amount: '20000' });
    expect(await stockBalance(sg, shop, p.id)).toBe(7);

    expect(await refund({ idempotencyKey: key(), lines: [{ lineId, quantity: 2 }] })).toMatchObject({
      code: 'REFUND_QUANTITY_EXCEEDED',
      refundableQuantity: 1,
    });
    expect(
      await refund({ idempotencyKey: key(), lines: [{ lineId, quantity: 1 }], amount: '20000' }),
    ).toMatchObject({
      code: 'REFUND_EXCEEDS_PAID',
      refundable: '10000',
    });
    const last = await refund({ idempotencyKey: key(), lines: [{ lineId, quantity: 1 }] });
    expect(last).toMatchObject({ __typename: 'Refund', amount: '10000' });
    expect(await stockBalance(sg, shop, p.id)).toBe(8);

    const { body } = await sg.request<{
      order: { refundedAmount: string; refundStatus: string; lines: { refundedQuantity: number }[] };
    }>(
      'query($id: ID!) { order(id: $id) { refundedAmount refundStatus lines { refundedQuantity } } }',
      { id: sale.id },
      { token: shop.token },
    );
    expect(expectNoErrors(body).order).toEqual({
      refundedAmount: '40000',
      refundStatus: 'FULL',
      lines: [{ refundedQuantity: 4 }],
    });
    expect(await refund({ idempotencyKey: key(), amount: '1' })).toMatchObject({
      code: 'REFUND_NOT_ALLOWED',
    });
    const refunded = () =>
      h.events.filter((e) => e.type === 'orders.order-refunded' && e.payload.orderId === sale.id);
    await waitFor(() => refunded().length >= 3, 'three refund events');
    expect(refunded().map((e) => e.payload.amount)).toEqual([10_000, 20_000, 10_000]);
  });
});

describe('shifts', () => {
  it('computes expected cash and variance exactly from float, cash sales, refunds, voids and cash in/out', async () => {
    const { sg } = h;
    const shop = await seedShop(sg);
    const setRounding = await sg.request(
      'mutation { updateMerchant(input: { cashRoundingUnit: 100 }) { ... on Merchant { cashRoundingUnit } } }',
      {},
      { token: shop.token },
    );
    expectNoErrors(setRounding.body);
    const p = await createProduct(sg, shop, { price: 12_345, stock: 50 });
    const sell = (quantity: number, payments: unknown[]) =>
      checkout(sg, shop.token, {
        idempotencyKey: key(),
        deviceId: 'till-s',
        branchId: shop.branchId,
        lines: [{ productId: p.id, quantity }],
        payments,
      });

    expect(await sell(1, [{ method: 'CASH', tendered: '20000' }])).toMatchObject({ code: 'NO_OPEN_SHIFT' });
    const shiftId = await openShift(sg, shop, 'till-s', 100_000);
    const again = await sg.request<{ openShift: Result }>(
      'mutation($i: OpenShiftInput!) { openShift(input: $i) { __typename ... on ErrorResult { code } } }',
      { i: { branchId: shop.branchId, deviceId: 'till-s', openingFloat: '0' } },
      { token: shop.token },
    );
    expect(expectNoErrors(again.body).openShift.code).toBe('SHIFT_ALREADY_OPEN');

    // 12.345 rounds to 12.300 in cash (rounding -45), change 7.700.
    const a = await sell(1, [{ method: 'CASH', tendered: '20000' }]);
    expect(a).toMatchObject({
      totals: { total: '12345', rounding: '-45', payable: '12300', change: '7700' },
    });
    // 2 x 12.345 = 24.690: QRIS 10.000, cash 14.690 rounds to 14.700.
    const b = await sell(2, [
      { method: 'QRIS', amount: '10000', reference: 'QR-2' },
      { method: 'CASH', tendered: '15000' },
    ]);
    expect(b).toMatchObject({ totals: { rounding: '10', payable: '24700' } });
    // Voided in the shift: its 12.300 leaves the drawer again.
    const c = await sell(1, [{ method: 'CASH', tendered: '12300' }]);
    const voided = await sg.request(
      'mutation($i: VoidOrderInput!) { voidOrder(input: $i) { __typename } }',
      { i: { orderId: c.id, reason: 'batal' } },
      { token: shop.token },
    );
    expectNoErrors(voided.body);
    // A cash refund of one unit of sale b: 12.345 back.
    const refund = await sg.request<{ refundOrder: Result }>(
      'mutation($i: RefundOrderInput!) { refundOrder(input: $i) { __typename ... on Refund { amount method } } }',
      {
        i: {
          orderId: b.id,
          idempotencyKey: key(),
          reason: 'retur',
          lines: [{ lineId: b.lines?.[0]?.id, quantity: 1 }],
          deviceId: 'till-s',
        },
      },
      { token: shop.token },
    );
    expect(expectNoErrors(refund.body).refundOrder).toMatchObject({ amount: '12345', method: 'CASH' });
    const move = (kind: string, amount: string, reason: string, expenseCategory?: string) =>
      sg.request<{ recordCashMovement: Result }>(
        'mutation($i: CashMovementInput!) { recordCashMovement(input: $i) { __typename ... on CashMovement { id } } }',
        { i: { shiftId, kind, amount, reason, ...(expenseCategory ? { expenseCategory } : {}) } },
        { token: shop.token },
      );
    expect(
      expectNoErrors((await move('IN', '50000', 'tambah uang kecil')).body).recordCashMovement.__typename,
    ).toBe('CashMovement');
    expect(
      expectNoErrors((await move('OUT', '20000', 'beli es batu', 'Bahan')).body).recordCashMovement
        .__typename,
    ).toBe('CashMovement');

    const close = await sg.request<{ closeShift: Record<string, string> }>(
      `mutation($i: CloseShiftInput!) { closeShift(input: $i) { __typename ... on Shift {
        status openingFloat cashSales cashRefunds cashIn cashOut expectedCash countedCash variance } } }`,
      { i: { shiftId, countedCash: '144000' } },
      { token: shop.token },
    );
    // 100.000 + (12.300 + 14.700) - 12.345 + 50.000 - 20.000 = 144.655; counted 144.000: -655.
    expect(expectNoErrors(close.body).closeShift).toEqual({
      __typename: 'Shift',
      status: 'CLOSED',
      openingFloat: '100000',
      cashSales: '27000',
      cashRefunds: '12345',
      cashIn: '50000',
      cashOut: '20000',
      expectedCash: '144655',
      countedCash: '144000',
      variance: '-655',
    });
    const closedTwice = await sg.request<{ closeShift: Result }>(
      'mutation($i: CloseShiftInput!) { closeShift(input: $i) { __typename ... on ErrorResult { code } } }',
      { i: { shiftId, countedCash: '1' } },
      { token: shop.token },
    );
    expect(expectNoErrors(closedTwice.body).closeShift.code).toBe('SHIFT_NOT_OPEN');
  });
});
