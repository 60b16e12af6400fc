import { randomUUID } from 'node:crypto';
import {
  fixedTimeZone,
  idempotentHandler,
  type RunningSubgraph,
  type ScanWatch,
  type Viewer,
  watchScans,
} from '@pos/kit';
import { standaloneSubgraphOptions } from '@pos/kit/testing/standalone';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { CustomersContext } from '../src/context';
import { orderEventsHandler } from '../src/events/order-events';
import { startCustomersSubgraph } from '../src/server';
import { orderCompleted, orderRefunded, orderVoided } from './helpers';

/** Collections that grow with customers, sales and events. */
const GROWING = new Set([
  'customers',
  'customer_phones',
  'settings',
  'processed_events',
  ...['points_entries', 'credit_entries', 'purchase_entries'].flatMap((c) => [c, `${c}_keys`, `${c}_orders`]),
]);
const SCOPES = ['customers:read', 'customers:write', 'customers:credit', 'loyalty:adjust', 'merchant:manage'];

let customers: RunningSubgraph<CustomersContext>;
beforeAll(async () => {
  // No users subgraph here: every merchant is in Jakarta.
  customers = await startCustomersSubgraph({
    ...(await standaloneSubgraphOptions(inject('mongodbUri'), 'customers', 'hot')),
    timeZones: fixedTimeZone(),
  });
});
afterAll(() => customers?.close());

const viewerOf = (merchantId: string): Viewer => ({
  userId: 'cashier-1',
  merchantId,
  role: 'OWNER',
  branchIds: [],
  scopes: new Set(SCOPES),
  sessionId: 's',
  tokenId: 't',
  expiresAt: Date.now() / 1000 + 600,
});

/** Runs an operation as the viewer; `internal` as the orders subgraph's saga calls do. */
async function run(query: string, variables: Record<string, unknown>, viewer: Viewer, internal = false) {
  const res = await customers.apollo.executeOperation(
    { query, variables },
    { contextValue: await customers.contextFor(viewer, 'token', internal) },
  );
  if (res.body.kind !== 'single') throw new Error('expected a single result');
  expect(res.body.singleResult.errors).toBeUndefined();
  return res.body.singleResult.data as Record<string, Record<string, unknown>>;
}

/** Other customers with ledgers, written straight to the collections. */
async function seedOthers(merchantId: string, n: number) {
  const { models } = await customers.contextFor(null);
  const at = new Date();
  const rows = Array.from({ length: n }, (_, i) => ({ customerId: `seed-c-${i}`, i }));
  const stream = (customerId: string) => `${merchantId}|${customerId}#1`;
  await models.customers.collection.insertMany(
    rows.map(({ customerId, i }) => ({
      _id: customerId,
      merchantId,
      name: `Seed ${i}`,
      nameKey: `seed ${i}`,
      sortKey: `seed ${i}\u0000${customerId}`,
      phone: `+6281100${String(i).padStart(5, '0')}`,
      tags: [],
      status: 'ACTIVE',
      creditLimit: 0,
    })) as never[],
  );
  const entry = (customerId: string, i: number) => ({
    _id: stream(customerId),
    merchantId,
    customerId,
    seq: 1,
    key: `seed:${i}`,
    latest: true,
    change: 10,
    balance: 10,
    orderId: `seed-o-${i}`,
    at,
  });
  await models.points.collection.insertMany(
    rows.map(({ customerId, i }) => ({ ...entry(customerId, i), kind: 'EARN' })) as never[],
  );
  await models.credit.collection.insertMany(
    rows.map(({ customerId, i }) => ({
      ...entry(customerId, i),
      kind: 'CHARGE',
      openSince: 1,
      date: '2026-11-22',
      dueDate: '2026-12-22',
    })) as never[],
  );
  await models.purchases.collection.insertMany(
    rows.map(({ customerId, i }) => ({
      ...entry(customerId, i),
      kind: 'ORDER',
      visitCount: 1,
      visits: 1,
    })) as never[],
  );
}

function expectNoScans(watch: ScanWatch) {
  expect(watch.commands()).toBeGreaterThan(0);
  expect(watch.scans().filter((s) => GROWING.has(s.collection))).toEqual([]);
}

