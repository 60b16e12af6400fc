/**
 * A fact other subgraphs react to (order completed, stock below threshold, ...). Written to an
 * outbox inside the same document write as the state change, then published at least once by
 * a relay; consumers are idempotent by `id`.
 */
export interface DomainEvent<P = Record<string, unknown>> {
  /** Unique and stable across redeliveries. */
  id: string;
  /** `<subgraph>.<fact>`, e.g. `orders.order-completed`, `products.stock-low`. */
  type: string;
  merchantId: string;
  branchId?: string;
  occurredAt: Date;
  payload: P;
  /**
   * W3C trace context (`traceparent`, `tracestate`) of the request that raised the event, so its
   * consumers continue that trace in any process. Absent when tracing is off.
   */
  trace?: Record<string, string>;
}

export type EventHandler = (event: DomainEvent) => Promise<void>;

/** Delivery between subgraphs: in memory when all run in one process, Redis streams across processes. */
export interface EventBus {
  publish(event: DomainEvent): Promise<void>;
  /**
   * Every event of the given types is delivered to one member of `group` at least once
   * (a consumer group per subscribing service). A handler that throws gets the event again later.
   */
  subscribe(group: string, types: readonly string[], handler: EventHandler): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/** Fan-out of live updates to GraphQL subscriptions: every subscriber of a topic, in every process. */
export interface PubSub {
  publish(topic: string, payload: unknown): Promise<void>;
  /** Ends (returns) when the consumer calls `return()` on the iterator, which also releases the topic. */
  subscribe<T = unknown>(topic: string): AsyncIterableIterator<T>;
  /**
   * Resolves once every subscription made so far receives what is published from now on (Redis
   * confirms subscriptions asynchronously); absent where subscribing takes effect at once.
   */
  settled?(): Promise<void>;
  close(): Promise<void>;
}
