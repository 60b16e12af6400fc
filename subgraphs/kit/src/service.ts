import type { Logger } from 'pino';
import type { RevocationStore } from './auth/revocation';
import type { EventBus, PubSub } from './events/types';

/**
 * What a subgraph needs to run, whoever starts it: its own `index.ts` (from the environment),
 * the all-in-one embedded launcher, or the test harness. Each subgraph's `server.ts` exports
 * `start<Name>Subgraph(options: ServiceOptions)`.
 */
export interface ServiceOptions {
  mongodbUri: string;
  /** Defaults to `pos_<name>`; tests give each run its own. */
  dbName?: string;
  port: number;
  host: string;
  gatewaySecret: string;
  /** Shared by subgraphs only (never the gateway): proves a call is internal, e.g. checkout reserving stock. */
  internalSecret: string;
  /** Where the other subgraphs listen, for internal calls: `{ products: 'http://127.0.0.1:4002/graphql' }`. */
  subgraphUrls: Readonly<Record<string, string>>;
  jwt: {
    publicKey: string;
    /** Only the users subgraph signs tokens. */
    privateKey?: string;
    issuer: string;
    audience: string;
  };
  revocations: RevocationStore;
  /** Shared by every subgraph of the process (memory) or backed by Redis when REDIS_URL is set. */
  bus: EventBus;
  pubsub: PubSub;
  logger: Logger;
  production: boolean;
  maxBodyBytes: number;
  redisUrl?: string;
  /**
   * Where clients reach the supergraph (the gateway's base URL, e.g. `https://pos.example.com`):
   * links handed to clients, such as export downloads, start with it. A function, because
   * `npm start` and the test harness learn the gateway's port only once it listens.
   */
  publicUrl?: () => string | undefined;
}
