import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ServiceOptions } from '@pos/kit';
import { composeSupergraph } from '@pos/kit/bin/compose';
import { type Client, createClient } from 'graphql-ws';
import { expect } from 'vitest';
import WebSocket from 'ws';
import { SUBGRAPHS } from '../../../gateway/src/dev/subgraphs';
import {
  expectNoErrors,
  type Supergraph,
  type SupergraphOptions,
  startSupergraph,
} from '../../../gateway/test/harness';
import { checkout, createProduct, key } from '../../orders/test/helpers';
import { createStaff, login, registerMerchant } from '../../users/test/helpers';
import { type CouriersOptions, startCouriersSubgraph } from '../src/server';

const HERE = new URL('.', import.meta.url).pathname;
const SDL = (name: string) => join(HERE, '..', '..', name, `${name}.graphql`);

/**
 * The supergraph these tests need: users and couriers, and products and orders because a
 * delivery must point at a real order. Composed here so it does not depend on the others.
 */
export async function startCouriersSupergraph(
  options: Omit<SupergraphOptions, 'subgraphs' | 'supergraphSdl'> & {
    /** Couriers-only settings (e.g. a short `maxTrail`), which the shared launcher does not pass. */
    couriers?: Pick<CouriersOptions, 'maxTrail' | 'maxSubscriptionsPerConnection'>;
  } = {},
): Promise<Supergraph> {
  const { couriers, ...rest } = options;
  const subgraphs = SUBGRAPHS.filter((s) => COURIERS_SUPERGRAPH.includes(s.name)).map((s) =>
    s.name === 'couriers' && couriers
      ? { ...s, start: (o: ServiceOptions) => startCouriersSubgraph({ ...o, ...couriers }) }
      : s,
  );
  return startSupergraph({ ...rest, subgraphs, supergraphSdl: composeCouriersSupergraph() });
}

const COURIERS_SUPERGRAPH = ['users', 'products', 'orders', 'couriers'];

/** The supergraph SDL of these subgraphs (routing URLs are placeholders; gateways override them). */
export function composeCouriersSupergraph(names: readonly string[] = COURIERS_SUPERGRAPH): string {
  const dir = mkdtempSync(join(tmpdir(), 'pos-couriers-'));
  const config = join(dir, 'supergraph.config.json');
  const subgraphs = Object.fromEntries(
    names.map((n) => [n, { routing_url: `http://127.0.0.1:1/${n}`, schema: { file: SDL(n) } }]),
  );
  writeFileSync(config, JSON.stringify({ federation_version: '=2.14.4', subgraphs }));
  return composeSupergraph(config).sdl;
}

export const wsUrl = (sg: Supergraph) => sg.url.replace(/^http/, 'ws');

/** A graphql-ws client of the gateway, as a front end opens it. */
export function liveClient(sg: Supergraph, token: string | null): Client {
  return createClient({
    url: wsUrl(sg),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: true,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
  });
}

export interface Collected<T> {
  events: T[];
  errors: unknown[];
  completed: boolean;
  /** Resolves once `n` events arrived (or the stream ended). */
  waitFor(n: number, timeoutMs?: number): Promise<T[]>;
  stop(): void;
}

/** Subscribes and collects every `next`; the test stops it or the server completes it. */
export function collect<T = Record<string, unknown>>(
  client: Client,
  query: string,
  variables: Record<string, unknown> = {},
): Collected<T> {
  const waiters: Array<() => void> = [];
  const wake = () => {
    for (const w of waiters.splice(0)) w();
  };
  const out: Collected<T> = {
    events: [],
    errors: [],
    completed: false,
    waitFor: (n, timeoutMs = 10_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          if (out.events.length >= n || out.completed) {
            clearTimeout(timer);
            resolve(out.events);
          } else waiters.push(check);
        };
        const timer = setTimeout(
          () =>
            reject(new Error(`got ${out.events.length}/${n} events; errors: ${JSON.stringify(out.errors)}`)),
          timeoutMs,
        );
        check();
      }),
    stop: () => dispose(),
  };
  const dispose = client.subscribe<T>(
    { query, variables },
    {
      next: (value) => {
        if (value.errors) out.errors.push(...value.errors);
        if (value.data) out.events.push(value.data as T);
        wake();
      },
      error: (err) => {
        out.errors.push(err);
        out.completed = true;
        wake();
      },
      complete: () => {
        out.completed = true;
        wake();
      },
    },
  );
  return out;
}

