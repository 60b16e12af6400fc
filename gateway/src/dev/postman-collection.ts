/**
 * A GraphQL Code Generator plugin that writes the README's example operations as a Postman
 * collection (format v2.1): the requests in README order, their variables and headers, test
 * scripts that fail on errors or ErrorResult members and store the values later requests use.
 * Subscriptions are left out: a v2.1 collection has no WebSocket requests.
 */
import type { PluginFunction } from '@graphql-codegen/plugin-helpers';
import { type GraphQLSchema, isObjectType } from 'graphql';
import { type Json, type Placeholder, parsePlaceholder, type ReadmeOperation } from './readme-examples';

export const POSTMAN_SCHEMA = 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json';
export const BASE_URL_VARIABLE = 'baseUrl';
const DEFAULT_BASE_URL = 'http://127.0.0.1:4000';
/** The README's merchant is in Jakarta (UTC+7 all year), the default time zone of a new merchant. */
const MERCHANT_UTC_OFFSET_HOURS = 7;

export interface PostmanConfig {
  operations: ReadmeOperation[];
}

/** The Postman variable a README placeholder becomes: `<today+20>` -> `today_plus_20`. */
export function postmanVariable(p: Placeholder): string {
  if (p.kind === 'date')
    return p.offsetDays === 0
      ? 'today'
      : `today_${p.offsetDays > 0 ? 'plus' : 'minus'}_${Math.abs(p.offsetDays)}`;
  return [p.operation, ...p.path].join('.');
}

const toPostman = (text: string) =>
  text.replace(/<([^<>\s]+)>/g, (_, p: string) => `{{${postmanVariable(parsePlaceholder(p))}}}`);

function convert(value: Json): Json {
  if (typeof value === 'string') return toPostman(value);
  if (Array.isArray(value)) return value.map(convert);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v)]));
  return value;
}

function placeholdersIn(ops: ReadmeOperation[]): Placeholder[] {
  const found: Placeholder[] = [];
  const walk = (v: Json) => {
    if (typeof v === 'string')
      for (const m of v.matchAll(/<([^<>\s]+)>/g)) found.push(parsePlaceholder(m[1] ?? ''));
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  for (const op of ops) walk({ ...op.variables, ...op.headers });
  return found;
}

/** Scripts of one run share a scope in Postman's sandbox: each keeps its names to itself. */
const scoped = (lines: string[]) => ['{', ...lines.map((l) => `  ${l}`), '}'];

/** Runs after every request: an answer with errors or an ErrorResult member fails. */
function checkScript(errorTypes: string[]): string[] {
  return scoped([
    'const body = pm.response.json();',
    'pm.test(pm.info.requestName + " answers without errors", () => {',
    '  pm.response.to.have.status(200);',
    '  pm.expect(body.errors, JSON.stringify(body.errors)).to.be.undefined;',
    '  pm.expect(body.data).to.be.an("object");',
    '});',
    `const errorTypes = ${JSON.stringify(errorTypes)};`,
    'const failures = [];',
    'const walk = (v) => {',
    '  if (Array.isArray(v)) return v.forEach(walk);',
    '  if (!v || typeof v !== "object") return;',
    '  if (errorTypes.includes(v.__typename)) failures.push(v.__typename + " " + v.code + ": " + v.message);',
    '  Object.values(v).forEach(walk);',
    '};',
    'walk(body.data);',
    'pm.test(pm.info.requestName + " answers no ErrorResult", () => pm.expect(failures).to.eql([]));',
  ]);
}

/** Stores the values of this answer that later requests use. */
function captureScript(captures: Placeholder[]): string[] {
  return scoped([
    'const data = pm.response.json().data;',
    ...captures.flatMap((p) =>
      p.kind === 'answer'
        ? [
            `pm.collectionVariables.set(${JSON.stringify(postmanVariable(p))}, ${JSON.stringify(p.path)}.reduce((o, k) => (o == null ? o : o[k]), data));`,
          ]
        : [],
    ),
  ]);
}

/** The collection as an object; `plugin` prints it. */
export function postmanCollection(
  schema: GraphQLSchema,
  operations: ReadmeOperation[],
): Record<string, unknown> {
  const errorResult = schema.getType('ErrorResult');
  const errorTypes = Object.values(schema.getTypeMap())
    .filter((t) => isObjectType(t) && t.getInterfaces().some((i) => i === errorResult))
    .map((t) => t.name)
    .sort();
  const requests = operations.filter((op) => op.kind !== 'subscription');
  const used = placeholdersIn(requests);
  const offsets = [...new Set(used.flatMap((p) => (p.kind === 'date' ? [p.offsetDays] : [])))].sort(
    (a, b) => a - b,
  );
  const answers = new Map<string, Placeholder>();
  for (const p of used) if (p.kind === 'answer') answers.set(postmanVariable(p), p);

  return {
    info: {
      name: 'POS supergraph: README examples',
      description:
        'The example operations of the README, in order: run the collection against a fresh `npm start` ' +
        `(set \`${BASE_URL_VARIABLE}\`). Each request stores the values later ones use. Subscriptions ` +
        '(LowStock, DispatcherMap) run over graphql-ws and are not in a collection; see the README. ' +
        'Generated by `npm run codegen` from README.md; do not edit.',
      schema: POSTMAN_SCHEMA,
    },
    variable: [
      { key: BASE_URL_VARIABLE, value: DEFAULT_BASE_URL, type: 'string' },
      ...[...answers.keys()].map((key) => ({ key, value: '', type: 'string' })),
    ],
    event: [
      {
        listen: 'prerequest',
        script: {
          type: 'text/javascript',
          exec: [
            `// Dates in the merchant's time zone (UTC+${MERCHANT_UTC_OFFSET_HOURS}).`,
            `const day = (offset) => new Date(Date.now() + ${MERCHANT_UTC_OFFSET_HOURS} * 3600e3 + offset * 864e5).toISOString().slice(0, 10);`,
            ...offsets.map(
              (d) =>
                `pm.collectionVariables.set(${JSON.stringify(postmanVariable({ kind: 'date', offsetDays: d }))}, day(${d}));`,
            ),
          ],
        },
      },
      { listen: 'test', script: { type: 'text/javascript', exec: checkScript(errorTypes) } },
    ],
    item: requests.map((op) => {
      const produced = [...answers.values()].filter((p) => p.kind === 'answer' && p.operation === op.name);
      return {
        name: op.name,
        ...(produced.length
          ? {
              event: [{ listen: 'test', script: { type: 'text/javascript', exec: captureScript(produced) } }],
            }
          : {}),
        request: {
          method: 'POST',
          header: [
            { key: 'Content-Type', value: 'application/json' },
            ...Object.entries(op.headers).map(([key, value]) => ({ key, value: toPostman(value) })),
          ],
          body: {
            mode: 'graphql',
            graphql: { query: op.document, variables: JSON.stringify(convert(op.variables), null, 2) },
          },
          url: {
            raw: `{{${BASE_URL_VARIABLE}}}/graphql`,
            host: [`{{${BASE_URL_VARIABLE}}}`],
            path: ['graphql'],
          },
        },
      };
    }),
  };
}

export const plugin: PluginFunction<PostmanConfig> = (schema, _documents, config) =>
  `${JSON.stringify(postmanCollection(schema, config.operations), null, 2)}\n`;
