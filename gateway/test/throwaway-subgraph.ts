/**
 * A deliberately careless subgraph for gateway tests: it masks nothing and returns stack traces, so
 * whatever the client sees clean was cleaned by the gateway itself. It still requires the gateway
 * secret, and echoes the headers the gateway forwarded.
 */
import { composeServices } from '@apollo/composition';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import {
  closeServer,
  createHttpService,
  createLogger,
  GATEWAY_SECRET_HEADER,
  gatewaySecretGuard,
  listen,
  REQUEST_ID_HEADER,
  type RunningService,
  ServiceMetrics,
  type ServiceOptions,
} from '@pos/kit';
import { GraphQLError, GraphQLScalarType, parse } from 'graphql';
import type { SubgraphEntry } from '../src/dev/subgraphs';

const typeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])

  type Query {
    """Fails like a careless duplicate-key handler would."""
    explode: String
    """What the gateway sent along."""
    received: Received!
    hello: String
    """Refuses with a public code, as a subgraph does for a missing entity."""
    missing: String
    """Only the subgraph knows what an Even is, so only it can refuse a bad variable."""
    half(n: Even!): Int!
    """Answers after \`ms\` milliseconds: a hung subgraph, for the gateway's timeout."""
    slow(ms: Int!): String
  }

  scalar Even

  type Received {
    authorization: String
    gatewaySecret: Boolean!
    requestId: String
  }
`);

interface LeakyContext {
  authorization: string | null;
  gatewaySecret: boolean;
  requestId: string | null;
}

const resolvers = {
  Query: {
    explode: () => {
      throw new Error(
        'E11000 duplicate key error collection: pos_orders.orders index: merchantId_1_number_1 dup key (mongo)',
      );
    },
    received: (_: unknown, __: unknown, ctx: unknown) => ctx,
    hello: () => 'hi',
    missing: () => {
      throw new GraphQLError('Thing not found', { extensions: { code: 'NOT_FOUND' } });
    },
    half: (_: unknown, args: { n: number }) => args.n / 2,
    slow: async (_: unknown, args: { ms: number }) => {
      await new Promise((resolve) => setTimeout(resolve, args.ms));
      return 'late';
    },
  },
  Even: new GraphQLScalarType({
    name: 'Even',
    parseValue: (value) => {
      if (typeof value !== 'number' || value % 2 !== 0) throw new TypeError('Even must be an even number');
      return value;
    },
  }),
};

export const THROWAWAY_NAME = 'throwaway';

export function throwawaySupergraphSdl(): string {
  const result = composeServices([{ name: THROWAWAY_NAME, typeDefs, url: 'http://127.0.0.1:1/graphql' }]);
  if (result.errors) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.supergraphSdl;
}

async function startThrowaway(opts: ServiceOptions): Promise<RunningService> {
  const apollo = new ApolloServer<LeakyContext>({
    schema: buildSubgraphSchema({ typeDefs, resolvers }),
    includeStacktraceInErrorResponses: true,
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  await apollo.start();
  const logger = createLogger(THROWAWAY_NAME, 'silent');
  const server = createHttpService<LeakyContext>({
    name: THROWAWAY_NAME,
    apollo,
    logger,
    metrics: new ServiceMetrics(THROWAWAY_NAME),
    maxBodyBytes: opts.maxBodyBytes,
    guard: gatewaySecretGuard(opts.gatewaySecret),
    health: async () => ({ ok: true, checks: {} }),
    context: async (req) => ({
      authorization: req.headers.authorization ?? null,
      gatewaySecret: req.headers[GATEWAY_SECRET_HEADER] === opts.gatewaySecret,
      requestId: typeof req.headers[REQUEST_ID_HEADER] === 'string' ? req.headers[REQUEST_ID_HEADER] : null,
    }),
  });
  const { url, port } = await listen(server, opts.port, opts.host);
  return {
    name: THROWAWAY_NAME,
    server,
    url,
    port,
    async close() {
      await closeServer(server);
      await apollo.stop();
    },
  };
}

export const THROWAWAY: SubgraphEntry = { name: THROWAWAY_NAME, start: startThrowaway, port: 0 };