/** A subscription is open upstream once a first event could reach it; there is no ack in graphql-ws. */
export const settle = (ms = 300) => new Promise((r) => setTimeout(r, ms));

export interface MerchantSetup {
  ownerToken: string;
  ownerEmail: string;
  merchantSlug: string;
  branchId: string;
  courierToken: string;
  courierUserId: string;
  courierId: string;
  courierName: string;
}

/** Registers a merchant with one courier (a COURIER staff member with a courier profile). */
export async function merchantWithCourier(sg: Supergraph, name = 'Kurir Andi'): Promise<MerchantSetup> {
  const { session, branchId, merchant, email } = await registerMerchant(sg);
  const staff = await createStaff(sg, session.accessToken, { name, role: 'COURIER', branchIds: [branchId] });
  const signedIn = await login(sg, staff.username, undefined, merchant.slug);
  expect(signedIn.__typename).toBe('AuthPayload');
  const courierId = await createCourier(sg, session.accessToken, staff.id, branchId);
  return {
    ownerToken: session.accessToken,
    ownerEmail: email,
    merchantSlug: merchant.slug,
    branchId,
    courierToken: signedIn.accessToken as string,
    courierUserId: staff.id,
    courierId,
    courierName: name,
  };
}

export async function createCourier(
  sg: Supergraph,
  token: string,
  userId: string,
  branchId: string,
): Promise<string> {
  const { body } = await sg.request<{ createCourier: { __typename: string; id: string } }>(
    `mutation($input: CreateCourierInput!) {
      createCourier(input: $input) { __typename ... on Courier { id } ... on ErrorResult { code } }
    }`,
    { input: { userId, branchId, phone: '+62811111111', vehicle: 'MOTORBIKE' } },
    { token },
  );
  const result = expectNoErrors(body).createCourier;
  expect(result.__typename).toBe('Courier');
  return result.id;
}

const barcodes = new Map<string, Promise<string>>();

/** A completed order of the merchant's branch (QRIS, so no shift is needed), to deliver. */
export async function createOrder(sg: Supergraph, m: MerchantSetup): Promise<string> {
  const shop = { token: m.ownerToken, branchId: m.branchId, ownerId: '', slug: m.merchantSlug };
  let barcode = barcodes.get(m.branchId);
  if (!barcode) {
    barcode = createProduct(sg, shop, { price: 15_000, stock: 1_000 }).then((p) => p.barcode);
    barcodes.set(m.branchId, barcode);
  }
  const order = await checkout(sg, m.ownerToken, {
    idempotencyKey: key(),
    deviceId: 'dispatch',
    branchId: m.branchId,
    lines: [{ barcode: await barcode, quantity: 1 }],
    payments: [{ method: 'QRIS', amount: '15000', reference: 'QR' }],
  });
  expect(order.__typename, JSON.stringify(order)).toBe('Order');
  return order.id as string;
}

/**
 * A delivery for a new order, optionally assigned to the courier. Without cash on delivery the
 * dispatcher creates it for a paid order; with it, the order is checked out unpaid with cash on
 * delivery (a 15,000 item plus the rest as delivery fee) and its delivery comes from the order's
 * event, as in a shop.
 */
