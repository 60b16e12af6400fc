import type { IncomingMessage } from 'node:http';
import { fileURLToPath } from 'node:url';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLSchema,
  isInputObjectType,
  isObjectType,
  valueFromAST,
} from 'graphql';
import type { Connection } from 'mongoose';
import type { Logger } from 'pino';
import { applyAuthDirectives } from './auth/directives';
import { TokenVerifier } from './auth/jwt';
import type { Viewer } from './auth/viewer';
import { pingDatabase } from './db/connect';
import { notFoundAsResult } from './error-results';
import { forbidden, maskErrors } from './errors';
import { operationLogPlugin } from './http/plugins';
import {
  closeServer,
  createHttpService,
  gatewaySecretGuard,
  type HttpRoute,
  listen,
  type RunningService,
  secretMatcher,
} from './http/server';
import { INTERNAL_SECRET_HEADER } from './http/subgraph-client';
import { type SubscriptionServer, type SubscriptionSettings, serveSubgraphSubscriptions } from './http/ws';
import { ServiceMetrics } from './metrics';
import { readSubgraphSdl } from './sdl';
import type { ServiceOptions } from './service';
import { traceDatabase } from './tracing';

/** What every resolver context carries; each subgraph extends it with loaders and services. */
export interface BaseContext {
  requestId: string;
  logger: Logger;
  viewer: Viewer | null;
  /** The caller's raw access token, forwarded when this subgraph calls another. */
  token: string | null;
  /** True when another subgraph made this call with the internal secret. */
  internal: boolean;
}

/** Guards `@inaccessible` internal fields: only other subgraphs, holding the internal secret, may call them. */
export function requireInternal(ctx: { internal: boolean }): void {
  if (!ctx.internal) throw forbidden('This operation is internal');
}

/** Reads a subgraph's SDL file that sits beside its code, with the shared types it names. */
export function loadTypeDefs(fromUrl: string, relativePath: string): DocumentNode {
  return readSubgraphSdl(fileURLToPath(new URL(relativePath, fromUrl)));
}

type ResolverMap = Extract<Parameters<typeof buildSubgraphSchema>[0], { typeDefs: unknown }>['resolvers'];

export interface SubgraphOptions<Ctx extends BaseContext> {
  name: string;
  typeDefs: DocumentNode;
  /** Codegen's typed resolver map; federation's map type is looser, hence the one cast below. */
  resolvers: object;
  logger: Logger;
  metrics: ServiceMetrics;
  production: boolean;
  createContext: (base: BaseContext) => Ctx | Promise<Ctx>;
}

/** The subgraph's executable schema with `@authenticated`/`@requiresScopes` enforced; HTTP and WebSocket share it. */
export function buildSubgraphExecutableSchema(
  opts: Pick<SubgraphOptions<BaseContext>, 'typeDefs' | 'resolvers'>,
) {
  return notFoundAsResult(
    applyAuthDirectives(
      parseDefaultsAgain(
        buildSubgraphSchema({ typeDefs: opts.typeDefs, resolvers: opts.resolvers as ResolverMap }),
      ),
    ),
  );
}

/**
 * SDL defaults are coerced when the schema is built from the SDL, before the resolver map gives
 * custom scalars their parsers: a `fee: Money = "0"` default would reach resolvers as the string
 * "0" while a value sent by the client arrives as the number 0. Coercing every default again,
 * with the scalars as they are now, makes both the same.
 */
export function parseDefaultsAgain(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isObjectType(type)) {
      for (const field of Object.values(type.getFields()))
        for (const arg of field.args)
          if (arg.astNode?.defaultValue)
            (arg as { defaultValue: unknown }).defaultValue = valueFromAST(
              arg.astNode.defaultValue,
              arg.type,
            );
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields()))
        if (field.astNode?.defaultValue)
          (field as { defaultValue: unknown }).defaultValue = valueFromAST(
            field.astNode.defaultValue,
            field.type,
          );
    }
  }
  return schema;
}

export function buildSubgraphApollo<Ctx extends BaseContext>(
  opts: SubgraphOptions<Ctx>,
  schema: GraphQLSchema = buildSubgraphExecutableSchema(opts),
): ApolloServer<Ctx> {
  return new ApolloServer<Ctx>({
    schema,
    formatError: maskErrors(opts.logger),
    includeStacktraceInErrorResponses: false,
    introspection: !opts.production,
    csrfPrevention: true,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // Usage reporting to Apollo's cloud is not used; traces would only add bytes to every response.
      ApolloServerPluginInlineTraceDisabled(),
      operationLogPlugin<Ctx>(opts.logger, opts.metrics),
    ],
  });
}

export interface ServeOptions<Ctx extends BaseContext> extends SubgraphOptions<Ctx> {
  db: Connection;
  verifier: TokenVerifier;
  gatewaySecret: string;
  internalSecret: string;
  maxBodyBytes: number;
  port: number;
  host: string;
  /** Non-GraphQL routes (downloads); they get the same gateway-secret guard as `/graphql`. */
  routes?: Readonly<Record<string, HttpRoute>>;
  /** Serves graphql-ws on `/graphql` for the subgraph's `Subscription` fields (gateway only). */
  subscriptions?: SubscriptionSettings;
}

export interface RunningSubgraph<Ctx extends BaseContext> extends RunningService {
  apollo: ApolloServer<Ctx>;
  /** A context as a request with this viewer would get; for `apollo.executeOperation` in subgraph tests. */
  contextFor(viewer: Viewer | null, token?: string | null, internal?: boolean): Promise<Ctx>;
  /** Set when the subgraph serves subscriptions. */
  live?: SubscriptionServer;
}

