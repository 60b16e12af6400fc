import { randomUUID, timingSafeEqual } from 'node:crypto';
import type { Server } from 'node:http';
import { type GraphQLSchema, type OperationDefinitionNode, parse, validate } from 'graphql';
import type { Context } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import { WebSocketServer } from 'ws';
import { TokenVerifier } from '../auth/jwt';
import type { Viewer } from '../auth/viewer';
import { badInput, maskErrors, tooManyRequests, unauthenticated } from '../errors';

/** `connectionParams` key under which the gateway presents its shared secret to a subgraph. */
export const GATEWAY_SECRET_PARAM = 'gatewaySecret';

/** What a graphql-ws client sends in `connection_init`: the bearer token, and for subgraphs the gateway's secret. */
export interface LiveConnectionParams {
  authorization?: unknown;
  gatewaySecret?: unknown;
  [key: string]: unknown;
}

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

/** The identity proven by a connection's `connection_init`. */
export interface LiveIdentity {
  viewer: Viewer;
  token: string;
}

/** Constant-time comparison of a presented secret with the expected one. */
export function secretEquals(expected: string, given: unknown): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(typeof given === 'string' ? given : '');
  return a.length > 0 && a.length === b.length && timingSafeEqual(a, b);
}

/** Verifies `connectionParams.authorization` ("Bearer <token>"); throws UNAUTHENTICATED. */
export async function identityFromParams(
  params: LiveConnectionParams | undefined,
  verifier: TokenVerifier,
): Promise<LiveIdentity> {
  const header = typeof params?.authorization === 'string' ? params.authorization : null;
  const token = TokenVerifier.bearer(header);
  if (!token) throw unauthenticated();
  return { token, viewer: await verifier.verify(token) };
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
  const disposable = useServer<LiveConnectionParams>(
    {
      schema: opts.schema,
      onConnect: async (ctx) => {
        if (!secretEquals(opts.gatewaySecret, ctx.connectionParams?.[GATEWAY_SECRET_PARAM])) return false;
        try {
          identities.set(ctx, await identityFromParams(ctx.connectionParams, opts.verifier));
          return true;
        } catch {
          return false;
        }
      },
      onSubscribe: (ctx, _id, payload) => {
        // The new id is already counted in ctx.subscriptions.
        if (Object.keys(ctx.subscriptions).length > max)
          return [tooManyRequests('Too many subscriptions on this connection', 1)];
        const document = parse(payload.query);
        const errors = validate(opts.schema, document);
        if (errors.length) return errors;
        const operation = document.definitions.find(
          (d): d is OperationDefinitionNode => d.kind === 'OperationDefinition',
        );
        if (operation?.operation !== 'subscription')
          return [badInput('Only subscriptions are served over WebSocket')];
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
