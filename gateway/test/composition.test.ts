import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { checkApiConventions, checkErrorCodes } from '@pos/kit/api-conventions';
import {
  API_SCHEMA_PATH,
  CompositionError,
  composeSupergraph,
  OPERATION_REQUIREMENTS_PATH,
  SUPERGRAPH_PATH,
} from '@pos/kit/bin/compose';
import { ERROR_CODES } from '@pos/kit/error-results';
import { buildSchema, isInterfaceType, isNonNullType, isUnionType, Kind, parse } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const COMPOSE_BIN = new URL('../../subgraphs/kit/src/bin/compose.ts', import.meta.url).pathname;

const fed =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@shareable"])';

/** Two subgraphs that disagree on a shared field's type, plus one whose SDL does not parse. */
function brokenConfig(dir: string): string {
  writeFileSync(
    join(dir, 'a.graphql'),
    `${fed}\ntype Query { a: Int }\ntype Thing @shareable { id: ID! size: Int }`,
  );
  writeFileSync(
    join(dir, 'b.graphql'),
    `${fed}\ntype Query { b: Int }\ntype Thing @shareable { id: ID! size: String }`,
  );
  writeFileSync(join(dir, 'c.graphql'), `${fed}\ntype Query { c: }`);
  const config = join(dir, 'supergraph.config.json');
  const subgraph = (file: string, port: number) => ({
    routing_url: `http://127.0.0.1:${port}/graphql`,
    schema: { file },
  });
  writeFileSync(
    config,
    JSON.stringify({ subgraphs: { a: subgraph('a.graphql', 1), b: subgraph('b.graphql', 2) } }, null, 2),
  );
  return config;
}

/** Writes a config of the given subgraphs (name -> SDL) into `dir` and returns its path. */
function configOf(dir: string, name: string, subgraphs: Record<string, string>): string {
  const entries = Object.entries(subgraphs).map(([n, sdl], i) => {
    writeFileSync(join(dir, `${name}-${n}.graphql`), sdl);
    return [
      n,
      { routing_url: `http://127.0.0.1:${10 + i}/graphql`, schema: { file: `${name}-${n}.graphql` } },
    ];
  });
  const config = join(dir, `${name}.config.json`);
  writeFileSync(config, JSON.stringify({ subgraphs: Object.fromEntries(entries) }));
  return config;
}

const fedAll =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@shareable"])';

/** Problems `npm run compose` reports for the config, or [] when it composes. */
function problemsOf(config: string): string[] {
  try {
    composeSupergraph(config);
    return [];
  } catch (err) {
    if (err instanceof CompositionError) return err.problems;
    throw err;
  }
}

