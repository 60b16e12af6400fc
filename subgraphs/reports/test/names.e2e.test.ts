/**
 * Report rows name what their ids point at, through the whole supergraph: a real merchant (users),
 * a category and products (products), sales and a shift (orders), a late delivery (couriers) and a
 * kasbon sale (customers). Every reference resolves in its owning subgraph within the viewer's
 * merchant only.
 */
import { randomBytes } from 'node:crypto';
import type { DomainEvent } from '@pos/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  errorCodes,
  expectNoErrors,
  type Supergraph,
  signAccessToken,
  startSupergraph,
} from '../../../gateway/test/harness';
import { createCourier, deliveryMutation } from '../../couriers/test/helpers';
import { createCustomer } from '../../customers/test/helpers';
import { CREATE_PRODUCT, checkout, key, openShift, type Shop, waitFor } from '../../orders/test/helpers';
import { createStaff, login, registerMerchant } from '../../users/test/helpers';
import { reportsOf } from './support';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
// Business dates are in the merchant's time zone: a day either side covers any hour of the run.
const RANGE = { from: day(-1), to: day(1) };

const NAMED_REPORTS = /* GraphQL */ `
  query Named($f: ReportFilter!, $asOf: DateTime!) {
    topProducts(filter: $f) { productId product { name } categoryId category { name } quantity }
    salesByCategory(filter: $f) { categoryId category { name } quantity }
    salesByCashier(filter: $f) { cashierId cashier { name } orders }
    profitByOrder(filter: $f) { branchId branch { name } cashierId cashier { name } }
    shiftReports(filter: $f) { branchId branch { name } cashierId cashier { name } closedBy closedByUser { name } }
    courierPerformance(filter: $f) { courierId courier { user { name } } done }
    lateDeliveries(filter: $f, asOf: $asOf) { branchId branch { name } courierId courier { user { name } } }
    kasbonAging { rows { customerId customer { name } balance } }
    expenses(filter: $f) { branchId branch { name } recordedBy recordedByUser { name } }
  }
`;

interface Named {
  topProducts: {
    productId: string;
    product: Name;
    categoryId: string | null;
    category: Name;
    quantity: number;
  }[];
  salesByCategory: { categoryId: string | null; category: Name; quantity: number }[];
  salesByCashier: { cashierId: string; cashier: Name; orders: number }[];
  profitByOrder: { branchId: string; branch: Name; cashierId: string; cashier: Name }[];
  shiftReports: {
    branchId: string;
    branch: Name;
    cashierId: string;
    cashier: Name;
    closedBy: string;
    closedByUser: Name;
  }[];
  courierPerformance: { courierId: string; courier: { user: { name: string } } | null; done: number }[];
  lateDeliveries: {
    branchId: string;
    branch: Name;
    courierId: string | null;
    courier: { user: { name: string } } | null;
  }[];
  kasbonAging: { rows: { customerId: string; customer: Name; balance: string }[] };
  expenses: { branchId: string; branch: Name; recordedBy: string; recordedByUser: Name }[];
}
type Name = { name: string } | null;

/** One merchant with real branch, staff, catalog, sales, shift, delivery, kasbon and expense. */
interface World {
  owner: Shop;
  merchantId: string;
  cashierId: string;
  courierId: string;
  customerId: string;
  categoryId: string;
  coffeeId: string;
  crackersId: string;
}

async function gql<T>(sg: Supergraph, query: string, variables: Record<string, unknown>, token: string) {
  return expectNoErrors((await sg.request<T>(query, variables, { token })).body);
}

async function product(sg: Supergraph, shop: Shop, name: string, price: number, categoryId: string | null) {
  const tag = randomBytes(4).toString('hex');
  const barcode = `899${Date.now() % 1e9}`;
  const { createProduct } = await gql<{ createProduct: { __typename: string; id: string } }>(
    sg,
    CREATE_PRODUCT,
    {
      input: {
        sku: `SKU-${tag}`,
        name,
        categoryId,
        taxable: false,
        costPrice: String(price / 2),
        baseUnit: { name: 'pcs', price: String(price), barcode },
      },
    },
    shop.token,
  );
  expect(createProduct.__typename).toBe('Product');
  await gql(
    sg,
    'mutation($input: ReceiveStockInput!) { receiveStock(input: $input) { __typename } }',
    { input: { branchId: shop.branchId, lines: [{ productId: createProduct.id, quantity: 50 }] } },
    shop.token,
  );
  return { id: createProduct.id, barcode };
}

