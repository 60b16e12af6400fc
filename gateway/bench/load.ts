/**
 * Load generator, run in its own process by run.ts so that generating load does not steal the
 * event loop of the servers being measured. Reads a LoadSpec as JSON from argv, prints a LoadReport.
 */
import { createHistogram } from 'node:perf_hooks';
import autocannon from 'autocannon';

export interface LoadSpec {
  url: string;
  headers: Record<string, string>;
  body: string;
  expectBody: string;
  seconds: number;
  connections: number;
}

export interface LoadReport {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  /** Network errors, timeouts, non-2xx answers and answers that differ from the expected body. */
  failures: number;
}

const spec = JSON.parse(process.argv[2] ?? '') as LoadSpec;
// autocannon reports no p95, so every response time is recorded here (in microseconds).
const histogram = createHistogram();

const instance = autocannon(
  {
    url: spec.url,
    method: 'POST',
    headers: spec.headers,
    body: spec.body,
    expectBody: spec.expectBody,
    connections: spec.connections,
    duration: spec.seconds,
  },
  (err, result) => {
    if (err) throw err;
    const ms = (p: number) => histogram.percentile(p) / 1000;
    const report: LoadReport = {
      requests: result.requests.total,
      rps: result.requests.average,
      p50: ms(50),
      p95: ms(95),
      p99: ms(99),
      failures: result.errors + result.timeouts + result.non2xx + result.mismatches,
    };
    process.stdout.write(`${JSON.stringify(report)}\n`);
  },
);
instance.on('response', (_client, _status, _bytes, responseMs) => {
  histogram.record(Math.max(1, Math.round(responseMs * 1000)));
});
