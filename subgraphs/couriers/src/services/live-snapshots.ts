import type { CourierDoc, DeliveryDoc } from '../models';

/**
 * Live messages carry the courier and the delivery as they were when published, so resolving an
 * event reads nothing: a position fanned out to a branch map, a courier's follower and a
 * delivery's follower costs the database nothing per subscriber. They cross Redis as JSON, so
 * dates come back as ISO strings and are revived here.
 */
type Snapshot<T> = {
  [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K];
};

export type CourierSnapshot = Omit<Snapshot<CourierDoc>, 'lastPosition'> & {
  lastPosition?:
    | (Omit<NonNullable<CourierDoc['lastPosition']>, 'recordedAt'> & { recordedAt: string })
    | null;
};
export type DeliverySnapshot = Snapshot<DeliveryDoc>;

const COURIER_DATES = ['createdAt', 'updatedAt'] as const;
const DELIVERY_DATES = [
  'createdAt',
  'updatedAt',
  'promisedAt',
  'startedAt',
  'doneAt',
  'cancelledAt',
] as const;

function revive<T>(snapshot: object, fields: readonly string[]): T {
  const out: Record<string, unknown> = { ...snapshot };
  for (const f of fields) if (typeof out[f] === 'string') out[f] = new Date(out[f] as string);
  return out as T;
}

/** A copy to publish: what JSON would make of it. */
export const snapshotOf = <T>(doc: T): T => JSON.parse(JSON.stringify(doc)) as T;

export function courierFromSnapshot(s: CourierSnapshot): CourierDoc {
  const doc = revive<CourierDoc & { lastPosition?: { recordedAt: unknown } }>(s, COURIER_DATES);
  if (s.lastPosition)
    doc.lastPosition = { ...s.lastPosition, recordedAt: new Date(s.lastPosition.recordedAt) } as never;
  return doc;
}

export const deliveryFromSnapshot = (s: DeliverySnapshot): DeliveryDoc =>
  revive<DeliveryDoc>(s, DELIVERY_DATES);
