import { buildSubgraphSchema } from '@apollo/subgraph';
import { graphql, parse, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, errorResult, notFoundAsResult, notFoundResult, resultTypeOf } from './error-results';
import { notFound } from './errors';
import { withSharedTypes } from './sdl';

const FED =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@shareable"])';

describe('errorResult', () => {
  it('takes the code from the registry, and refuses a code of another type', () => {
    expect(errorResult('OutOfStock', 'No stock', { lines: [] })).toEqual({
      __typename: 'OutOfStock',
      code: 'OUT_OF_STOCK',
      message: 'No stock',
      lines: [],
    });
    expect(errorResult('VoidNotAllowed', 'Voided before', {}, 'ALREADY_VOIDED').code).toBe('ALREADY_VOIDED');
    expect(() => errorResult('VoidNotAllowed', 'x', {}, 'OUT_OF_STOCK' as 'ALREADY_VOIDED')).toThrow(
      /OUT_OF_STOCK is not a code of VoidNotAllowed/,
    );
    // Extra fields cannot overwrite what the registry decides.
    expect(errorResult('NotFound', 'gone', { code: 'X', entity: 'Cart' } as { entity: string }).code).toBe(
      'NOT_FOUND',
    );
    expect(ERROR_CODES.NotFound).toEqual(['NOT_FOUND']);
  });

  it('names what is missing by its type and says it in words', () => {
    expect(notFoundResult('PriceRule')).toEqual({
      __typename: 'NotFound',
      code: 'NOT_FOUND',
      message: 'Price rule not found',
      entity: 'PriceRule',
    });
  });

  it('resolves a result union to the success type unless the value names its own', () => {
    const resolve = resultTypeOf('Cart');
    expect(resolve({ id: 'c1' })).toBe('Cart');
    expect(resolve(notFoundResult('Cart'))).toBe('NotFound');
  });
});

describe('withSharedTypes', () => {
  it('adds the shared types a subgraph names, and those they name, and nothing else', () => {
    const doc = withSharedTypes(
      parse(`${FED}
        type Product @key(fields: "id") { id: ID! }
        type Query { a: Int }
        union StockResult = Product | OutOfStock | NotFound
        type Mutation { take: StockResult! }`),
    );
    const names = doc.definitions.flatMap((d) => ('name' in d && d.name ? [d.name.value] : []));
    expect(names).toEqual(
      expect.arrayContaining(['OutOfStock', 'ShortStockLine', 'NotFound', 'ErrorResult', 'Product']),
    );
    expect(names).not.toContain('InsufficientPoints');
    expect(names).not.toContain('IdempotencyKeyReused');
    expect(print(doc)).toMatch(/type NotFound implements ErrorResult @shareable/);
  });

  it('refuses a subgraph that defines a shared type itself', () => {
    expect(() =>
      withSharedTypes(
        parse(`${FED}\ntype Query { a: Int }\ntype NotFound { code: String! message: String! }`),
        'shop.graphql',
      ),
    ).toThrow(/shop\.graphql: NotFound is a shared type defined in subgraphs\/kit\/errors\.graphql/);
  });
});

describe('notFoundAsResult', () => {
  const schema = notFoundAsResult(
    buildSubgraphSchema({
      typeDefs: withSharedTypes(
        parse(`${FED}
          type Cart { id: ID! }
          type Query { cart(id: ID!): Cart }
          union CartResult = Cart | NotFound
          type Purged { ok: Boolean! }
          union PurgeResult = Purged
          type Mutation { discardCart(id: ID!): CartResult! purge: PurgeResult! }`),
      ),
      resolvers: {
        Query: {
          cart: () => {
            throw notFound('Cart');
          },
        },
        Mutation: {
          discardCart: async () => {
            throw notFound('Cart');
          },
          purge: () => {
            throw notFound('Cart');
          },
        },
        CartResult: { __resolveType: resultTypeOf('Cart') },
        PurgeResult: { __resolveType: resultTypeOf('Purged') },
      } as never,
    }),
  );

  it('answers a missing record with the NotFound member in a mutation whose union has it', async () => {
    const r = await graphql({
      schema,
      source:
        'mutation { discardCart(id: "x") { __typename ... on ErrorResult { code message } ... on NotFound { entity } } }',
    });
    expect(r.errors).toBeUndefined();
    expect(r.data?.discardCart).toEqual({
      __typename: 'NotFound',
      code: 'NOT_FOUND',
      message: 'Cart not found',
      entity: 'Cart',
    });
  });

  it('leaves queries, and mutations without NotFound, with the NOT_FOUND error', async () => {
    const q = await graphql({ schema, source: '{ cart(id: "x") { id } }' });
    expect(q.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const m = await graphql({ schema, source: 'mutation { purge { __typename } }' });
    expect(m.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
