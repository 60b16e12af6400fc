/**
 * One trace per operation across the supergraph: a checkout through the gateway is exported over
 * OTLP/HTTP (JSON) to a receiver in this process, and its spans form one tree: the gateway's
 * request, a fetch per subgraph call, each subgraph's request under its fetch (W3C traceparent),
 * and the database commands under the subgraph request that sent them.
 */
import { startTracing, type Tracing } from '@pos/kit';
import {
  spanAttr as attr,
  type OtlpReceiver,
  type OtlpSpan,
  startOtlpReceiver,
} from '@pos/kit/testing/otlp-receiver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkout, createProduct, key, seedShop } from '../../subgraphs/orders/test/helpers';
import { type Supergraph, startSupergraph } from './harness';

describe('tracing across the supergraph', () => {
  let receiver: OtlpReceiver;
  let tracing: Tracing;
  let sg: Supergraph;

  beforeAll(async () => {
    receiver = await startOtlpReceiver();
    tracing = startTracing({ endpoint: receiver.url, serviceName: 'pos-test', scheduledDelayMs: 50 });
    sg = await startSupergraph({ subgraphTimeoutMs: 60_000 });
  }, 120_000);
  afterAll(async () => {
    await sg?.close();
    await tracing?.shutdown();
    await receiver?.close();
  });

  it('a checkout is one trace: gateway request > subgraph fetches > subgraph requests > database commands', async () => {
    const shop = await seedShop(sg);
    const product = await createProduct(sg, shop, { price: 5000, stock: 10 });
    await tracing.flush();
    receiver.spans.length = 0;

    const sale = await checkout(sg, shop.token, {
      idempotencyKey: key(),
      deviceId: 'trace-till',
      branchId: shop.branchId,
      lines: [{ productId: product.id, quantity: 1 }],
      payments: [{ method: 'QRIS', amount: '5000', reference: 'QR-trace' }],
    });
    expect(sale.__typename).toBe('Order');
    // Consumers of the checkout's events run after it returns.
    await new Promise((r) => setTimeout(r, 1_500));
    await tracing.flush();

    const roots = receiver.spans.filter(
      (s) => !s.parentSpanId && s.name === 'POST /graphql' && attr(s, 'pos.service') === 'gateway',
    );
    expect(roots).toHaveLength(1);
    const root = roots[0] as OtlpSpan;
    const inTrace = receiver.spans.filter((s) => s.traceId === root.traceId);
    const byId = new Map(inTrace.map((s) => [s.spanId, s]));
    const ancestors = (s: OtlpSpan): OtlpSpan[] => {
      const out: OtlpSpan[] = [];
      for (
        let p = s.parentSpanId && byId.get(s.parentSpanId);
        p;
        p = p.parentSpanId && byId.get(p.parentSpanId)
      )
        out.push(p);
      return out;
    };

    // Every span of the trace hangs from the gateway's request span.
    for (const s of inTrace) if (s !== root) expect(ancestors(s).at(-1)?.spanId, s.name).toBe(root.spanId);
    expect(inTrace.some((s) => s.name === 'gateway.request')).toBe(true);

    const subgraphRequests = inTrace.filter(
      (s) => s.name === 'POST /graphql' && attr(s, 'pos.service') !== 'gateway',
    );
    const services = new Set(subgraphRequests.map((s) => attr(s, 'pos.service')));
    expect(services).toContain('orders');
    expect(services).toContain('products');
    // The gateway's subgraph calls are under a `gateway.fetch`; subgraph-to-subgraph calls under the caller's request.
    for (const s of subgraphRequests)
      expect(
        ancestors(s).some((a) => a.name === 'gateway.fetch' || attr(a, 'pos.service') !== undefined),
      ).toBe(true);
    expect(subgraphRequests.some((s) => ancestors(s).some((a) => a.name === 'gateway.fetch'))).toBe(true);

    const commands = inTrace.filter((s) => attr(s, 'db.system') === 'mongodb');
    expect(commands.length).toBeGreaterThan(0);
    const dbServices = new Set(commands.map((s) => attr(s, 'pos.service')));
    expect(dbServices).toContain('orders');
    expect(dbServices).toContain('products');
    const ownerOf = (c: OtlpSpan) =>
      attr(ancestors(c).find((a) => a.name === 'POST /graphql') as OtlpSpan, 'pos.service');
    // A subgraph serving a request: its commands are under its own request span.
    for (const c of commands.filter((c) => services.has(attr(c, 'pos.service'))))
      expect(ownerOf(c), `${attr(c, 'pos.service')} ${c.name}`).toBe(attr(c, 'pos.service'));
    // The event hop: consumers of the checkout's events (reports' read model, at least) run in the
    // checkout's trace, under the request that staged the events (in-process bus only, see README).
    const consumed = commands.filter((c) => !services.has(attr(c, 'pos.service')));
    expect(new Set(consumed.map((c) => attr(c, 'pos.service')))).toContain('reports');
    for (const c of consumed) expect(ownerOf(c)).toBe('orders');
    // Each delivery is a CONSUMER span continuing the context the event carries.
    const deliveries = inTrace.filter((s) => s.name.startsWith('consume '));
    expect(deliveries.map((s) => s.name)).toContain('consume orders.order-completed');
    for (const d of deliveries) expect(d.kind).toBe(5);
    for (const c of consumed) expect(ancestors(c).some((a) => a.name.startsWith('consume '))).toBe(true);
  }, 120_000);
});
