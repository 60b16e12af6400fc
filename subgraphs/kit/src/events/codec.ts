import type { DomainEvent } from './types';

/**
 * Events and live payloads cross process boundaries as JSON. The memory adapters use the same
 * round trip, so code that works in the embedded default cannot depend on something (a Date
 * inside a payload, a class instance) that would not survive Redis.
 */
export function encodeEvent(event: DomainEvent): string {
  return JSON.stringify(event);
}

export function decodeEvent(json: string): DomainEvent {
  const raw: unknown = JSON.parse(json);
  if (typeof raw !== 'object' || raw === null) throw new Error('event is not an object');
  const e = raw as Record<string, unknown>;
  if (typeof e.id !== 'string' || typeof e.type !== 'string' || typeof e.merchantId !== 'string')
    throw new Error('event lacks id, type or merchantId');
  const occurredAt = new Date(typeof e.occurredAt === 'string' ? e.occurredAt : Number.NaN);
  if (Number.isNaN(occurredAt.getTime())) throw new Error(`event ${e.id} has no valid occurredAt`);
  return {
    id: e.id,
    type: e.type,
    merchantId: e.merchantId,
    ...(typeof e.branchId === 'string' ? { branchId: e.branchId } : {}),
    occurredAt,
    payload: (e.payload ?? {}) as Record<string, unknown>,
  };
}
