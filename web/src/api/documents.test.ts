/**
 * Every document the web app sends passes the gateway's query limits (depth, aliases, cost) as
 * the gateway configures them by default. The cost rule multiplies a literal `first: N` by N, so
 * a list screen that wrote its page size into the document would be refused at run time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { buildSchema, Kind, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../../gateway/src/config';

const ROOT = resolve(import.meta.dirname, '../../..');
const DOCUMENTS = join(ROOT, 'web/src/api/documents');

describe("the web app's documents and the gateway's limits", () => {
  const schema = buildSchema(readFileSync(join(ROOT, 'schema/api-schema.graphql'), 'utf8'));
  const rules = new ApolloArmor({
    maxDepth: { n: DEFAULT_LIMITS.maxDepth },
    maxAliases: { n: DEFAULT_LIMITS.maxAliases },
    maxTokens: { enabled: false },
    costLimit: { maxCost: DEFAULT_LIMITS.maxCost },
    blockFieldSuggestion: { enabled: false },
  }).protect().validationRules;
  const all = parse(
    readdirSync(DOCUMENTS)
      .filter((f) => f.endsWith('.graphql'))
      .map((f) => readFileSync(join(DOCUMENTS, f), 'utf8'))
      .join('\n'),
  );
  const fragments = all.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  const operations = all.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);

  it('has the back office documents among them', () => {
    const names = operations.map((o) => o.name?.value);
    expect(names).toEqual(
      expect.arrayContaining(['AdminStaff', 'AdminCustomers', 'AdminProduct', 'StockLedger']),
    );
  });

  it.each(operations.map((o) => [o.name?.value ?? '(anonymous)', o] as const))('%s is accepted', (_, op) => {
    const errors: string[] = [];
    try {
      for (const e of validate(schema, { kind: Kind.DOCUMENT, definitions: [op, ...fragments] }, rules)) {
        errors.push(e.message);
      }
    } catch (e) {
      // Armor's rules report by throwing.
      errors.push((e as Error).message);
    }
    expect(errors.filter((m) => /limit|exceeded|depth|aliases/i.test(m))).toEqual([]);
  });
});
