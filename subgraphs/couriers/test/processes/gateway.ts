/**
 * One gateway replica as its own process, for multi-process.e2e.test.ts: the users + couriers
 * supergraph read from SUPERGRAPH_FILE, routed to the given subgraph URLs.
 *
 * Env: SUPERGRAPH_FILE, GATEWAY_SECRET, JWT_PUBLIC_KEY, SUBGRAPH_USERS_URL, SUBGRAPH_COURIERS_URL.
 */
import { readFileSync } from 'node:fs';
import { createLogger, MemoryRevocationStore } from '@pos/kit';
import { JWT_AUDIENCE, JWT_ISSUER } from '../../../../gateway/src/dev/boot';
import { startGateway } from '../../../../gateway/src/gateway';
import { announce, closeOnSigterm, need } from '../../../../gateway/test/process-env';

const gateway = await startGateway({
  port: 0,
  host: '127.0.0.1',
  gatewaySecret: need('GATEWAY_SECRET'),
  jwt: { publicKey: need('JWT_PUBLIC_KEY'), issuer: JWT_ISSUER, audience: JWT_AUDIENCE },
  revocations: new MemoryRevocationStore(),
  logger: createLogger('gateway', process.env.LOG_LEVEL ?? 'silent'),
  production: false,
  maxBodyBytes: 1_000_000,
  supergraphSdl: readFileSync(need('SUPERGRAPH_FILE'), 'utf8'),
  subgraphUrls: { users: need('SUBGRAPH_USERS_URL'), couriers: need('SUBGRAPH_COURIERS_URL') },
});
closeOnSigterm(() => gateway.close());
announce(`${gateway.url}/graphql`);