/** Verifies the bearer token of a request; a bad token is a 401, not an anonymous call. */
export async function viewerFromRequest(req: IncomingMessage, verifier: TokenVerifier) {
  try {
    const token = TokenVerifier.bearer(req.headers.authorization);
    return { token, viewer: token ? await verifier.verify(token) : null };
  } catch (err) {
    if (err instanceof GraphQLError) {
      throw new GraphQLError(err.message, { extensions: { ...err.extensions, http: { status: 401 } } });
    }
    throw err;
  }
}

export async function serveSubgraph<Ctx extends BaseContext>(
  opts: ServeOptions<Ctx>,
): Promise<RunningSubgraph<Ctx>> {
  const schema = buildSubgraphExecutableSchema(opts);
  traceDatabase(opts.db, opts.name);
  const apollo = buildSubgraphApollo(opts, schema);
  const isInternal = secretMatcher(opts.internalSecret, INTERNAL_SECRET_HEADER);
  await apollo.start();
  const server = createHttpService<Ctx>({
    name: opts.name,
    apollo,
    logger: opts.logger,
    metrics: opts.metrics,
    maxBodyBytes: opts.maxBodyBytes,
    guard: gatewaySecretGuard(opts.gatewaySecret),
    ...(opts.routes ? { routes: guardRoutes(opts.routes, gatewaySecretGuard(opts.gatewaySecret)) } : {}),
    health: async () => {
      const db = await pingDatabase(opts.db);
      return { ok: db, checks: { database: db ? 'ok' : 'down' } };
    },
    context: async (req, requestId) => {
      const { token, viewer } = await viewerFromRequest(req, opts.verifier);
      const logger = opts.logger.child({ reqId: requestId, merchantId: viewer?.merchantId });
      const internal = isInternal(req);
      return opts.createContext({ requestId, logger, viewer, token, internal });
    },
  });
  const live = opts.subscriptions
    ? serveSubgraphSubscriptions({
        server,
        schema,
        verifier: opts.verifier,
        gatewaySecret: opts.gatewaySecret,
        logger: opts.logger,
        settings: opts.subscriptions,
        createContext: ({ viewer, token }, requestId) =>
          opts.createContext({
            requestId,
            logger: opts.logger.child({ reqId: requestId, merchantId: viewer.merchantId }),
            viewer,
            token,
            internal: false,
          }),
      })
    : undefined;
  const { url, port } = await listen(server, opts.port, opts.host);
  opts.logger.info({ url }, `${opts.name} subgraph listening`);
  return {
    name: opts.name,
    server,
    url,
    port,
    apollo,
    contextFor: async (viewer, token = null, internal = false) =>
      opts.createContext({ requestId: 'test', logger: opts.logger, viewer, token, internal }),
    ...(live ? { live } : {}),
    async close() {
      // Open WebSockets would keep the server from closing.
      await live?.close();
      await closeServer(server);
      await apollo.stop();
    },
  };
}

/** Subgraph routes are reachable through the gateway only, like `/graphql`. */
function guardRoutes(
  routes: Readonly<Record<string, HttpRoute>>,
  guard: (req: IncomingMessage) => string | null,
): Record<string, HttpRoute> {
  return Object.fromEntries(
    Object.entries(routes).map(([prefix, route]): [string, HttpRoute] => [
      prefix,
      async (req, res, url) => {
        const refused = guard(req);
        if (!refused) return route(req, res, url);
        res.writeHead(403, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ error: refused }));
      },
    ]),
  );
}

/** The token verifier a subgraph builds from its options: the public key, issuer, audience and revocations. */
export function verifierFromOptions(opts: ServiceOptions): Promise<TokenVerifier> {
  return TokenVerifier.fromPem(
    opts.jwt.publicKey,
    { issuer: opts.jwt.issuer, audience: opts.jwt.audience },
    opts.revocations,
  );
}

/** What a subgraph brings of its own; everything else comes from its `ServiceOptions`. */
export interface ServiceDefinition<Ctx extends BaseContext> {
  name: string;
  typeDefs: DocumentNode;
  resolvers: object;
  logger: Logger;
  db: Connection;
  createContext: (base: BaseContext) => Ctx | Promise<Ctx>;
  /** Pass one when the subgraph needs it elsewhere too (e.g. a download route); else it is built here. */
  verifier?: TokenVerifier;
  subscriptions?: SubscriptionSettings;
  routes?: Readonly<Record<string, HttpRoute>>;
}

/** Serves a subgraph with the plumbing every one of them shares: metrics, verifier, secrets and ports. */
export async function serveService<Ctx extends BaseContext>(
  opts: ServiceOptions,
  def: ServiceDefinition<Ctx>,
): Promise<RunningSubgraph<Ctx>> {
  return serveSubgraph<Ctx>({
    ...def,
    ...(def.subscriptions
      ? {
          subscriptions: {
            ...def.subscriptions,
            settled: async () => {
              await opts.pubsub.settled?.();
            },
          },
        }
      : {}),
    metrics: new ServiceMetrics(def.name),
    production: opts.production,
    verifier: def.verifier ?? (await verifierFromOptions(opts)),
    gatewaySecret: opts.gatewaySecret,
    internalSecret: opts.internalSecret,
    maxBodyBytes: opts.maxBodyBytes,
    port: opts.port,
    host: opts.host,
  });
}

export { ServiceMetrics };
