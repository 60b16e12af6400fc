import {
  connectDatabase,
  KeyedLock,
  loadTypeDefs,
  OutboxRelay,
  type RunningSubgraph,
  type ServiceOptions,
  serveService,
} from '@pos/kit';
import { createContext, type ProductsContext } from './context';
import { type ProductsModels, registerModels } from './models';
import { resolvers } from './resolvers';
import { CatalogIndex } from './services/catalog-index';
import { type MerchantDirectory, SubgraphMerchantDirectory } from './services/merchant-directory';
import { forwardStockAlerts } from './services/stock-alerts';
import { StockLedger } from './services/stock-ledger';
import { recoverTransfers } from './services/transfer-recovery';

export const typeDefs = loadTypeDefs(import.meta.url, '../products.graphql');

export interface ProductsOptions extends ServiceOptions {
  /** What users (tax, branches) and customers (tiers) say; defaults to asking them over HTTP. */
  directory?: MerchantDirectory;
  /** How often interrupted transfers are looked for; 0 turns the job off. */
  recoveryIntervalMs?: number;
}

export interface RunningProducts extends RunningSubgraph<ProductsContext> {
  models: ProductsModels;
  relay: OutboxRelay;
  ledgerFor(merchantId: string): StockLedger;
  /** Finishes transfers left half done for longer than `olderThanMs`. */
  recoverTransfers(olderThanMs?: number): Promise<number>;
}

/** Builds and starts the products subgraph: catalog, prices, quotes and the stock ledger. */
export async function startProductsSubgraph(opts: ProductsOptions): Promise<RunningProducts> {
  const logger = opts.logger.child({ subgraph: 'products' });
  let models!: ProductsModels;
  const db = await connectDatabase(
    { uri: opts.mongodbUri, dbName: opts.dbName ?? 'pos_products', logger },
    (conn) => {
      models = registerModels(conn);
    },
  );
  const relay = new OutboxRelay({ bus: opts.bus, logger }).register(models.stockEntries);
  relay.start();
  const streams = new KeyedLock();
  const ledgerFor = (merchantId: string) => new StockLedger(models, merchantId, () => relay.kick(), streams);
  const stopAlerts = await forwardStockAlerts(opts.bus, opts.pubsub, logger);
  const index = new CatalogIndex(models);
  const directory =
    opts.directory ??
    new SubgraphMerchantDirectory(opts.subgraphUrls, {
      gatewaySecret: opts.gatewaySecret,
      internalSecret: opts.internalSecret,
    });
  const recover = (olderThanMs?: number) => recoverTransfers(models, ledgerFor, logger, olderThanMs);
  const interval = opts.recoveryIntervalMs ?? 30_000;
  const timer =
    interval > 0
      ? setInterval(() => {
          recover().catch((err: unknown) => logger.error({ err }, 'transfer recovery failed'));
        }, interval).unref()
      : undefined;

  const running = await serveService<ProductsContext>(opts, {
    name: 'products',
    typeDefs,
    resolvers,
    logger,
    db,
    subscriptions: { maxPerConnection: 100 },
    createContext: (base) =>
      createContext(base, { models, index, directory, ledgerFor, pubsub: opts.pubsub }),
  });
  return {
    ...running,
    models,
    relay,
    ledgerFor,
    recoverTransfers: recover,
    async close() {
      clearInterval(timer);
      await running.close();
      await stopAlerts();
      await relay.stop();
      await db.close();
    },
  };
}
