import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { API_SCHEMA_PATH } from '../../subgraphs/kit/src/bin/compose';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');

describe('README examples', () => {
  const schema = buildSchema(readFileSync(API_SCHEMA_PATH, 'utf8'));

  it('has examples to paste into Sandbox', () => {
    expect(blocks.length).toBeGreaterThan(5);
  });

  it.each(blocks.map((b, i) => [i + 1, b]))('example %i is valid against the public schema', (_, block) => {
    const errors = validate(schema, parse(block));
    expect(errors.map((e) => e.message)).toEqual([]);
  });
});
