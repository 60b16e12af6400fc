import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { GraphQLDataSource } from '@apollo/gateway';
import {
  batchWrites,
  identityFromParams,
  type LiveConnectionParams,
  type LiveIdentity,
  type Logger,
  maskErrors,
  refuseConnection,
  SubscriptionBarrier,
  type TokenVerifier,
  tooManyRequests,
} from '@pos/kit';
import { type ExecutionResult, GraphQLError, getOperationAST, parse } from 'graphql';
import type { Context } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import type { Registry } from 'prom-client';
import { WebSocketServer } from 'ws';
import { SubscriptionMetrics } from './metrics';
import type { SubscriptionPlanner } from './plan';
import { SharedStreams, sharedKey } from './shared';
import { federatedSource } from './stream';
import { TokenChecks } from './token-checks';
import { DEFAULT_RETRY, type RetryPolicy, UpstreamHub } from './upstream';

export interface GatewaySubscriptionOptions {
  server: Server;
  planner: SubscriptionPlanner;
  verifier: TokenVerifier;
  gatewaySecret: string;
  logger: Logger;
  /** The gateway's data sources by subgraph name, for the fields other subgraphs resolve per event. */
  services: () => Readonly<Record<string, GraphQLDataSource>>;
  /** Subgraph name -> its HTTP GraphQL endpoint; the WebSocket one is the same URL with ws(s). */
  subgraphUrls: ReadonlyMap<string, string>;
  maxPerConnection: number;
  keepAliveMs?: number;
  /** Where the subscription metrics are registered (the gateway's `/metrics`). */
  registry?: Registry;
  tuning?: SubscriptionTuning;
}

/** Knobs with sensible defaults; tests shorten the retries. */
export interface SubscriptionTuning {
  /** Reconnecting to a subgraph that dropped (see `DEFAULT_RETRY`). */
  retry?: Partial<RetryPolicy>;
  /** Results one client subscription may have waiting before the oldest is dropped (default 100). */
  maxQueued?: number;
  /** How old a token's last full verification may be when an event is delivered (default 1 s). */
  tokenRecheckMs?: number;
}

export interface GatewaySubscriptions {
  /** Client connections open now. */
  connections(): number;
  /** Sockets open from this gateway to subgraphs. */
  upstreamSockets(): number;
  /** Upstream subscriptions open now: identical client subscriptions share one (see SharedStreams). */
  upstreamSubscriptions(): number;
  /** Upstream subscriptions not registered now (a dropped subgraph connection being retried). */
  upstreamRetrying(): number;
  /** Client subscriptions open now. */
  clientSubscriptions(): number;
  /** Access tokens of open client connections being re-verified; for leak checks. */
  trackedTokens(): number;
  close(): Promise<void>;
}

type ConnectionState = LiveIdentity;

/** The context of one client subscription (graphql-ws `contextValue`). */
export interface LiveOperation {
  connection: ConnectionState;
  query: string;
  requestId: string;
}

const wsUrl = (httpUrl: string) => httpUrl.replace(/^http/, 'ws');
const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

/**
 * graphql-ws on the gateway's `/graphql`: authenticates the connection with the access token in
 * `connectionParams.authorization` (any letter case, "Bearer <token>" or bare; refused with 4403
 * and a reason saying what is wrong), limits subscriptions per connection, plans each
 * subscription, shares identical ones (SharedStreams), opens each distinct one on the owning
 * subgraph through the multiplexing UpstreamHub and resolves every event once through the
 * supergraph. A `ping` is answered once every subscription sent before it is registered upstream
 * (see SubscriptionBarrier): the client's signal that it is live.
 */
