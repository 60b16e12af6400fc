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

/**
 * Starts every subgraph, then the gateway pointed at their real ports. Shared by `npm start`, the
 * e2e harness and the bench so the three run the same wiring. On a failed start, whatever did start
 * is stopped again.
 */
export async function bootSupergraph(opts: BootOptions): Promise<BootedSupergraph> {
  const started: RunningService[] = [];
  const ownEvents = opts.events
    ? undefined
    : createEventTransport({ redisUrl: opts.redisUrl, logger: opts.logger('events') });
  const events = opts.events ?? (ownEvents as EventTransport);
  const stopAll = async () => {
    // Gateway first, so no request reaches a subgraph that is already gone.
    for (const service of started.splice(0).reverse()) await service.close().catch(() => undefined);
    await ownEvents?.close();
  };
  // Filled in as each subgraph listens (ports may be 0), so the same object is handed to all:
  // a subgraph must look a peer's URL up when it calls it, not copy it at start.
  const subgraphUrls: Record<string, string> = {};
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
        subgraphUrls,
        jwt: {
          publicKey: opts.keys.publicKey,
          ...(entry.issuesTokens ? { privateKey: opts.keys.privateKey } : {}),
          issuer: JWT_ISSUER,
          audience: JWT_AUDIENCE,
        },
        revocations: opts.revocations,
        bus: events.bus,
        pubsub: events.pubsub,
        logger: opts.logger(entry.name),
        production: opts.production,
        maxBodyBytes: opts.maxBodyBytes ?? 1_000_000,
        ...(opts.redisUrl ? { redisUrl: opts.redisUrl } : {}),
      };
      const service = await entry.start(options);
      started.push(service);
      subgraphs[entry.name] = service;
      subgraphUrls[entry.name] = `${service.url}/graphql`;
    }
    const gateway = await startGateway({
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
    started.push(gateway);
    return { gateway, subgraphs, subgraphUrls, events, close: stopAll };
  } catch (err) {
    await stopAll();
    throw err;
  }
}
