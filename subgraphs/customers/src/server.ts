import {
  connectDatabase,
  loadTypeDefs,
  MerchantTimeZones,
  type RunningSubgraph,
  type ServiceOptions,
  SubgraphClient,
  serveService,
  type TimeZones,
} from '@pos/kit';
import { type Clock, systemClock } from '@pos/kit/dates';
import { idempotentHandler } from '@pos/kit/events/consumer';
import { OutboxRelay } from '@pos/kit/events/outbox-relay';
import { type CustomersContext, createContext } from './context';
import { concernsCustomers, ORDER_EVENTS, orderEventsHandler } from './events/order-events';
import { type CustomersModels, registerModels } from './models';
import { resolvers } from './resolvers';
import { SettingsService } from './services/settings.service';

export const typeDefs = loadTypeDefs(import.meta.url, '../customers.graphql');

export interface CustomersOptions extends ServiceOptions {
  /** Where "today" comes from (due dates, ageing); tests fix it. */
  clock?: Clock;
  /** Where merchants' time zones come from; default: asked of the users subgraph. */
  timeZones?: TimeZones;
}

/**
 * Builds and starts the customers subgraph: profiles, purchase stats and loyalty points from the
 * orders' events, customer credit (kasbon), and the internal checkout steps orders calls.
 */
export async function startCustomersSubgraph(
  opts: CustomersOptions,
): Promise<RunningSubgraph<CustomersContext>> {
  const logger = opts.logger.child({ subgraph: 'customers' });
  let models!: CustomersModels;
  const db = await connectDatabase(
    { uri: opts.mongodbUri, dbName: opts.dbName ?? 'pos_customers', logger },
    (conn) => {
      models = registerModels(conn);
    },
  );
  const secrets = { gatewaySecret: opts.gatewaySecret, internalSecret: opts.internalSecret };
  // Business and due dates are in the merchant's zone, asked of users without a viewer.
  const zones =
    opts.timeZones ??
    new MerchantTimeZones(new SubgraphClient('users', () => opts.subgraphUrls.users, secrets));
  const settings = new SettingsService(models, opts.clock ?? systemClock, zones);
  const relay = new OutboxRelay({ bus: opts.bus, logger }).register(models.credit);
  relay.start();
  const onCreditEvents = () => relay.kick();
  const unsubscribe = await opts.bus.subscribe(
    'customers',
    ORDER_EVENTS,
    idempotentHandler(
      models.processedEvents,
      'customers',
      orderEventsHandler({ models, settings, logger, onCreditEvents }),
      { relevant: concernsCustomers },
    ),
  );

  const running = await serveService<CustomersContext>(opts, {
    name: 'customers',
    typeDefs,
    resolvers,
    logger,
    db,
    createContext: (base) => createContext(base, { models, settings, onCreditEvents }),
  });
  return {
    ...running,
    async close() {
      await unsubscribe();
      await running.close();
      await relay.stop();
      await db.close();
    },
  };
}
