import type { CourierDoc, DeliveryChangeDoc, DeliveryDoc } from './models';
import type { CourierSnapshot, DeliverySnapshot } from './services/live-snapshots';
import type { StatusMessage } from './services/live-topics';

export type CourierMapper = CourierDoc;
export type DeliveryMapper = DeliveryDoc;
export type DeliveryChangeMapper = DeliveryChangeDoc;
export type DeliveryStatusChangeMapper = StatusMessage;
/** An order as this subgraph knows it: only its key. */
export interface OrderMapper {
  id: string;
}
/** A position from any source: a live message, a trail point, a courier's last fix. */
export interface CourierPositionMapper {
  merchantId: string;
  courierId: string;
  deliveryId?: string | null;
  lat: number;
  lng: number;
  accuracy?: number | null;
  heading?: number | null;
  speed?: number | null;
  recordedAt: Date | string;
  /** Live messages carry these (see live-snapshots.ts); stored positions do not. */
  courier?: CourierSnapshot;
  delivery?: DeliverySnapshot | null;
}
