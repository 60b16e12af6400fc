import { getDirective } from '@graphql-tools/utils';
import {
  defaultFieldResolver,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  isObjectType,
} from 'graphql';
import { forbidden, unauthenticated } from '../errors';
import type { Viewer } from './viewer';

/** What `@authenticated` and `@requiresScopes` demand of a field; merged from field, parent and return type. */
interface Requirement {
  authenticated: boolean;
  /** OR of AND-sets, as in Apollo's `@requiresScopes(scopes: [[A, B], [C]])`. Every entry must be met. */
  scopeSets: string[][][];
}

type Annotated = Parameters<typeof getDirective>[1];

function requirementOf(schema: GraphQLSchema, node: Annotated): Requirement {
  const authenticated = (getDirective(schema, node, 'authenticated') ?? []).length > 0;
  const scopeSets = (getDirective(schema, node, 'requiresScopes') ?? []).map(
    (d) => (d.scopes as string[][]) ?? [],
  );
  return { authenticated, scopeSets };
}

function merge(...reqs: Requirement[]): Requirement {
  return {
    authenticated: reqs.some((r) => r.authenticated),
    scopeSets: reqs.flatMap((r) => r.scopeSets),
  };
}

const isEmpty = (r: Requirement) => !r.authenticated && r.scopeSets.length === 0;

export function checkRequirement(req: Requirement, viewer: Viewer | null | undefined): void {
  if (isEmpty(req)) return;
  if (!viewer) throw unauthenticated();
  for (const alternatives of req.scopeSets) {
    const met = alternatives.some((all) => all.every((s) => viewer.scopes.has(s)));
    if (!met) throw forbidden('You do not have the permission this needs');
  }
}

interface AuthContext {
  viewer?: Viewer | null;
}

type ResolveReference = (ref: unknown, ctx: AuthContext, info: unknown) => unknown;

/**
 * Enforces `@authenticated` and `@requiresScopes` from the SDL inside the subgraph, since
 * @apollo/gateway does not. Wraps resolvers in place so federation's `resolveReference`
 * survives. A type-level directive guards every field of the type, every field returning it,
 * and its entity resolution through `_entities`.
 */
export function applyAuthDirectives(schema: GraphQLSchema): GraphQLSchema {
  const typeReq = new Map<string, Requirement>();
  const reqOfType = (type: GraphQLNamedType): Requirement => {
    let r = typeReq.get(type.name);
    if (!r) {
      r = type.astNode ? requirementOf(schema, type) : { authenticated: false, scopeSets: [] };
      typeReq.set(type.name, r);
    }
    return r;
  };

  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const parentReq = reqOfType(type);
    for (const field of Object.values(type.getFields())) {
      const req = merge(parentReq, requirementOf(schema, field), reqOfType(getNamedType(field.type)));
      if (!isEmpty(req)) wrapField(field, req);
    }
    const withRef = type as GraphQLObjectType & { resolveReference?: ResolveReference };
    if (!isEmpty(parentReq) && withRef.resolveReference) {
      const inner = withRef.resolveReference;
      withRef.resolveReference = (ref, ctx, info) => {
        checkRequirement(parentReq, ctx.viewer);
        return inner(ref, ctx, info);
      };
    }
  }
  return schema;
}

function wrapField(field: GraphQLField<unknown, AuthContext>, req: Requirement) {
  const inner: GraphQLFieldResolver<unknown, AuthContext> = field.resolve ?? defaultFieldResolver;
  field.resolve = (source, args, ctx, info) => {
    checkRequirement(req, ctx.viewer);
    return inner(source, args, ctx, info);
  };
  if (field.subscribe) {
    const sub = field.subscribe;
    field.subscribe = (source, args, ctx, info) => {
      checkRequirement(req, ctx.viewer);
      return sub(source, args, ctx, info);
    };
  }
}
