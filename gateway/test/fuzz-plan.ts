/**
 * The fuzz test's plan of each mutation, read from the public schema: a minimal valid-shaped
 * request (required fields, plausible values, the seeded shop's ids) and the leaves to fuzz.
 */
import { randomBytes } from 'node:crypto';
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
} from 'graphql';
import type { Shop } from '../../subgraphs/orders/test/helpers';

/** Optional fields a request needs to get anywhere (a sale's lines, a line's product, cash tendered, a username). */
const ALSO_FILLED = new Set(['lines', 'productId', 'username', 'tendered']);

/** Plausible values by field name, so a request gets past format checks to the field being fuzzed. */
const PLAUSIBLE: Record<string, unknown> = {
  phone: '081234567890',
  contactPhone: '081234567890',
  ownerEmail: 'fuzz-owner@example.com',
  username: 'fuzz.user',
  password: 'Fuzz-password-2026',
  email: 'fuzz@example.com',
  code: 'FZ1',
  pin: '1357',
  newPin: '2468',
  role: 'CASHIER',
  deviceId: 'till-fuzz',
  csv: 'sku,name,price\nFZ-1,Fuzz,1000',
};

export type Path = ReadonlyArray<string | number>;
export interface Leaf {
  path: Path;
  type: string;
  /** A field of a filter: an unknown id there matches nothing, it stores nothing. */
  filter?: boolean;
}

/** The seeded shop and the ids of a few of its things, so fuzzed values get past the lookups. */
export interface Seeded extends Shop {
  productId: string;
  customerId: string;
  shiftId: string;
  orderId: string;
  cartId: string;
  categoryId: string;
  courierId: string;
  deliveryId: string;
}

function knownId(name: string, shop: Seeded): string | undefined {
  if (/branchId$/i.test(name)) return shop.branchId;
  if (/productId$/i.test(name)) return shop.productId;
  if (/customerId$/i.test(name)) return shop.customerId;
  if (/^(userId|staffId)$/.test(name)) return shop.ownerId;
  if (/shiftId$/i.test(name)) return shop.shiftId;
  if (/orderId$/i.test(name)) return shop.orderId;
  if (/cartId$/i.test(name)) return shop.cartId;
  if (/categoryId$/i.test(name)) return shop.categoryId;
  if (/courierId$/i.test(name)) return shop.courierId;
  if (/deliveryId$/i.test(name)) return shop.deliveryId;
  return undefined;
}

/** The `id` a mutation named after a thing of the shop acts on (`updateProduct(id:)` -> the product). */
function ownIdFor(mutation: string, shop: Seeded): string | undefined {
  if (/Customer$/.test(mutation)) return shop.customerId;
  if (/Category$/.test(mutation)) return shop.categoryId;
  if (/Product|ProductStatus$/.test(mutation)) return shop.productId;
  if (/Branch$/.test(mutation)) return shop.branchId;
  if (/Courier$/.test(mutation)) return shop.courierId;
  return undefined;
}

function useOwnIds(node: unknown, id: string | undefined): void {
  if (!id || node === null || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  for (const [k, v] of Object.entries(record)) {
    if (k === 'id' && typeof v === 'string' && v.startsWith('fz-')) record[k] = id;
    else useOwnIds(v, id);
  }
}

function plainValue(name: string, type: GraphQLNamedType, shop: Seeded): unknown {
  const plausible = PLAUSIBLE[name];
  if (isEnumType(type))
    return type.getValues().find((v) => v.value === plausible)?.value ?? type.getValues()[0]?.value;
  if (plausible !== undefined && type.name === 'String') return plausible;
  switch (type.name) {
    case 'ID':
      return knownId(name, shop) ?? `fz-${randomBytes(6).toString('hex')}`;
    case 'Money':
      return '1000';
    case 'Int':
      return 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'DateTime':
      return new Date().toISOString();
    case 'Date':
      return new Date().toISOString().slice(0, 10);
    default:
      return 'x';
  }
}

/** A minimal valid-shaped value (required fields only) and every leaf that can be fuzzed. */
function build(
  name: string,
  type: GraphQLInputType,
  filterField: boolean,
  shop: Seeded,
  path: Path,
  leaves: Leaf[],
): unknown {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return [build(name, inner.ofType, filterField, shop, [...path, 0], leaves)];
  if (isInputObjectType(inner)) {
    const out: Record<string, unknown> = {};
    const optional: Leaf[] = [];
    const isFilter = inner.name.endsWith('Filter');
    for (const f of Object.values(inner.getFields())) {
      const required = isNonNullType(f.type) && f.defaultValue === undefined;
      if (required || ALSO_FILLED.has(f.name)) {
        out[f.name] = build(f.name, f.type, isFilter, shop, [...path, f.name], leaves);
      } else if (isScalarType(getNamedType(f.type)) && !isListType(f.type)) {
        optional.push({ path: [...path, f.name], type: getNamedType(f.type).name, filter: isFilter });
      }
    }
    // Optional scalars are fuzzed too (added only in their variant), after the required ones.
    leaves.push(...optional);
    return out;
  }
  const named = getNamedType(inner);
  leaves.unshift({ path, type: named.name, filter: filterField });
  return plainValue(name, named, shop);
}

export function setAt(root: Record<string, unknown>, path: Path, value: unknown): Record<string, unknown> {
  const copy = structuredClone(root);
  let node: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1] as string | number] = value;
  return copy;
}

