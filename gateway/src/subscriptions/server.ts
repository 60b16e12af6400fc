import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { GraphQLDataSource } from '@apollo/gateway';
import {
  identityFromParams,
  type LiveConnectionParams,
  type LiveIdentity,
  type Logger,
  maskErrors,
  type TokenVerifier,
  tooManyRequests,
} from '@pos/kit';
import { type ExecutionResult, GraphQLError, getOperationAST, parse } from 'graphql';
import type { Context } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { SubscriptionPlanner } from './plan';
import { federatedStream } from './stream';
import { UpstreamCounter, UpstreamPool } from './upstream';

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
  close(): Promise<void>;
}

interface ConnectionState extends LiveIdentity {
  upstream: UpstreamPool;
}

/** The context of one client subscription (graphql-ws `contextValue`). */
export interface LiveOperation {
  connection: ConnectionState;
  query: string;
  requestId: string;
}

const wsUrl = (httpUrl: string) => httpUrl.replace(/^http/, 'ws');

/**
 * graphql-ws on the gateway's `/graphql`: authenticates the connection with the bearer token in
 * `connectionParams.authorization` (refused with 4403 otherwise), limits subscriptions per
 * connection, plans each subscription, opens its root field on the owning subgraph and resolves
 * every event through the supergraph (see `federatedStream`).
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

  const disposable = useServer<LiveConnectionParams>(
    {
      onConnect: async (ctx) => {
        try {
          const identity = await identityFromParams(ctx.connectionParams, opts.verifier);
          const upstream = new UpstreamPool(identity.token, opts.gatewaySecret, urlOf, upstreamSockets);
          connections.set(ctx, { ...identity, upstream });
          return true;
        } catch {
          return false;
        }
      },
      onSubscribe: (ctx, _id, payload) => {
        const connection = connections.get(ctx);
        if (!connection)
          return [new GraphQLError('Not connected', { extensions: { code: 'UNAUTHENTICATED' } })];
        // The new id is already counted in ctx.subscriptions.
        if (Object.keys(ctx.subscriptions).length > opts.maxPerConnection)
          return [tooManyRequests(`At most ${opts.maxPerConnection} subscriptions per connection`, 1)];
        let document: ReturnType<typeof parse>;
        try {
          document = parse(payload.query, { maxTokens: 2000 });
        } catch (err) {
          return [err instanceof GraphQLError ? err : new GraphQLError('Invalid query')];
        }
        const errors = opts.planner.validate(document);
        if (errors.length) return errors;
        if (getOperationAST(document, payload.operationName)?.operation !== 'subscription')
          return [
            new GraphQLError('Use HTTP for queries and mutations', { extensions: { code: 'BAD_REQUEST' } }),
          ];
        const live: LiveOperation = { connection, query: payload.query, requestId: randomUUID() };
        return {
          schema: opts.planner.schema,
          document,
          ...(payload.operationName ? { operationName: payload.operationName } : {}),
          variableValues: payload.variables ?? {},
          contextValue: live,
        };
      },
      subscribe: (args) => {
        const live = args.contextValue as LiveOperation;
        const { viewer, token } = live.connection;
        const logger = opts.logger.child({ reqId: live.requestId, merchantId: viewer.merchantId });
        const planned = opts.planner.plan(live.query, args.document, args.operationName ?? undefined);
        return federatedStream({
          planner: opts.planner,
          planned,
          upstream: live.connection.upstream,
          services: opts.services(),
          variables: (args.variableValues ?? {}) as Record<string, unknown>,
          context: { requestId: live.requestId, logger, viewer, token },
          verifier: opts.verifier,
          logger,
        });
      },
      onNext: (_ctx, _id, _payload, _args, result: ExecutionResult) =>
        result.errors ? { ...result, errors: result.errors.map((e) => mask(e.toJSON(), e)) } : undefined,
      onClose: async (ctx) => {
        await connections.get(ctx)?.upstream.close();
        connections.delete(ctx);
      },
    },
    wss,
    opts.keepAliveMs ?? 12_000,
  );

  return {
    connections: () => wss.clients.size,
    upstreamSockets: () => upstreamSockets.open,
    async close() {
      await disposable.dispose();
    },
  };
}