async function buildWorld(sg: Supergraph): Promise<World> {
  const { session, merchant, branchId } = await registerMerchant(sg);
  const owner: Shop = { token: session.accessToken, branchId, ownerId: session.user.id, slug: merchant.slug };

  const cashier = await createStaff(sg, owner.token, {
    name: 'Budi Santoso',
    role: 'CASHIER',
    branchIds: [branchId],
  });
  const cashierLogin = await login(sg, cashier.username, undefined, merchant.slug);
  const cashierToken = cashierLogin.accessToken as string;
  const courierStaff = await createStaff(sg, owner.token, {
    name: 'Kurir Andi',
    role: 'COURIER',
    branchIds: [branchId],
  });
  const courierLogin = await login(sg, courierStaff.username, undefined, merchant.slug);
  const courierId = await createCourier(sg, owner.token, courierStaff.id, branchId);

  const { createCategory } = await gql<{ createCategory: { id: string } }>(
    sg,
    'mutation($i: CreateCategoryInput!) { createCategory(input: $i) { id } }',
    { i: { name: 'Minuman' } },
    owner.token,
  );
  const coffee = await product(sg, owner, 'Kopi Susu', 15_000, createCategory.id);
  const crackers = await product(sg, owner, 'Kerupuk', 2_000, null);
  const customerId = await createCustomer(sg, owner.token, {
    name: 'Bu Ani',
    phone: `+62812${Date.now() % 1e8}`,
  });
  await gql(
    sg,
    'mutation($id: ID!, $l: Money!) { setCreditLimit(customerId: $id, limit: $l) { id } }',
    { id: customerId, l: '100000' },
    owner.token,
  );

  const shiftId = await openShift(sg, owner, 'till-names', 100_000, cashierToken);
  const sale = await checkout(sg, cashierToken, {
    idempotencyKey: key(),
    deviceId: 'till-names',
    branchId,
    lines: [
      { barcode: coffee.barcode, quantity: 2 },
      { barcode: crackers.barcode, quantity: 1 },
    ],
    payments: [{ method: 'CASH', tendered: '50000' }],
  });
  expect(sale.__typename, JSON.stringify(sale)).toBe('Order');
  const kasbon = await checkout(sg, cashierToken, {
    idempotencyKey: key(),
    deviceId: 'till-names',
    branchId,
    customerId,
    lines: [{ barcode: coffee.barcode, quantity: 1 }],
    payments: [{ method: 'CUSTOMER_CREDIT', amount: '15000' }],
  });
  expect(kasbon.__typename, JSON.stringify(kasbon)).toBe('Order');
  // The owner closes the cashier's shift, so `closedBy` is someone other than the cashier.
  const closed = await gql<{ closeShift: { __typename: string } }>(
    sg,
    'mutation($i: CloseShiftInput!) { closeShift(input: $i) { __typename } }',
    { i: { shiftId, countedCash: '132000' } },
    owner.token,
  );
  expect(closed.closeShift.__typename).toBe('Shift');

  // Promised an hour ago and delivered now: late.
  const { createDelivery } = await gql<{ createDelivery: { id: string } }>(
    sg,
    `mutation($input: CreateDeliveryInput!) { createDelivery(input: $input) { ... on Delivery { id } } }`,
    {
      input: {
        orderId: sale.id,
        branchId,
        address: 'Jl. Melati 5, Bandung',
        contactName: 'Ibu Rina',
        contactPhone: '+628122222222',
        promisedAt: new Date(Date.now() - 3_600_000).toISOString(),
      },
    },
    owner.token,
  );
  const deliveryId = createDelivery.id;
  const steps: [string, string, Record<string, unknown>][] = [
    [owner.token, 'assignCourier(deliveryId: $id, courierId: $courierId)', { id: deliveryId, courierId }],
    [courierLogin.accessToken as string, 'startDelivery(deliveryId: $id)', { id: deliveryId }],
    [
      courierLogin.accessToken as string,
      'completeDelivery(input: $input)',
      { input: { deliveryId, recipientName: 'Ibu Rina', cashCollected: '0' } },
    ],
  ];
  for (const [token, field, variables] of steps)
    expect((await deliveryMutation(sg, token, field, variables)).__typename).toBe('Delivery');

  const { createExpenseCategory } = await gql<{ createExpenseCategory: { id: string } }>(
    sg,
    'mutation { createExpenseCategory(name: "Listrik") { ... on ExpenseCategory { id } } }',
    {},
    owner.token,
  );
  await gql(
    sg,
    'mutation($i: RecordExpenseInput!) { recordExpense(input: $i) { __typename } }',
    { i: { branchId, categoryId: createExpenseCategory.id, businessDate: day(0), amount: '75000' } },
    owner.token,
  );

  const { me } = await gql<{ me: { merchant: { id: string } } }>(
    sg,
    '{ me { merchant { id } } }',
    {},
    owner.token,
  );
  return {
    owner,
    merchantId: me.merchant.id,
    cashierId: cashier.id,
    courierId,
    customerId,
    categoryId: createCategory.id,
    coffeeId: coffee.id,
    crackersId: crackers.id,
  };
}

