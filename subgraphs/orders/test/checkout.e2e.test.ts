import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoErrors } from '../../../gateway/test/harness';
import {
  CHECKOUT,
  type CheckoutResult,
  checkout,
  createProduct,
  expectLedgerInvariant,
  key,
  ORDER_FIELDS,
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

const RECEIPT = /* GraphQL */ `
  query($id: ID!) {
    order(id: $id) {
      ${ORDER_FIELDS}
      completedAt
      branch { id name code merchant { name currency } }
      cashier { id name }
    }
  }
`;

describe('a full sale', () => {
  it('scans by barcode (one in boxes), discounts, splits cash + QRIS, returns change, and shows the receipt', async () => {
    const { sg } = h;
    const shop = await seedShop(sg);
    const coffee = await createProduct(sg, shop, { price: 5_000, boxPrice: 55_000, cost: 3_000, stock: 100 });
    const sugar = await createProduct(sg, shop, { price: 12_500, cost: 9_000, stock: 20 });
    await openShift(sg, shop, 'till-1');

    const order = await checkout(sg, shop.token, {
      idempotencyKey: key(),
      deviceId: 'till-1',
      branchId: shop.branchId,
      lines: [
        { barcode: coffee.boxBarcode, quantity: 1, discount: { amount: '5000' } },
        { barcode: sugar.barcode, quantity: 2 },
      ],
      orderDiscount: { percentBasisPoints: 1000 },
      payments: [
        { method: 'QRIS', amount: '30000', reference: 'QR-778899' },
        { method: 'CASH', tendered: '50000' },
      ],
    });
    expect(order.__typename, JSON.stringify(order)).toBe('Order');
    // 55.000 - 5.000 + 2 x 12.500 = 75.000; minus 10% = 67.500; QRIS 30.000, cash 37.500 of 50.000.
    expect(order).toMatchObject({
      status: 'COMPLETED',
      totals: {
        gross: '80000',
        lineDiscount: '5000',
        orderDiscount: '7500',
        total: '67500',
        payable: '67500',
        paid: '67500',
        change: '12500',
      },
    });
    expect(order.number).toMatch(/^INV\/[A-Z0-9-]+\/\d{8}\/0001$/);
    expect(order.payments).toEqual([
      { method: 'CASH', amount: '37500', tendered: '50000', change: '12500', reference: null },
      { method: 'QRIS', amount: '30000', tendered: null, change: null, reference: 'QR-778899' },
    ]);
    expect(order.lines?.map((l) => [l.quantity, l.total])).toEqual([
      [1, '45000'],
      [2, '22500'],
    ]);

    const { body } = await sg.request<{
      order: CheckoutResult & {
        completedAt: string;
        branch: { id: string; name: string };
        cashier: { id: string; name: string };
      };
    }>(RECEIPT, { id: order.id }, { token: shop.token });
    const receipt = expectNoErrors(body).order;
    expect(receipt).toMatchObject({
      id: order.id,
      number: order.number,
      totals: order.totals,
      payments: order.payments,
    });
    expect(receipt.branch.name).toBe('Pusat');
    expect(receipt.cashier.name).toBe('Sari Dewi');
    // The checkout's answer is the order as stored, field for field (it is not read back).
    const { __typename: _answer, ...answered } = order;
    const { completedAt: _at, branch, cashier, ...read } = receipt;
    expect({ ...read, branch: { id: branch.id }, cashier: { id: cashier.id } }).toEqual(answered);

    expect(await stockBalance(sg, shop, coffee.id)).toBe(88);
    expect(await stockBalance(sg, shop, sugar.id)).toBe(18);
    const sales = (await stockLedger(sg, shop, coffee.id)).filter((e) => e.orderId === order.id);
    expect(sales.map((e) => [e.reason, e.change])).toEqual([['SALE', -12]]);

    await waitFor(() => h.events.some((e) => e.payload.orderId === order.id), 'the completed event');
    await new Promise((r) => setTimeout(r, 300));
    const published = h.events.filter(
      (e) => e.type === 'orders.order-completed' && e.payload.orderId === order.id,
    );
    expect(published).toHaveLength(1);
    expect(published[0]?.payload).toMatchObject({
      number: order.number,
      totals: { total: 67_500, cost: 12 * 3_000 + 2 * 9_000 },
    });
  });
});

describe('idempotent checkout', () => {
  it('gives 20 sequential and 20 concurrent replays one order, one set of ledger entries and identical responses', async () => {
    const { sg } = h;
    const shop = await seedShop(sg);
    const p = await createProduct(sg, shop, { price: 7_000, stock: 30 });
    const input = {
      idempotencyKey: key(),
      deviceId: 'till-9',
      branchId: shop.branchId,
      lines: [{ productId: p.id, quantity: 3 }],
      payments: [{ method: 'QRIS', amount: '21000', reference: 'QR-1' }],
    };
    const concurrent = await Promise.all(
      Array.from({ length: 20 }, () => sg.request(CHECKOUT, { input }, { token: shop.token })),
    );
    const sequential = [];
    for (let i = 0; i < 20; i++)
      sequential.push(await sg.request(CHECKOUT, { input }, { token: shop.token }));
    const bodies = [...concurrent, ...sequential].map((r) => JSON.stringify(r.body));
    expect(new Set(bodies).size).toBe(1);
    const first = expectNoErrors(concurrent[0]!.body) as { checkout: CheckoutResult };
    expect(first.checkout, JSON.stringify(first.checkout)).toMatchObject({
      __typename: 'Order',
      status: 'COMPLETED',
    });

    const reused = await checkout(sg, shop.token, {
      ...input,
      lines: [{ productId: p.id, quantity: 4 }],
      payments: [{ method: 'QRIS', amount: '28000' }],
    });
    expect(reused).toMatchObject({ __typename: 'IdempotencyKeyReused', code: 'IDEMPOTENCY_KEY_REUSED' });

    const { body } = await sg.request<{ orders: { nodes: { id: string }[] } }>(
      '{ orders { nodes { id } } }',
      {},
      { token: shop.token },
    );
    expect(expectNoErrors(body).orders.nodes.map((o) => o.id)).toEqual([first.checkout.id]);
    const ledger = await stockLedger(sg, shop, p.id);
    expect(ledger.filter((e) => e.reason === 'SALE').map((e) => [e.orderId, e.change])).toEqual([
      [first.checkout.id, -3],
    ]);
    expect(await stockBalance(sg, shop, p.id)).toBe(27);
    expectLedgerInvariant(ledger);
  });
});

describe('carts and held bills', () => {
  it('builds a cart line by line with server prices, parks it, resumes it and checks it out', async () => {
    const { sg } = h;
    const shop = await seedShop(sg);
    const tea = await createProduct(sg, shop, { price: 4_000, boxPrice: 45_000, stock: 100 });
    const CART = `__typename ... on Cart { id status label lines { id quantity unitName total } totals { gross lineDiscount total } }
      ... on ErrorResult { code message } ... on CartChangeNotAllowed { cartStatus } ... on NotFound { entity }`;
    const run = async <T>(query: string, variables: Record<string, unknown>) => {
      const { body } = await sg.request<T>(query, variables, { token: shop.token });
      return expectNoErrors(body);
    };
    const { createCart: cart } = await run<{ createCart: { id: string } }>(
      `mutation($i: CreateCartInput!) { createCart(input: $i) { ${CART} } }`,
      { i: { branchId: shop.branchId, deviceId: 'till-c' } },
    );
    const added = await run<{ addCartLine: { lines: { id: string }[] } }>(
      `mutation($c: ID!, $l: SaleLineInput!) { addCartLine(cartId: $c, line: $l) { ${CART} } }`,
      { c: cart.id, l: { barcode: tea.barcode, quantity: 2 } },
    );
    const lineId = added.addCartLine.lines[0]?.id;
    const updated = await run<{ updateCartLine: unknown }>(
      `mutation($c: ID!, $l: ID!) { updateCartLine(cartId: $c, lineId: $l, input: { quantity: 1, unit: "box" }) { ${CART} } }`,
      { c: cart.id, l: lineId },
    );
    expect(updated.updateCartLine).toMatchObject({
      lines: [{ quantity: 1, unitName: 'box', total: '45000' }],
      totals: { total: '45000' },
    });
    const wrongLine = await run<{ updateCartLine: unknown }>(
      `mutation($c: ID!) { updateCartLine(cartId: $c, lineId: "no-such-line", input: { quantity: 3 }) { ${CART} } }`,
      { c: cart.id },
    );
    expect(wrongLine.updateCartLine).toEqual({
      __typename: 'NotFound',
      code: 'NOT_FOUND',
      message: 'Cart line not found',
      entity: 'CartLine',
    });
    const held = await run<{ holdCart: unknown }>(
      `mutation($c: ID!) { holdCart(cartId: $c, label: "Meja 4") { ${CART} } }`,
      { c: cart.id },
    );
    expect(held.holdCart).toMatchObject({ __typename: 'Cart', status: 'HELD', label: 'Meja 4' });
    // A held bill takes no lines until it is resumed; nothing changes.
    const refused = await run<{ addCartLine: unknown }>(
      `mutation($c: ID!, $l: SaleLineInput!) { addCartLine(cartId: $c, line: $l) { ${CART} } }`,
      { c: cart.id, l: { barcode: tea.barcode, quantity: 1 } },
    );
    expect(refused.addCartLine).toEqual({
      __typename: 'CartChangeNotAllowed',
      code: 'CART_CHANGE_NOT_ALLOWED',
      message: 'The cart is held',
      cartStatus: 'HELD',
    });
    const heldBills = await run<{ heldCarts: { id: string; label: string }[] }>(
      'query($b: ID!) { heldCarts(branchId: $b) { id label lines { quantity } } }',
      { b: shop.branchId },
    );
    expect(heldBills.heldCarts).toEqual([{ id: cart.id, label: 'Meja 4', lines: [{ quantity: 1 }] }]);
    const resumed = await run<{ resumeCart: unknown }>(
      `mutation($c: ID!) { resumeCart(cartId: $c, deviceId: "till-c") { ${CART} } }`,
      { c: cart.id },
    );
    expect(resumed.resumeCart).toMatchObject({ __typename: 'Cart', status: 'OPEN' });
    const sale = await checkout(sg, shop.token, {
      idempotencyKey: key(),
      deviceId: 'till-c',
      branchId: shop.branchId,
      cartId: cart.id,
      payments: [{ method: 'CARD', amount: '45000', reference: 'EDC-1' }],
    });
    expect(sale).toMatchObject({ __typename: 'Order', status: 'COMPLETED', totals: { total: '45000' } });
    expect(await stockBalance(sg, shop, tea.id)).toBe(88);
    const after = await run<{ cart: { status: string } }>('query($c: ID!) { cart(id: $c) { status } }', {
      c: cart.id,
    });
    expect(after.cart.status).toBe('CHECKED_OUT');
    // A checked-out cart is not sold twice, and takes no more changes.
    const twice = await checkout(sg, shop.token, {
      idempotencyKey: key(),
      deviceId: 'till-c',
      branchId: shop.branchId,
      cartId: cart.id,
      payments: [{ method: 'CARD', amount: '45000', reference: 'EDC-2' }],
    });
    expect(twice).toMatchObject({ __typename: 'CartChangeNotAllowed', code: 'CART_CHANGE_NOT_ALLOWED' });
    const discarded = await run<{ discardCart: unknown }>(
      `mutation($c: ID!) { discardCart(cartId: $c) { ${CART} } }`,
      { c: cart.id },
    );
    expect(discarded.discardCart).toEqual({
      __typename: 'CartChangeNotAllowed',
      code: 'CART_CHANGE_NOT_ALLOWED',
      message: 'The cart is checked out',
      cartStatus: 'CHECKED_OUT',
    });
    expect(await stockBalance(sg, shop, tea.id)).toBe(88);
  });
});

describe('charging through the payment provider without an account', () => {
  it('answers PAYMENT_METHOD_UNAVAILABLE when neither the merchant nor the platform has one, taking nothing', async () => {
    const { sg } = h;
    const shop = await seedShop(sg);
    const p = await createProduct(sg, shop, { price: 5_000, stock: 5 });
    const { body } = await sg.request<{ paymentProviderSettings: Record<string, unknown> }>(
      'query { paymentProviderSettings { chargingAvailable chargingAccount } }',
      {},
      { token: shop.token },
    );
    expect(expectNoErrors(body).paymentProviderSettings).toEqual({
      chargingAvailable: false,
      chargingAccount: null,
    });
    const sale = await checkout(sg, shop.token, {
      idempotencyKey: key(),
      deviceId: 'till-n',
      branchId: shop.branchId,
      lines: [{ productId: p.id, quantity: 1 }],
      payments: [{ method: 'EWALLET', amount: '5000', charge: true }],
    });
    expect(sale).toMatchObject({
      __typename: 'PaymentMethodUnavailable',
      code: 'PAYMENT_METHOD_UNAVAILABLE',
    });
    expect(await stockBalance(sg, shop, p.id)).toBe(5);
  });

  it('rejects an offline sale that asks to charge through the provider, as input', async () => {
    const { sg } = h;
    const shop = await seedShop(sg);
    const p = await createProduct(sg, shop, { price: 5_000, stock: 5 });
    const { body } = await sg.request<{
      syncOfflineSales: {
        accepted: number;
        results: { rejection: { code: string; retryable: boolean } | null }[];
      };
    }>(
      `mutation ($input: SyncOfflineSalesInput!) {
        syncOfflineSales(input: $input) { ... on SyncOfflineSalesPayload { accepted results { rejection { code retryable } } } }
      }`,
      {
        input: {
          deviceId: 'till-o',
          sales: [
            {
              clientId: key(),
              branchId: shop.branchId,
              occurredAt: new Date().toISOString(),
              lines: [{ productId: p.id, quantity: 1 }],
              payments: [{ method: 'QRIS', amount: '5000', charge: true }],
            },
          ],
        },
      },
      { token: shop.token },
    );
    const result = expectNoErrors(body).syncOfflineSales;
    expect(result.accepted).toBe(0);
    expect(result.results[0]?.rejection).toEqual({ code: 'BAD_USER_INPUT', retryable: false });
    expect(await stockBalance(sg, shop, p.id)).toBe(5);
  });
});