export function serveGatewaySubscriptions(opts: GatewaySubscriptionOptions): GatewaySubscriptions {
  const wss = new WebSocketServer({ server: opts.server, path: '/graphql' });
  batchWrites(wss);
  const connections = new WeakMap<Context<LiveConnectionParams>, ConnectionState>();
  /** Connections closed already, so a verification that finishes after its client left is dropped. */
  const gone = new WeakSet<Context<LiveConnectionParams>>();
  const mask = maskErrors(opts.logger);
  const urlOf = (name: string) => {
    const url = opts.subgraphUrls.get(name);
    return url ? wsUrl(url) : undefined;
  };
  const tokens = new TokenChecks(opts.verifier, opts.tuning?.tokenRecheckMs);
  let shared: SharedStreams | undefined;
  let hub: UpstreamHub | undefined;
  const metrics = new SubscriptionMetrics(opts.registry, {
    clientSubscriptions: () => shared?.subscribers() ?? 0,
    connections: () => wss.clients.size,
    upstreamSubscriptions: () => hub?.subscriptions() ?? {},
    upstreamSockets: () => hub?.sockets() ?? {},
  });
  hub = new UpstreamHub(opts.gatewaySecret, urlOf, metrics, { ...DEFAULT_RETRY, ...opts.tuning?.retry });
  const upstream = hub;
  shared = new SharedStreams({
    metrics,
    ...(opts.tuning?.maxQueued ? { maxQueued: opts.tuning.maxQueued } : {}),
  });
  const streams = shared;
  const barrier = new SubscriptionBarrier<Context<LiveConnectionParams>>();

  const disposable = useServer<LiveConnectionParams>(
    {
      onConnect: async (ctx) => {
        try {
          const identity = await identityFromParams(ctx.connectionParams, opts.verifier);
          // The client may have gone while its token was verified: onClose has run already, and
          // what is acquired now would never be released.
          if (gone.has(ctx)) return false;
          connections.set(ctx, identity);
          tokens.acquire(identity.token, identity.viewer);
          return true;
        } catch (err) {
          return refuseConnection(ctx, err);
        }
      },
      onSubscribe: (ctx, id, payload) => {
        barrier.begin(ctx, id);
        const refuse = (errors: readonly GraphQLError[]) => {
          barrier.settle(ctx, id);
          return errors;
        };
        const connection = connections.get(ctx);
        if (!connection)
          return refuse([new GraphQLError('Not connected', { extensions: { code: 'UNAUTHENTICATED' } })]);
        // The new id is already counted in ctx.subscriptions.
        if (Object.keys(ctx.subscriptions).length > opts.maxPerConnection)
          return refuse([
            tooManyRequests(`At most ${opts.maxPerConnection} subscriptions per connection`, 1),
          ]);
        let document: ReturnType<typeof parse>;
        try {
          document = parse(payload.query, { maxTokens: 2000 });
        } catch (err) {
          return refuse([err instanceof GraphQLError ? err : new GraphQLError('Invalid query')]);
        }
        const errors = opts.planner.validate(document);
        if (errors.length) return refuse(errors);
        if (getOperationAST(document, payload.operationName)?.operation !== 'subscription')
          return refuse([
            new GraphQLError('Use HTTP for queries and mutations', { extensions: { code: 'BAD_REQUEST' } }),
          ]);
        const live: LiveOperation = { connection, query: payload.query, requestId: randomUUID() };
        return {
          schema: opts.planner.schema,
          document,
          ...(payload.operationName ? { operationName: payload.operationName } : {}),
          variableValues: payload.variables ?? {},
          contextValue: live,
        };
      },
      subscribe: async (args) => {
        const live = args.contextValue as LiveOperation;
        const { viewer, token } = live.connection;
        const operationName = args.operationName ?? undefined;
        const variables = (args.variableValues ?? {}) as Record<string, unknown>;
        const key = sharedKey({ viewer, query: live.query, operationName, variables });
        const auth = { token, viewer, status: () => tokens.status(token) };
        // The first subscriber of a key opens the upstream stream; its request id and logger
        // serve the stream for as long as it lives, whoever remains subscribed.
        const stream = streams.join(key, auth, () =>
          federatedSource({
            planner: opts.planner,
            planned: opts.planner.plan(live.query, args.document, operationName),
            hub: upstream,
            services: opts.services(),
            variables,
            operationName,
            requestId: live.requestId,
            logger: opts.logger.child({ reqId: live.requestId, merchantId: viewer.merchantId }),
            viewerOf: (t) => tokens.viewer(t),
          }),
        );
        // Returned (and the barrier opened, in onOperation) once the subgraph has registered it.
        await stream.ready;
        return stream;
      },
      onOperation: (ctx, id) => barrier.settle(ctx, id),
      onError: (ctx, id) => barrier.settle(ctx, id),
      onComplete: (ctx, id) => barrier.settle(ctx, id),
      onPing: (ctx) => barrier.wait(ctx),
      onNext: (_ctx, _id, _payload, _args, result: ExecutionResult) =>
        result.errors ? { ...result, errors: result.errors.map((e) => mask(e.toJSON(), e)) } : undefined,
      // graphql-ws has returned every subscription of the connection by now, which leaves the
      // shared streams (and closes those it was the last subscriber of).
      onClose: (ctx) => {
        gone.add(ctx);
        const connection = connections.get(ctx);
        if (connection) tokens.release(connection.token);
        connections.delete(ctx);
      },
    },
    wss,
    opts.keepAliveMs ?? 12_000,
  );

  return {
    connections: () => wss.clients.size,
    upstreamSockets: () => sum(upstream.sockets()),
    upstreamSubscriptions: () => streams.size(),
    upstreamRetrying: () => upstream.retrying(),
    clientSubscriptions: () => streams.subscribers(),
    trackedTokens: () => tokens.size(),
    async close() {
      await disposable.dispose();
      await streams.close();
      await upstream.close();
    },
  };
}
