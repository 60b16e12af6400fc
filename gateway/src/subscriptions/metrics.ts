import { Counter, Gauge, type Registry } from 'prom-client';

/** What `/metrics` shows of the gateway's subscriptions. */
export class SubscriptionMetrics {
  readonly reconnects: Counter<'subgraph'>;
  readonly resumed: Counter<'subgraph'>;
  readonly lost: Counter<'subgraph'>;
  readonly dropped: Counter<'stage'>;
  readonly events: Counter;

  constructor(
    registry: Registry | undefined,
    gauges: {
      clientSubscriptions(): number;
      connections(): number;
      upstreamSubscriptions(): Record<string, number>;
      upstreamSockets(): Record<string, number>;
    },
  ) {
    const registers = registry ? [registry] : [];
    this.reconnects = new Counter({
      name: 'gateway_subscription_upstream_retries_total',
      help: 'Upstream subscriptions subscribed again after their subgraph connection dropped, by subgraph',
      labelNames: ['subgraph'],
      registers,
    });
    this.resumed = new Counter({
      name: 'gateway_subscription_upstream_resumed_total',
      help: 'Upstream subscriptions registered again after a drop, by subgraph',
      labelNames: ['subgraph'],
      registers,
    });
    this.lost = new Counter({
      name: 'gateway_subscription_upstream_lost_total',
      help: 'Upstream subscriptions given up after every retry; their clients got SERVICE_UNAVAILABLE',
      labelNames: ['subgraph'],
      registers,
    });
    this.dropped = new Counter({
      name: 'gateway_subscription_events_dropped_total',
      help: 'Live events dropped, oldest first, for subscribers (stage="client") or upstream streams (stage="resolve") that fell behind',
      labelNames: ['stage'],
      registers,
    });
    this.events = new Counter({
      name: 'gateway_subscription_events_total',
      help: 'Upstream events resolved (once per shared stream, whatever its number of subscribers)',
      registers,
    });
    new Gauge({
      name: 'gateway_subscriptions_active',
      help: 'Client subscriptions open now',
      registers,
      collect() {
        this.set(gauges.clientSubscriptions());
      },
    });
    new Gauge({
      name: 'gateway_subscription_connections',
      help: 'Client WebSocket connections open now',
      registers,
      collect() {
        this.set(gauges.connections());
      },
    });
    new Gauge({
      name: 'gateway_subscription_upstreams',
      help: 'Upstream subscriptions open now (identical client subscriptions share one), by subgraph',
      labelNames: ['subgraph'],
      registers,
      collect() {
        this.reset();
        for (const [subgraph, n] of Object.entries(gauges.upstreamSubscriptions())) this.set({ subgraph }, n);
      },
    });
    new Gauge({
      name: 'gateway_subscription_upstream_sockets',
      help: 'WebSockets open from this gateway to subgraphs, each carrying many subscriptions, by subgraph',
      labelNames: ['subgraph'],
      registers,
      collect() {
        this.reset();
        for (const [subgraph, n] of Object.entries(gauges.upstreamSockets())) this.set({ subgraph }, n);
      },
    });
  }
}