export async function createDelivery(
  sg: Supergraph,
  m: MerchantSetup,
  opts: { assign?: boolean; promisedAt?: Date; cashOnDelivery?: number } = {},
): Promise<string> {
  const id = opts.cashOnDelivery
    ? await codDelivery(sg, m, opts.cashOnDelivery, opts.promisedAt)
    : await dispatchedDelivery(sg, m, opts.promisedAt);
  if (opts.assign !== false) {
    const r = await deliveryMutation(
      sg,
      m.ownerToken,
      'assignCourier(deliveryId: $id, courierId: $courierId)',
      {
        id,
        courierId: m.courierId,
      },
    );
    expect(r.__typename).toBe('Delivery');
  }
  return id;
}

async function dispatchedDelivery(sg: Supergraph, m: MerchantSetup, promisedAt?: Date): Promise<string> {
  const { body } = await sg.request<{ createDelivery: { __typename: string; id: string } }>(
    `mutation($input: CreateDeliveryInput!) { createDelivery(input: $input) { __typename ... on Delivery { id } } }`,
    {
      input: {
        orderId: await createOrder(sg, m),
        branchId: m.branchId,
        address: 'Jl. Melati 5, Bandung',
        contactName: 'Ibu Rina',
        contactPhone: '+628122222222',
        ...(promisedAt ? { promisedAt: promisedAt.toISOString() } : {}),
      },
    },
    { token: m.ownerToken },
  );
  const created = expectNoErrors(body).createDelivery;
  expect(created.__typename).toBe('Delivery');
  return created.id;
}

async function codDelivery(sg: Supergraph, m: MerchantSetup, cash: number, promisedAt?: Date) {
  expect(cash).toBeGreaterThan(15_000);
  const shop = { token: m.ownerToken, branchId: m.branchId, ownerId: '', slug: m.merchantSlug };
  const { barcode } = await createProduct(sg, shop, { price: 15_000, stock: 10 });
  const order = await checkout(sg, m.ownerToken, {
    idempotencyKey: key(),
    deviceId: 'dispatch',
    branchId: m.branchId,
    lines: [{ barcode, quantity: 1 }],
    payments: [],
    delivery: {
      address: 'Jl. Melati 5, Bandung',
      contactName: 'Ibu Rina',
      contactPhone: '+628122222222',
      fee: String(cash - 15_000),
      cashOnDelivery: true,
      ...(promisedAt ? { promisedAt: promisedAt.toISOString() } : {}),
    },
  });
  expect(order.__typename, JSON.stringify(order)).toBe('Order');
  let deliveryId: string | undefined;
  for (let i = 0; i < 200 && !deliveryId; i++) {
    const { body } = await sg.request<{ order: { delivery: { id: string } | null } | null }>(
      'query($id: ID!) { order(id: $id) { delivery { id } } }',
      { id: order.id },
      { token: m.ownerToken },
    );
    deliveryId = expectNoErrors(body).order?.delivery?.id;
    if (!deliveryId) await new Promise((r) => setTimeout(r, 50));
  }
  if (!deliveryId) throw new Error('the order event never became a delivery');
  return deliveryId;
}

const RESULT = `__typename ... on Delivery { id status late } ... on ErrorResult { code message }`;

/** Runs one delivery mutation; `field` names the call with `$id` (and other variables as used). */
export async function deliveryMutation(
  sg: Supergraph,
  token: string,
  field: string,
  variables: Record<string, unknown>,
): Promise<{ __typename: string; id?: string; status?: string; late?: boolean; code?: string }> {
  const decls = Object.keys(variables)
    .map((k) => `$${k}: ${k === 'input' ? 'CompleteDeliveryInput!' : k === 'reason' ? 'String!' : 'ID!'}`)
    .join(', ');
  const { body } = await sg.request<Record<string, { __typename: string }>>(
    `mutation(${decls}) { result: ${field} { ${RESULT} } }`,
    variables,
    { token },
  );
  return expectNoErrors(body).result as never;
}

export const REPORT_POSITION = /* GraphQL */ `
  mutation($input: ReportPositionInput!) {
    reportPosition(input: $input) {
      __typename ... on CourierPosition { lat lng recordedAt } ... on ErrorResult { code message }
    }
  }
`;
