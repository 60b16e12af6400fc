import { runSubgraphFromEnv } from '@pos/kit';
import { reportsOptionsFromEnv } from './config';
import { startReportsSubgraph } from './server';

await runSubgraphFromEnv('reports', 4006, startReportsSubgraph, reportsOptionsFromEnv);
