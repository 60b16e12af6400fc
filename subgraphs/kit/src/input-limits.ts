import { badInput } from './errors';

/**
 * Bounds on what a client may send, checked before a resolver runs so that a blank id answers
 * BAD_USER_INPUT (not a failed lookup deep inside) and no 100,000-character string is stored.
 * Rules go by argument or input-field name, at any depth of the arguments:
 * - ids: a field named `id`, ending in `Id` (a string) or in `Ids` (a list of strings) must be
 *   non-blank and at most `maxIdLength` characters;
 * - `text`: the longest string allowed per field name; names in `required` must also be non-blank;
 * - `ints`: the inclusive range per field name (page sizes, offsets).
 * Each subgraph states its rules once and documents them in its SDL.
 */
export interface InputLimits {
  maxIdLength?: number;
  text?: Readonly<Record<string, number>>;
  required?: readonly string[];
  ints?: Readonly<Record<string, readonly [min: number, max: number]>>;
}

export const MAX_ID_LENGTH = 64;

export function checkInput(value: unknown, limits: InputLimits): void {
  if (Array.isArray(value)) {
    for (const v of value) checkInput(v, limits);
    return;
  }
  if (value === null || typeof value !== 'object' || value instanceof Date) return;
  for (const [key, v] of Object.entries(value)) {
    if (v === null || v === undefined) continue;
    checkField(key, v, limits);
    checkInput(v, limits);
  }
}

function checkField(key: string, v: unknown, limits: InputLimits): void {
  const maxId = limits.maxIdLength ?? MAX_ID_LENGTH;
  const isId = key === 'id' || key.endsWith('Id');
  if (isId && typeof v === 'string') checkId(v, key, maxId);
  if (key.endsWith('Ids') && Array.isArray(v))
    for (const id of v) if (typeof id === 'string') checkId(id, key, maxId);
  const max = limits.text?.[key];
  if (max !== undefined && typeof v === 'string') {
    if (limits.required?.includes(key) && !v.trim()) throw badInput(`${key} must not be blank`, key);
    if (v.length > max) throw badInput(`${key} must be at most ${max} characters`, key);
  }
  const range = limits.ints?.[key];
  if (range && typeof v === 'number' && (!Number.isInteger(v) || v < range[0] || v > range[1]))
    throw badInput(`${key} must be a whole number from ${range[0]} to ${range[1]}`, key);
}

function checkId(v: string, key: string, max: number): void {
  if (!v.trim()) throw badInput(`${key} must not be blank`, key);
  if (v.length > max) throw badInput(`${key} must be at most ${max} characters`, key);
}

type AnyResolver = (parent: unknown, args: unknown, ctx: unknown, info: unknown) => unknown;

/**
 * The resolver map with every resolver checking its arguments first. Typed resolver maps differ
 * per subgraph, hence the one cast here.
 */
export function withInputLimits<T extends object>(resolvers: T, limits: InputLimits): T {
  const wrapped: Record<string, unknown> = {};
  for (const [name, r] of Object.entries(resolvers)) {
    // `__resolveReference` and friends take no arguments object.
    if (typeof r !== 'function' || name.startsWith('__')) {
      wrapped[name] = r;
      continue;
    }
    const fn = r as AnyResolver;
    wrapped[name] = (parent: unknown, args: unknown, ctx: unknown, info: unknown) => {
      checkInput(args, limits);
      return fn(parent, args, ctx, info);
    };
  }
  return wrapped as T;
}
