import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { GraphQLDataSource } from '@apollo/gateway';
import {
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
import { WebSocketServer } from 'ws';
import type { SubscriptionPlanner } from './plan';
import { SharedStreams, sharedKey } from './shared';
import { federatedStream } from './stream';
import { UpstreamCounter, UpstreamPools } from './upstream';

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
}

export interface GatewaySubscriptions {
  /** Client connections open now. */
  connections(): number;
  /** Sockets open from this gateway to subgraphs. */
  upstreamSockets(): number;
  /** Upstream subscriptions open now: identical client subscriptions share one (see SharedStreams). */
  upstreamSubscriptions(): number;
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

/**
 * graphql-ws on the gateway's `/graphql`: authenticates the connection with the access token in
 * `connectionParams.authorization` (any letter case, "Bearer <token>" or bare; refused with 4403
 * and a reason saying what is wrong), limits subscriptions per connection, plans each
 * subscription, opens its root field on the owning subgraph and resolves every event through the
 * supergraph (see `federatedStream`). A `ping` is answered once every subscription sent before it
 * is registered upstream (see SubscriptionBarrier): the client's signal that it is live.
 */
export function serveGatewaySubscriptions(opts: GatewaySubscriptionOptions): GatewaySubscriptions {
  const wss = new WebSocketServer({ server: opts.server, path: '/graphql' });
  const connections = new WeakMap<Context<LiveConnectionParams>, ConnectionState>();
  const upstreamSockets = new UpstreamCounter();
  const mask = maskErrors(opts.logger);
  const urlOf = (name: string) => {
    const url = opts.subgraphUrls.get(name);
    return url ? wsUrl(url) : undefined;
  };
  const pools = new UpstreamPools(opts.gatewaySecret, urlOf, upstreamSockets);
  const shared = new SharedStreams();
  const barrier = new SubscriptionBarrier<Context<LiveConnectionParams>>();

  const disposable = useServer<LiveConnectionParams>(
    {
      onConnect: async (ctx) => {
        try {
          connections.set(ctx, await identityFromParams(ctx.connectionParams, opts.verifier));
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
        const key = sharedKey({ token, query: live.query, operationName, variables });
        // The first subscriber of a key opens the upstream stream; its request id and logger
        // serve the stream for as long as it lives, whoever remains subscribed.
        const stream = shared.join(key, () => {
          const logger = opts.logger.child({ reqId: live.requestId, merchantId: viewer.merchantId });
          const { pool, release } = pools.acquire(token);
          const stream = federatedStream({
            planner: opts.planner,
            planned: opts.planner.plan(live.query, args.document, operationName),
            upstream: pool,
            services: opts.services(),
            variables,
            context: { requestId: live.requestId, logger, viewer, token },
            verifier: opts.verifier,
            logger,
          });
          return releasing(stream, release);
        });
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
        connections.delete(ctx);
      },
    },
    wss,
    opts.keepAliveMs ?? 12_000,
  );

  return {
    connections: () => wss.clients.size,
    upstreamSockets: () => upstreamSockets.open,
    upstreamSubscriptions: () => shared.size(),
    async close() {
      await disposable.dispose();
      await shared.close();
      await pools.close();
    },
  };
}

/** Releases `release` (the stream's upstream pool) once the stream has ended, either way. */
function releasing<T>(
  stream: AsyncIterableIterator<T> & { ready: Promise<void> },
  release: () => Promise<void>,
): AsyncIterableIterator<T> & { ready: Promise<void> } {
  return {
    ready: stream.ready,
    async next() {
      const r = await stream.next();
      if (r.done) await release();
      return r;
    },
    async return() {
      try {
        return (await stream.return?.()) ?? { done: true, value: undefined };
      } finally {
        await release();
      }
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
