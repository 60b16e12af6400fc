import { SpanKind } from '@opentelemetry/api';
import { contextFrom, inSpan } from '../tracing';
import type { EventHandler } from './types';

/**
 * Runs each delivery of a consumer group in a CONSUMER span that continues the trace the event
 * carries, so the hop from outbox to consumer is one trace whether the bus is in memory or Redis.
 * With tracing off the span is the API's no-op.
 */
export function consumeInSpan(group: string, handler: EventHandler): EventHandler {
  return (event) =>
    inSpan(
      `consume ${event.type}`,
      {
        kind: SpanKind.CONSUMER,
        parent: contextFrom(event.trace),
        attributes: {
          'messaging.operation.type': 'process',
          'messaging.destination.name': event.type,
          'messaging.consumer.group.name': group,
          'messaging.message.id': event.id,
        },
      },
      () => handler(event),
    );
}
