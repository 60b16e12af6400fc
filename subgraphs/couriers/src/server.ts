import {
  connectDatabase,
  loadTypeDefs,
  OutboxRelay,
  type RunningSubgraph,
  type ServiceOptions,
  serveService,
} from '@pos/kit';
import { type CouriersContext, createContext } from './context';
import { type CouriersModels, registerModels } from './models';
import { resolvers } from './resolvers';
import { backfillClaims } from './services/key-backfill';
import { consumeOrderEvents } from './services/order-events';
import { OrdersClient } from './services/orders.client';
import { UsersClient } from './services/users.client';

export const typeDefs = loadTypeDefs(import.meta.url, '../couriers.graphql');

export interface CouriersOptions extends ServiceOptions {
  /** Positions kept per delivery trail (default 500). */
  maxTrail?: number;
  maxSubscriptionsPerConnection?: number;
}

/** Builds and starts the couriers subgraph: couriers, deliveries, live positions and their subscriptions. */
export async function startCouriersSubgraph(
  opts: CouriersOptions,
): Promise<RunningSubgraph<CouriersContext>> {
  const logger = opts.logger.child({ subgraph: 'couriers' });
  let models!: CouriersModels;
  const db = await connectDatabase(
    { uri: opts.mongodbUri, dbName: opts.dbName ?? 'pos_couriers', logger },
    (conn) => {
      models = registerModels(conn);
    },
  );
  const users = new UsersClient(() => opts.subgraphUrls.users, {
    gatewaySecret: opts.gatewaySecret,
    internalSecret: opts.internalSecret,
  });
  const orders = new OrdersClient(() => opts.subgraphUrls.orders, {
    gatewaySecret: opts.gatewaySecret,
    internalSecret: opts.internalSecret,
  });
  await backfillClaims(models, logger);
  const relay = new OutboxRelay({ bus: opts.bus, logger }).register(models.changes);
  relay.start();
  const published = () => relay.kick();
  const stopConsuming = await consumeOrderEvents(opts.bus, {
    models,
    pubsub: opts.pubsub,
    logger,
    published,
  });

  const running = await serveService<CouriersContext>(opts, {
    name: 'couriers',
    typeDefs,
    resolvers,
    logger,
    db,
    subscriptions: opts.maxSubscriptionsPerConnection
      ? { maxPerConnection: opts.maxSubscriptionsPerConnection }
      : {},
    createContext: (base) =>
      createContext(base, {
        models,
        pubsub: opts.pubsub,
        users,
        orders,
        logger,
        maxTrail: opts.maxTrail ?? 500,
        published,
      }),
  });
  return {
    ...running,
    async close() {
      await stopConsuming();
      await running.close();
      await relay.stop();
      await db.close();
    },
  };
}
