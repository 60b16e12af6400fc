import { Agent } from 'node:http';
import { ApolloServer } from '@apollo/server';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ServiceMetrics } from '../metrics';
import { postThrough } from './keep-alive-probe';
import { closeServer, createHttpService, listen } from './server';

// Large enough that a body arrives in several chunks, as the ones that hung did.
const LIMIT = 200_000;
const query = (text: string) => JSON.stringify({ query: text });
const padded = (bytes: number) => JSON.stringify({ query: '{ hello }', pad: 'x'.repeat(bytes) });

describe('createHttpService', () => {
  let apollo: ApolloServer;
  let metrics: ServiceMetrics;
  let server: ReturnType<typeof createHttpService>;
  let base: string;

  beforeAll(async () => {
    apollo = new ApolloServer({
      typeDefs: 'type Query { hello: String }',
      resolvers: { Query: { hello: () => 'hi' } },
    });
    await apollo.start();
    metrics = new ServiceMetrics('probe');
    server = createHttpService({
      name: 'probe',
      apollo,
      logger: pino({ level: 'silent' }),
      metrics,
      maxBodyBytes: LIMIT,
      health: async () => ({ ok: true, checks: {} }),
      context: async () => ({}),
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
});
