/**
 * What `@authenticated` and `@requiresScopes` ask of each field of the composed supergraph, read
 * from its SDL. The public schema has no directives, so `npm run compose` writes each requirement
 * into the description of the field (and type) it guards, and the root fields' requirements into
 * `schema/operation-requirements.json` for `Permissions.can`.
 */
import {
  type DirectiveNode,
  type GraphQLSchema,
  getNamedType,
  Kind,
  parse,
  type TypeNode,
  valueFromASTUntyped,
} from 'graphql';

/** `@authenticated` and the `@requiresScopes` entries in force; every entry (OR of AND-sets) must be met. */
export interface Requirement {
  authenticated: boolean;
  scopeSets: string[][][];
}

export const NO_REQUIREMENT: Requirement = { authenticated: false, scopeSets: [] };

export function isGuarded(r: Requirement): boolean {
  return r.authenticated || r.scopeSets.length > 0;
}

/** Field, parent and return type requirements together; identical entries once. */
export function mergeRequirements(...reqs: Requirement[]): Requirement {
  const seen = new Set<string>();
  const scopeSets: string[][][] = [];
  for (const set of reqs.flatMap((r) => r.scopeSets)) {
    const key = JSON.stringify(set);
    if (seen.has(key)) continue;
    seen.add(key);
    scopeSets.push(set);
  }
  return { authenticated: reqs.some((r) => r.authenticated) || scopeSets.length > 0, scopeSets };
}

/** Whether a signed-in caller holding `scopes` meets the requirement (ownership rules aside). */
export function meetsRequirement(req: Requirement, scopes: ReadonlySet<string>): boolean {
  return req.scopeSets.every((alternatives) => alternatives.some((all) => all.every((s) => scopes.has(s))));
}

function fromDirectives(directives: readonly DirectiveNode[] | undefined): Requirement {
  const authenticated = (directives ?? []).some((d) => d.name.value === 'authenticated');
  const scopeSets = (directives ?? [])
    .filter((d) => d.name.value === 'requiresScopes')
    .map((d) => {
      const arg = d.arguments?.find((a) => a.name.value === 'scopes');
      return (arg ? valueFromASTUntyped(arg.value) : []) as string[][];
    });
  return mergeRequirements({ authenticated, scopeSets });
}

function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}

export interface SupergraphRequirements {
  /** Type-level requirements: they guard every field of the type and every field returning it. */
  types: Map<string, Requirement>;
  /** `Type.field` -> the field's own requirement merged with its return type's (not its parent's). */
  fields: Map<string, Requirement>;
}

/** Reads the requirements of a composed supergraph SDL (directives as composition writes them). */
export function supergraphRequirements(supergraphSdl: string): SupergraphRequirements {
  const doc = parse(supergraphSdl);
  const types = new Map<string, Requirement>();
  const own = new Map<string, { req: Requirement; returns: string }>();
  for (const def of doc.definitions) {
    if (!('name' in def) || !def.name || !('directives' in def)) continue;
    const typeName = def.name.value;
    const typeReq = fromDirectives(def.directives);
    if (isGuarded(typeReq))
      types.set(typeName, mergeRequirements(types.get(typeName) ?? NO_REQUIREMENT, typeReq));
    if (def.kind !== Kind.OBJECT_TYPE_DEFINITION && def.kind !== Kind.INTERFACE_TYPE_DEFINITION) continue;
    for (const field of def.fields ?? []) {
      own.set(`${typeName}.${field.name.value}`, {
        req: fromDirectives(field.directives),
        returns: namedType(field.type),
      });
    }
  }
  const fields = new Map<string, Requirement>();
  for (const [coordinate, { req, returns }] of own) {
    const merged = mergeRequirements(req, types.get(returns) ?? NO_REQUIREMENT);
    if (isGuarded(merged)) fields.set(coordinate, merged);
  }
  return { types, fields };
}

const code = (scope: string) => `\`${scope}\``;

/** The sentence a description carries: `Requires scope: \`orders:write\`.` or `Requires sign-in.` */
export function describeRequirement(req: Requirement): string | undefined {
  if (!isGuarded(req)) return undefined;
  if (req.scopeSets.length === 0) return 'Requires sign-in.';
  const entries = req.scopeSets.map((alternatives) =>
    alternatives.map((all) => all.map(code).join(' and ')).join(' or '),
  );
  return `Requires scope: ${entries.join(', and also ')}.`;
}

/** The start of every generated sentence, for readers that look for it. */
export const REQUIREMENT_SENTENCE = /^Requires (?:sign-in\.|scope: .+\.)$/;

const TYPE_SUFFIX = ' (for every field of this type and every field that returns it)';

/** A composed schema as `@apollo/federation-internals` models it: descriptions can be set in place. */
interface DescribableSchema {
  types(): Iterable<{
    name: string;
    kind: string;
    description?: string;
    fields?: () => Iterable<{ name: string; description?: string }>;
  }>;
}

/**
 * Appends the requirement sentence to each guarded type and field of the composed supergraph, in
 * place, before it is printed: the supergraph the gateway serves (so Sandbox's documentation) and
 * the public schema derived from it then both say what each field needs.
 */
export function documentRequirements<S extends DescribableSchema>(
  supergraph: S,
  reqs: SupergraphRequirements,
): S {
  // Idempotent: a schema derived from an already documented one is left as it is.
  const append = (description: string | undefined, line: string) =>
    !description
      ? line
      : description.trimEnd().endsWith(line)
        ? description
        : `${description.trimEnd()}\n\n${line}`;
  for (const type of supergraph.types()) {
    const typeReq = reqs.types.get(type.name);
    const typeLine = typeReq && describeRequirement(typeReq);
    if (typeLine) type.description = append(type.description, `${typeLine.slice(0, -1)}${TYPE_SUFFIX}.`);
    if ((type.kind !== 'ObjectType' && type.kind !== 'InterfaceType') || !type.fields) continue;
    for (const field of type.fields()) {
      const req = reqs.fields.get(`${type.name}.${field.name}`);
      const line = req && describeRequirement(req);
      if (line) field.description = append(field.description, line);
    }
  }
  return supergraph;
}

export type OperationRequirements = Record<string, Requirement>;

/** `Query.me`, `Mutation.voidOrder`, ...: what running each root field of the public schema needs. */
export function operationRequirements(
  apiSchema: GraphQLSchema,
  reqs: SupergraphRequirements,
): OperationRequirements {
  const out: OperationRequirements = {};
  for (const root of [
    apiSchema.getQueryType(),
    apiSchema.getMutationType(),
    apiSchema.getSubscriptionType(),
  ]) {
    if (!root) continue;
    const rootReq = reqs.types.get(root.name) ?? NO_REQUIREMENT;
    for (const field of Object.values(root.getFields())) {
      const returns = reqs.types.get(getNamedType(field.type).name) ?? NO_REQUIREMENT;
      out[`${root.name}.${field.name}`] = mergeRequirements(
        rootReq,
        reqs.fields.get(`${root.name}.${field.name}`) ?? NO_REQUIREMENT,
        returns,
      );
    }
  }
  return out;
}
