import type { Server } from 'node:http';
import { ApolloGateway, type GraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  closeServer,
  createHttpService,
  type Logger,
  listen,
  maskErrors,
  type RevocationStore,
  ServiceMetrics,
  TokenVerifier,
  viewerFromRequest,
} from '@pos/kit';
import { operationLogPlugin } from '@pos/kit/http/plugins';
import { Histogram } from 'prom-client';
import { DEFAULT_LIMITS, type GatewayLimits } from './config';
import { exportsProxy } from './exports-proxy';
import { graphiqlRoute } from './graphiql/page';
import { createQueryPlanCache, type WarmupOperation, warmQueryPlans } from './query-plan-warmup';
import { type GatewayContext, SubgraphDataSource } from './subgraph-data-source';
import { subgraphHealthCheck } from './subgraph-health';
import { SubscriptionPlanner } from './subscriptions/plan';
import {
  type GatewaySubscriptions,
  type SubscriptionTuning,
  serveGatewaySubscriptions,
} from './subscriptions/server';
import { acceptDelegatedSecurityFeatures, readSupergraphSdl } from './supergraph';
import { onlyTokenFreeMutations } from './token-free-operations';
import { webDistDir } from './web/build';
import { webAppRoute } from './web/static';
import { webhookProxy } from './webhook-proxy';

export interface GatewayOptions {
  port: number;
  host: string;
  gatewaySecret: string;
  jwt: { publicKey: string; issuer: string; audience: string };
  revocations: RevocationStore;
  logger: Logger;
  production: boolean;
  maxBodyBytes: number;
  limits?: Partial<GatewayLimits>;
  /** Subgraph name -> GraphQL endpoint; subgraphs not named keep their composed routing URL. */
  subgraphUrls?: Record<string, string>;
  subgraphTimeoutMs?: number;
  /** Defaults to the committed `schema/supergraph.graphql`. */
  supergraphSdl?: string;
  /** Operations planned before the first request (see query-plan-warmup.ts). */
  warmupOperations?: readonly WarmupOperation[];
  /** Open subscriptions one client connection may hold (default 25). */
  maxSubscriptionsPerConnection?: number;
  /** The built web app served at `/` (default `web/dist`); null serves none. */
  webRoot?: string | null;
  /** Retries, queue bounds and token re-checks of subscriptions (see SubscriptionTuning). */
  subscriptions?: SubscriptionTuning;
}

export interface RunningGateway {
  name: 'gateway';
  url: string;
  port: number;
  server: Server;
  apollo: ApolloServer<GatewayContext>;
  /** Subgraph name -> the GraphQL endpoint the gateway actually calls. */
  subgraphUrls: ReadonlyMap<string, string>;
  /** graphql-ws on `/graphql`: federated subscriptions. */
  subscriptions: GatewaySubscriptions;
  close(): Promise<void>;
}

// @apollo/gateway otherwise sends usage metrics to Apollo and probes cloud metadata endpoints at
// construction; these machines reach no internet, and a POS gateway has no business phoning home.
process.env.APOLLO_TELEMETRY_DISABLED = 'true';

function armorFor(limits: GatewayLimits, production: boolean) {
  return new ApolloArmor({
    maxDepth: { n: limits.maxDepth },
    maxAliases: { n: limits.maxAliases },
    // Armor's token plugin throws from a parsing hook, which Apollo answers with a 500; graphql-js'
    // own `maxTokens` (parseOptions below) fails the parse properly, as a 400.
    maxTokens: { enabled: false },
    costLimit: { maxCost: limits.maxCost },
    // Suggestions help developers in Sandbox; in production they leak the schema piece by piece.
    blockFieldSuggestion: { enabled: production },
  }).protect();
}

