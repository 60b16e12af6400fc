import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { badInput } from './errors';

const DEFAULT_REGION = 'ID';

/**
 * A phone number in E.164. Indonesians write the same number as 0812..., 62812... or
 * +62 812-...; all become +62812.... A leading 62 without + is read as the country code.
 */
export function normalizePhone(input: string, field = 'phone'): string {
  const raw = input.trim();
  const digitsOnly = raw.replace(/[\s\-().]/g, '');
  const candidate = /^62\d{8,}$/.test(digitsOnly) ? `+${digitsOnly}` : raw;
  const parsed = parsePhoneNumberFromString(candidate, DEFAULT_REGION);
  if (!parsed?.isValid()) throw badInput('Not a valid phone number', field);
  return parsed.number;
}

/**
 * What a search string means as the start of a phone number, in E.164 (`0812` -> `+62812`),
 * or null when it does not look like one (then it is a name).
 */
export function phonePrefix(search: string): string | null {
  const compact = search.trim().replace(/[\s\-().]/g, '');
  if (!/^\+?\d{3,}$/.test(compact)) return null;
  if (compact.startsWith('+')) return compact;
  if (compact.startsWith('0')) return `+62${compact.slice(1)}`;
  if (compact.startsWith('62')) return `+${compact}`;
  return `+62${compact}`;
}

/** An optional phone: blank is none, anything else must be a valid number (stored in E.164). */
export function optionalPhone(input: string | null | undefined, field = 'phone'): string | undefined {
  if (input == null || input.trim() === '') return undefined;
  if (input.length > 40) throw badInput(`${field} may have at most 40 characters`, field);
  return normalizePhone(input, field);
}
