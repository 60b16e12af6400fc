import { type BaseContext, type Logger, type PubSub, requireViewer } from '@pos/kit';
import { type CouriersLoaders, createLoaders } from './loaders';
import type { CouriersModels } from './models';
import { CourierService } from './services/courier.service';
import { DeliveryService } from './services/delivery.service';
import { LiveService } from './services/live.service';
import type { OrdersClient } from './services/orders.client';
import { PositionService } from './services/position.service';
import type { UsersClient } from './services/users.client';

export interface CouriersServices {
  models: CouriersModels;
  pubsub: PubSub;
  users: UsersClient;
  orders: OrdersClient;
  logger: Logger;
  maxTrail: number;
  /** Wakes the outbox relay after a write that staged events. */
  published: () => void;
}

export interface CouriersContext extends BaseContext {
  models: CouriersModels;
  loaders: CouriersLoaders;
  /**
   * Drops cached rows. A subscription keeps one context for its whole life, so each event starts
   * with fresh loaders, or it would show the delivery as it was at the first event.
   */
  refreshLoaders(): void;
  /** Services bound to the signed-in viewer; each throws UNAUTHENTICATED without one. */
  couriers(): CourierService;
  deliveries(): DeliveryService;
  positions(): PositionService;
  live(): LiveService;
}

export function createContext(base: BaseContext, s: CouriersServices): CouriersContext {
  const deps = { models: s.models, pubsub: s.pubsub, logger: base.logger, published: s.published };
  const deliveries = () => new DeliveryService(deps, requireViewer(base), s.orders);
  const ctx: CouriersContext = {
    ...base,
    models: s.models,
    loaders: createLoaders(s.models),
    refreshLoaders() {
      ctx.loaders = createLoaders(s.models);
    },
    couriers: () =>
      new CourierService(s.models, requireViewer(base), s.users, {
        token: base.token,
        requestId: base.requestId,
      }),
    deliveries,
    positions: () => new PositionService(deps, requireViewer(base), { maxTrail: s.maxTrail }),
    live: () => new LiveService(s.models, s.pubsub, requireViewer(base), deliveries()),
  };
  return ctx;
}
