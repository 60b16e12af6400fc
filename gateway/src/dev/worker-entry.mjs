// Entry of `npm start`'s subgraph worker thread: worker threads do not inherit the TypeScript
// loader of the main thread, so the worker registers it before importing its real module.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
