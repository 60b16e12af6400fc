import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';

/**
 * Distinct operation names one service labels before any other name counts as `other`. Operation
 * names are chosen by clients, so labels (one time series each, forever) must not follow them
 * freely: front ends send a few dozen named operations, and those the gateway warms
 * (`knownOperations`) are always labelled; beyond that the first names seen keep their label,
 * so a client inventing names can grow `/metrics` by this many series at most.
 */
export const MAX_OPERATION_LABELS = 100;
export const OTHER_LABEL = 'other';

export interface ServiceMetricsOptions {
  /** Operation names that always keep their own label (the gateway's warmed operations). */
  knownOperations?: Iterable<string>;
}

/**
 * The process's own figures (CPU, memory, event-loop delay, GC), collected once per thread: the
 * embedded default runs every service in one process, and each of them used to start its own
 * collectors, among them an event-loop delay monitor waking the thread every 10 ms. The monitor
 * samples every 100 ms here: each sample still measures the full delay of that wake-up, and an
 * idle till server wakes ten times a second for it instead of a hundred. Every service's
 * `/metrics` includes them.
 */
let processRegistry: Registry | undefined;
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry, eventLoopMonitoringPrecision: 100 });
  }
  return processRegistry;
}

/**
 * One registry per service: the embedded default runs all services in one process, and each
 * must still expose only its own figures on its own `/metrics` (plus the process's).
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  readonly httpDuration: Histogram<'route' | 'status'>;
  readonly operations: Counter<'operation' | 'outcome'>;
  private readonly known: ReadonlySet<string>;
  private readonly seen = new Set<string>();

  constructor(service: string, opts: ServiceMetricsOptions = {}) {
    this.known = new Set(opts.knownOperations ?? []);
    this.registry.setDefaultLabels({ service });
    processMetrics();
    this.httpDuration = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP request duration by route (a served path or prefix, else "other") and status',
      labelNames: ['route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [this.registry],
    });
    this.operations = new Counter({
      name: 'graphql_operations_total',
      help: `GraphQL operations by name (known ones, then the first ${MAX_OPERATION_LABELS} others; the rest "other") and outcome`,
      labelNames: ['operation', 'outcome'],
      registers: [this.registry],
    });
  }

  readonly contentType = this.registry.contentType;

  /** The Prometheus exposition: this service's metrics, then the process's. */
  async metrics(): Promise<string> {
    const [own, shared] = await Promise.all([this.registry.metrics(), processMetrics().metrics()]);
    return `${own}\n${shared}`;
  }

  /** The label an operation name is counted under; see MAX_OPERATION_LABELS. */
  operationLabel(name: string): string {
    if (this.known.has(name) || this.seen.has(name)) return name;
    if (this.seen.size >= MAX_OPERATION_LABELS) return OTHER_LABEL;
    this.seen.add(name);
    return name;
  }
}
