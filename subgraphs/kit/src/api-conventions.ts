import {
  type DocumentNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  getNamedType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  Kind,
} from 'graphql';
import { ERROR_CODES } from './error-results';
import { sharedTypeNames } from './sdl';

/** Names a failure had before it got its one name; a schema that brings one back is refused. */
export const RETIRED_ERROR_NAMES: Readonly<Record<string, string>> = {
  IdempotencyConflict: 'IdempotencyKeyReused',
  SaleOutOfStock: 'OutOfStock',
  SaleShortLine: 'ShortStockLine',
  PointsInsufficient: 'InsufficientPoints',
  CreditLimitReached: 'CreditLimitExceeded',
  CreditRepaymentExceedsBalance: 'RepaymentExceedsBalance',
};

const CONVENTION =
  'every mutation returns a non-null result union of one success type plus error types implementing ErrorResult';

/** Leaf type name, or "object", inside its list and non-null wrappers: what GraphQL validation compares. */
function shapeOf(type: GraphQLOutputType): string {
  if (isNonNullType(type)) return `${shapeOf(type.ofType)}!`;
  if (isListType(type)) return `[${shapeOf(type.ofType)}]`;
  return isLeafType(type) ? type.name : 'object';
}

function errorTypesOf(schema: GraphQLSchema): GraphQLObjectType[] {
  const errorResult = schema.getType('ErrorResult');
  if (!isInterfaceType(errorResult)) return [];
  return schema.getPossibleTypes(errorResult).filter(isObjectType);
}

function checkErrorResult(schema: GraphQLSchema): string[] {
  const errorResult = schema.getType('ErrorResult');
  if (!isInterfaceType(errorResult))
    return ['the schema has no `interface ErrorResult { code: String! message: String! }`'];
  const fields = errorResult.getFields();
  const shape = Object.fromEntries(Object.entries(fields).map(([n, f]) => [n, String(f.type)]));
  return shape.code === 'String!' && shape.message === 'String!' && Object.keys(shape).length === 2
    ? []
    : ['ErrorResult must be exactly `{ code: String! message: String! }`'];
}

function checkMutation(field: GraphQLField<unknown, unknown>, errorNames: Set<string>): string[] {
  const where = `Mutation.${field.name}`;
  if (!isNonNullType(field.type) || !isUnionType(field.type.ofType))
    return [`${where} returns ${String(field.type)}: ${CONVENTION}`];
  const union = field.type.ofType;
  const success = union.getTypes().filter((t) => !errorNames.has(t.name));
  const problems: string[] = [];
  if (success.length !== 1)
    problems.push(
      `${where} returns ${union.name}, whose members ${success.map((t) => t.name).join(', ') || '(none)'} do not implement ErrorResult: ${CONVENTION}`,
    );
  if (!union.name.endsWith('Result'))
    problems.push(`${where} returns ${union.name}: a result union is named XResult`);
  return problems;
}

/** A code is one failure: two types with one code are one failure with two names. */
export function checkErrorCodes(codes: Readonly<Record<string, readonly string[]>> = ERROR_CODES): string[] {
  const owner = new Map<string, string>();
  const problems: string[] = [];
  for (const [type, list] of Object.entries(codes)) {
    for (const code of list) {
      if (!/^[A-Z][A-Z0-9_]*$/.test(code)) problems.push(`${type}: code ${code} is not SCREAMING_CASE`);
      const other = owner.get(code);
      if (other)
        problems.push(
          `error types ${other} and ${type} share the code ${code}: one failure has one name (keep one type, share it from subgraphs/kit/errors.graphql)`,
        );
      else owner.set(code, type);
    }
  }
  return problems;
}

/**
 * The API convention over a composed (API) schema: every mutation returns a non-null union of one
 * success type plus error types; every error type implements ErrorResult and has its codes in
 * `ERROR_CODES`; no two error types share a code; a field name means one thing (one type) on
 * every error type, so one selection across them always validates. Returns the problems found.
 */
export function checkApiConventions(
  schema: GraphQLSchema,
  codes: Readonly<Record<string, readonly string[]>> = ERROR_CODES,
): string[] {
  const problems = checkErrorResult(schema);
  const errorTypes = errorTypesOf(schema);
  const errorNames = new Set(errorTypes.map((t) => t.name));
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {}))
    problems.push(...checkMutation(field, errorNames));

  for (const type of errorTypes)
    if (!Object.hasOwn(codes, type.name))
      problems.push(
        `${type.name} implements ErrorResult but has no codes in ERROR_CODES (subgraphs/kit/src/error-results.ts)`,
      );
  for (const [name, type] of Object.entries(schema.getTypeMap())) {
    const current = RETIRED_ERROR_NAMES[name];
    if (current && type) problems.push(`${name} is the retired name of ${current}; use ${current}`);
  }
  problems.push(...checkErrorCodes(codes));

  const seen = new Map<string, { type: string; shape: string }>();
  for (const type of errorTypes) {
    for (const field of Object.values(type.getFields())) {
      const shape = shapeOf(field.type);
      const first = seen.get(field.name);
      if (!first) seen.set(field.name, { type: type.name, shape });
      else if (first.shape !== shape)
        problems.push(
          `\`${field.name}\` is ${String(getNamedType(field.type))} (${shape}) on ${type.name} but ${first.shape} on ${first.type}: a field name has one type across error types (money is always Money)`,
        );
    }
  }
  return problems;
}

/**
 * Per subgraph, before composition: an error type returned by several subgraphs is defined once,
 * in the kit. A subgraph marking its own error type @shareable is about to define a second copy.
 */
export function checkSubgraphErrorTypes(name: string, doc: DocumentNode): string[] {
  const shared = new Set(sharedTypeNames());
  const problems: string[] = [];
  for (const d of doc.definitions) {
    if (d.kind !== Kind.OBJECT_TYPE_DEFINITION || shared.has(d.name.value)) continue;
    const isError = d.interfaces?.some((i) => i.name.value === 'ErrorResult');
    const shareable = d.directives?.some((x) => x.name.value === 'shareable');
    if (isError && shareable)
      problems.push(
        `[${name}] ${d.name.value} is a @shareable error type: define it once in subgraphs/kit/errors.graphql instead`,
      );
  }
  return problems;
}
