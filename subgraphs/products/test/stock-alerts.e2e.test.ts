import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoErrors, type Supergraph, startSupergraph } from '../../../gateway/test/harness';
import { collect, liveClient, settle } from '../../couriers/test/helpers';
import { checkout, createProduct, key, openShift, seedShop } from '../../orders/test/helpers';
import { createStaff, login, PASSWORD, registerMerchant } from '../../users/test/helpers';

let sg: Supergraph;
beforeAll(async () => {
  sg = await startSupergraph();
});
afterAll(() => sg?.close());

const ALERTS = /* GraphQL */ `
  subscription($b: ID!) {
    lowStockAlerts(branchId: $b) { kind balance threshold product { sku name } branch { id name } }
  }
`;

interface Alert {
  lowStockAlerts: {
    kind: string;
    balance: number;
    threshold: number | null;
    product: { sku: string; name: string };
    branch: { id: string; name: string };
  };
}

async function ok<T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
  return expectNoErrors((await sg.request<T>(query, variables, { token })).body);
}

async function setup() {
  const { session, branchId, merchant } = await registerMerchant(sg);
  const token = session.accessToken;
  const created = await ok<{ createProduct: { id: string } }>(
    `mutation($i: CreateProductInput!) { createProduct(input: $i) { ... on Product { id } } }`,
    { i: { sku: 'GULA-1', name: 'Gula Pasir 1kg', baseUnit: { name: 'pcs', price: '18000' } } },
    token,
  );
  const productId = created.createProduct.id;
  await ok(
    `mutation($i: SetLowStockThresholdInput!) { setLowStockThreshold(input: $i) { ... on StockLevel { low } } }`,
    { i: { productId, branchId, threshold: 5 } },
    token,
  );
  const move = async (change: number) =>
    change > 0
      ? ok(
          `mutation($i: ReceiveStockInput!) { receiveStock(input: $i) { __typename } }`,
          { i: { branchId, lines: [{ productId, quantity: change }] } },
          token,
        )
      : ok(
          `mutation($i: AdjustStockInput!) { adjustStock(input: $i) { __typename } }`,
          { i: { branchId, productId, change, note: 'rusak' } },
          token,
        );
  return { token, branchId, productId, merchant, move };
}

describe('low-stock alerts through the gateway', () => {
  it('sends one alert per crossing below the threshold, with fields from products and users', async () => {
    const { token, branchId, move } = await setup();
    const client = liveClient(sg, token);
    const alerts = collect<Alert>(client, ALERTS, { b: branchId });
    await settle(500);

    await move(10); // 10: above
    await move(-4); // 6: still above
    await move(-2); // 4: crosses below -> alert
    await move(-1); // 3: already below, no alert
    await move(+7); // 10: restocked above
    await move(-8); // 2: crosses again -> alert
    const got = await alerts.waitFor(2, 15_000);
    await settle(1500);
    alerts.stop();
    await client.dispose();

    expect(alerts.errors).toEqual([]);
    expect(got.map((a) => a.lowStockAlerts)).toEqual([
      {
        kind: 'LOW',
        balance: 4,
        threshold: 5,
        product: { sku: 'GULA-1', name: 'Gula Pasir 1kg' },
        branch: { id: branchId, name: 'Pusat' },
      },
      {
        kind: 'LOW',
        balance: 2,
        threshold: 5,
        product: { sku: 'GULA-1', name: 'Gula Pasir 1kg' },
        branch: { id: branchId, name: 'Pusat' },
      },
    ]);
  });

  it('sends exactly one alert when checkouts cross the threshold', async () => {
    const shop = await seedShop(sg);
    const product = await createProduct(sg, shop, { price: 10_000, stock: 8 });
    await ok(
      `mutation($i: SetLowStockThresholdInput!) { setLowStockThreshold(input: $i) { ... on StockLevel { low } } }`,
      { i: { productId: product.id, branchId: shop.branchId, threshold: 5 } },
      shop.token,
    );
    const client = liveClient(sg, shop.token);
    const alerts = collect<Alert>(client, ALERTS, { b: shop.branchId });
    await settle(500);
    await openShift(sg, shop, 'till-alerts');
    // 8 -> 6 -> 4 (crosses) -> 2: three sales, one crossing.
    for (let i = 0; i < 3; i++) {
      const sale = await checkout(sg, shop.token, {
        idempotencyKey: key(),
        deviceId: 'till-alerts',
        branchId: shop.branchId,
        lines: [{ barcode: product.barcode, quantity: 2 }],
        payments: [{ method: 'CASH', amount: '20000', tendered: '20000' }],
      });
      expect(sale.__typename).toBe('Order');
    }
    await alerts.waitFor(1, 15_000);
    await settle(1500);
    alerts.stop();
    await client.dispose();
    expect(alerts.errors).toEqual([]);
    expect(alerts.events.map((a) => [a.lowStockAlerts.kind, a.lowStockAlerts.balance])).toEqual([['LOW', 4]]);
  });

  it("sends no alert of another merchant's branch, and refuses a cashier without stock:read", async () => {
    const a = await setup();
    const b = await registerMerchant(sg, { merchantName: 'Toko Lain' });
    const foreign = liveClient(sg, b.session.accessToken);
    const theirs = collect<Alert>(foreign, ALERTS, { b: a.branchId });
    const own = collect<Alert>(foreign, ALERTS, { b: b.branchId });
    const cashier = await createStaff(sg, a.token, { role: 'CASHIER' });
    const cashierToken = (await login(sg, cashier.username, PASSWORD, a.merchant.slug)).accessToken!;
    const cashierClient = liveClient(sg, cashierToken);
    const refused = collect<Alert>(cashierClient, ALERTS, { b: a.branchId });
    await settle(500);
    await a.move(10);
    await a.move(-9);
    await settle(2000);
    expect(theirs.events).toEqual([]);
    expect(own.events).toEqual([]);
    expect(refused.events).toEqual([]);
    expect(JSON.stringify(refused.errors)).toMatch(/FORBIDDEN|permission/);
    for (const c of [theirs, own, refused]) c.stop();
    await foreign.dispose();
    await cashierClient.dispose();
  });
});
