import type { Logger } from 'pino';
import type { RevocationStore } from './auth/revocation';

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
  jwt: {
    publicKey: string;
    /** Only the users subgraph signs tokens. */
    privateKey?: string;
    issuer: string;
    audience: string;
  };
  revocations: RevocationStore;
  logger: Logger;
  production: boolean;
  maxBodyBytes: number;
  redisUrl?: string;
}
