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
    ...traceField(e.trace),
  };
}

/** Keeps a carried trace context only when it is a map of strings (it came from another process). */
function traceField(raw: unknown): { trace?: Record<string, string> } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const entries = Object.entries(raw).filter((kv): kv is [string, string] => typeof kv[1] === 'string');
  return entries.length > 0 ? { trace: Object.fromEntries(entries) } : {};
}
