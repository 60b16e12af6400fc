/**
 * The public schema has no directives, so each guarded field's description says what it needs.
 * This reads the directives of the committed supergraph on its own and checks every field and
 * type of the committed public schema against them: a guarded field without the sentence, a
 * sentence that disagrees with the directive, or one on an unguarded field fails.
 */
import { readFileSync } from 'node:fs';
import {
  buildSchema,
  type DirectiveNode,
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  parse,
  type TypeNode,
  valueFromASTUntyped,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  API_SCHEMA_PATH,
  OPERATION_REQUIREMENTS_PATH,
  SUPERGRAPH_PATH,
} from '../../subgraphs/kit/src/bin/compose';

/** A requirement as a comparable string: sorted entries of sorted alternatives of sorted scopes. */
type Normalized = string;

function normalize(authenticated: boolean, entries: string[][][]): Normalized {
  const canon = [
    ...new Set(entries.map((alts) => JSON.stringify(alts.map((all) => [...all].sort()).sort()))),
  ].sort();
  if (canon.length) return `scopes ${canon.join(' & ')}`;
  return authenticated ? 'sign-in' : 'none';
}

function directivesOf(directives: readonly DirectiveNode[] | undefined) {
  const auth = (directives ?? []).some((d) => d.name.value === 'authenticated');
  const entries = (directives ?? [])
    .filter((d) => d.name.value === 'requiresScopes')
    .map(
      (d) => valueFromASTUntyped(d.arguments?.[0]?.value ?? { kind: Kind.LIST, values: [] }) as string[][],
    );
  return { auth, entries };
}

const named = (t: TypeNode): string => (t.kind === Kind.NAMED_TYPE ? t.name.value : named(t.type));

/** What the description sentence claims, or undefined when there is none. */
function claimed(description: string | null | undefined): Normalized | undefined {
  const last = description?.trim().split('\n').at(-1) ?? '';
  if (last === 'Requires sign-in.') return 'sign-in';
  const m =
    /^Requires scope: (.+?)(?: \(for every field of this type and every field that returns it\))?\.$/.exec(
      last,
    );
  if (!m?.[1]) return last.startsWith('Requires') ? `unreadable: ${last}` : undefined;
  if (m[1] === 'sign-in') return 'sign-in';
  const entries = m[1]
    .split(', and also ')
    .map((entry) => entry.split(' or ').map((all) => all.split(' and ').map((s) => s.replace(/^`|`$/g, ''))));
  return normalize(true, entries);
}

function claimedOfType(description: string | null | undefined): Normalized | undefined {
  const last = description?.trim().split('\n').at(-1) ?? '';
  if (last === 'Requires sign-in (for every field of this type and every field that returns it).')
    return 'sign-in';
  return last.endsWith('(for every field of this type and every field that returns it).')
    ? claimed(last)
    : undefined;
}

