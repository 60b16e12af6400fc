import { randomBytes } from 'node:crypto';
import {
  createLogger,
  type DomainEvent,
  generateSigningKeys,
  MemoryEventBus,
  MemoryPubSub,
  MemoryRevocationStore,
  type Scope,
  type Viewer,
} from '@pos/kit';
import { expect, inject } from 'vitest';
import type { ProductsContext } from '../src/context';
import { type RunningProducts, startProductsSubgraph } from '../src/server';
import type { DirectoryCall, MerchantDirectory, MerchantSettings } from '../src/services/merchant-directory';
import type { TaxSettings } from '../src/services/pricing';

export const hex = (bytes = 12) => randomBytes(bytes).toString('hex');

/** Merchant facts the users and customers subgraphs would give; service tests set them directly. */
export class FixedDirectory implements MerchantDirectory {
  readonly merchants = new Map<string, { tax: TaxSettings; branchIds: Set<string> }>();
  readonly tiers = new Map<string, string>();

  add(merchantId: string, branchIds: string[], tax: Partial<TaxSettings> = {}) {
    this.merchants.set(merchantId, {
      tax: { enabled: false, rateBasisPoints: 1100, pricesIncludeTax: true, ...tax },
      branchIds: new Set(branchIds),
    });
  }

  async settings(call: DirectoryCall): Promise<MerchantSettings> {
    const m = this.merchants.get(call.merchantId);
    if (!m) throw new Error(`unknown merchant ${call.merchantId}`);
    return { merchantId: call.merchantId, currency: 'IDR', tax: m.tax, branchIds: m.branchIds };
  }

  async customerTier(_call: DirectoryCall, customerId: string) {
    return this.tiers.get(customerId) ?? null;
  }
}

export interface Harness {
  products: RunningProducts;
  directory: FixedDirectory;
  bus: MemoryEventBus;
  pubsub: MemoryPubSub;
  /** Every event the bus delivered, in order. */
  events: DomainEvent[];
  close(): Promise<void>;
}

/** One products subgraph on port 0 with its own database, a fixed directory and an in-memory bus. */
export async function startProducts(name: string, opts: { joinDbOf?: Harness } = {}): Promise<Harness> {
  const keys = await generateSigningKeys();
  const bus = new MemoryEventBus();
  const pubsub = new MemoryPubSub();
  const directory = new FixedDirectory();
  const events: DomainEvent[] = [];
  await bus.subscribe('test-recorder', ['products.stock-low', 'products.stock-negative'], async (e) => {
    events.push(e);
  });
  const products = await startProductsSubgraph({
    mongodbUri: inject('mongodbUri'),
    dbName: opts.joinDbOf ? opts.joinDbOf.products.models.products.db.name : `pos_products_${name}_${hex(4)}`,
    port: 0,
    host: '127.0.0.1',
    gatewaySecret: hex(16),
    internalSecret: hex(16),
    subgraphUrls: {},
    jwt: { ...keys, issuer: 'pos-users', audience: 'pos-supergraph' },
    revocations: new MemoryRevocationStore(),
    bus,
    pubsub,
    logger: createLogger('products', process.env.LOG_LEVEL ?? 'silent'),
    production: false,
    maxBodyBytes: 5_000_000,
    directory,
    recoveryIntervalMs: 0,
  });
  return {
    products,
    directory,
    bus,
    pubsub,
    events,
    async close() {
      if (!opts.joinDbOf) await products.models.products.db.dropDatabase();
      await products.close();
      await bus.close();
    },
  };
}

export const SUPERVISOR_SCOPES: Scope[] = [
  'catalog:write',
  'prices:write',
  'cost:read',
  'stock:read',
  'stock:write',
  'sales:checkout',
  'sales:discount',
  'sales:price-override',
];
export const CASHIER_SCOPES: Scope[] = [
  'sales:checkout',
  'sales:discount',
  'shifts:manage',
  'customers:read',
];

export function viewerOf(
  merchantId: string,
  scopes: readonly string[] = SUPERVISOR_SCOPES,
  branchIds: string[] = [],
): Viewer {
  return {
    userId: hex(),
    merchantId,
    role: 'SUPERVISOR',
    branchIds,
    scopes: new Set(scopes),
    sessionId: 's',
    tokenId: 't',
    expiresAt: Date.now() / 1000 + 600,
  };
}

/** A merchant with two branches, registered in the directory, and a context for its supervisor. */
export async function merchant(h: Harness, tax: Partial<TaxSettings> = {}) {
  const merchantId = hex();
  const branches = [hex(), hex()] as const;
  h.directory.add(merchantId, [...branches], tax);
  const viewer = viewerOf(merchantId);
  const ctx: ProductsContext = await h.products.contextFor(viewer, 'token');
  const internal: ProductsContext = await h.products.contextFor(null, null, true);
  return { merchantId, branches, viewer, ctx, internal };
}

let skuCounter = 0;
/** Creates an ACTIVE product through the catalog service; `pcs` at `price`, optionally a box. */
export async function product(ctx: ProductsContext, overrides: Record<string, unknown> = {}, price = 5000) {
  skuCounter++;
  const result = await ctx.catalog().create({
    sku: `SKU-${skuCounter}-${hex(3)}`,
    name: `Produk ${skuCounter}`,
    baseUnit: { name: 'pcs', price },
    ...overrides,
  });
  expect(result.__typename).toBe('Product');
  if (result.__typename !== 'Product') throw new Error('product not created');
  return result;
}

/** Lets the outbox relay publish and the in-memory bus deliver. */
export async function flushEvents(h: Harness) {
  await h.products.relay.drain();
  await new Promise((r) => setTimeout(r, 20));
}

/** Runs an operation against the products subgraph as `viewer` (or with the internal secret). */
export async function executeAs(
  h: Harness,
  query: string,
  variables: Record<string, unknown>,
  viewer: Viewer | null,
  internal = false,
) {
  const res = await h.products.apollo.executeOperation(
    { query, variables },
    { contextValue: await h.products.contextFor(viewer, viewer ? 'token' : null, internal) },
  );
  if (res.body.kind !== 'single') throw new Error('expected a single result');
  return res.body.singleResult;
}

/** The error codes of a result, in order. */
export const codesOf = (r: { errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> }) =>
  (r.errors ?? []).map((e) => e.extensions?.code);
