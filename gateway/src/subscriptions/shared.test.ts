import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MemoryPubSub, type Viewer } from '@pos/kit';
import { type ExecutionResult, GraphQLInt, GraphQLObjectType, GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { describe, expect, it } from 'vitest';
import { WebSocketServer } from 'ws';
import { SubscriptionMetrics } from './metrics';
import { audienceOf, canonicalJson, SharedStreams, type StreamSource, sharedKey } from './shared';
import type { TokenStatus } from './token-checks';
import { UpstreamHub, type UpstreamSink } from './upstream';

const viewer = (over: Partial<Viewer> = {}): Viewer => ({
  userId: 'u1',
  merchantId: 'm1',
  role: 'OWNER',
  branchIds: [],
  scopes: new Set(['deliveries:dispatch']),
  sessionId: 's1',
  tokenId: 't1',
  expiresAt: Math.floor(Date.now() / 1000) + 600,
  ...over,
});

/** A subscriber's token, whose status the test flips. */
function auth(token = 'tok', status: TokenStatus = 'ok', expiresIn = 600) {
  const a = {
    token,
    viewer: viewer({ expiresAt: Math.floor(Date.now() / 1000) + expiresIn }),
    current: status,
    status: () => a.current,
  };
  return a;
}

/** An upstream the test pushes into, counting opens, closes and resolutions. */
function fakeUpstream() {
  const stats = { opened: 0, closed: 0, resolved: 0, tokens: [] as Array<string | undefined> };
  let sink: UpstreamSink | undefined;
  let token: () => string | undefined = () => undefined;
  const source = (): StreamSource => ({
    open: (s, t) => {
      stats.opened++;
      sink = s;
      token = t;
      stats.tokens.push(t());
      return { registered: Promise.resolve(), close: () => void stats.closed++ };
    },
    resolve: async (event, t) => {
      stats.resolved++;
      return { data: { ...event.data, by: t } } as ExecutionResult;
    },
  });
  return {
    stats,
    source,
    emit: (n: number) => sink?.next({ data: { n } }),
    sink: () => sink as UpstreamSink,
    token: () => token(),
  };
}

const metrics = () =>
  new SubscriptionMetrics(undefined, {
    clientSubscriptions: () => 0,
    connections: () => 0,
    upstreamSubscriptions: () => ({}),
    upstreamSockets: () => ({}),
  });
const tick = () => new Promise((r) => setTimeout(r, 0));

/** A real graphql-ws server with one subscription, `ticks`, on an in-process pub/sub. */
async function tickServer() {
  const pubsub = new MemoryPubSub();
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLInt } } }),
    subscription: new GraphQLObjectType({
      name: 'Subscription',
      fields: {
        ticks: { type: GraphQLInt, subscribe: () => pubsub.subscribe('ticks'), resolve: (n: number) => n },
      },
    }),
  });
  const http = createServer();
  const wss = new WebSocketServer({ server: http, path: '/graphql' });
  const state = { down: false };
  // While "down", connections are refused (4403), as a subgraph that is not serving yet.
  const served = useServer({ schema, onConnect: () => !state.down }, wss);
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  return {
    pubsub,
    state,
    /** Drops every connection at once, as a crash would. */
    drop: () => {
      for (const c of wss.clients) c.terminate();
    },
    url: `ws://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`,
    close: async () => {
      await served.dispose();
      await new Promise((resolve) => http.close(resolve));
    },
  };
}

/** Polls until `read()` is true; teardown crosses a socket, so it is not instant. */
async function until(read: () => boolean, timeoutMs = 3_000): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (!read() && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
  return read();
}

/** `promise`, or 'pending' if it has not settled within `ms`. */
const within = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([promise, new Promise<'pending'>((r) => setTimeout(() => r('pending'), ms))]);
const data = (r: IteratorResult<ExecutionResult>) => r.value?.data as { n: number; by: string } | undefined;

