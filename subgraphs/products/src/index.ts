import { runSubgraphFromEnv } from '@pos/kit';
import { startProductsSubgraph } from './server';

await runSubgraphFromEnv('products', 4002, startProductsSubgraph);
