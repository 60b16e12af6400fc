/**
 * The worker thread of `npm start`: runs some subgraphs beside the main thread's, so a busy
 * supergraph uses a second core while staying one process with in-memory events (see
 * `createThreadBridgedTransport`). Started by `startSubgraphWorker`, never on its own.
 */
import { parentPort, workerData } from 'node:worker_threads';
import {
  createLogger,
  createThreadBridgedTransport,
  type KeyPairPem,
  startTracingFromEnv,
  ThreadBridgedRevocationStore,
} from '@pos/kit';
import type { PaymentsOptions } from '@pos/orders';
import { bootSubgraphs } from './boot';
import { SUBGRAPHS, withPayments } from './subgraphs';

export interface SubgraphWorkerData {
  module: string;
  names: readonly string[];
  mongodbUri: string;
  host: string;
  ports: Readonly<Record<string, number>>;
  gatewaySecret: string;
  internalSecret: string;
  keys: KeyPairPem;
  logLevel: string;
  production: boolean;
  maxBodyBytes: number;
  /** Orders' payment provider, when orders runs here. */
  payments?: PaymentsOptions;
}

/** Main thread -> worker. */
export type ToWorker = { type: 'peers'; urls: Record<string, string>; publicUrl: string } | { type: 'close' };
/** Worker -> main thread. */
export type FromWorker =
  | { type: 'ready'; urls: Record<string, string> }
  | { type: 'failed'; message: string }
  | { type: 'closed' };

async function run(data: SubgraphWorkerData, port: NonNullable<typeof parentPort>): Promise<void> {
  startTracingFromEnv('pos-supergraph');
  const log = createLogger('subgraph-worker', data.logLevel);
  const events = createThreadBridgedTransport(createLogger('events', data.logLevel));
  const revocations = new ThreadBridgedRevocationStore();
  const subgraphUrls: Record<string, string> = {};
  // Where clients reach the gateway: known once the main thread's gateway listens.
  let publicUrl: string | undefined;
  const send = (msg: FromWorker) => port.postMessage(msg);
  let booted: Awaited<ReturnType<typeof bootSubgraphs>>;
  try {
    booted = await bootSubgraphs({
      subgraphs: withPayments(
        SUBGRAPHS.filter((s) => data.names.includes(s.name)),
        data.payments,
      ),
      mongodbUri: data.mongodbUri,
      host: data.host,
      subgraphPort: (name) => data.ports[name] ?? 0,
      gatewaySecret: data.gatewaySecret,
      internalSecret: data.internalSecret,
      keys: data.keys,
      revocations,
      events,
      subgraphUrls,
      publicUrl: () => publicUrl?.replace(/\/+$/, ''),
      logger: (service) => createLogger(service, data.logLevel),
      production: data.production,
      maxBodyBytes: data.maxBodyBytes,
    });
  } catch (err) {
    log.error({ err }, 'subgraph worker failed to start');
    await events.close();
    revocations.close();
    send({ type: 'failed', message: err instanceof Error ? err.message : String(err) });
    return;
  }
  port.on('message', (msg: ToWorker) => {
    if (msg.type === 'peers') {
      Object.assign(subgraphUrls, msg.urls);
      publicUrl = msg.publicUrl;
    }
    if (msg.type === 'close')
      void (async () => {
        await booted.close();
        await events.close();
        revocations.close();
        send({ type: 'closed' });
        port.close();
      })();
  });
  send({ type: 'ready', urls: { ...subgraphUrls } });
}

if (parentPort) await run(workerData as SubgraphWorkerData, parentPort);
