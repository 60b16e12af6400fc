import type { LiveMessage } from '@pos/kit';
import type { ChangeKind, DeliveryStatus } from '../models';
import type { CourierSnapshot, DeliverySnapshot } from './live-snapshots';

/**
 * Pub/sub topics of this subgraph. The merchant is part of every name so one tenant's traffic
 * never reaches another's listeners; `liveTopic` still checks the tenant of every message.
 */
export const topics = {
  branchPositions: (merchantId: string, branchId: string) =>
    `couriers.positions.branch.${merchantId}.${branchId}`,
  courierPositions: (merchantId: string, courierId: string) =>
    `couriers.positions.courier.${merchantId}.${courierId}`,
  deliveryPositions: (merchantId: string, deliveryId: string) =>
    `couriers.positions.delivery.${merchantId}.${deliveryId}`,
  branchStatus: (merchantId: string, branchId: string) => `couriers.status.branch.${merchantId}.${branchId}`,
};

/** A courier position as published to subscribers (JSON: dates are ISO strings). */
export interface PositionMessage extends LiveMessage {
  branchId: string;
  courierId: string;
  courierUserId: string;
  deliveryId: string | null;
  lat: number;
  lng: number;
  accuracy: number | null;
  heading: number | null;
  speed: number | null;
  recordedAt: string;
  /** The courier as of this fix (see live-snapshots.ts); absent in messages of older publishers. */
  courier?: CourierSnapshot;
  /** The delivery being carried out, as of this fix. */
  delivery?: DeliverySnapshot | null;
}

/** A delivery change as published to subscribers. */
export interface StatusMessage extends LiveMessage {
  branchId: string;
  deliveryId: string;
  courierId: string | null;
  courierUserId: string | null;
  kind: ChangeKind;
  from: DeliveryStatus | null;
  to: DeliveryStatus;
  at: string;
  late: boolean;
  /** The delivery after the change (see live-snapshots.ts); absent in messages of older publishers. */
  delivery?: DeliverySnapshot;
}
