import { graphql, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { scalarResolvers } from './scalars';
import { buildSubgraphExecutableSchema } from './subgraph';

describe('SDL defaults of custom scalars', () => {
  const typeDefs = parse(/* GraphQL */ `
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])
    scalar Money
    scalar Date
    input Fees { fee: Money = "0", due: Date = "2026-01-31" }
    type Query { echo(input: Fees!, tip: Money = "500"): String }
  `);
  const schema = buildSubgraphExecutableSchema({
    typeDefs,
    resolvers: {
      ...scalarResolvers,
      Query: {
        echo: (_: unknown, args: { input: { fee: unknown; due: unknown }; tip: unknown }) =>
          JSON.stringify([typeof args.input.fee, args.input.fee, typeof args.tip, args.tip, args.input.due]),
      },
    },
  });

  it('reach resolvers parsed, exactly like values the client sends', async () => {
    const defaulted = await graphql({ schema, source: '{ echo(input: {}) }' });
    const sent = await graphql({
      schema,
      source: '{ echo(input: { fee: "0", due: "2026-01-31" }, tip: "500") }',
    });
    expect(defaulted.errors).toBeUndefined();
    expect(JSON.parse(String(defaulted.data?.echo))).toEqual(['number', 0, 'number', 500, '2026-01-31']);
    expect(defaulted.data).toEqual(sent.data);
  });
});
