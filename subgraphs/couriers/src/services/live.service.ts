import { canUseBranch, forbidden, getOwned, hasScope, liveTopic, type PubSub, type Viewer } from '@pos/kit';
import type { CourierDoc, CouriersModels } from '../models';
import type { DeliveryService } from './delivery.service';
import { type PositionMessage, type StatusMessage, topics } from './live-topics';

/**
 * Opens the live streams of this subgraph. Authorization is checked when subscribing and again per
 * event: a dispatcher sees the branches they work in; a courier only what concerns them, which can
 * change mid-stream (a delivery reassigned to someone else stops reaching them).
 */
export class LiveService {
  constructor(
    private readonly models: CouriersModels,
    private readonly pubsub: PubSub,
    private readonly viewer: Viewer,
    private readonly deliveries: DeliveryService,
  ) {}

  private get dispatcher() {
    return hasScope(this.viewer, 'deliveries:dispatch');
  }

  /** Dispatchers receive everything of the stream; couriers only their own. */
  private own = (m: { courierUserId: string | null }) =>
    this.dispatcher || m.courierUserId === this.viewer.userId;

  branchPositions(branchId: string): AsyncIterableIterator<PositionMessage> {
    this.checkBranch(branchId);
    return liveTopic<PositionMessage>(
      this.pubsub,
      topics.branchPositions(this.viewer.merchantId, branchId),
      this.viewer,
      (m) => canUseBranch(this.viewer, m.branchId),
    );
  }

  async courierPositions(courierId: string): Promise<AsyncIterableIterator<PositionMessage>> {
    const courier = await getOwned<CourierDoc>(this.models.couriers, courierId, this.viewer.merchantId);
    if (!courier || !canUseBranch(this.viewer, courier.branchId))
      throw forbidden('You may not follow this courier');
    if (!this.dispatcher && courier.userId !== this.viewer.userId)
      throw forbidden('You may not follow this courier');
    return liveTopic<PositionMessage>(
      this.pubsub,
      topics.courierPositions(this.viewer.merchantId, courierId),
      this.viewer,
      this.own,
    );
  }

  async deliveryPositions(deliveryId: string): Promise<AsyncIterableIterator<PositionMessage>> {
    if (!(await this.deliveries.get(deliveryId))) throw forbidden('You may not follow this delivery');
    return liveTopic<PositionMessage>(
      this.pubsub,
      topics.deliveryPositions(this.viewer.merchantId, deliveryId),
      this.viewer,
      this.own,
    );
  }

  statusChanges(branchId: string): AsyncIterableIterator<StatusMessage> {
    this.checkBranch(branchId);
    return liveTopic<StatusMessage>(
      this.pubsub,
      topics.branchStatus(this.viewer.merchantId, branchId),
      this.viewer,
      this.own,
    );
  }

  private checkBranch(branchId: string) {
    if (!canUseBranch(this.viewer, branchId)) throw forbidden('You do not work at this branch');
  }
}
