import type { IncomingMessage } from 'node:http';
import {
  type Context,
  context,
  propagation,
  type Span,
  SpanKind,
  SpanStatusCode,
  type Tracer,
  trace,
} from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import type { Connection } from 'mongoose';

/**
 * OpenTelemetry traces across the supergraph: one trace per operation, from the gateway's request
 * through every subgraph fetch (W3C `traceparent` header) and database command. Off unless
 * `OTEL_EXPORTER_OTLP_ENDPOINT` is set: without a registered provider the API's spans are no-ops.
 * Spans are made by hand at the seams (HTTP server, subgraph fetch, driver command events): the
 * auto-instrumentations patch `require` and do not see ESM modules loaded by tsx.
 */
const TRACER = 'pos-supergraph';

export const tracer = (): Tracer => trace.getTracer(TRACER);

export interface TracingOptions {
  /** OTLP/HTTP base URL (the collector's, e.g. http://otel-collector:4318); `/v1/traces` is appended. */
  endpoint: string;
  serviceName: string;
  /** Export delay; tests shorten it. */
  scheduledDelayMs?: number;
}

export interface Tracing {
  /** Exports what is buffered; call before reading a test receiver or at shutdown. */
  flush(): Promise<void>;
  shutdown(): Promise<void>;
}

let active: Tracing | undefined;

/** Registers the global tracer provider (once per process); returns the running one after that. */
export function startTracing(opts: TracingOptions): Tracing {
  if (active) return active;
  const exporter = new OTLPTraceExporter({ url: `${opts.endpoint.replace(/\/$/, '')}/v1/traces` });
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ 'service.name': opts.serviceName }),
    spanProcessors: [
      new BatchSpanProcessor(exporter, { scheduledDelayMillis: opts.scheduledDelayMs ?? 2_000 }),
    ],
  });
  trace.setGlobalTracerProvider(provider);
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  active = {
    flush: () => provider.forceFlush(),
    shutdown: () => provider.shutdown(),
  };
  return active;
}

/** Starts tracing when `OTEL_EXPORTER_OTLP_ENDPOINT` is set; otherwise does nothing. */
export function startTracingFromEnv(
  serviceName: string,
  env: NodeJS.ProcessEnv = process.env,
): Tracing | null {
  const endpoint = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT
    ? env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT.replace(/\/v1\/traces$/, '')
    : env.OTEL_EXPORTER_OTLP_ENDPOINT;
  if (!endpoint) return null;
  return startTracing({ endpoint, serviceName: env.OTEL_SERVICE_NAME ?? serviceName });
}

/** Adds `traceparent` (and `tracestate`) of the active span to outgoing headers. */
export function injectTraceHeaders(headers: { set(name: string, value: string): void }): void {
  propagation.inject(context.active(), headers, {
    set: (carrier, key, value) => carrier.set(key, value),
  });
}

/** Adds the active trace context to a plain carrier (an event's metadata). */
export function traceCarrier(): Record<string, string> {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier;
}

/** The context a carrier (incoming headers, event metadata) continues. */
export function contextFrom(carrier: Record<string, unknown> | undefined): Context {
  return propagation.extract(context.active(), carrier ?? {}, {
    get: (c, key) => {
      const v = c[key];
      return typeof v === 'string' ? v : Array.isArray(v) ? (v[0] as string) : undefined;
    },
    keys: (c) => Object.keys(c),
  });
}

/** Runs `fn` in a span; records an exception and an error status when it throws. */
export async function inSpan<T>(
  name: string,
  options: { kind?: SpanKind; attributes?: Record<string, string | number | boolean>; parent?: Context },
  fn: (span: Span) => Promise<T>,
): Promise<T> {
  const parent = options.parent ?? context.active();
  return tracer().startActiveSpan(
    name,
    { kind: options.kind ?? SpanKind.INTERNAL, attributes: options.attributes ?? {} },
    parent,
    async (span) => {
      try {
        return await fn(span);
      } catch (err) {
        span.recordException(err as Error);
        span.setStatus({ code: SpanStatusCode.ERROR });
        throw err;
      } finally {
        span.end();
      }
    },
  );
}

/** The server span of an HTTP request, continuing the caller's trace (`traceparent`). */
export function inRequestSpan<T>(
  service: string,
  req: IncomingMessage,
  path: string,
  fn: (span: Span) => Promise<T>,
): Promise<T> {
  return inSpan(
    `${req.method ?? 'GET'} ${path}`,
    {
      kind: SpanKind.SERVER,
      parent: contextFrom(req.headers as Record<string, unknown>),
      attributes: { 'pos.service': service, 'http.request.method': req.method ?? 'GET', 'url.path': path },
    },
    fn,
  );
}

/** The active trace id, for log lines; undefined outside a sampled span. */
export function activeTraceId(): string | undefined {
  const ctx = trace.getActiveSpan()?.spanContext();
  return ctx && ctx.traceFlags & 1 ? ctx.traceId : undefined;
}

interface CommandEvent {
  requestId: number;
  commandName: string;
  databaseName?: string;
  command?: Record<string, unknown>;
}

/**
 * A client span per database command, from the driver's command monitoring events (the
 * connection is opened with `monitorCommands: true` when traces are exported, see
 * `wantsCommandMonitoring`). The started event fires in the caller's
 * async context, so the span is a child of whatever runs the query.
 */
export function traceDatabase(conn: Connection, service: string): void {
  const client = conn.getClient();
  const open = new Map<number, Span>();
  client.on('commandStarted', (e: CommandEvent) => {
    if (!trace.getActiveSpan()) return;
    const collection = e.command?.[e.commandName];
    const span = tracer().startSpan(
      `${e.commandName} ${typeof collection === 'string' ? collection : ''}`.trim(),
      {
        kind: SpanKind.CLIENT,
        attributes: {
          'pos.service': service,
          'db.system': 'mongodb',
          'db.operation.name': e.commandName,
          'db.namespace': e.databaseName ?? '',
          ...(typeof collection === 'string' ? { 'db.collection.name': collection } : {}),
        },
      },
    );
    open.set(e.requestId, span);
  });
  const end = (failed: boolean) => (e: CommandEvent) => {
    const span = open.get(e.requestId);
    if (!span) return;
    open.delete(e.requestId);
    if (failed) span.setStatus({ code: SpanStatusCode.ERROR });
    span.end();
  };
  client.on('commandSucceeded', end(false));
  client.on('commandFailed', end(true));
}
