import { randomUUID, timingSafeEqual } from 'node:crypto';
import type { Server } from 'node:http';
import {
  type GraphQLError,
  type GraphQLSchema,
  type OperationDefinitionNode,
  parse,
  validate,
} from 'graphql';
import type { Context } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import { WebSocketServer } from 'ws';
import type { TokenVerifier } from '../auth/jwt';
import { badInput, maskErrors, tooManyRequests, unauthenticated } from '../errors';
import {
  identityFromParams,
  type LiveConnectionParams,
  type LiveIdentity,
  refuseConnection,
} from './live-auth';
import { SubscriptionBarrier } from './live-barrier';

export * from './live-auth';
export * from './live-barrier';

/** `connectionParams` key under which the gateway presents its shared secret to a subgraph. */
export const GATEWAY_SECRET_PARAM = 'gatewaySecret';

export interface SubscriptionSettings {
  /** Open subscriptions one connection may hold; more are refused with TOO_MANY_REQUESTS. */
  maxPerConnection?: number;
  /** Ping period that also drops dead peers. */
  keepAliveMs?: number;
}

export interface SubscriptionServer {
  /** Open WebSocket connections; for leak checks. */
  connections(): number;
  close(): Promise<void>;
}

/** Constant-time comparison of a presented secret with the expected one. */
export function secretEquals(expected: string, given: unknown): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(typeof given === 'string' ? given : '');
  return a.length > 0 && a.length === b.length && timingSafeEqual(a, b);
}

export interface SubgraphSubscriptionOptions<Ctx> {
  server: Server;
  schema: GraphQLSchema;
  verifier: TokenVerifier;
  gatewaySecret: string;
  logger: Logger;
  settings: SubscriptionSettings;
  createContext: (identity: LiveIdentity, requestId: string) => Ctx | Promise<Ctx>;
}

type Ctx = Context<LiveConnectionParams>;

/**
 * Serves graphql-ws on the subgraph's `/graphql`, for the gateway only: the connection must
 * present the gateway secret and the user's token (zero trust, as over HTTP). Per-event tenant
 * and scope checks live in the subscription resolvers (see `liveTopic`).
 */
export function serveSubgraphSubscriptions<C>(opts: SubgraphSubscriptionOptions<C>): SubscriptionServer {
  const wss = new WebSocketServer({ server: opts.server, path: '/graphql' });
  const identities = new WeakMap<Ctx, LiveIdentity>();
  const mask = maskErrors(opts.logger);
  const max = opts.settings.maxPerConnection ?? 100;
  const barrier = new SubscriptionBarrier<Ctx>();
  const disposable = useServer<LiveConnectionParams>(
    {
      schema: opts.schema,
      onConnect: async (ctx) => {
        if (!secretEquals(opts.gatewaySecret, ctx.connectionParams?.[GATEWAY_SECRET_PARAM]))
          return refuseConnection(ctx, new Error('not the gateway'));
        try {
          identities.set(ctx, await identityFromParams(ctx.connectionParams, opts.verifier));
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
        // The new id is already counted in ctx.subscriptions.
        if (Object.keys(ctx.subscriptions).length > max)
          return refuse([tooManyRequests('Too many subscriptions on this connection', 1)]);
        const document = parse(payload.query);
        const errors = validate(opts.schema, document);
        if (errors.length) return refuse(errors);
        const operation = document.definitions.find(
          (d): d is OperationDefinitionNode => d.kind === 'OperationDefinition',
        );
        if (operation?.operation !== 'subscription')
          return refuse([badInput('Only subscriptions are served over WebSocket')]);
        return {
          schema: opts.schema,
          document,
          ...(payload.operationName ? { operationName: payload.operationName } : {}),
          variableValues: payload.variables ?? {},
        };
      },
      context: (ctx) => {
        const identity = identities.get(ctx);
        if (!identity) throw unauthenticated();
        return opts.createContext(identity, randomUUID()) as Record<string, unknown>;
      },
      // The resolver has returned its source (the pub/sub listener is registered): the barrier opens.
      onOperation: (ctx, id) => barrier.settle(ctx, id),
      onError: (ctx, id) => barrier.settle(ctx, id),
      onComplete: (ctx, id) => barrier.settle(ctx, id),
      onPing: (ctx) => barrier.wait(ctx),
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: result.errors.map((e) => mask(e.toJSON(), e)) } : undefined,
    },
    wss,
    opts.settings.keepAliveMs ?? 12_000,
  );
  return {
    connections: () => wss.clients.size,
    close: async () => {
      await disposable.dispose();
    },
  };
}
