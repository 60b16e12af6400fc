/**
 * The event hop keeps the trace: an event raised inside a request carries its W3C context, and a
 * consumer in another process (a second Redis bus here, whose read loop started outside any span)
 * handles it in a CONSUMER span under that request.
 */
import { context, SpanKind, trace } from '@opentelemetry/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OtlpReceiver, startOtlpReceiver } from '../testing/otlp-receiver';
import { inSpan, startTracing, type Tracing } from '../tracing';
import { decodeEvent, encodeEvent } from './codec';
import { MemoryEventBus } from './memory';
import { newEvent } from './outbox';
import { RedisEventBus } from './redis';
import { deleteKeys, redisUrl, silent, uniquePrefix, waitFor } from './test-support';
import type { EventBus } from './types';

describe('trace context across the event bus', () => {
  let receiver: OtlpReceiver;
  let tracing: Tracing;

  beforeAll(async () => {
    receiver = await startOtlpReceiver();
    tracing = startTracing({ endpoint: receiver.url, serviceName: 'events-test', scheduledDelayMs: 20 });
  });
  afterAll(async () => {
    await tracing?.shutdown();
    await receiver?.close();
  });

  it('an event carries the traceparent of the span that raised it, and only strings survive decoding', () => {
    const outside = newEvent({ type: 't.outside', merchantId: 'm', payload: {} });
    expect(outside.trace).toBeUndefined();
    const inside = tracer().startActiveSpan('raise', (span) => {
      try {
        return { event: newEvent({ type: 't.inside', merchantId: 'm', payload: {} }), span };
      } finally {
        span.end();
      }
    });
    const { traceId, spanId } = inside.span.spanContext();
    expect(inside.event.trace?.traceparent).toBe(`00-${traceId}-${spanId}-01`);
    expect(decodeEvent(encodeEvent(inside.event)).trace).toEqual(inside.event.trace);
    const forged = decodeEvent(
      JSON.stringify({ ...inside.event, trace: { traceparent: 7, tracestate: 'a=1' } }),
    );
    expect(forged.trace).toEqual({ tracestate: 'a=1' });
    expect(decodeEvent(JSON.stringify({ ...inside.event, trace: 'x' })).trace).toBeUndefined();
  });

  const buses: { name: string; make(prefix: string): [EventBus, EventBus] }[] = [
    {
      name: 'memory',
      make() {
        const bus = new MemoryEventBus();
        return [bus, bus];
      },
    },
    {
      name: 'redis (publisher and consumer on separate connections)',
      make(prefix) {
        const opts = { url: redisUrl, logger: silent, prefix, claimIdleMs: 300, blockMs: 100 };
        return [new RedisEventBus(opts), new RedisEventBus(opts)];
      },
    },
  ];

  it.each(buses)(
    '$name: the consumer runs in a CONSUMER span under the raising request',
    async ({ make }) => {
      const prefix = uniquePrefix('trace-hop');
      const [publisher, consumer] = make(prefix);
      const seen: Array<{ traceId?: string; eventId: string }> = [];
      // Subscribed with no active span: whatever trace the handler sees came with the event.
      await context.with(context.active(), () =>
        consumer.subscribe('trace-hop-consumer', ['trace.hop'], async (event) => {
          seen.push({ traceId: trace.getActiveSpan()?.spanContext().traceId, eventId: event.id });
        }),
      );
      try {
        const raised = await inSpan('POST /graphql', { kind: SpanKind.SERVER }, async (span) => {
          const event = newEvent({ type: 'trace.hop', merchantId: 'm1', payload: { n: 1 } });
          await publisher.publish(event);
          return { event, ctx: span.spanContext() };
        });
        await waitFor(() => seen.length === 1, 'the delivery');
        expect(seen[0]).toEqual({ traceId: raised.ctx.traceId, eventId: raised.event.id });

        const consumeSpanOf = () =>
          receiver.spans.find((s) => s.name === 'consume trace.hop' && s.traceId === raised.ctx.traceId);
        // The exporter sends in the background; flush until the receiver holds the span.
        await waitFor(async () => {
          await tracing.flush();
          return consumeSpanOf() !== undefined;
        }, 'the exported consumer span');
        const consumeSpan = consumeSpanOf();
        expect(consumeSpan?.parentSpanId).toBe(raised.ctx.spanId);
        expect(consumeSpan?.kind).toBe(5);
        const group = consumeSpan?.attributes?.find((a) => a.key === 'messaging.consumer.group.name');
        expect(group?.value.stringValue).toBe('trace-hop-consumer');

        // An event raised outside any trace starts a trace of its own in the consumer.
        const untraced = newEvent({ type: 'trace.hop', merchantId: 'm1', payload: { n: 2 } });
        await publisher.publish(untraced);
        await waitFor(() => seen.length === 2, 'the second delivery');
        expect(seen[1]?.traceId).toMatch(/^[0-9a-f]{32}$/);
        expect(seen[1]?.traceId).not.toBe(raised.ctx.traceId);
      } finally {
        await publisher.close();
        if (consumer !== publisher) await consumer.close();
        await deleteKeys(prefix);
      }
    },
  );
});

const tracer = () => trace.getTracer('trace-hop-test');
