import {
  createEventTransport,
  type EventTransport,
  type KeyPairPem,
  type Logger,
  type RevocationStore,
  type RunningService,
  type ServiceOptions,
} from '@pos/kit';
import { type GatewayOptions, type RunningGateway, startGateway } from '../gateway';
import type { SubgraphEntry } from './subgraphs';

export const JWT_ISSUER = 'pos-users';
export const JWT_AUDIENCE = 'pos-supergraph';

export interface BootOptions {
  subgraphs: readonly SubgraphEntry[];
  mongodbUri: string;
  host: string;
  gatewayPort: number;
  subgraphPort(name: string, index: number): number;
  /** Defaults to the subgraph's own `pos_<name>`. */
  dbName?(name: string): string;
  gatewaySecret: string;
  internalSecret: string;
  keys: KeyPairPem;
  revocations: RevocationStore;
  /** Defaults to the kit's transport for `redisUrl` (in memory without it), closed with the subgraphs. */
  events?: EventTransport;
  logger(service: string): Logger;
  production: boolean;
  redisUrl?: string;
  maxBodyBytes?: number;
  /** Where clients reach the gateway (`PUBLIC_URL`); defaults to the gateway's own URL once it listens. */
  publicUrl?: string;
  gateway?: Partial<
    Pick<
      GatewayOptions,
      'limits' | 'supergraphSdl' | 'warmupOperations' | 'subgraphTimeoutMs' | 'subscriptions'
    >
  >;
}

export interface BootedSupergraph {
  gateway: RunningGateway;
  subgraphs: Record<string, RunningService>;
  /** Subgraph name -> GraphQL endpoint. */
  subgraphUrls: Readonly<Record<string, string>>;
  events: EventTransport;
  close(): Promise<void>;
}

/** What a set of subgraphs needs to start, in this thread or in a worker. */
export type SubgraphBootOptions = Omit<BootOptions, 'gatewayPort' | 'gateway' | 'events' | 'publicUrl'> & {
  events: EventTransport;
  /** Where clients reach the gateway, once known (links in answers are built from it). */
  publicUrl: () => string | undefined;
  /**
   * Subgraph name -> GraphQL endpoint, shared by every subgraph started here and filled in as each
   * listens (ports may be 0); peers in another thread are added when they are known.
   */
  subgraphUrls: Record<string, string>;
};

/** Starts subgraphs one after another; on a failed start, stops those that did start. */
export async function bootSubgraphs(
  opts: SubgraphBootOptions,
): Promise<{ subgraphs: Record<string, RunningService>; close(): Promise<void> }> {
  const started: RunningService[] = [];
  const close = async () => {
    for (const service of started.splice(0).reverse()) await service.close().catch(() => undefined);
  };
  try {
    const subgraphs: Record<string, RunningService> = {};
    for (const [index, entry] of opts.subgraphs.entries()) {
      const options: ServiceOptions = {
        mongodbUri: opts.mongodbUri,
        ...(opts.dbName ? { dbName: opts.dbName(entry.name) } : {}),
        port: opts.subgraphPort(entry.name, index),
        host: opts.host,
        gatewaySecret: opts.gatewaySecret,
        internalSecret: opts.internalSecret,
        subgraphUrls: opts.subgraphUrls,
        jwt: {
          publicKey: opts.keys.publicKey,
          ...(entry.issuesTokens ? { privateKey: opts.keys.privateKey } : {}),
          issuer: JWT_ISSUER,
          audience: JWT_AUDIENCE,
        },
        revocations: opts.revocations,
        bus: opts.events.bus,
        pubsub: opts.events.pubsub,
        logger: opts.logger(entry.name),
        production: opts.production,
        maxBodyBytes: opts.maxBodyBytes ?? 1_000_000,
        ...(opts.redisUrl ? { redisUrl: opts.redisUrl } : {}),
        publicUrl: opts.publicUrl,
      };
      const service = await entry.start(options);
      started.push(service);
      subgraphs[entry.name] = service;
      opts.subgraphUrls[entry.name] = `${service.url}/graphql`;
    }
    return { subgraphs, close };
  } catch (err) {
    await close();
    throw err;
  }
}

/**
 * Starts every subgraph, then the gateway pointed at their real ports. Shared by `npm start`, the
 * e2e harness and the bench so the three run the same wiring. On a failed start, whatever did start
 * is stopped again. `elsewhere` are subgraphs already running in another thread (their URLs).
 */
export async function bootSupergraph(
  opts: BootOptions & { elsewhere?: Readonly<Record<string, string>> },
): Promise<BootedSupergraph> {
  const ownEvents = opts.events
    ? undefined
    : createEventTransport({ redisUrl: opts.redisUrl, logger: opts.logger('events') });
  const events = opts.events ?? (ownEvents as EventTransport);
  // The same object is handed to all: a subgraph must look a peer's URL up when it calls it.
  const subgraphUrls: Record<string, string> = { ...opts.elsewhere };
  let gatewayUrl: string | undefined;
  const publicUrl = () => (opts.publicUrl ?? gatewayUrl)?.replace(/\/+$/, '');
  let local: Awaited<ReturnType<typeof bootSubgraphs>> | undefined;
  let gateway: RunningGateway | undefined;
  const stopAll = async () => {
    // Gateway first, so no request reaches a subgraph that is already gone.
    await gateway?.close().catch(() => undefined);
    await local?.close();
    await ownEvents?.close();
  };
  try {
    local = await bootSubgraphs({ ...opts, events, subgraphUrls, publicUrl });
    gateway = await startGateway({
      ...opts.gateway,
      port: opts.gatewayPort,
      host: opts.host,
      gatewaySecret: opts.gatewaySecret,
      jwt: { publicKey: opts.keys.publicKey, issuer: JWT_ISSUER, audience: JWT_AUDIENCE },
      revocations: opts.revocations,
      logger: opts.logger('gateway'),
      production: opts.production,
      maxBodyBytes: opts.maxBodyBytes ?? 1_000_000,
      subgraphUrls: { ...subgraphUrls },
    });
    gatewayUrl = gateway.url;
    return { gateway, subgraphs: local.subgraphs, subgraphUrls, events, close: stopAll };
  } catch (err) {
    await stopAll();
    throw err;
  }
}
