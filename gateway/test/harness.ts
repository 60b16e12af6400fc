/**
 * End-to-end harness: every subgraph of the registry and the gateway, in this process, on port 0,
 * against the test run's database (one fresh database per subgraph per harness), talking real HTTP.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  type AccessTokenClaims,
  createLogger,
  type EventBus,
  generateSigningKeys,
  type KeyPairPem,
  MemoryRevocationStore,
  type PubSub,
  type RunningService,
  TokenSigner,
} from '@pos/kit';
import { MidtransSimulator, simulatedAccount } from '@pos/orders';
import { print } from 'graphql';
import mongoose from 'mongoose';
import { expect, inject } from 'vitest';
import type { GatewayLimits } from '../src/config';
import { bootSupergraph, JWT_AUDIENCE, JWT_ISSUER } from '../src/dev/boot';
import { SUBGRAPHS, type SubgraphEntry, withPayments } from '../src/dev/subgraphs';
import type { GatewayOptions, RunningGateway } from '../src/gateway';

export interface GraphQLResponseError {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: string; [key: string]: unknown };
}

export interface GraphQLBody<TData> {
  data?: TData | null;
  errors?: GraphQLResponseError[];
}

export interface RequestOptions {
  token?: string;
  headers?: Record<string, string>;
}

export interface HarnessSubgraph {
  /** Base URL (`/ping`, `/health`, `/metrics` hang off it). */
  url: string;
  graphqlUrl: string;
  server: Server;
  service: RunningService;
  dbName: string;
}

export interface Supergraph {
  /** The gateway's GraphQL endpoint. */
  url: string;
  /** The gateway's base URL. */
  gatewayUrl: string;
  subgraphs: Record<string, HarnessSubgraph>;
  gatewaySecret: string;
  /** What subgraphs send each other for internal operations; tests call those directly with it. */
  internalSecret: string;
  keys: KeyPairPem;
  revocations: MemoryRevocationStore;
  /** The event bus every subgraph shares: tests publish contract events on it as producers would. */
  bus: EventBus;
  /** The pub/sub every subgraph shares (live updates); for leak checks of subscriptions. */
  pubsub: PubSub;
  /** The running gateway; `gateway.subscriptions` counts open WebSockets. */
  gateway: RunningGateway;
  /** The Midtrans simulator charges go to (with `midtransSimulator`): tests pay or expire them. */
  midtrans: MidtransSimulator | null;
  request<TData = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: RequestOptions,
  ): Promise<{ status: number; body: GraphQLBody<TData> }>;
  /** Sends a generated typed document (gateway/test/__generated__/operations.ts): result and variables are typed. */
  execute<TData, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVariables>,
    variables: TVariables,
    options?: RequestOptions,
  ): Promise<{ status: number; body: GraphQLBody<TData> }>;
  /** Counts GraphQL requests reaching any subgraph from now on. */
  countSubgraphRequests(): SubgraphRequestCounter;
  close(): Promise<void>;
}

export interface SubgraphRequestCounter {
  total(): number;
  stop(): void;
}

export interface SupergraphOptions {
  /** Defaults to the full registry. */
  subgraphs?: readonly SubgraphEntry[];
  /** Defaults to the committed supergraph. */
  supergraphSdl?: string;
  limits?: Partial<GatewayLimits>;
  production?: boolean;
  /** How long the gateway waits for a subgraph (default 15 s); load tests on FerretDB need more. */
  subgraphTimeoutMs?: number;
  /** `PUBLIC_URL`; defaults to the gateway's own URL. */
  publicUrl?: string;
  /**
   * Orders charges QRIS and e-wallets through a local Midtrans simulator with a platform account
   * (any sandbox-style key is an account too), as under `npm start`. Ignored with `subgraphs`.
   * An object sets how long a charge lasts and the expiry job's grace (900 s and 30 s otherwise).
   */
  midtransSimulator?: boolean | MidtransSimulatorOptions;
  /** Subscription retries and bounds (tests of a lost subgraph shorten the retries). */
  subscriptions?: GatewayOptions['subscriptions'];
}

export interface MidtransSimulatorOptions {
  /** How long a charge waits for the customer (`PAYMENTS_EXPIRY_SECONDS`). */
  expirySeconds?: number;
  /** How long after a charge's time the expiry job asks the provider (`PAYMENTS_GRACE_SECONDS`, in ms). */
  graceMs?: number;
}

const HOST = '127.0.0.1';

