import {
  connectDatabase,
  loadTypeDefs,
  MerchantTimeZones,
  RedisKeyedLock,
  type RunningSubgraph,
  type ServiceOptions,
  SubgraphClient,
  serveService,
  verifierFromOptions,
} from '@pos/kit';
import { createContext, type ReportsContext } from './context';
import { EXPORT_PATH, LinkSigner } from './exports/link';
import { exportRoute } from './exports/route';
import { type ReportsModels, registerModels } from './models';
import { CONSUMED_EVENTS, consumeEvent, projectionDeps, storedTimeZones } from './projections';
import { resolvers } from './resolvers';
import { LowStockService } from './services/low-stock.service';

export const typeDefs = loadTypeDefs(import.meta.url, '../reports.graphql');

export interface ReportsOptions extends ServiceOptions {
  /** Signs download links; defaults to a key derived from the gateway secret. */
  linkSecret?: string;
  linkTtlSeconds?: number;
}

export interface RunningReports extends RunningSubgraph<ReportsContext> {
  models: ReportsModels;
  signer: LinkSigner;
}

/**
 * Builds and starts the reports subgraph: read models fed by events, reports, expenses, low stock
 * read live from products, and signed CSV/XLSX/PDF downloads served under `/exports/` (the
 * gateway proxies them).
 */
export async function startReportsSubgraph(opts: ReportsOptions): Promise<RunningReports> {
  const logger = opts.logger.child({ subgraph: 'reports' });
  let models!: ReportsModels;
  const db = await connectDatabase(
    { uri: opts.mongodbUri, dbName: opts.dbName ?? 'pos_reports', logger },
    (conn) => {
      models = registerModels(conn);
    },
  );
  const publicUrl = () => opts.publicUrl?.()?.replace(/\/+$/, '');
  const signer = new LinkSigner(opts.linkSecret ?? opts.gatewaySecret, opts.linkTtlSeconds ?? 300);
  const client = (name: string) => new SubgraphClient(name, () => opts.subgraphUrls[name], opts);
  const clients = {
    users: client('users'),
    products: client('products'),
    couriers: client('couriers'),
    customers: client('customers'),
  };
  // Replicas share Redis: rows that are read before they are written get a lock there.
  const redisLock = opts.redisUrl ? new RedisKeyedLock({ url: opts.redisUrl }) : undefined;
  const stored = storedTimeZones(models);
  const projection = projectionDeps(models, {
    ...(redisLock ? { lock: redisLock } : {}),
    // Asked from users; while users is down, the zone stored with the letterhead answers.
    zones: new MerchantTimeZones(clients.users, { fallback: (m) => stored.of(m) }),
  });
  const unsubscribe = await opts.bus.subscribe('reports', CONSUMED_EVENTS, (event) =>
    consumeEvent(models, event, projection),
  );

  const verifier = await verifierFromOptions(opts);
  const running = await serveService<ReportsContext>(opts, {
    name: 'reports',
    typeDefs,
    resolvers,
    logger,
    db,
    verifier,
    routes: {
      [EXPORT_PATH]: exportRoute({
        // Downloads have no viewer: products is asked for the link's merchant and branches.
        sources: { models, lowStock: (scope) => new LowStockService(clients.products, scope, { logger }) },
        signer,
        verifier,
        logger,
      }),
    },
    createContext: (base) => createContext(base, { models, signer, clients, publicUrl, projection }),
  });
  return {
    ...running,
    models,
    signer,
    async close() {
      await unsubscribe();
      await running.close();
      await redisLock?.close();
      await db.close();
    },
  };
}
