import { runSubgraphFromEnv } from '@pos/kit';
import { startCustomersSubgraph } from './server';

// Alone in its process, the subgraph hears orders' events only through Redis (REDIS_URL).
await runSubgraphFromEnv('customers', 4005, startCustomersSubgraph);
