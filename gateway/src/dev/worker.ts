import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FromWorker, SubgraphWorkerData, ToWorker } from './subgraph-worker';

export interface RunningSubgraphWorker {
  /** Subgraph name -> GraphQL endpoint, for the subgraphs running in the worker. */
  urls: Readonly<Record<string, string>>;
  /** Tells the worker's subgraphs where the main thread's subgraphs and the gateway listen. */
  peers(urls: Readonly<Record<string, string>>, publicUrl: string): void;
  close(): Promise<void>;
}

/** Starts `names` in a worker thread and waits until they all listen (or one fails to start). */
export async function startSubgraphWorker(
  data: Omit<SubgraphWorkerData, 'module'>,
): Promise<RunningSubgraphWorker> {
  const worker = new Worker(fileURLToPath(new URL('./worker-entry.mjs', import.meta.url)), {
    workerData: {
      ...data,
      module: new URL('./subgraph-worker.ts', import.meta.url).href,
    } satisfies SubgraphWorkerData,
  });
  const first = await new Promise<FromWorker>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`subgraph worker exited (${code}) before it started`)));
  });
  if (first.type !== 'ready') {
    await worker.terminate();
    throw new Error(`subgraph worker: ${first.type === 'failed' ? first.message : first.type}`);
  }
  const send = (msg: ToWorker) => worker.postMessage(msg);
  let closing: Promise<void> | undefined;
  return {
    urls: first.urls,
    peers: (urls, publicUrl) => send({ type: 'peers', urls: { ...urls }, publicUrl }),
    close() {
      closing ??= (async () => {
        const exited = once(worker, 'exit');
        const closed = new Promise<void>((resolve) =>
          worker.on('message', (m: FromWorker) => m.type === 'closed' && resolve()),
        );
        send({ type: 'close' });
        // A worker that cannot close its servers in time is stopped anyway.
        const timer = setTimeout(() => void worker.terminate(), 10_000);
        await Promise.race([closed, exited]);
        clearTimeout(timer);
        await worker.terminate();
      })();
      return closing;
    },
  };
}