export function valueAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const key of path) node = (node as Record<string | number, unknown> | undefined)?.[key];
  return node;
}

function typeRef(t: GraphQLInputType): string {
  return t.toString();
}

export interface MutationPlan {
  name: string;
  query: string;
  base(shop: Seeded): { variables: Record<string, unknown>; leaves: Leaf[] };
  errorTypes: ReadonlySet<string>;
  /** A batch payload's per-item results (`results` of syncOfflineSales): a typed error each. */
  items?: { field: string; errorField: string };
}

const ERROR_SELECTION = '__typename ... on ErrorResult { code message }';

function errorMembers(schema: GraphQLSchema, type: GraphQLNamedType): Set<string> {
  const errorInterface = schema.getType('ErrorResult');
  const found = new Set<string>();
  if (!isAbstractType(type) || !isInterfaceType(errorInterface)) return found;
  for (const m of schema.getPossibleTypes(type))
    if (m.getInterfaces().includes(errorInterface)) found.add(m.name);
  return found;
}

/** A list field of the payload whose items carry an ErrorResult field (null when the item succeeded). */
function batchItems(schema: GraphQLSchema, payload: GraphQLObjectType): MutationPlan['items'] {
  const errorInterface = schema.getType('ErrorResult');
  if (!isInterfaceType(errorInterface)) return undefined;
  for (const f of Object.values(payload.getFields())) {
    const item = getNamedType(f.type);
    if (!isObjectType(item) || f.args.length > 0) continue;
    for (const g of Object.values(item.getFields())) {
      const t = getNamedType(g.type);
      if (isObjectType(t) && t.getInterfaces().includes(errorInterface))
        return { field: f.name, errorField: g.name };
    }
  }
  return undefined;
}

export function plan(schema: GraphQLSchema, field: GraphQLField<unknown, unknown>): MutationPlan {
  const returned = getNamedType(field.type);
  const errorTypes = errorMembers(schema, returned);
  let selection = errorTypes.size > 0 ? ERROR_SELECTION : '__typename';
  // The success type: the returned object, or the one member of a result union that is not an error.
  const success = isUnionType(returned)
    ? returned.getTypes().find((t) => !errorTypes.has(t.name))
    : isObjectType(returned)
      ? returned
      : undefined;
  const items = success && batchItems(schema, success);
  if (success && items)
    selection += ` ... on ${success.name} { ${items.field} { ${items.errorField} { code message } } }`;
  const args = field.args as readonly GraphQLArgument[];
  const defs = args.map((a) => `$${a.name}: ${typeRef(a.type)}`).join(', ');
  const call = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const hasSelection = isObjectType(returned) || isAbstractType(returned);
  const query = `mutation Fuzz${defs ? `(${defs})` : ''} { ${field.name}${call ? `(${call})` : ''}${hasSelection ? ` { ${selection} }` : ''} }`;
  return {
    name: field.name,
    query,
    errorTypes,
    ...(items ? { items } : {}),
    base(shop) {
      const leaves: Leaf[] = [];
      const variables: Record<string, unknown> = {};
      for (const a of args) {
        const argLeaves: Leaf[] = [];
        if (isNonNullType(a.type))
          variables[a.name] = build(a.name, a.type, false, shop, [a.name], argLeaves);
        else if (isScalarType(getNamedType(a.type)) || isEnumType(getNamedType(a.type)))
          argLeaves.push({ path: [a.name], type: getNamedType(a.type).name });
        leaves.push(...argLeaves);
      }
      useOwnIds(variables, ownIdFor(field.name, shop));
      return { variables, leaves };
    },
  };
}

/** Keys a replay is recognised by: fresh per request, so a variant is not answered as a replay of another. */
const REPLAY_KEYS = new Set(['idempotencyKey', 'clientId']);

export function withFreshKeys(node: unknown, fuzzed?: Path): unknown {
  const skip = fuzzed?.join('.');
  const walk = (n: unknown, path: Path): unknown => {
    if (Array.isArray(n)) return n.map((v, i) => walk(v, [...path, i]));
    if (n === null || typeof n !== 'object') return n;
    return Object.fromEntries(
      Object.entries(n).map(([k, v]) => {
        const at = [...path, k];
        if (REPLAY_KEYS.has(k) && typeof v === 'string' && at.join('.') !== skip)
          return [k, `fz-${randomBytes(6).toString('hex')}`];
        return [k, walk(v, at)];
      }),
    );
  };
  return walk(node, []);
}
