/** Orders e2e helpers: one supergraph per test file, a shop seeded through the API, and sale shortcuts. */
import { randomBytes } from 'node:crypto';
import type { DomainEvent, RunningService, ServiceOptions } from '@pos/kit';
import { expect } from 'vitest';
import { SUBGRAPHS, type SubgraphEntry } from '../../../gateway/src/dev/subgraphs';
import {
  expectNoErrors,
  type GraphQLBody,
  type Supergraph,
  startSupergraph,
} from '../../../gateway/test/harness';
import { registerMerchant } from '../../users/test/helpers';
import { type OrdersOptions, type RunningOrders, startOrdersSubgraph } from '../src/server';

export interface OrdersHarness {
  sg: Supergraph;
  orders: RunningOrders;
  /** Every event the orders subgraph published, in order. */
  events: DomainEvent[];
  /** Stops the products subgraph (in-flight calls fail), as if its process died. */
  stopProducts(): Promise<void>;
  /** Starts products again on the same port, with the same options. */
  startProducts(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The full supergraph with orders tuned for tests (short lease and recovery period) and the
 * products entry wrapped so a test can stop and restart it on its port.
 */
export async function startOrdersHarness(
  tuning: Partial<OrdersOptions> = {},
  gateway: { subgraphTimeoutMs?: number } = {},
): Promise<OrdersHarness> {
  let orders: RunningOrders | undefined;
  let products: RunningService | undefined;
  let productsOptions: ServiceOptions | undefined;
  const events: DomainEvent[] = [];
  const productsEntry = SUBGRAPHS.find((e) => e.name === 'products');
  const entries: SubgraphEntry[] = SUBGRAPHS.map((e) => {
    if (e.name === 'products')
      return {
        ...e,
        start: async (o) => {
          productsOptions = o;
          products = await e.start(o);
          return { ...products, close: () => products?.close() ?? Promise.resolve() };
        },
      };
    if (e.name === 'orders')
      return {
        ...e,
        start: async (o) => {
          await o.bus.subscribe(
            `orders-test-${randomBytes(3).toString('hex')}`,
            ORDER_EVENT_TYPES,
            async (ev) => {
              events.push(ev);
            },
          );
          orders = await startOrdersSubgraph({
            ...o,
            recoveryIntervalMs: 1_000,
            pendingLeaseMs: 10_000,
            ...tuning,
          });
          return orders;
        },
      };
    return e;
  });
  const sg = await startSupergraph({ subgraphs: entries, ...gateway });
  if (!orders || !productsOptions) throw new Error('orders or products did not start');
  const port = sg.subgraphs.products ? Number(new URL(sg.subgraphs.products.url).port) : 0;
  return {
    sg,
    orders,
    events,
    async stopProducts() {
      const running = products;
      products = undefined;
      const closing = running?.close();
      // A killed process drops its connections at once, responses in flight included.
      running?.server.closeAllConnections();
      await closing;
    },
    async startProducts() {
      if (!productsOptions || !productsEntry) throw new Error('products never started');
      products = await productsEntry.start({ ...productsOptions, port });
    },
    close: () => sg.close(),
  };
}

const ORDER_EVENT_TYPES = [
  'orders.order-completed',
  'orders.order-voided',
  'orders.order-refunded',
  'orders.shift-closed',
  'orders.cash-movement',
  'orders.payment-recorded',
  'orders.courier-cash-handed-over',
  // Raised by products when an offline sale drives stock below zero.
  'products.stock-negative',
];

export const CREATE_PRODUCT = /* GraphQL */ `
  mutation($input: CreateProductInput!) {
    createProduct(input: $input) { __typename ... on Product { id } ... on ErrorResult { code message } }
  }
`;
const RECEIVE = /* GraphQL */ `
  mutation($input: ReceiveStockInput!) { receiveStock(input: $input) { __typename } }
`;

export interface Shop {
  token: string;
  branchId: string;
  ownerId: string;
  slug: string;
}

export async function seedShop(sg: Supergraph): Promise<Shop> {
  const { session, merchant, branchId } = await registerMerchant(sg);
  return { token: session.accessToken, branchId, ownerId: session.user.id, slug: merchant.slug };
}

/** A product with a base unit (pcs) and optionally a box of 12, with stock received at the branch. */
export async function createProduct(
  sg: Supergraph,
  shop: Shop,
  opts: { price: number; cost?: number; stock?: number; boxPrice?: number; allowNegative?: boolean },
) {
  const tag = randomBytes(4).toString('hex');
  const barcode = `899${Date.now() % 1e9}${tag.slice(0, 2)}`.replace(/[a-f]/g, '1');
  const boxBarcode = opts.boxPrice ? `${barcode}9` : null;
  const { body } = await sg.request<{ createProduct: { __typename: string; id: string } }>(
    CREATE_PRODUCT,
    {
      input: {
        sku: `SKU-${tag}`,
        name: `Produk ${tag}`,
        taxable: false,
        costPrice: String(opts.cost ?? Math.floor(opts.price / 2)),
        allowNegativeStock: opts.allowNegative ?? false,
        baseUnit: { name: 'pcs', price: String(opts.price), barcode },
        units: opts.boxPrice
          ? [{ name: 'box', factor: 12, price: String(opts.boxPrice), barcode: boxBarcode }]
          : [],
      },
    },
    { token: shop.token },
  );
  const created = expectNoErrors(body).createProduct;
  expect(created.__typename, JSON.stringify(created)).toBe('Product');
  if (opts.stock) {
    const received = await sg.request(
      RECEIVE,
      { input: { branchId: shop.branchId, lines: [{ productId: created.id, quantity: opts.stock }] } },
      { token: shop.token },
    );
    expectNoErrors(received.body);
  }
  return { id: created.id, barcode, boxBarcode };
}

export async function stockBalance(sg: Supergraph, shop: Shop, productId: string): Promise<number> {
  const { body } = await sg.request<{ stockLevel: { balance: number } }>(
    'query($p: ID!, $b: ID!) { stockLevel(productId: $p, branchId: $b) { balance } }',
    { p: productId, b: shop.branchId },
    { token: shop.token },
  );
  return expectNoErrors(body).stockLevel.balance;
}

export interface LedgerEntry {
  seq: number;
  change: number;
  balance: number;
  reason: string;
  orderId: string | null;
}

interface LedgerPage {
  nodes: LedgerEntry[];
  endCursor: string | null;
  hasNextPage: boolean;
}

/** The whole ledger of a product at the shop's branch, oldest first. */
export async function stockLedger(sg: Supergraph, shop: Shop, productId: string): Promise<LedgerEntry[]> {
  const all: LedgerEntry[] = [];
  let after: string | null = null;
  for (;;) {
    const res: { body: GraphQLBody<{ stockLedger: LedgerPage }> } = await sg.request<{
      stockLedger: LedgerPage;
    }>(
      `query($f: StockLedgerFilter, $after: String) {
        stockLedger(filter: $f, first: 200, after: $after) { nodes { seq change balance reason orderId } endCursor hasNextPage }
      }`,
      { f: { productId, branchId: shop.branchId }, after },
      { token: shop.token },
    );
    const page = expectNoErrors(res.body).stockLedger;
    all.push(...page.nodes);
    if (!page.hasNextPage) break;
    after = page.endCursor;
  }
  return all.sort((a, b) => a.seq - b.seq);
}

/** Balance equals the sum of changes and sequences have no gaps. */
export function expectLedgerInvariant(entries: readonly LedgerEntry[]) {
  let balance = 0;
  entries.forEach((e, i) => {
    expect(e.seq).toBe(i + 1);
    balance += e.change;
    expect(e.balance).toBe(balance);
  });
}

export const OPEN_SHIFT = /* GraphQL */ `
  mutation($input: OpenShiftInput!) {
    openShift(input: $input) { __typename ... on Shift { id status openingFloat } ... on ErrorResult { code } }
  }
`;

export async function openShift(
  sg: Supergraph,
  shop: Shop,
  deviceId: string,
  openingFloat = 200_000,
  token = shop.token,
) {
  const { body } = await sg.request<{ openShift: { __typename: string; id: string } }>(
    OPEN_SHIFT,
    { input: { branchId: shop.branchId, deviceId, openingFloat: String(openingFloat) } },
    { token },
  );
  const shift = expectNoErrors(body).openShift;
  expect(shift.__typename).toBe('Shift');
  return shift.id;
}

export const ORDER_FIELDS = /* GraphQL */ `
  id number status refundStatus businessDate offline clientId shiftId deviceId
  cashier { id } branch { id }
  lines { id product { id } sku unitName quantity baseQuantity unitPrice gross lineDiscount orderDiscount tax total refundedQuantity }
  payments { method amount tendered change reference }
  totals { gross lineDiscount orderDiscount tax deliveryFee total rounding payable paid change }
  refundedAmount
`;

export const CHECKOUT = /* GraphQL */ `
  mutation Checkout($input: CheckoutInput!) {
    checkout(input: $input) {
      __typename
      ... on Order { ${ORDER_FIELDS} }
      ... on ErrorResult { code message }
      ... on OutOfStock { lines { product { id } requested available } }
      ... on PaymentInsufficient { payable paid }
    }
  }
`;

export interface CheckoutResult {
  __typename: string;
  id?: string;
  number?: string;
  status?: string;
  code?: string;
  totals?: Record<string, string>;
  lines?: { id: string; quantity: number; total: string }[];
  payments?: { method: string; amount: string; tendered: string | null; change: string | null }[];
}

export async function checkout(sg: Supergraph, token: string, input: Record<string, unknown>) {
  const { body } = await sg.request<{ checkout: CheckoutResult }>(CHECKOUT, { input }, { token });
  return expectNoErrors(body).checkout;
}

export const key = () => `k-${randomBytes(8).toString('hex')}`;

export async function waitFor(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
