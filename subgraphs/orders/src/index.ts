import { runSubgraphFromEnv } from '@pos/kit';
import { loadOrdersEnv, paymentsFromEnv } from './config';
import { type OrdersOptions, startOrdersSubgraph } from './server';

// Peers come from SUBGRAPH_USERS_URL, SUBGRAPH_PRODUCTS_URL and SUBGRAPH_CUSTOMERS_URL; alone in
// its process, orders publishes its events through Redis (REDIS_URL).
await runSubgraphFromEnv<OrdersOptions>('orders', 4003, startOrdersSubgraph, (env) => {
  const e = loadOrdersEnv(env);
  return {
    recoveryIntervalMs: e.RECOVERY_INTERVAL_MS,
    pendingLeaseMs: e.PENDING_LEASE_MS,
    payments: paymentsFromEnv(e),
  };
});
