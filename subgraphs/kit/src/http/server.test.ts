import { Agent } from 'node:http';
import { ApolloServer } from '@apollo/server';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_OPERATION_LABELS, ServiceMetrics } from '../metrics';
import { postThrough } from './keep-alive-probe';
import { operationLogPlugin } from './plugins';
import { closeServer, createHttpService, listen } from './server';

// Large enough that a body arrives in several chunks, as the ones that hung did.
const LIMIT = 200_000;
const query = (text: string) => JSON.stringify({ query: text });
const padded = (bytes: number) => JSON.stringify({ query: '{ hello }', pad: 'x'.repeat(bytes) });

describe('createHttpService', () => {
  let apollo: ApolloServer<{ requestId: string; viewer: null }>;
  let metrics: ServiceMetrics;
  let server: ReturnType<typeof createHttpService>;
  let base: string;

  beforeAll(async () => {
    const logger = pino({ level: 'silent' });
    metrics = new ServiceMetrics('probe');
    apollo = new ApolloServer({
      typeDefs: 'type Query { hello: String }',
      resolvers: { Query: { hello: () => 'hi' } },
      plugins: [operationLogPlugin(logger, metrics)],
    });
    await apollo.start();
    server = createHttpService({
      name: 'probe',
      apollo,
      logger,
      metrics,
      maxBodyBytes: LIMIT,
      health: async () => ({ ok: true, checks: {} }),
      context: async (_req, requestId) => ({ requestId, viewer: null }),
    });
    base = (await listen(server, 0, '127.0.0.1')).url;
  });
  afterAll(async () => {
    await closeServer(server);
    await apollo.stop();
  });

  describe('a too-large body on a keep-alive connection', () => {
    it('is drained: the 413 keeps the socket and the next request on it is answered', async () => {
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      try {
        const refused = await postThrough(agent, `${base}/graphql`, padded(LIMIT + 100_000));
        expect(refused.status).toBe(413);
        const next = await postThrough(agent, `${base}/graphql`, query('{ hello }'));
        expect(next).toMatchObject({ status: 200, reusedSocket: true });
        expect(JSON.parse(next.body)).toEqual({ data: { hello: 'hi' } });
      } finally {
        agent.destroy();
      }
    });

    it('far too large: the 413 closes the connection, and the next request gets a fresh one', async () => {
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      try {
        const refused = await postThrough(agent, `${base}/graphql`, padded(LIMIT * 3));
        expect(refused).toMatchObject({ status: 413, connection: 'close' });
        const next = await postThrough(agent, `${base}/graphql`, query('{ hello }'));
        expect(next).toMatchObject({ status: 200, reusedSocket: false });
      } finally {
        agent.destroy();
      }
    });
  });

  describe('/metrics stays bounded whatever clients send', () => {
    const metricsSize = async () => (await (await fetch(`${base}/metrics`)).text()).length;
    const post = (body: string) =>
      fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

    it('labels unknown paths "other" and made-up operation names "other" past the cap', async () => {
      await fetch(`${base}/no-such-path`);
      await post(query('query Warm { hello }'));
      const before = await metricsSize();
      const invent = async (paths: number, names: number) => {
        for (let i = 0; i < paths; i++)
          await fetch(`${base}/probe-${i}-${Math.random().toString(36).slice(2)}`);
        for (let i = 0; i < names; i++) await post(query(`query Made${i}x${Date.now()} { hello }`));
      };
      await invent(500, 300);
      const afterFirst = await metricsSize();
      // At most the capped names (~100 bytes a series); without the cap it was ~1 kB per path.
      expect(afterFirst - before).toBeLessThan(MAX_OPERATION_LABELS * 150);
      await invent(200, 200);
      expect((await metricsSize()) - afterFirst).toBeLessThan(3_000);

      const text = await (await fetch(`${base}/metrics`)).text();
      expect(text).toContain('route="other"');
      expect(text).not.toContain('probe-');
      expect(text).toContain('operation="other"');
      expect(text).toContain('operation="Warm"');
    });

    it('keeps known operations named after the cap is reached', () => {
      const labels = new ServiceMetrics('capped', { knownOperations: ['Checkout'] });
      for (let i = 0; i < MAX_OPERATION_LABELS; i++) expect(labels.operationLabel(`Op${i}`)).toBe(`Op${i}`);
      expect(labels.operationLabel('Invented')).toBe('other');
      expect(labels.operationLabel('Op0')).toBe('Op0');
      expect(labels.operationLabel('Checkout')).toBe('Checkout');
    });
  });
});
