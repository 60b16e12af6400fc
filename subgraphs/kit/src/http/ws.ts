import { randomUUID, timingSafeEqual } from 'node:crypto';
import type { Server } from 'node:http';
import { GraphQLError, type GraphQLSchema, type OperationDefinitionNode, parse, validate } from 'graphql';
import type { Context } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import { WebSocketServer } from 'ws';
import type { TokenVerifier } from '../auth/jwt';
import { badInput, maskErrors, tooManyRequests, unauthenticated } from '../errors';
import { batchWrites } from './batched-writes';
import {
  identityFromParams,
  LiveAuthError,
  type LiveConnectionParams,
  type LiveIdentity,
  refuseConnection,
} from './live-auth';
import { SubscriptionBarrier } from './live-barrier';

export * from './live-auth';
export * from './live-barrier';

/** `connectionParams` key under which the gateway presents its shared secret to a subgraph. */
export const GATEWAY_SECRET_PARAM = 'gatewaySecret';

/**
 * `connection_ack` payload key with the subscriptions one connection may hold: the gateway reads it
 * and opens another connection before a full one would refuse a subscription.
 */
export const MAX_SUBSCRIPTIONS_ACK = 'maxSubscriptions';

/** Default of `SubscriptionSettings.maxPerConnection`. */
export const DEFAULT_MAX_SUBSCRIPTIONS_PER_CONNECTION = 1000;

export interface SubscriptionSettings {
  /**
   * Open subscriptions one connection may hold; more are refused with TOO_MANY_REQUESTS. Announced
   * in the `connection_ack`, so the gateway's multiplexed connections never reach it.
   */
  maxPerConnection?: number;
  /** Ping period that also drops dead peers. */
  keepAliveMs?: number;
  /**
   * Resolves once the sources of the subscriptions made so far are listening (see
   * `PubSub.settled`): a `pong` then means an event published after it is delivered.
   */
  settled?: () => Promise<void>;
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
 * present the gateway secret. The gateway multiplexes the subscriptions of many users over one
 * connection, so each `subscribe` carries its user's access token in `extensions.authorization`
 * ("Bearer <token>" or bare), verified here again (zero trust, as over HTTP); a connection may
 * instead carry one token in its `connectionParams` for all its subscriptions. Per-event tenant and
 * scope checks live in the subscription resolvers (see `liveTopic`).
 */
export function serveSubgraphSubscriptions<C>(opts: SubgraphSubscriptionOptions<C>): SubscriptionServer {
  const wss = new WebSocketServer({ server: opts.server, path: '/graphql' });
  batchWrites(wss);
  const identities = new WeakMap<Ctx, LiveIdentity>();
  const mask = maskErrors(opts.logger);
  const max = opts.settings.maxPerConnection ?? DEFAULT_MAX_SUBSCRIPTIONS_PER_CONNECTION;
  const barrier = new SubscriptionBarrier<Ctx>();
  const disposable = useServer<LiveConnectionParams>(
    {
      schema: opts.schema,
      onConnect: async (ctx) => {
        if (!secretEquals(opts.gatewaySecret, ctx.connectionParams?.[GATEWAY_SECRET_PARAM]))
          return refuseConnection(ctx, new Error('not the gateway'));
        if (hasToken(ctx.connectionParams)) {
          try {
            identities.set(ctx, await identityFromParams(ctx.connectionParams, opts.verifier));
          } catch (err) {
            return refuseConnection(ctx, err);
          }
        }
        return { [MAX_SUBSCRIPTIONS_ACK]: max };
      },
      onSubscribe: async (ctx, id, payload) => {
        barrier.begin(ctx, id);
        const refuse = (errors: readonly GraphQLError[]) => {
          barrier.settle(ctx, id);
          return errors;
        };
        // The new id is already counted in ctx.subscriptions.
        if (Object.keys(ctx.subscriptions).length > max)
          return refuse([tooManyRequests('Too many subscriptions on this connection', 1)]);
        // One connection carries every user's subscriptions: a bad one is refused on its own,
        // never with an exception, which would close the connection for all of them.
        let document: ReturnType<typeof parse>;
        try {
          document = parse(payload.query);
        } catch (err) {
          return refuse([err instanceof GraphQLError ? err : badInput('Invalid query')]);
        }
        const errors = validate(opts.schema, document);
        if (errors.length) return refuse(errors);
        const operation = document.definitions.find(
          (d): d is OperationDefinitionNode => d.kind === 'OperationDefinition',
        );
        if (operation?.operation !== 'subscription')
          return refuse([badInput('Only subscriptions are served over WebSocket')]);
        let identity = identities.get(ctx);
        if (hasToken(payload.extensions)) {
          try {
            identity = await identityFromParams(payload.extensions ?? undefined, opts.verifier);
          } catch (err) {
            return refuse([unauthenticated(err instanceof LiveAuthError ? err.reason : undefined)]);
          }
        }
        if (!identity) return refuse([unauthenticated()]);
        let contextValue: Record<string, unknown>;
        try {
          contextValue = (await opts.createContext(identity, randomUUID())) as Record<string, unknown>;
        } catch (err) {
          opts.logger.error({ err }, 'subscription context failed');
          return refuse([
            new GraphQLError('Internal server error', { extensions: { code: 'INTERNAL_SERVER_ERROR' } }),
          ]);
        }
        return {
          schema: opts.schema,
          document,
          ...(payload.operationName ? { operationName: payload.operationName } : {}),
          variableValues: payload.variables ?? {},
          contextValue,
        };
      },
      // The resolver has returned its source and its pub/sub subscription is confirmed: the barrier opens.
      onOperation: (ctx, id) => {
        const settled = opts.settings.settled?.();
        if (!settled) return barrier.settle(ctx, id);
        void settled.finally(() => barrier.settle(ctx, id));
      },
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

/** Whether `params` name an access token (the `authorization` key in any letter case). */
function hasToken(params: Record<string, unknown> | null | undefined): boolean {
  return Object.keys(params ?? {}).some((k) => k.toLowerCase() === 'authorization');
}
