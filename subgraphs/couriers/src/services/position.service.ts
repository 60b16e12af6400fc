import {
  badInput,
  errorResult,
  getOwned,
  type Logger,
  notFound,
  type PubSub,
  updateByKey,
  type Viewer,
} from '@pos/kit';
import type { CouriersModels, DeliveryDoc } from '../models';
import { courierOfUser } from './courier.service';
import { type CourierSnapshot, type DeliverySnapshot, snapshotOf } from './live-snapshots';
import { type PositionMessage, topics } from './live-topics';
import { appendTrail } from './trail';

export interface PositionInput {
  deliveryId?: string | null;
  lat: number;
  lng: number;
  accuracy?: number | null;
  heading?: number | null;
  speed?: number | null;
  recordedAt?: Date | null;
}

export interface PositionOptions {
  /** Points kept per delivery trail; older ones are pruned. */
  maxTrail: number;
}

const MAX_AGE_MS = 24 * 3600_000;
// Phones' clocks drift; a fix a little ahead of ours is still plausible.
const MAX_SKEW_MS = 2 * 60_000;

const inRange = (
  v: number | null | undefined,
  min: number,
  max: number,
  field: string,
  maxExclusive = false,
) => {
  if (v === null || v === undefined) return;
  if (!Number.isFinite(v) || v < min || (maxExclusive ? v >= max : v > max))
    throw badInput(`${field} must be between ${min} and ${max}`, field);
};

/** Refuses fixes no phone could have taken: coordinates off the globe, negative speeds, stale or future times. */
export function validatePosition(input: PositionInput, now = new Date()): Date {
  inRange(input.lat, -90, 90, 'lat');
  inRange(input.lng, -180, 180, 'lng');
  inRange(input.accuracy, 0, 10_000, 'accuracy');
  inRange(input.heading, 0, 360, 'heading', true);
  // 100 m/s is 360 km/h: no courier vehicle goes faster.
  inRange(input.speed, 0, 100, 'speed');
  const at = input.recordedAt ?? now;
  if (at.getTime() > now.getTime() + MAX_SKEW_MS) throw badInput('recordedAt is in the future', 'recordedAt');
  if (at.getTime() < now.getTime() - MAX_AGE_MS) throw badInput('recordedAt is too old', 'recordedAt');
  return at;
}

/** Positions from the signed-in courier's phone. */
export class PositionService {
  constructor(
    private readonly deps: { models: CouriersModels; pubsub: PubSub; logger: Logger },
    private readonly viewer: Viewer,
    private readonly opts: PositionOptions,
  ) {}

  async report(input: PositionInput) {
    const recordedAt = validatePosition(input);
    const { models } = this.deps;
    const merchantId = this.viewer.merchantId;
    const courier = await courierOfUser(models, merchantId, this.viewer.userId);
    if (!courier?.active)
      return errorResult('CourierUnavailable', 'Only an active courier can report positions');
    let delivery: DeliveryDoc | null = null;
    if (input.deliveryId) {
      delivery = await getOwned<DeliveryDoc>(models.deliveries, input.deliveryId, merchantId);
      // Another courier's delivery reads as not found, like any other tenant's.
      if (!delivery || delivery.courierUserId !== this.viewer.userId) throw notFound('Delivery');
      if (delivery.status !== 'READY' && delivery.status !== 'DELIVERING')
        return errorResult('InvalidDeliveryTransition', `The delivery is ${delivery.status}`, {
          status: delivery.status,
        });
    }
    const fix = {
      lat: input.lat,
      lng: input.lng,
      accuracy: input.accuracy ?? null,
      heading: input.heading ?? null,
      speed: input.speed ?? null,
      recordedAt,
    };
    await updateByKey(models.couriers, courier._id, { $set: { lastPosition: fix } });
    if (delivery) await appendTrail(models, delivery, courier._id, fix, this.opts.maxTrail);
    const message: PositionMessage = {
      merchantId,
      branchId: courier.branchId,
      courierId: courier._id,
      courierUserId: courier.userId,
      deliveryId: delivery?._id ?? null,
      ...fix,
      recordedAt: recordedAt.toISOString(),
      courier: snapshotOf({ ...courier, lastPosition: fix }) as unknown as CourierSnapshot,
      delivery: delivery ? (snapshotOf(delivery) as unknown as DeliverySnapshot) : null,
    };
    try {
      await publishPosition(this.deps.pubsub, message);
    } catch (err) {
      this.deps.logger.warn({ err, courierId: message.courierId }, 'live position not published');
    }
    return message;
  }
}

/**
 * Fans one position out, once, to everyone following it: the branch's map, the courier, and the
 * delivery being carried out. The message carries the courier and delivery (see
 * live-snapshots.ts), so no subscriber's resolver reads the database for it.
 */
export async function publishPosition(pubsub: PubSub, m: PositionMessage): Promise<void> {
  const names = [
    topics.branchPositions(m.merchantId, m.branchId),
    topics.courierPositions(m.merchantId, m.courierId),
    ...(m.deliveryId ? [topics.deliveryPositions(m.merchantId, m.deliveryId)] : []),
  ];
  await Promise.all(names.map((t) => pubsub.publish(t, m)));
}
