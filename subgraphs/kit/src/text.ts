import { badInput } from './errors';

/**
 * Bounds for free text a client sends, so nothing unbounded is stored or echoed back. The
 * same maxima are written in the SDL docstrings; a field with its own format (SKU, phone,
 * e-mail) keeps its own stricter rule.
 */
export const TEXT_MAX = {
  /** Ids the API hands out (UUIDs, ObjectIds, keys joined with `|`). */
  id: 100,
  /** Names of people, products, categories, tiers. */
  name: 120,
  /** A label a rule or a tier is known by (`GOLD`). */
  label: 40,
  /** A device identifier sent by a till or phone. */
  deviceId: 128,
  /** Notes, reasons, references, addresses. */
  note: 500,
} as const;

/** A required id: non-empty, without surrounding spaces, at most `TEXT_MAX.id` characters. */
export function checkId(value: string, field: string): string {
  if (typeof value !== 'string' || value.trim() === '' || value !== value.trim())
    throw badInput(`${field} must be a non-empty id`, field);
  if (value.length > TEXT_MAX.id)
    throw badInput(`${field} may have at most ${TEXT_MAX.id} characters`, field);
  return value;
}

/** An optional id: null/undefined pass through; anything given follows `checkId`. */
export function checkOptionalId(value: string | null | undefined, field: string): string | undefined {
  return value == null ? undefined : checkId(value, field);
}

/** Required text, trimmed, 1..`max` characters. */
export function checkText(value: string, field: string, max: number): string {
  const v = typeof value === 'string' ? value.trim() : '';
  if (!v) throw badInput(`${field} must not be empty`, field);
  if (v.length > max) throw badInput(`${field} may have at most ${max} characters`, field);
  return v;
}

/**
 * Optional text, trimmed; blank reads as absent (undefined for null/undefined, null for a blank
 * string, so an update can tell "clear" from "leave"). Longer than `max` is refused, never cut.
 */
export function checkOptionalText(
  value: string | null | undefined,
  field: string,
  max: number,
): string | null | undefined {
  if (value === undefined) return undefined;
  if (value === null) return null;
  const v = value.trim();
  if (v.length > max) throw badInput(`${field} may have at most ${max} characters`, field);
  return v || null;
}