export async function startGateway(opts: GatewayOptions): Promise<RunningGateway> {
  const limits = { ...DEFAULT_LIMITS, ...opts.limits };
  const supergraphSdl = acceptDelegatedSecurityFeatures(opts.supergraphSdl ?? readSupergraphSdl());
  const overrides = opts.subgraphUrls ?? {};
  const routed = new Map<string, string>();
  const metrics = new ServiceMetrics('gateway', {
    knownOperations: (opts.warmupOperations ?? []).flatMap((op) => (op.name ? [op.name] : [])),
  });
  const subgraphDuration = new Histogram({
    name: 'gateway_subgraph_request_duration_seconds',
    help: 'Round trips from the gateway to each subgraph',
    labelNames: ['subgraph', 'status'],
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [metrics.registry],
  });

  const planCache = createQueryPlanCache();
  // The same data sources serve subscription events, so they get the same headers, timeouts and metrics.
  const services: Record<string, GraphQLDataSource> = {};
  const gateway = new ApolloGateway({
    supergraphSdl,
    logger: opts.logger.child({ component: 'apollo-gateway' }),
    queryPlannerConfig: { cache: planCache },
    // The query plan in responses is a development aid only.
    __exposeQueryPlanExperimental: !opts.production,
    buildService: ({ name, url }) => {
      const target = overrides[name] ?? url;
      if (!target)
        throw new Error(`Subgraph ${name} has no routing URL; set SUBGRAPH_${name.toUpperCase()}_URL`);
      routed.set(name, target);
      const source = new SubgraphDataSource({
        name,
        url: target,
        gatewaySecret: opts.gatewaySecret,
        timeoutMs: opts.subgraphTimeoutMs ?? 15_000,
        duration: subgraphDuration,
      });
      services[name] = source;
      return source;
    },
  });

  const armor = armorFor(limits, opts.production);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    logger: opts.logger,
    formatError: maskErrors(opts.logger),
    includeStacktraceInErrorResponses: false,
    introspection: !opts.production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: armor.validationRules,
    plugins: [
      ...armor.plugins,
      opts.production
        ? ApolloServerPluginLandingPageDisabled()
        : ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false }),
      operationLogPlugin<GatewayContext>(opts.logger, metrics),
    ],
  });
  await apollo.start();

  const unknown = Object.keys(overrides).filter((name) => !routed.has(name));
  if (unknown.length) {
    await apollo.stop();
    throw new Error(`URL overrides name subgraphs that are not in the supergraph: ${unknown.join(', ')}`);
  }
  const planned = await warmQueryPlans(supergraphSdl, planCache, opts.warmupOperations ?? [], opts.logger);
  if (planned) opts.logger.info({ planned }, 'query plan cache warmed');

  const verifier = await TokenVerifier.fromPem(
    opts.jwt.publicKey,
    { issuer: opts.jwt.issuer, audience: opts.jwt.audience },
    opts.revocations,
  );
  const server = createHttpService<GatewayContext>({
    name: 'gateway',
    apollo,
    logger: opts.logger,
    metrics,
    maxBodyBytes: opts.maxBodyBytes,
    health: subgraphHealthCheck(() => routed),
    // Signed report downloads stay behind the one public endpoint; the reports subgraph checks the link.
    routes: {
      '/exports/': exportsProxy(() => routed.get('reports'), opts.gatewaySecret),
      // Payment providers' notifications (Midtrans: /webhooks/midtrans); orders verifies their signature.
      '/webhooks/': webhookProxy(() => routed.get('orders'), opts.gatewaySecret),
      // A second explorer that needs no internet (Sandbox loads from Apollo's CDN); development only.
      ...(opts.production ? {} : { '/graphiql': graphiqlRoute() }),
      // Last: the app answers every path nothing above claimed (its client-side routes).
      ...(opts.webRoot === null ? {} : { '/': webAppRoute(opts.webRoot ?? webDistDir()) }),
    },
    // Verified here, at the edge: a bad, expired or revoked token is a 401 before any subgraph call,
    // except for an operation that only gets a new token: it runs as anonymous, the token unsent.
    context: async (req, requestId, body) => {
      const { token, viewer } = await viewerFromRequest(req, verifier).catch((err: unknown) => {
        if (onlyTokenFreeMutations(body, limits.maxTokens)) return { token: null, viewer: null };
        throw err;
      });
      const logger = opts.logger.child({ reqId: requestId, merchantId: viewer?.merchantId });
      return { requestId, logger, viewer, token };
    },
  });
  const subscriptions = serveGatewaySubscriptions({
    server,
    planner: new SubscriptionPlanner(supergraphSdl, armor.validationRules),
    verifier,
    gatewaySecret: opts.gatewaySecret,
    logger: opts.logger.child({ component: 'subscriptions' }),
    services: () => services,
    subgraphUrls: routed,
    maxPerConnection: opts.maxSubscriptionsPerConnection ?? 25,
    registry: metrics.registry,
    ...(opts.subscriptions ? { tuning: opts.subscriptions } : {}),
  });
  const { url, port } = await listen(server, opts.port, opts.host);
  opts.logger.info({ url, subgraphs: Object.fromEntries(routed) }, 'gateway listening');
  return {
    name: 'gateway',
    url,
    port,
    server,
    apollo,
    subgraphUrls: routed,
    subscriptions,
    async close() {
      // Open WebSockets would keep the server from closing.
      await subscriptions.close();
      await closeServer(server);
      await apollo.stop();
    },
  };
}