describe('supergraph composition', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pos-compose-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('composes, and the committed schema/supergraph.graphql is up to date (run `npm run compose`)', () => {
    const { sdl, apiSdl, operationsJson } = composeSupergraph();
    expect(readFileSync(SUPERGRAPH_PATH, 'utf8')).toBe(sdl);
    expect(readFileSync(API_SCHEMA_PATH, 'utf8')).toBe(apiSdl);
    expect(readFileSync(OPERATION_REQUIREMENTS_PATH, 'utf8')).toBe(operationsJson);
    // Internal saga steps never reach the public schema.
    expect(apiSdl).not.toMatch(/redeemPoints|reserveStock/);
  });

  it('reports every composition error', () => {
    const config = brokenConfig(dir);
    expect(() => composeSupergraph(config)).toThrow(CompositionError);
    try {
      composeSupergraph(config);
    } catch (err) {
      expect((err as CompositionError).problems.join('\n')).toMatch(/FIELD_TYPE_MISMATCH.*Thing\.size/);
    }
  });

  it('reports an SDL file that does not parse or does not exist', () => {
    const config = join(dir, 'unreadable.config.json');
    writeFileSync(
      config,
      JSON.stringify({
        subgraphs: {
          c: { routing_url: 'http://127.0.0.1:3/graphql', schema: { file: 'c.graphql' } },
          gone: { routing_url: 'http://127.0.0.1:4/graphql', schema: { file: 'missing.graphql' } },
        },
      }),
    );
    brokenConfig(dir);
    expect(() => composeSupergraph(config)).toThrow(/\[c\][\s\S]*Syntax Error[\s\S]*\[gone\][\s\S]*ENOENT/);
  });

  it('every mutation of the real supergraph answers a result union of one success type and error types', () => {
    const api = buildSchema(readFileSync(API_SCHEMA_PATH, 'utf8'));
    expect(checkApiConventions(api)).toEqual([]);
    const mutations = Object.values(api.getMutationType()?.getFields() ?? {});
    expect(mutations.length).toBeGreaterThan(50);
    const errorResult = api.getType('ErrorResult');
    if (!isInterfaceType(errorResult)) throw new Error('no ErrorResult');
    const errorTypes = new Set(api.getPossibleTypes(errorResult).map((t) => t.name));
    for (const m of mutations) {
      expect(isNonNullType(m.type) && isUnionType(m.type.ofType), m.name).toBe(true);
      if (!isNonNullType(m.type) || !isUnionType(m.type.ofType)) continue;
      const members = m.type.ofType.getTypes().map((t) => t.name);
      expect(
        members.filter((t) => !errorTypes.has(t)),
        m.name,
      ).toHaveLength(1);
    }
    // One name per failure: the retired names are gone, the shared ones are there, once each.
    for (const retired of [
      'IdempotencyConflict',
      'SaleOutOfStock',
      'PointsInsufficient',
      'CreditLimitReached',
    ])
      expect(api.getType(retired), retired).toBeUndefined();
    for (const shared of ['NotFound', 'IdempotencyKeyReused', 'OutOfStock', 'InsufficientPoints'])
      expect(errorTypes.has(shared), shared).toBe(true);
    // Every registered error type exists in the supergraph (internal ones included): no stale names.
    const supergraphErrors = new Set(
      parse(readFileSync(SUPERGRAPH_PATH, 'utf8')).definitions.flatMap((d) =>
        d.kind === Kind.OBJECT_TYPE_DEFINITION && d.interfaces?.some((i) => i.name.value === 'ErrorResult')
          ? [d.name.value]
          : [],
      ),
    );
    expect(Object.keys(ERROR_CODES).filter((t) => !supergraphErrors.has(t))).toEqual([]);
    expect(checkErrorCodes()).toEqual([]);
  });

  it('refuses a mutation that returns a plain type, a nullable union or a union of two success types', () => {
    const config = configOf(dir, 'plain', {
      shop: `${fedAll}
        type Query { ping: Int }
        type Category { id: ID! }
        type Tag { id: ID! }
        type CategoryNameTaken implements ErrorResult { code: String! message: String! }
        union CreateCategoryResult = Category | NotFound
        union TwoWinners = Category | Tag | NotFound
        type Mutation {
          createCategory(name: String!): Category!
          renameCategory(id: ID!): CreateCategoryResult
          tagCategory(id: ID!): TwoWinners!
          archiveCategory(id: ID!): CreateCategoryResult!
        }`,
    });
    const problems = problemsOf(config).join('\n');
    expect(problems).toMatch(
      /API convention: Mutation\.createCategory returns Category!: every mutation returns a non-null result union/,
    );
    expect(problems).toMatch(
      /Mutation\.renameCategory returns CreateCategoryResult: every mutation returns a non-null/,
    );
    expect(problems).toMatch(
      /Mutation\.tagCategory returns TwoWinners, whose members Category, Tag do not implement ErrorResult/,
    );
    expect(problems).toMatch(/Mutation\.tagCategory returns TwoWinners: a result union is named XResult/);
    expect(problems).toMatch(/CategoryNameTaken implements ErrorResult but has no codes in ERROR_CODES/);
    expect(problems).not.toMatch(/archiveCategory/);
  });

  it('refuses one failure under two names, a type that redefines a shared one, and a field with two types', () => {
    const config = configOf(dir, 'vocabulary', {
      orders: `${fedAll}
        type Query { a: Int }
        type Refund { id: ID! }
        type IdempotencyConflict implements ErrorResult @shareable { code: String! message: String! }
        type RefundExceedsPaid implements ErrorResult { code: String! message: String! refundable: Money! }
        type RefundQuantityExceeded implements ErrorResult { code: String! message: String! refundable: Int! }
        scalar Money
        union RefundOrderResult = Refund | RefundExceedsPaid | RefundQuantityExceeded | IdempotencyConflict
        type Mutation { refundOrder(id: ID!): RefundOrderResult! }`,
      products: `${fedAll}
        type Query { b: Int }
        type IdempotencyKeyReused implements ErrorResult { code: String! message: String! }`,
    });
    const problems = problemsOf(config).join('\n');
    expect(problems).toMatch(
      /\[orders\] IdempotencyConflict is a @shareable error type: define it once in subgraphs\/kit\/errors\.graphql/,
    );
    expect(problems).toMatch(
      /IdempotencyKeyReused is a shared type defined in subgraphs\/kit\/errors\.graphql; name it, do not define it/,
    );

    // Without those two, composition goes through and the convention check speaks.
    const next = configOf(dir, 'vocabulary2', {
      orders: `${fedAll}
        type Query { a: Int }
        type Refund { id: ID! }
        type IdempotencyConflict implements ErrorResult { code: String! message: String! }
        type RefundExceedsPaid implements ErrorResult { code: String! message: String! refundable: Money! }
        type RefundQuantityExceeded implements ErrorResult { code: String! message: String! refundable: Int! }
        scalar Money
        union RefundOrderResult = Refund | RefundExceedsPaid | RefundQuantityExceeded | IdempotencyConflict | IdempotencyKeyReused
        type Mutation { refundOrder(id: ID!): RefundOrderResult! }`,
    });
    const found = problemsOf(next).join('\n');
    expect(found).toMatch(/IdempotencyConflict is the retired name of IdempotencyKeyReused/);
    expect(found).toMatch(
      /`refundable` is Int \(Int!\) on RefundQuantityExceeded but Money! on RefundExceedsPaid: a field name has one type across error types/,
    );
  });

  it('refuses a code registry in which two error types share a code', () => {
    expect(
      checkErrorCodes({ ...ERROR_CODES, IdempotencyConflict: ['IDEMPOTENCY_KEY_REUSED'] }).join('\n'),
    ).toMatch(
      /error types IdempotencyKeyReused and IdempotencyConflict share the code IDEMPOTENCY_KEY_REUSED: one failure has one name/,
    );
    expect(checkErrorCodes({ Broken: ['not-a-code'] })).toEqual([
      'Broken: code not-a-code is not SCREAMING_CASE',
    ]);
  });

  it('the CLI exits 1 and prints the errors', async () => {
    const config = brokenConfig(dir);
    const failure = await run('tsx', [COMPOSE_BIN, config]).then(
      () => undefined,
      (err: { code: number; stderr: string }) => err,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toMatch(/Supergraph composition failed[\s\S]*FIELD_TYPE_MISMATCH/);
  });

  it('the CLI exits 1, writes nothing and names the mutation when the convention is broken', async () => {
    const config = configOf(dir, 'cli-convention', {
      shop: `${fedAll}\ntype Query { a: Int }\ntype Category { id: ID! }\ntype Mutation { createCategory(name: String!): Category! }`,
    });
    const failure = await run('tsx', [COMPOSE_BIN, config]).then(
      () => undefined,
      (err: { code: number; stderr: string }) => err,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toMatch(/API convention: Mutation\.createCategory returns Category!/);
    expect(existsSync(join(dir, 'supergraph.graphql'))).toBe(false);
  });
});
