/**
 * One gateway process for the live bench (see live.ts), forked with `--expose-gc` and an IPC
 * channel: it serves the users + couriers supergraph and, when asked, collects garbage and reports
 * its memory and subscription counts, so the bench measures this process alone.
 *
 * Env: SUPERGRAPH_FILE, GATEWAY_SECRET, JWT_PUBLIC_KEY, SUBGRAPH_USERS_URL, SUBGRAPH_COURIERS_URL.
 */
import { readFileSync } from 'node:fs';
import { createLogger, MemoryRevocationStore } from '@pos/kit';
import { JWT_AUDIENCE, JWT_ISSUER } from '../../src/dev/boot';
import { startGateway } from '../../src/gateway';
import { need } from '../../test/process-env';

export interface GatewayMemory {
  heapUsed: number;
  rss: number;
  connections: number;
  clientSubscriptions: number;
  upstreamSubscriptions: number;
  upstreamSockets: number;
  /** CPU time this process has used so far (user + system), in ms. */
  cpuMs: number;
}

const gateway = await startGateway({
  port: 0,
  host: '127.0.0.1',
  gatewaySecret: need('GATEWAY_SECRET'),
  jwt: { publicKey: need('JWT_PUBLIC_KEY'), issuer: JWT_ISSUER, audience: JWT_AUDIENCE },
  revocations: new MemoryRevocationStore(),
  logger: createLogger('gateway', process.env.LOG_LEVEL ?? 'silent'),
  production: true,
  maxBodyBytes: 1_000_000,
  supergraphSdl: readFileSync(need('SUPERGRAPH_FILE'), 'utf8'),
  subgraphUrls: { users: need('SUBGRAPH_USERS_URL'), couriers: need('SUBGRAPH_COURIERS_URL') },
});

function measure(collect: boolean): GatewayMemory {
  const { user, system } = process.cpuUsage();
  if (collect) for (let i = 0; i < 3; i++) global.gc?.();
  const live = gateway.subscriptions;
  return {
    cpuMs: (user + system) / 1000,
    heapUsed: process.memoryUsage().heapUsed,
    rss: process.memoryUsage().rss,
    connections: live.connections(),
    clientSubscriptions: live.clientSubscriptions(),
    upstreamSubscriptions: live.upstreamSubscriptions(),
    upstreamSockets: live.upstreamSockets(),
  };
}

process.on('message', (m: { type: string; gc?: boolean }) => {
  if (m.type === 'measure') process.send?.({ type: 'memory', memory: measure(m.gc !== false) });
  if (m.type === 'stop') void gateway.close().finally(() => process.exit(0));
});
process.send?.({ type: 'ready', url: `${gateway.url}/graphql` });