describe('customers hot paths read by exact key', () => {
  const merchantId = `m${randomUUID().replaceAll('-', '').slice(0, 20)}`;
  const viewer = viewerOf(merchantId);
  let customerId: string;
  let watch: ScanWatch;
  beforeAll(async () => {
    await run(
      'mutation($i: LoyaltySettingsInput!) { setLoyaltySettings(input: $i) { ... on LoyaltySettings { earnAmount } } }',
      { i: { earnAmount: 1000, earnPoints: 1, redeemValuePerPoint: 100 } },
      viewer,
    );
    const created = await run(
      'mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { ... on Customer { id } } }',
      { i: { name: 'Rina', phone: '0812-3456-7890' } },
      viewer,
    );
    customerId = created.createCustomer!.id as string;
    await run(
      'mutation($c: ID!) { setCreditLimit(customerId: $c, limit: 500000) { ... on Customer { id } } }',
      { c: customerId },
      viewer,
    );
    await run(
      'mutation($i: AdjustPointsInput!) { adjustPoints(input: $i) { __typename } }',
      { i: { customerId, points: 500, reason: 'welcome' } },
      viewer,
    );
    await seedOthers(merchantId, 300);
    const { models } = await customers.contextFor(null);
    watch = watchScans([models.customers.db]);
  }, 120_000);
  afterAll(() => watch?.stop());

  it('runs the checkout steps, their replays and compensations', async () => {
    watch.reset();
    const orderId = randomUUID();
    const redeem = { orderId, step: 'points-1', customerId, branchId: 'b-1', points: 100 };
    const REDEEM = `mutation($i: RedeemPointsInput!) { redeemPoints(input: $i) {
      __typename ... on PointsRedeemed { balance } } }`;
    const first = await run(REDEEM, { i: redeem }, viewer, true);
    expect(first.redeemPoints).toEqual({ __typename: 'PointsRedeemed', balance: 400 });
    expect((await run(REDEEM, { i: redeem }, viewer, true)).redeemPoints).toEqual(first.redeemPoints);
    const CHARGE = `mutation($i: ChargeCustomerCreditInput!) { chargeCustomerCredit(input: $i) {
      __typename ... on CreditCharged { balance } } }`;
    const charge = (step: string, amount: number) => ({ orderId, step, customerId, branchId: 'b-1', amount });
    expect((await run(CHARGE, { i: charge('credit-1', 20_000) }, viewer, true)).chargeCustomerCredit).toEqual(
      {
        __typename: 'CreditCharged',
        balance: '20000',
      },
    );
    expect((await run(CHARGE, { i: charge('credit-2', 5_000) }, viewer, true)).chargeCustomerCredit).toEqual({
      __typename: 'CreditCharged',
      balance: '25000',
    });
    await run(
      'mutation($i: ReversePointsRedemptionInput!) { reversePointsRedemption(input: $i) }',
      { i: { orderId, step: 'points-1' } },
      viewer,
      true,
    );
    await run(
      'mutation($i: ReverseCustomerCreditInput!) { reverseCustomerCredit(input: $i) }',
      { i: { orderId, step: 'credit-2' } },
      viewer,
      true,
    );
    expectNoScans(watch);
  });

  it('handles completed, refunded and voided orders by key', async () => {
    const ctx = await customers.contextFor(null);
    const handle = idempotentHandler(
      ctx.models.processedEvents,
      'customers-hot-path',
      orderEventsHandler({
        models: ctx.models,
        settings: ctx.settings,
        logger: ctx.logger,
        onCreditEvents: () => {},
      }),
    );
    const orderId = randomUUID();
    watch.reset();
    const completed = orderCompleted(merchantId, { orderId, customerId, total: 50_000 });
    await handle(completed);
    await handle(completed);
    await handle(orderRefunded(merchantId, { orderId, refundId: randomUUID(), customerId, amount: 10_000 }));
    await handle(
      orderVoided(merchantId, {
        orderId,
        customerId,
        total: 50_000,
        payments: [{ paymentId: `${orderId}-p1`, method: 'CASH', amount: 50_000 }],
      }),
    );
    expectNoScans(watch);
    const stats = await run(
      'query($id: ID!) { customer(id: $id) { stats { visitCount totalSpent } } }',
      { id: customerId },
      viewer,
    );
    expect(stats.customer!.stats).toEqual({ visitCount: 0, totalSpent: '0' });
  });

  it('finds a customer by phone and resolves _entities with exact gets', async () => {
    watch.reset();
    const byPhone = await run(
      'query($p: String!) { customerByPhone(phone: $p) { id } }',
      { p: '+62 812 3456 7890' },
      viewer,
    );
    expect(byPhone.customerByPhone).toEqual({ id: customerId });
    const entities = await run(
      `query($r: [_Any!]!) { _entities(representations: $r) {
        ... on Customer { id points stats { visitCount } credit { balance } } } }`,
      {
        r: [
          { __typename: 'Customer', id: customerId },
          { __typename: 'Customer', id: 'seed-c-7' },
          { __typename: 'Customer', id: 'missing' },
        ],
      },
      viewer,
    );
    const list = entities._entities as unknown as ({ id: string } | null)[];
    expect(list.map((e) => e?.id ?? null)).toEqual([customerId, 'seed-c-7', null]);
    expectNoScans(watch);
  });
});
