/**
 * A real merchant for the names tests, built through the supergraph's public API: staff (users),
 * a category and products (products), a cashier's sales, a kasbon sale and a shift closed by the
 * owner (orders, customers), a late delivery (couriers) and an expense (reports).
 */
import { randomBytes } from 'node:crypto';
import type { DomainEvent } from '@pos/kit';
import { expect } from 'vitest';
import { expectNoErrors, type Supergraph } from '../../../gateway/test/harness';
import { createCourier, deliveryMutation } from '../../couriers/test/helpers';
import { createCustomer } from '../../customers/test/helpers';
import { CREATE_PRODUCT, checkout, key, openShift, type Shop } from '../../orders/test/helpers';
import { createStaff, login, registerMerchant } from '../../users/test/helpers';

export const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
// Business dates are in the merchant's time zone: a day either side covers any hour of the run.
export const RANGE = { from: day(-1), to: day(1) };

/** One merchant with real branch, staff, catalog, sales, shift, delivery, kasbon and expense. */
export interface World {
  owner: Shop;
  merchantId: string;
  cashierId: string;
  courierId: string;
  customerId: string;
  categoryId: string;
  coffeeId: string;
  crackersId: string;
}

export async function gql<T>(
  sg: Supergraph,
  query: string,
  variables: Record<string, unknown>,
  token: string,
) {
  return expectNoErrors((await sg.request<T>(query, variables, { token })).body);
}

let products = 0;

async function product(sg: Supergraph, shop: Shop, name: string, price: number, categoryId: string | null) {
  const tag = randomBytes(4).toString('hex');
  const barcode = `899${Date.now() % 1e9}${++products}`;
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

export async function buildWorld(sg: Supergraph): Promise<World> {
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
    'mutation($i: CreateCategoryInput!) { createCategory(input: $i) { ... on Category { id } } }',
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
    'mutation($id: ID!, $l: Money!) { setCreditLimit(customerId: $id, limit: $l) { ... on Customer { id } } }',
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

/**
 * A logged event of the first merchant published again as another merchant's, every id in it
 * kept (branch, staff, product, category, courier, customer, order, shift, delivery): read-model
 * keys lead with the merchant, so the two never collide, and every reference must read null.
 */
export function leakedTo(
  merchantId: string,
  e: { _id: string; type: string; occurredAt: Date; payload: object },
): DomainEvent {
  const payload = { ...e.payload } as Record<string, unknown>;
  return { id: `${merchantId}:${e._id}`, type: e.type, merchantId, occurredAt: e.occurredAt, payload };
}
