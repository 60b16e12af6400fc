import { randomBytes } from 'node:crypto';
import { generateSigningKeys } from '../auth/jwt';
import { MemoryRevocationStore } from '../auth/revocation';
import { MemoryEventBus, MemoryPubSub } from '../events/memory';
import { createLogger } from '../logger';

/**
 * The options of one subgraph started on its own for a service or subgraph test: a database of
 * its own on the run's server, fresh keys and secrets, in-memory bus, pub/sub and revocations,
 * silent logs. Tests pass it to the subgraph's `start…Subgraph`, overriding what they need.
 */
export async function standaloneSubgraphOptions(mongodbUri: string, service: string, tag: string) {
  const keys = await generateSigningKeys();
  return {
    mongodbUri,
    dbName: `pos_${service}_${tag}_${randomBytes(4).toString('hex')}`,
    port: 0,
    host: '127.0.0.1',
    gatewaySecret: randomBytes(16).toString('hex'),
    internalSecret: randomBytes(16).toString('hex'),
    subgraphUrls: {},
    jwt: { ...keys, issuer: 'pos-users', audience: 'pos-supergraph' },
    revocations: new MemoryRevocationStore(),
    bus: new MemoryEventBus(),
    pubsub: new MemoryPubSub(),
    logger: createLogger(service, 'silent'),
    production: false,
    maxBodyBytes: 1_000_000,
  };
}
