import {
  type CommittedEvents,
  connectDatabase,
  loadTypeDefs,
  MerchantTimeZones,
  OutboxRelay,
  type RunningSubgraph,
  type ServiceOptions,
  SubgraphClient,
  serveService,
} from '@pos/kit';
import { CustomersClient } from './clients/customers.client';
import { ProductsClient } from './clients/products.client';
import { UsersClient } from './clients/users.client';
import { createContext, type OrdersContext } from './context';
import { type OrdersModels, registerModels } from './models';
import type { ProviderAccounts } from './payments/accounts';
import type { ChargeService } from './payments/charge.service';
import { NOTIFICATION_PATH, notificationRoute } from './payments/notification.route';
import { type PaymentsOptions, setUpPayments } from './payments/setup';
import { resolvers } from './resolvers';
import { AdjustmentService } from './services/adjustment.service';
import { consumeDeliveryEvents } from './services/delivery-events';
import { OrderLifecycle } from './services/lifecycle';
import { RecoveryJob } from './services/recovery.service';

export { loadOrdersEnv, paymentsFromEnv } from './config';
export { MidtransSimulator, type SimulatedAccount, simulatedAccount } from './payments/midtrans/simulator';
export type { PaymentsOptions } from './payments/setup';

export const typeDefs = loadTypeDefs(import.meta.url, '../orders.graphql');

export interface OrdersOptions extends ServiceOptions {
  /** How often the recovery job runs (default 5 s). */
  recoveryIntervalMs?: number;
  /** How long a pending order belongs to its request before recovery may take it (default 30 s). */
  pendingLeaseMs?: number;
  /** Outbox poll period (default 1 s; every write also kicks the relay). */
  relayIntervalMs?: number;
  /** The payment provider (Midtrans): accounts, webhook URL, expiry. Default: no platform account. */
  payments?: PaymentsOptions;
}

export interface RunningOrders extends RunningSubgraph<OrdersContext> {
  models: OrdersModels;
  recovery: RecoveryJob;
  relay: OutboxRelay;
  charges: ChargeService;
  accounts: ProviderAccounts;
}

/** Builds and starts the orders subgraph: checkout saga, offline sync, voids, refunds, shifts. */
export async function startOrdersSubgraph(opts: OrdersOptions): Promise<RunningOrders> {
  const logger = opts.logger.child({ subgraph: 'orders' });
  let models!: OrdersModels;
  const db = await connectDatabase(
    { uri: opts.mongodbUri, dbName: opts.dbName ?? 'pos_orders', logger },
    (conn) => {
      models = registerModels(conn);
    },
  );
  const leaseMs = opts.pendingLeaseMs ?? 30_000;
  // A step never outlives a third of the lease, so recovery cannot compensate one still running.
  const stepBudgetMs = Math.min(10_000, Math.floor(leaseMs / 3));
  const secrets = { gatewaySecret: opts.gatewaySecret, internalSecret: opts.internalSecret };
  // Looked up at call time: the launcher fills in peers' URLs as they start.
  const products = new ProductsClient(() => opts.subgraphUrls.products, secrets, stepBudgetMs);
  const users = new UsersClient(() => opts.subgraphUrls.users, secrets);
  const customers = new CustomersClient(() => opts.subgraphUrls.customers, secrets);

  const relay = new OutboxRelay({ bus: opts.bus, logger, intervalMs: opts.relayIntervalMs ?? 1_000 });
  for (const model of [
    models.orders,
    models.adjustments,
    models.shifts,
    models.cashMovements,
    models.courierCash,
  ])
    relay.register(model);
  // With the events a confirmed write committed, they go out at once; without, the relay looks.
  const published = (committed?: CommittedEvents) =>
    committed ? relay.committed(committed.source, committed.events) : relay.kick();
  // Consumers date what they record in the merchant's zone, asked of users without a viewer.
  const zones = new MerchantTimeZones(new SubgraphClient('users', () => opts.subgraphUrls.users, secrets));
  const stopConsuming = await consumeDeliveryEvents(opts.bus, { models, zones, logger, published });
  // The payment side completes or cancels the orders waiting for it through the lifecycle, which
  // runs its charge step: each is handed the other through a narrow port.
  let lifecycle!: OrderLifecycle;
  const payments = setUpPayments({
    options: opts.payments,
    models,
    settler: {
      complete: (order) => lifecycle.completePaid(order),
      cancel: (order, failure) => lifecycle.cancelUnpaid(order, failure),
      recover: async (order) => {
        await lifecycle.recover(order);
      },
    },
    logger,
    internalSecret: opts.internalSecret,
    production: opts.production,
    redisUrl: opts.redisUrl,
    timeoutMs: stepBudgetMs,
  });
  lifecycle = new OrderLifecycle({
    models,
    products,
    customers,
    charges: payments.charges,
    logger,
    published,
    leaseMs,
    stepBudgetMs,
  });
  const adjustments = new AdjustmentService({
    models,
    products,
    refunds: payments.charges,
    logger,
    published,
  });
  const recovery = new RecoveryJob({
    models,
    lifecycle,
    adjustments,
    charges: payments.charges,
    logger,
    intervalMs: opts.recoveryIntervalMs ?? 5_000,
  });

  const running = await serveService<OrdersContext>(opts, {
    name: 'orders',
    typeDefs,
    resolvers,
    logger,
    db,
    routes: { [NOTIFICATION_PATH]: notificationRoute(payments.charges, logger) },
    createContext: (base) =>
      createContext(base, {
        models,
        products,
        users,
        customers,
        lifecycle,
        adjustments,
        recovery,
        published,
        leaseMs,
        payments,
      }),
  });
  relay.start();
  recovery.start();
  return {
    ...running,
    models,
    recovery,
    relay,
    charges: payments.charges,
    accounts: payments.accounts,
    async close() {
      await stopConsuming();
      await recovery.stop();
      await running.close();
      await relay.stop();
      await payments.close();
      await db.close();
    },
  };
}