export async function startSupergraph(options: SupergraphOptions = {}): Promise<Supergraph> {
  const mongodbUri = inject('mongodbUri');
  const suffix = randomBytes(4).toString('hex');
  const dbNames = new Map<string, string>();
  const dbName = (name: string) => {
    const db = `pos_${name}_${suffix}`;
    dbNames.set(name, db);
    return db;
  };
  const keys = await generateSigningKeys();
  const revocations = new MemoryRevocationStore();
  const gatewaySecret = randomBytes(24).toString('base64url');
  const internalSecret = randomBytes(24).toString('base64url');
  const level = process.env.LOG_LEVEL ?? 'silent';

  const charging = typeof options.midtransSimulator === 'object' ? options.midtransSimulator : {};
  const simulator =
    options.midtransSimulator && !options.subgraphs
      ? await new MidtransSimulator({ acceptAnyKey: true }).start()
      : null;
  const platform = simulator?.addAccount(simulatedAccount());
  const booted = await bootSupergraph({
    subgraphs:
      options.subgraphs ??
      withPayments(
        SUBGRAPHS,
        simulator && platform
          ? {
              platform: {
                serverKey: platform.serverKey,
                merchantCode: platform.merchantCode,
                environment: 'SANDBOX',
              },
              apiUrl: simulator.url,
              notificationUrl: null,
              expirySeconds: charging.expirySeconds ?? 900,
              graceMs: charging.graceMs ?? 30_000,
              encryptionKey: null,
            }
          : undefined,
      ),
    mongodbUri,
    host: HOST,
    gatewayPort: 0,
    subgraphPort: () => 0,
    dbName,
    gatewaySecret,
    internalSecret,
    keys,
    revocations,
    logger: (service) => createLogger(service, level),
    production: options.production ?? false,
    ...(options.publicUrl ? { publicUrl: options.publicUrl } : {}),
    gateway: {
      ...(options.limits ? { limits: options.limits } : {}),
      ...(options.supergraphSdl ? { supergraphSdl: options.supergraphSdl } : {}),
      ...(options.subgraphTimeoutMs ? { subgraphTimeoutMs: options.subgraphTimeoutMs } : {}),
      ...(options.subscriptions ? { subscriptions: options.subscriptions } : {}),
    },
  });

  const subgraphs: Record<string, HarnessSubgraph> = {};
  for (const [name, service] of Object.entries(booted.subgraphs)) {
    subgraphs[name] = {
      url: service.url,
      graphqlUrl: `${service.url}/graphql`,
      server: service.server,
      service,
      dbName: dbNames.get(name) ?? `pos_${name}`,
    };
  }
  const url = `${booted.gateway.url}/graphql`;
  if (simulator) simulator.notificationUrl = `${booted.gateway.url}/webhooks/midtrans`;

  return {
    url,
    gatewayUrl: booted.gateway.url,
    subgraphs,
    gatewaySecret,
    internalSecret,
    keys,
    revocations,
    bus: booted.events.bus,
    pubsub: booted.events.pubsub,
    gateway: booted.gateway,
    midtrans: simulator,
    request: (query, variables, opts) => postGraphQL(url, query, variables, opts),
    execute: (document, variables, opts) => postGraphQL(url, print(document), variables, opts),
    countSubgraphRequests: () => countRequests(Object.values(subgraphs).map((s) => s.server)),
    async close() {
      await booted.close();
      await simulator?.close();
      await dropDatabases(mongodbUri, [...dbNames.values()]);
    },
  };
}

/** POSTs one operation as JSON, the way front ends do. */
export async function postGraphQL<TData = Record<string, unknown>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  opts: RequestOptions = {},
): Promise<{ status: number; body: GraphQLBody<TData> }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
      ...opts.headers,
    },
    body: JSON.stringify({ query, ...(variables ? { variables } : {}) }),
  });
  return { status: res.status, body: (await res.json()) as GraphQLBody<TData> };
}

function countRequests(servers: Server[]): SubgraphRequestCounter {
  let count = 0;
  // /health probes from the gateway are not GraphQL calls.
  const listener = (req: IncomingMessage) => {
    if (req.url?.startsWith('/graphql')) count++;
  };
  for (const server of servers) server.on('request', listener);
  return {
    total: () => count,
    stop: () => {
      for (const server of servers) server.off('request', listener);
    },
  };
}

/** Each harness leaves nothing behind, also on an external MONGODB_URI. */
async function dropDatabases(uri: string, names: string[]): Promise<void> {
  if (names.length === 0) return;
  const conn = await mongoose.createConnection(uri, { serverSelectionTimeoutMS: 5000 }).asPromise();
  try {
    for (const name of names) await conn.useDb(name, { useCache: false }).dropDatabase();
  } finally {
    await conn.close();
  }
}

/** Fails the test with the errors in view, and returns the data. */
export function expectNoErrors<TData>(body: GraphQLBody<TData>): TData {
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  expect(body.data).toBeTruthy();
  return body.data as TData;
}

/** The codes of every error in a response, for short assertions. */
export function errorCodes(body: GraphQLBody<unknown>): Array<string | undefined> {
  return (body.errors ?? []).map((e) => e.extensions?.code);
}

/**
 * Signs an access token with the harness keys, for tests that need a valid token without going
 * through registration (the claims point at no real user).
 */
export async function signAccessToken(
  sg: Pick<Supergraph, 'keys'>,
  claims: Partial<AccessTokenClaims> = {},
): Promise<{ token: string; tokenId: string; sessionId: string }> {
  const signer = await TokenSigner.fromPem(sg.keys.privateKey, {
    issuer: JWT_ISSUER,
    audience: JWT_AUDIENCE,
    ttlSeconds: 300,
  });
  const sessionId = claims.sessionId ?? randomBytes(8).toString('hex');
  const { token, tokenId } = await signer.sign({
    userId: randomBytes(12).toString('hex'),
    merchantId: randomBytes(12).toString('hex'),
    role: 'OWNER',
    branchIds: [],
    scopes: [],
    ...claims,
    sessionId,
  });
  return { token, tokenId, sessionId };
}