const named = async (sg: Supergraph, token: string) =>
  (await sg.request<Named>(NAMED_REPORTS, { f: RANGE, asOf: new Date().toISOString() }, { token })).body;

/** Until the events of the sales, the shift, the delivery and the kasbon are projected. */
async function projected(sg: Supergraph, token: string) {
  let last: Named | null | undefined;
  await waitFor(async () => {
    last = (await named(sg, token)).data;
    return Boolean(
      last &&
        last.salesByCashier[0]?.orders === 2 &&
        last.shiftReports.length === 1 &&
        last.courierPerformance[0]?.done === 1 &&
        last.kasbonAging.rows.length === 1,
    );
  }, 'the reports to catch up');
}

/**
 * The same facts as another merchant's producers would publish them if they leaked the first
 * merchant's ids: new event, order, shift, delivery and expense ids, the branch, staff, product, category,
 * courier and customer ids kept.
 */
function leakedTo(
  merchantId: string,
  e: { _id: string; type: string; occurredAt: Date; payload: object },
): DomainEvent {
  const payload = { ...e.payload } as Record<string, unknown>;
  for (const k of ['orderId', 'number', 'shiftId', 'deliveryId', 'refundId', 'expenseId', 'movementId'])
    if (typeof payload[k] === 'string') payload[k] = `${payload[k]}-leaked`;
  if (typeof payload.entrySeq === 'number') payload.entrySeq += 1000;
  return { id: `${merchantId}:${e._id}`, type: e.type, merchantId, occurredAt: e.occurredAt, payload };
}