describe('SharedStreams', () => {
  it('opens one upstream per key, resolves each event once for all, and closes with the last subscriber', async () => {
    const up = fakeUpstream();
    const streams = new SharedStreams({ metrics: metrics() });
    const a = streams.join('k', auth('t1'), up.source);
    const b = streams.join('k', auth('t2'), up.source);
    expect(up.stats.opened).toBe(1);
    const na = a.next();
    const nb = b.next();
    up.emit(1);
    expect(data(await na)?.n).toBe(1);
    expect(data(await nb)?.n).toBe(1);
    expect(up.stats.resolved).toBe(1);
    await a.return?.();
    expect(up.stats.closed).toBe(0);
    await b.return?.();
    expect(up.stats.closed).toBe(1);
    expect(streams.size()).toBe(0);
    // A later subscriber of the same key opens a new upstream stream.
    streams.join('k', auth(), up.source);
    expect(up.stats.opened).toBe(2);
    await streams.close();
  });

  it('subscribes and resolves with the good token that expires last', async () => {
    const up = fakeUpstream();
    const streams = new SharedStreams({ metrics: metrics() });
    const early = auth('early', 'ok', 60);
    const late = auth('late', 'ok', 900);
    const a = streams.join('k', early, up.source);
    streams.join('k', late, up.source);
    expect(up.token()).toBe('late');
    const next = a.next();
    up.emit(1);
    expect(data(await next)?.by).toBe('late');
    late.current = 'revoked';
    expect(up.token()).toBe('early');
    await streams.close();
  });

  it('completes every subscriber after what is queued when the upstream ends', async () => {
    const up = fakeUpstream();
    const streams = new SharedStreams({ metrics: metrics() });
    const a = streams.join('k', auth(), up.source);
    up.emit(1);
    await tick();
    up.sink().complete();
    await tick();
    expect(data(await a.next())?.n).toBe(1);
    expect((await a.next()).done).toBe(true);
    expect(streams.size()).toBe(0);
  });

  it('an upstream that completes because every token expired tells each subscriber why', async () => {
    const up = fakeUpstream();
    const streams = new SharedStreams({ metrics: metrics() });
    const expired = auth('old');
    const a = streams.join('k', expired, up.source);
    expired.current = 'expired';
    up.sink().complete();
    await tick();
    expect((await a.next()).value?.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await a.next()).done).toBe(true);
  });

  it('a lost upstream ends every subscriber with SERVICE_UNAVAILABLE, then completes', async () => {
    const up = fakeUpstream();
    const streams = new SharedStreams({ metrics: metrics() });
    const a = streams.join('k', auth(), up.source);
    up.sink().lost();
    await tick();
    const last = await a.next();
    expect(last.value?.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect((await a.next()).done).toBe(true);
    expect(streams.size()).toBe(0);
  });

  it('ends only the subscriber whose token expired or was revoked', async () => {
    const up = fakeUpstream();
    const streams = new SharedStreams({ metrics: metrics() });
    const good = auth('good');
    const bad = auth('bad');
    const a = streams.join('k', good, up.source);
    const b = streams.join('k', bad, up.source);
    bad.current = 'revoked';
    up.emit(1);
    await tick();
    expect(data(await a.next())?.n).toBe(1);
    const ended = await b.next();
    expect(ended.value?.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await b.next()).done).toBe(true);
    await streams.close();
  });

  it('a slow subscriber loses its oldest results, is told how many, and holds no one back', async () => {
    const up = fakeUpstream();
    const m = metrics();
    const streams = new SharedStreams({ metrics: m, maxQueued: 3 });
    const slow = streams.join('k', auth(), up.source);
    const fast = streams.join('k', auth(), up.source);
    const seen: number[] = [];
    const reading = (async () => {
      for await (const r of fast) {
        seen.push((r.data as { n: number }).n);
        if (seen.length === 5) break;
      }
    })();
    for (let n = 1; n <= 5; n++) {
      up.emit(n);
      await tick();
    }
    await reading;
    expect(seen).toEqual([1, 2, 3, 4, 5]);
    const first = await slow.next();
    expect(data(first)?.n).toBe(3);
    expect(first.value?.extensions).toEqual({ droppedEvents: 2 });
    expect(data(await slow.next())?.n).toBe(4);
    expect((await slow.next()).value?.extensions).toBeUndefined();
    expect((await m.dropped.get()).values.find((v) => v.labels.stage === 'client')?.value).toBe(2);
    await streams.close();
  });

  it('keys ignore variable order and the session, but not the user, text or values', () => {
    const base = { viewer: viewer(), query: 'subscription { x }', variables: { a: 1, b: { c: 2, d: [1] } } };
    expect(sharedKey(base)).toBe(sharedKey({ ...base, variables: { b: { d: [1], c: 2 }, a: 1 } }));
    // Another session (token) of the same user shares.
    expect(sharedKey(base)).toBe(
      sharedKey({ ...base, viewer: viewer({ sessionId: 's2', tokenId: 't2', expiresAt: 1 }) }),
    );
    for (const other of [
      { userId: 'u2' },
      { merchantId: 'm2' },
      { role: 'CASHIER' as const },
      { branchIds: ['b1'] },
      { scopes: new Set<string>() },
      { deviceId: 'd1' },
    ])
      expect(sharedKey(base)).not.toBe(sharedKey({ ...base, viewer: viewer(other) }));
    expect(sharedKey(base)).not.toBe(sharedKey({ ...base, query: 'subscription { y }' }));
    expect(sharedKey(base)).not.toBe(sharedKey({ ...base, variables: { a: 2, b: { c: 2, d: [1] } } }));
    expect(audienceOf(viewer({ branchIds: ['b', 'a'] }))).toBe(audienceOf(viewer({ branchIds: ['a', 'b'] })));
    expect(canonicalJson({ b: undefined, a: null })).toBe('{"a":null}');
  });

  it("a subscriber that comes while the last one's upstream socket is closing goes live and leaves nothing behind", async () => {
    const server = await tickServer();
    const hub = new UpstreamHub('secret', () => server.url, metrics());
    const source = (): StreamSource => ({
      open: (sink, token) =>
        hub.subscribe({ subgraph: 'ticks', query: 'subscription { ticks }', variables: {}, token }, sink),
      resolve: async (event) => event as ExecutionResult,
    });
    const streams = new SharedStreams({ metrics: metrics() });
    try {
      const first = streams.join('k', auth(), source);
      await first.ready;
      expect(await until(() => server.pubsub.listenerCount() === 1)).toBe(true);
      // The last subscriber leaves: the upstream completes and the lazy socket starts closing.
      await first.return?.();
      await new Promise((r) => setImmediate(r));
      // A new subscriber of the same key now: its subscribe meets the closing socket, and
      // graphql-ws sends it again on a new one. It must become live there, not wait for ever (a
      // client that left meanwhile would never be let go, nor its upstream subscription).
      const second = streams.join('k', auth(), source);
      expect(await within(second.ready, 3_000)).not.toBe('pending');
      expect(await until(() => server.pubsub.listenerCount() === 1)).toBe(true);
      const next = second.next();
      await server.pubsub.publish('ticks', 7);
      expect((await next).value?.data).toEqual({ ticks: 7 });
      await second.return?.();
      expect(await until(() => server.pubsub.listenerCount() === 0)).toBe(true);
      expect(hub.subscriptions()).toEqual({});
      expect(streams.size()).toBe(0);
    } finally {
      await streams.close();
      await hub.close();
      await server.close();
    }
  });

  it('a subscriber joining a stream whose upstream is being retried is ready only once it is registered again', async () => {
    const server = await tickServer();
    const hub = new UpstreamHub('secret', () => server.url, metrics(), {
      initialMs: 20,
      maxMs: 50,
      attempts: 200,
    });
    const source = (): StreamSource => ({
      open: (sink, token) =>
        hub.subscribe({ subgraph: 'ticks', query: 'subscription { ticks }', variables: {}, token }, sink),
      resolve: async (event) => event as ExecutionResult,
    });
    const streams = new SharedStreams({ metrics: metrics() });
    try {
      const first = streams.join('k', auth(), source);
      await first.ready;
      server.state.down = true;
      server.drop();
      expect(await until(() => hub.retrying() === 1)).toBe(true);
      // Its `ready` (the client's pong) must not claim a registration that does not exist now.
      const second = streams.join('k', auth(), source);
      expect(await within(second.ready, 300)).toBe('pending');
      server.state.down = false;
      expect(await within(second.ready, 3_000)).not.toBe('pending');
      expect(await until(() => server.pubsub.listenerCount() === 1)).toBe(true);
      const [a, b] = [first.next(), second.next()];
      await server.pubsub.publish('ticks', 3);
      expect((await a).value?.data).toEqual({ ticks: 3 });
      expect((await b).value?.data).toEqual({ ticks: 3 });
    } finally {
      await streams.close();
      await hub.close();
      await server.close();
    }
  });
});
