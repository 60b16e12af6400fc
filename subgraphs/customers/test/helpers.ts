import { randomUUID } from 'node:crypto';
import {
  type DomainEvent,
  type EventBus,
  EventTypes,
  GATEWAY_SECRET_HEADER,
  INTERNAL_SECRET_HEADER,
  type OrderCompletedPayload,
  type OrderRefundedPayload,
  type OrderVoidedPayload,
  type PaymentRecord,
} from '@pos/kit';
import { expect } from 'vitest';
import { SUBGRAPHS } from '../../../gateway/src/dev/subgraphs';
import {
  expectNoErrors,
  type GraphQLBody,
  postGraphQL,
  type Supergraph,
  signAccessToken,
  startSupergraph,
} from '../../../gateway/test/harness';
import { startCustomersSubgraph } from '../src/server';

/** A supergraph whose customers subgraph runs on `clock`, with the event bus in reach of the test. */
export async function startWithClock(clock: () => Date): Promise<{ sg: Supergraph; bus: () => EventBus }> {
  let bus: EventBus | undefined;
  const sg = await startSupergraph({
    subgraphs: SUBGRAPHS.map((entry) =>
      entry.name === 'customers'
        ? {
            ...entry,
            start: (opts) => {
              bus = opts.bus;
              return startCustomersSubgraph({ ...opts, clock });
            },
          }
        : entry,
    ),
  });
  return {
    sg,
    bus: () => {
      if (!bus) throw new Error('customers did not start');
      return bus;
    },
  };
}

/** A token of `merchantId` with exactly these scopes (the claims name no real user). */
export async function tokenWith(
  sg: Supergraph,
  merchantId: string,
  scopes: string[],
  branchIds: string[] = [],
) {
  return (await signAccessToken(sg, { merchantId, scopes, role: 'CASHIER', branchIds })).token;
}

/** A fresh merchant id with an all-customer-scopes token; the customers subgraph needs no more. */
export async function merchant(sg: Supergraph) {
  const merchantId = randomUUID().replaceAll('-', '').slice(0, 24);
  const scopes = [
    'customers:read',
    'customers:write',
    'customers:credit',
    'customers:merge',
    'loyalty:adjust',
    'merchant:manage',
  ];
  return { merchantId, token: await tokenWith(sg, merchantId, scopes) };
}

/** Calls the customers subgraph directly, as the orders subgraph does (internal secret unless told). */
export function callCustomers<T>(
  sg: Supergraph,
  query: string,
  variables: Record<string, unknown>,
  opts: { token?: string; internal?: boolean } = {},
): Promise<{ status: number; body: GraphQLBody<T> }> {
  const url = sg.subgraphs.customers?.graphqlUrl;
  if (!url) throw new Error('no customers subgraph');
  return postGraphQL<T>(url, query, variables, {
    ...(opts.token ? { token: opts.token } : {}),
    headers: {
      [GATEWAY_SECRET_HEADER]: sg.gatewaySecret,
      ...(opts.internal === false ? {} : { [INTERNAL_SECRET_HEADER]: sg.internalSecret }),
    },
  });
}

export const CREATE = /* GraphQL */ `
  mutation ($input: CreateCustomerInput!) {
    createCustomer(input: $input) {
      __typename
      ... on Customer { id name phone points }
      ... on DuplicatePhone { code message existing { id } }
    }
  }
`;

export async function createCustomer(sg: Supergraph, token: string, input: Record<string, unknown>) {
  const { body } = await sg.request<{ createCustomer: { __typename: string; id: string } }>(
    CREATE,
    { input },
    { token },
  );
  const created = expectNoErrors(body).createCustomer;
  expect(created.__typename).toBe('Customer');
  return created.id;
}

export const REDEEM = /* GraphQL */ `
  mutation ($input: RedeemPointsInput!) {
    redeemPoints(input: $input) {
      __typename
      ... on PointsRedeemed { points value balance }
      ... on InsufficientPoints { code points }
    }
  }
`;

export const CHARGE = /* GraphQL */ `
  mutation ($input: ChargeCustomerCreditInput!) {
    chargeCustomerCredit(input: $input) {
      __typename
      ... on CreditCharged { balance dueDate }
      ... on CreditLimitExceeded { code available }
    }
  }
`;

/** Polls until `check` passes (events are handled asynchronously). */
export async function eventually(check: () => Promise<void>, timeoutMs = 5_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (err) {
      if (Date.now() > until) throw err;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

const totals = (total: number) => ({
  gross: total,
  lineDiscount: 0,
  orderDiscount: 0,
  tax: 0,
  rounding: 0,
  deliveryFee: 0,
  total,
  netRevenue: total,
  cost: 0,
});

function event<P>(type: string, merchantId: string, payload: P, id = randomUUID()): DomainEvent {
  return {
    id,
    type,
    merchantId,
    occurredAt: new Date(),
    payload: payload as unknown as Record<string, unknown>,
  };
}

/** `orders.order-completed` as the orders subgraph publishes it. */
export function orderCompleted(
  merchantId: string,
  o: { orderId: string; customerId: string; total: number; payments?: PaymentRecord[] },
): DomainEvent {
  const payload: OrderCompletedPayload = {
    orderId: o.orderId,
    number: `INV/PST/20261122/${o.orderId.slice(0, 4)}`,
    branchId: 'branch-1',
    cashierId: 'cashier-1',
    shiftId: null,
    customerId: o.customerId,
    channel: 'COUNTER',
    businessDate: '2026-11-22',
    month: '2026-11',
    year: '2026',
    completedAt: '2026-11-22T03:00:00.000Z',
    offline: false,
    lines: [],
    payments: o.payments ?? [
      { paymentId: `${o.orderId}-p1`, method: 'CASH', amount: o.total, tendered: o.total, change: 0 },
    ],
    totals: totals(o.total),
    delivery: null,
  };
  return event(EventTypes.OrderCompleted, merchantId, payload);
}

export function orderRefunded(
  merchantId: string,
  o: { orderId: string; refundId: string; customerId: string; amount: number; payments?: PaymentRecord[] },
): DomainEvent {
  const payload: OrderRefundedPayload = {
    refundId: o.refundId,
    orderId: o.orderId,
    number: 'INV/PST/20261122/0001',
    branchId: 'branch-1',
    cashierId: 'cashier-1',
    refundedBy: 'supervisor-1',
    customerId: o.customerId,
    businessDate: '2026-11-22',
    saleBusinessDate: '2026-11-22',
    refundedAt: '2026-11-22T04:00:00.000Z',
    reason: 'rusak',
    lines: [],
    payments: o.payments ?? [{ paymentId: `${o.refundId}-p1`, method: 'CASH', amount: o.amount }],
    amount: o.amount,
  };
  return event(EventTypes.OrderRefunded, merchantId, payload);
}

export function orderVoided(
  merchantId: string,
  o: { orderId: string; customerId: string; total: number; payments: PaymentRecord[] },
) {
  const payload: OrderVoidedPayload = {
    orderId: o.orderId,
    number: 'INV/PST/20261122/0002',
    branchId: 'branch-1',
    cashierId: 'cashier-1',
    voidedBy: 'supervisor-1',
    customerId: o.customerId,
    businessDate: '2026-11-22',
    saleBusinessDate: '2026-11-22',
    voidedAt: '2026-11-22T04:00:00.000Z',
    reason: 'salah input',
    lines: [],
    payments: o.payments,
    totals: totals(o.total),
  };
  return event(EventTypes.OrderVoided, merchantId, payload);
}