describe('report rows resolve names through the supergraph', () => {
  let sg: Supergraph;
  let w: World;
  let other: { token: string; merchantId: string };

  beforeAll(async () => {
    sg = await startSupergraph();
    w = await buildWorld(sg);
    await projected(sg, w.owner.token);

    const b = await registerMerchant(sg, { merchantName: 'Toko Lain', ownerName: 'Pemilik Lain' });
    const { me } = await gql<{ me: { merchant: { id: string } } }>(
      sg,
      '{ me { merchant { id } } }',
      {},
      b.session.accessToken,
    );
    other = { token: b.session.accessToken, merchantId: me.merchant.id };
    const logged = await reportsOf(sg).models.eventLog.find({ merchantId: w.merchantId }).lean();
    for (const e of logged) await sg.bus.publish(leakedTo(other.merchantId, e));
    await projected(sg, other.token);
  }, 120_000);
  afterAll(() => sg?.close());

  it('names branch, staff, product, category, courier and customer exactly', async () => {
    const d = expectNoErrors(await named(sg, w.owner.token));
    expect(d.topProducts).toEqual([
      {
        productId: w.coffeeId,
        product: { name: 'Kopi Susu' },
        categoryId: w.categoryId,
        category: { name: 'Minuman' },
        quantity: 3,
      },
      {
        productId: w.crackersId,
        product: { name: 'Kerupuk' },
        categoryId: null,
        category: null,
        quantity: 1,
      },
    ]);
    expect(d.salesByCategory).toEqual([
      { categoryId: w.categoryId, category: { name: 'Minuman' }, quantity: 3 },
      { categoryId: null, category: null, quantity: 1 },
    ]);
    expect(d.salesByCashier).toEqual([
      { cashierId: w.cashierId, cashier: { name: 'Budi Santoso' }, orders: 2 },
    ]);
    const place = { branchId: w.owner.branchId, branch: { name: 'Pusat' } };
    const budi = { cashierId: w.cashierId, cashier: { name: 'Budi Santoso' } };
    expect(d.profitByOrder).toEqual([
      { ...place, ...budi },
      { ...place, ...budi },
    ]);
    expect(d.shiftReports).toEqual([
      { ...place, ...budi, closedBy: w.owner.ownerId, closedByUser: { name: 'Sari Dewi' } },
    ]);
    expect(d.courierPerformance).toEqual([
      { courierId: w.courierId, courier: { user: { name: 'Kurir Andi' } }, done: 1 },
    ]);
    expect(d.lateDeliveries).toEqual([
      { ...place, courierId: w.courierId, courier: { user: { name: 'Kurir Andi' } } },
    ]);
    expect(d.kasbonAging.rows).toEqual([
      { customerId: w.customerId, customer: { name: 'Bu Ani' }, balance: '15000' },
    ]);
    expect(d.expenses).toEqual([
      { ...place, recordedBy: w.owner.ownerId, recordedByUser: { name: 'Sari Dewi' } },
    ]);
  });

  it("never names another merchant's branch, staff, product, category, courier or customer", async () => {
    const d = expectNoErrors(await named(sg, other.token));
    // The rows are there with the first merchant's ids, and every reference reads as not found.
    expect(d.topProducts.map((r) => [r.productId, r.product, r.category])).toEqual([
      [w.coffeeId, null, null],
      [w.crackersId, null, null],
    ]);
    expect(d.salesByCategory.map((r) => [r.categoryId, r.category])).toEqual([
      [w.categoryId, null],
      [null, null],
    ]);
    expect(d.salesByCashier.map((r) => [r.cashierId, r.cashier])).toEqual([[w.cashierId, null]]);
    expect(d.profitByOrder.map((r) => [r.branch, r.cashier])).toEqual([
      [null, null],
      [null, null],
    ]);
    expect(d.shiftReports.map((r) => [r.branch, r.cashier, r.closedByUser])).toEqual([[null, null, null]]);
    expect(d.courierPerformance.map((r) => [r.courierId, r.courier])).toEqual([[w.courierId, null]]);
    expect(d.lateDeliveries.map((r) => [r.branch, r.courier])).toEqual([[null, null]]);
    expect(d.kasbonAging.rows.map((r) => [r.customerId, r.customer])).toEqual([[w.customerId, null]]);
    expect(d.expenses.map((r) => [r.branchId, r.branch, r.recordedByUser])).toEqual([
      [w.owner.branchId, null, null],
    ]);
  });

  it('keeps the report when the reader may not see customers: only that field is null', async () => {
    const { token } = await signAccessToken(sg, {
      merchantId: w.merchantId,
      userId: w.owner.ownerId,
      role: 'SUPERVISOR',
      scopes: ['reports:read'],
    });
    const { body } = await sg.request<{ kasbonAging: Named['kasbonAging'] } & Pick<Named, 'salesByCashier'>>(
      `query($f: ReportFilter!) {
        kasbonAging { rows { customerId customer { name } balance } }
        salesByCashier(filter: $f) { cashier { name } }
      }`,
      { f: RANGE },
      { token },
    );
    expect(body.data?.kasbonAging.rows).toEqual([
      { customerId: w.customerId, customer: null, balance: '15000' },
    ]);
    expect(body.data?.salesByCashier).toEqual([{ cashier: { name: 'Budi Santoso' } }]);
    expect(errorCodes(body)).toEqual(['FORBIDDEN']);
    // The gateway points the error at the fields it could not fetch from customers.
    expect(body.errors?.[0]?.path?.slice(0, 4)).toEqual(['kasbonAging', 'rows', 0, 'customer']);
  });
});
