/**
 * The committed Postman collection (schema/client/, generated from the README by `npm run codegen`;
 * codegen.test.ts checks it is current): its structure, every request against the public schema,
 * every variable it uses set before it is used, and a run of the whole collection with newman
 * (Postman's own runner) against a fresh supergraph, whose test scripts must all pass.
 */
import { readFileSync } from 'node:fs';
import { buildSchema, Kind, parse, validate } from 'graphql';
import newman, { type NewmanRunSummary } from 'newman';
import { Collection } from 'postman-collection';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_SCHEMA_PATH } from '../../subgraphs/kit/src/bin/compose';
import { BASE_URL_VARIABLE, POSTMAN_SCHEMA } from '../src/dev/postman-collection';
import { readmeOperations } from '../src/dev/readme-examples';
import { type Supergraph, startSupergraph } from './harness';

const COLLECTION_PATH = new URL(
  '../../schema/client/pos-supergraph.postman_collection.json',
  import.meta.url,
);

interface Script {
  listen: string;
  script: { exec: string[] };
}
interface Item {
  name: string;
  event?: Script[];
  request: {
    method: string;
    header: Array<{ key: string; value: string }>;
    body: { mode: string; graphql: { query: string; variables: string } };
    url: { raw: string };
  };
}
interface PostmanFile {
  info: { name: string; schema: string };
  variable: Array<{ key: string; value: string }>;
  event: Script[];
  item: Item[];
}

const json = JSON.parse(readFileSync(COLLECTION_PATH, 'utf8')) as PostmanFile;
const schema = buildSchema(readFileSync(API_SCHEMA_PATH, 'utf8'));

/** Variables a script sets with `pm.collectionVariables.set("name", ...)`. */
const setBy = (scripts: Script[] | undefined) =>
  (scripts ?? [])
    .flatMap((s) => s.script.exec.join('\n').match(/collectionVariables\.set\("([^"]+)"/g) ?? [])
    .map((m) => m.slice('collectionVariables.set("'.length, -1));

const usedIn = (text: string) => [...text.matchAll(/\{\{([^{}]+)\}\}/g)].map((m) => m[1] as string);

describe('Postman collection', () => {
  it('is a v2.1 collection Postman reads, with the README requests in order', () => {
    expect(json.info.schema).toBe(POSTMAN_SCHEMA);
    const collection = new Collection(json as never);
    expect(Collection.isCollection(collection)).toBe(true);
    const names: string[] = [];
    collection.forEachItem((item) => {
      names.push(item.name);
      expect(item.request.method).toBe('POST');
      expect(item.request.url.toString()).toBe(`{{${BASE_URL_VARIABLE}}}/graphql`);
      expect(item.request.body?.mode).toBe('graphql');
    });
    const expected = readmeOperations()
      .filter((op) => op.kind !== 'subscription')
      .map((op) => op.name);
    expect(names).toEqual(expected);
  });

  it.each(json.item.map((item) => [item.name, item]))('%s is valid against the public schema', (_, item) => {
    const document = parse(item.request.body.graphql.query);
    expect(validate(schema, document).map((e) => e.message)).toEqual([]);
    const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
    expect(operation && 'name' in operation ? operation.name?.value : undefined).toBe(item.name);
    expect(() => JSON.parse(item.request.body.graphql.variables)).not.toThrow();
  });

  it('sets every variable before a request uses it', () => {
    const known = new Set([BASE_URL_VARIABLE, ...setBy(json.event)]);
    const missing: string[] = [];
    for (const item of json.item) {
      const text = JSON.stringify([item.request.header, item.request.body.graphql.variables]);
      for (const name of usedIn(text)) if (!known.has(name)) missing.push(`${item.name}: {{${name}}}`);
      for (const name of setBy(item.event)) known.add(name);
    }
    expect(missing).toEqual([]);
    expect(known.size).toBeGreaterThan(5);
  });

  describe('run with newman against a fresh supergraph', () => {
    let sg: Supergraph;
    beforeAll(async () => {
      sg = await startSupergraph({ midtransSimulator: true });
    });
    afterAll(() => sg?.close());

    it('runs every request and passes every test script', async () => {
      const summary = await new Promise<NewmanRunSummary>((resolve, reject) =>
        newman.run(
          {
            collection: json as never,
            environment: {
              values: [{ key: BASE_URL_VARIABLE, value: sg.gatewayUrl, enabled: true }],
            } as never,
            reporters: [],
          },
          (err, result) => (err ? reject(err) : resolve(result)),
        ),
      );
      const failures = summary.run.failures.map((f) => `${f.source?.name}: ${f.error.message}`);
      expect(failures).toEqual([]);
      expect(summary.run.stats.requests.total).toBe(json.item.length);
      // Two checks per request, from the collection's test script.
      expect(summary.run.stats.assertions.total).toBe(2 * json.item.length);
      expect(summary.run.stats.assertions.failed).toBe(0);
    }, 120_000);
  });
});
