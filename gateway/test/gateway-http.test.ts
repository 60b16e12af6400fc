import { Agent } from 'node:http';
import { MAX_OPERATION_LABELS } from '@pos/kit';
import { postThrough } from '@pos/kit/http/keep-alive-probe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callCounter } from './fixtures';
import { type Supergraph, startSupergraph } from './harness';

describe('gateway: CSRF prevention and operational endpoints', () => {
  let sg: Supergraph;
  let countCalls: ReturnType<typeof callCounter>;

  beforeAll(async () => {
    sg = await startSupergraph();
    countCalls = callCounter(sg);
  });
  afterAll(async () => sg?.close());

  describe('CSRF prevention', () => {
    it('refuses a simple GET request', async () => {
      const counter = countCalls();
      const res = await fetch(`${sg.url}?query=${encodeURIComponent('{ __typename }')}`);
      expect(res.status).toBe(400);
      expect(await res.text()).toMatch(/CSRF/);
      expect(counter.total()).toBe(0);
    });

    it('refuses a POST that is not JSON', async () => {
      const res = await fetch(sg.url, {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(res.status).toBe(400);
    });

    it('serves a GET query that carries a preflight header', async () => {
      const res = await fetch(`${sg.url}?query=${encodeURIComponent('{ __typename }')}`, {
        headers: { 'apollo-require-preflight': 'true' },
      });
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
    });
  });

  describe('a too-large body on a keep-alive connection', () => {
    const padded = (bytes: number) => JSON.stringify({ query: '{ __typename }', pad: 'x'.repeat(bytes) });
    const typename = JSON.stringify({ query: '{ __typename }' });

    it.each([
      ['a little too large: drained, the socket serves the next request', 1_300_000, true],
      ['far too large: the connection closes, the next request opens another', 3_000_000, false],
    ])('%s', async (_name, bytes, reused) => {
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      try {
        const refused = await postThrough(agent, sg.url, padded(bytes));
        expect(refused.status).toBe(413);
        expect(refused.connection).toBe(reused ? 'keep-alive' : 'close');
        const next = await postThrough(agent, sg.url, typename);
        expect(next).toMatchObject({ status: 200, reusedSocket: reused });
        expect(JSON.parse(next.body)).toEqual({ data: { __typename: 'Query' } });
      } finally {
        agent.destroy();
      }
    });
  });

  describe('operational endpoints', () => {
    it('/ping', async () => {
      const res = await fetch(`${sg.gatewayUrl}/ping`);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ status: 'ok', service: 'gateway' });
    });

    it('/health reports every subgraph', async () => {
      const res = await fetch(`${sg.gatewayUrl}/health`);
      expect(res.status).toBe(200);
      const report = (await res.json()) as { status: string; checks: Record<string, string> };
      expect(report.status).toBe('ok');
      expect(Object.keys(report.checks).sort()).toEqual(Object.keys(sg.subgraphs).sort());
      expect(Object.values(report.checks).every((c) => c === 'ok')).toBe(true);
    });

    it('/metrics does not grow with the paths and operation names clients invent', async () => {
      const metricsSize = async () => (await (await fetch(`${sg.gatewayUrl}/metrics`)).text()).length;
      const invent = async (paths: number, names: number) => {
        for (let i = 0; i < paths; i++)
          await fetch(`${sg.gatewayUrl}/probe-${i}-${Math.random().toString(36).slice(2)}`);
        for (let i = 0; i < names; i++) await sg.request(`query Made${i}x${Date.now()} { __typename }`);
      };
      const before = await metricsSize();
      await invent(500, 300);
      const afterFirst = await metricsSize();
      // At most the capped operation names, ~100 bytes each; uncapped it was ~1 kB per path.
      expect(afterFirst - before).toBeLessThan(MAX_OPERATION_LABELS * 150);
      await invent(200, 200);
      expect((await metricsSize()) - afterFirst).toBeLessThan(3_000);
      const text = await (await fetch(`${sg.gatewayUrl}/metrics`)).text();
      expect(text).not.toContain('probe-');
      // Invented paths are counted under the route that answered them: the web app's `/` (a 404
      // for anything but a browser opening an app page), never under their own path.
      expect(text).toMatch(/http_request_duration_seconds_count\{[^}]*route="\/"/);
    });

    it('/metrics is Prometheus text with the gateway figures', async () => {
      await sg.request('{ me { id } }');
      const res = await fetch(`${sg.gatewayUrl}/metrics`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
      const text = await res.text();
      expect(text).toMatch(/^# HELP /m);
      expect(text).toContain('graphql_operations_total');
      expect(text).toContain('http_request_duration_seconds');
      expect(text).toMatch(/gateway_subgraph_request_duration_seconds_count\{[^}]*subgraph="users"/);
      expect(text).toContain('service="gateway"');
      // The process's figures, collected once per thread however many services run in it.
      expect(text.match(/^# HELP process_cpu_user_seconds_total /gm)).toHaveLength(1);
      expect(text.match(/^# HELP nodejs_eventloop_lag_seconds /gm)).toHaveLength(1);
    });
  });
});

describe('gateway /health with a subgraph down', () => {
  let sg: Supergraph;

  beforeAll(async () => {
    sg = await startSupergraph();
  });
  afterAll(async () => sg?.close());

  it('answers 503 and names the subgraph that is down', async () => {
    await sg.subgraphs.users!.service.close();
    const res = await fetch(`${sg.gatewayUrl}/health`);
    expect(res.status).toBe(503);
    const report = (await res.json()) as { status: string; checks: Record<string, string> };
    expect(report).toMatchObject({ status: 'down', checks: { users: 'down' } });
  });
});
