/**
 * The README's example operations, in README order, with the variables and headers the README
 * gives them. Shared by the test that runs them against a fresh supergraph, the typed documents
 * and the Postman collection (`npm run codegen`), so all three follow the README as written.
 *
 * The README convention: a ```graphql block may be followed directly by a ```json block that
 * maps each operation name of that block to `{ "variables": {...}, "headers": {...} }`. Headers
 * stay as last set, like Sandbox's Headers tab. Values in angle brackets are placeholders:
 * `<today>`, `<today-7>`, `<today+20>` (a date in the merchant's time zone) or
 * `<Operation.path.to.value>` (a value from an earlier answer's `data`, list indexes as numbers).
 */
import { readFileSync } from 'node:fs';
import { addDays, businessDate } from '@pos/kit/dates';
import {
  type DefinitionNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  parse,
  print,
  visit,
} from 'graphql';

export const README_PATH = new URL('../../../README.md', import.meta.url);

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface ReadmeOperation {
  name: string;
  kind: 'query' | 'mutation' | 'subscription';
  /** The operation and the fragments it uses, printed. */
  document: string;
  /** The whole ```graphql block it came from, as written (what a developer pastes). */
  block: string;
  /** May hold placeholders. */
  variables: Record<string, Json>;
  /** The headers in force for this operation (set here or by an earlier one); may hold placeholders. */
  headers: Record<string, string>;
}

interface ExampleSettings {
  variables?: Record<string, Json>;
  headers?: Record<string, string>;
}

const BLOCK = /```(graphql|json)\n([\s\S]*?)```/g;

export function readReadme(): string {
  return readFileSync(README_PATH, 'utf8');
}

/** Every ```graphql block of a README, as written. */
export function graphqlBlocks(readme: string): string[] {
  return [...readme.matchAll(BLOCK)].filter((m) => m[1] === 'graphql').map((m) => m[2] ?? '');
}

/** Parses the README's examples; throws on a settings block that names no operation of its block. */
export function readmeOperations(readme: string = readReadme()): ReadmeOperation[] {
  const matches = [...readme.matchAll(BLOCK)];
  const operations: ReadmeOperation[] = [];
  let headers: Record<string, string> = {};
  for (const [i, m] of matches.entries()) {
    if (m[1] !== 'graphql') continue;
    const block = m[2] ?? '';
    const next = matches[i + 1];
    const between = next ? readme.slice((m.index ?? 0) + m[0].length, next.index) : '';
    const settings: Record<string, ExampleSettings> =
      next?.[1] === 'json' && between.trim() === '' ? JSON.parse(next[2] ?? '{}') : {};
    const definitions = parse(block).definitions;
    const fragments = new Map(
      definitions
        .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
        .map((d) => [d.name.value, d]),
    );
    const ops = definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    const unknown = Object.keys(settings).filter((name) => !ops.some((op) => op.name?.value === name));
    if (unknown.length)
      throw new Error(`README: variables for ${unknown.join(', ')}, which the block above lacks`);
    for (const op of ops) {
      const name = op.name?.value;
      if (!name) throw new Error(`README: every example operation needs a name:\n${print(op)}`);
      if (operations.some((o) => o.name === name)) throw new Error(`README: operation ${name} appears twice`);
      const own = settings[name] ?? {};
      if (own.headers) headers = own.headers;
      operations.push({
        name,
        kind: op.operation,
        document: [op, ...usedFragments(op, fragments)].map((d) => print(d)).join('\n\n'),
        block,
        variables: own.variables ?? {},
        headers,
      });
    }
  }
  return operations;
}

function usedFragments(
  root: DefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  seen = new Set<string>(),
): FragmentDefinitionNode[] {
  const found: FragmentDefinitionNode[] = [];
  visit(root, {
    FragmentSpread(node) {
      const fragment = fragments.get(node.name.value);
      if (!fragment || seen.has(fragment.name.value)) return;
      seen.add(fragment.name.value);
      found.push(fragment, ...usedFragments(fragment, fragments, seen));
    },
  });
  return found;
}

/** `<today>`, `<today-7>`, `<today+20>`. */
const DATE = /^today(?:([+-])(\d+))?$/;
/** `<Register.registerMerchant.accessToken>`, `<Me.me.merchant.branches.0.id>`. */
const ANSWER = /^([A-Za-z_]\w*)((?:\.\w+)+)$/;
const PLACEHOLDER = /<([^<>\s]+)>/g;

export type Placeholder =
  | { kind: 'date'; offsetDays: number }
  | { kind: 'answer'; operation: string; path: Array<string | number> };

/** What a placeholder's text (without the angle brackets) stands for; throws on anything else. */
export function parsePlaceholder(text: string): Placeholder {
  const date = DATE.exec(text);
  if (date) return { kind: 'date', offsetDays: date[1] ? Number(`${date[1]}${date[2]}`) : 0 };
  const answer = ANSWER.exec(text);
  if (answer?.[1] && answer[2]) {
    const path = answer[2]
      .slice(1)
      .split('.')
      .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    return { kind: 'answer', operation: answer[1], path };
  }
  throw new Error(`README: <${text}> is neither <today±N> nor <Operation.path>`);
}

/** Every placeholder in a value, in order. */
export function placeholders(value: Json): Placeholder[] {
  if (typeof value === 'string')
    return [...value.matchAll(PLACEHOLDER)].map((m) => parsePlaceholder(m[1] ?? ''));
  if (Array.isArray(value)) return value.flatMap(placeholders);
  if (value && typeof value === 'object') return Object.values(value).flatMap(placeholders);
  return [];
}

export interface PlaceholderValues {
  timeZone: string;
  now?: Date;
  /** The `data` of each earlier answer, by operation name. */
  answers: ReadonlyMap<string, unknown>;
}

/** Replaces placeholders: a string that is one placeholder takes the value as is; inside text it is spliced in. */
export function fillPlaceholders<T extends Json>(value: T, values: PlaceholderValues): T {
  const resolve = (text: string): unknown => {
    const p = parsePlaceholder(text);
    if (p.kind === 'date') return addDays(businessDate(values.timeZone, values.now), p.offsetDays);
    if (!values.answers.has(p.operation))
      throw new Error(`README: <${text}> comes before ${p.operation} ran`);
    let at: unknown = values.answers.get(p.operation);
    for (const key of p.path) at = (at as Record<string | number, unknown> | null | undefined)?.[key];
    if (at === undefined || at === null)
      throw new Error(`README: the answer of ${p.operation} has no ${text}`);
    return at;
  };
  const fill = (v: Json): Json => {
    if (typeof v === 'string') {
      const whole = /^<([^<>\s]+)>$/.exec(v);
      if (whole) return resolve(whole[1] ?? '') as Json;
      return v.replace(PLACEHOLDER, (_, text: string) => String(resolve(text)));
    }
    if (Array.isArray(v)) return v.map(fill);
    if (v && typeof v === 'object')
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fill(x)]));
    return v;
  };
  return fill(value) as T;
}