/** Every disagreement between the public schema's sentences and the supergraph's directives. */
function problems(apiSdl: string, supergraphSdl: string): string[] {
  const typeReqs = new Map<string, { auth: boolean; entries: string[][][] }>();
  const fieldReqs = new Map<string, { auth: boolean; entries: string[][][]; returns: string }>();
  for (const def of parse(supergraphSdl).definitions) {
    if (def.kind !== Kind.OBJECT_TYPE_DEFINITION && def.kind !== Kind.INTERFACE_TYPE_DEFINITION) {
      if ('name' in def && def.name && 'directives' in def)
        typeReqs.set(def.name.value, directivesOf(def.directives));
      continue;
    }
    typeReqs.set(def.name.value, directivesOf(def.directives));
    for (const f of def.fields ?? [])
      fieldReqs.set(`${def.name.value}.${f.name.value}`, {
        ...directivesOf(f.directives),
        returns: named(f.type),
      });
  }
  const found: string[] = [];
  const api = buildSchema(apiSdl);
  for (const type of Object.values(api.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    const t = typeReqs.get(type.name);
    const typeExpected = t && (t.auth || t.entries.length) ? normalize(t.auth, t.entries) : undefined;
    const typeClaim = claimedOfType(type.description);
    if (typeClaim !== typeExpected)
      found.push(`${type.name}: says ${typeClaim}, directives say ${typeExpected}`);
    if (!isObjectType(type) && !isInterfaceType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const coordinate = `${type.name}.${field.name}`;
      const own = fieldReqs.get(coordinate);
      const ret = typeReqs.get(getNamedType(field.type).name);
      const auth = Boolean(own?.auth || ret?.auth);
      const entries = [...(own?.entries ?? []), ...(ret?.entries ?? [])];
      const expected = auth || entries.length ? normalize(auth, entries) : undefined;
      const claim = claimed(field.description);
      if (claim !== expected) found.push(`${coordinate}: says ${claim}, directives say ${expected}`);
    }
  }
  return found;
}

describe('scope requirements in the public schema', () => {
  const apiSdl = readFileSync(API_SCHEMA_PATH, 'utf8');
  const supergraphSdl = readFileSync(SUPERGRAPH_PATH, 'utf8');

  it('every guarded field and type says what it needs, as its directives do', () => {
    expect(problems(apiSdl, supergraphSdl)).toEqual([]);
    // Guarded fields exist in every part of the graph, so the check above is not vacuous.
    expect(apiSdl).toContain('Requires scope: `sales:void`.');
    expect(apiSdl).toContain('Requires scope: `couriers:manage` or `deliveries:dispatch`.');
    // The gateway serves the supergraph's descriptions: they carry the same sentences.
    expect(supergraphSdl).toContain('Requires scope: `sales:void`.');
  });

  it('catches a missing, a wrong and a stray sentence', () => {
    const missing = apiSdl.replace(
      /\n\s*"""Requires scope: `customers:write`\."""\n(\s*createCustomer)/,
      '\n$1',
    );
    expect(missing).not.toBe(apiSdl);
    expect(problems(missing, supergraphSdl)).toContainEqual(
      expect.stringMatching(/^Mutation\.createCustomer:/),
    );

    const wrong = apiSdl.replace('Requires scope: `sales:void`.', 'Requires scope: `sales:checkout`.');
    expect(problems(wrong, supergraphSdl).join('\n')).toMatch(/says scopes \[\["sales:checkout"\]\]/);

    const stray = apiSdl.replace(/(type Merchant \{\n {2}id: ID!\n)/, '$1  """Requires sign-in."""\n');
    expect(stray).not.toBe(apiSdl);
    expect(problems(stray, supergraphSdl)).toContainEqual(expect.stringMatching(/^Merchant\.name:/));
  });

  it('lists every root field with what it needs, for Permissions.can', () => {
    const ops = JSON.parse(readFileSync(OPERATION_REQUIREMENTS_PATH, 'utf8')) as Record<
      string,
      { authenticated: boolean; scopeSets: string[][][] }
    >;
    const api = buildSchema(apiSdl);
    const roots = [api.getQueryType(), api.getMutationType(), api.getSubscriptionType()];
    const coordinates = roots.flatMap((r) => Object.keys(r?.getFields() ?? {}).map((f) => `${r?.name}.${f}`));
    expect(Object.keys(ops).sort()).toEqual(coordinates.sort());
    expect(ops['Mutation.voidOrder']?.scopeSets).toEqual([[['sales:void']]]);
    expect(ops['Mutation.login']).toEqual({ authenticated: false, scopeSets: [] });
    for (const [coordinate, req] of Object.entries(ops)) {
      const field = api.getType(coordinate.split('.')[0] as string);
      const description = isObjectType(field)
        ? field.getFields()[coordinate.split('.')[1] as string]?.description
        : '';
      expect(claimed(description), coordinate).toBe(
        req.authenticated || req.scopeSets.length ? normalize(req.authenticated, req.scopeSets) : undefined,
      );
    }
  });
});
