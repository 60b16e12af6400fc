import { runSubgraphFromEnv } from '@pos/kit';
import { loadCouriersEnv } from './config';
import { startCouriersSubgraph } from './server';

await runSubgraphFromEnv('couriers', 4004, startCouriersSubgraph, (env) => {
  const e = loadCouriersEnv(env);
  return { maxTrail: e.MAX_TRAIL_POINTS, maxSubscriptionsPerConnection: e.MAX_SUBSCRIPTIONS_PER_CONNECTION };
});
