import { readFileSync } from 'node:fs';
import { buildSchema, Kind, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ROLE_DEFAULT_SCOPES, ROLES, SCOPES } from '../../subgraphs/kit/src/auth/scopes';
import { API_SCHEMA_PATH } from '../../subgraphs/kit/src/bin/compose';
import { graphqlBlocks, placeholders, readmeOperations, readReadme } from '../src/dev/readme-examples';

const readme = readReadme();
const blocks = graphqlBlocks(readme);
const operations = readmeOperations(readme);

describe('README examples', () => {
  const schema = buildSchema(readFileSync(API_SCHEMA_PATH, 'utf8'));

  it('has examples to paste into Sandbox', () => {
    expect(blocks.length).toBeGreaterThan(5);
    expect(operations.length).toBeGreaterThan(blocks.length);
  });

  it.each(blocks.map((b, i) => [i + 1, b]))('example %i is valid against the public schema', (_, block) => {
    const errors = validate(schema, parse(block));
    expect(errors.map((e) => e.message)).toEqual([]);
  });

  it.each(operations.map((o) => [o.name, o]))('%s gets every variable it declares, and no other', (_, op) => {
    const [definition] = parse(op.document).definitions;
    if (definition?.kind !== Kind.OPERATION_DEFINITION) throw new Error('not an operation');
    const required = (definition.variableDefinitions ?? [])
      .filter((v) => v.type.kind === Kind.NON_NULL_TYPE && !v.defaultValue)
      .map((v) => v.variable.name.value);
    const declared = (definition.variableDefinitions ?? []).map((v) => v.variable.name.value);
    const given = Object.keys(op.variables);
    expect(required.filter((v) => !given.includes(v))).toEqual([]);
    expect(given.filter((v) => !declared.includes(v))).toEqual([]);
  });

  it('takes values only from answers that come earlier', () => {
    const before = new Set<string>();
    const problems: string[] = [];
    for (const op of operations) {
      for (const p of placeholders({ ...op.variables, ...op.headers })) {
        if (p.kind === 'answer' && !before.has(p.operation)) problems.push(`${op.name} uses ${p.operation}`);
      }
      before.add(op.name);
    }
    expect(problems).toEqual([]);
  });

  it('refuses a settings block for an operation its example lacks, and an unknown placeholder', () => {
    const stray = '```graphql\nquery A { me { id } }\n```\n\n```json\n{ "B": {} }\n```\n';
    expect(() => readmeOperations(stray)).toThrow(/variables for B/);
    const odd =
      '```graphql\nquery A($d: Date!) { me { id } }\n```\n```json\n{ "A": { "variables": { "d": "<tomorrow>" } } }\n```\n';
    expect(() => placeholders(readmeOperations(odd)[0]?.variables ?? {})).toThrow(/<tomorrow>/);
  });

  it('lists every scope, what it allows and who has it by default, as the code does', () => {
    const rows = [...readme.matchAll(/^\| `([a-z-]+:[a-z-]+)` \| (.+?) \| (.*?) \|$/gm)].map((m) => [
      m[1],
      m[2],
      m[3],
    ]);
    const expected = Object.entries(SCOPES).map(([scope, text]) => [
      scope,
      text,
      ROLES.filter((r) => (ROLE_DEFAULT_SCOPES[r] as readonly string[]).includes(scope)).join(', '),
    ]);
    expect(rows).toEqual(expected);
  });
});
