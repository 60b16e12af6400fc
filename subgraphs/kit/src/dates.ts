/** The calendar date of an instant in a time zone, `YYYY-MM-DD` (a business date, a due date). */
export function businessDate(timeZone: string, at: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}

/** `YYYY-MM-DD` plus whole days (negative goes back); calendar arithmetic, no time zone involved. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Where "now" comes from; tests inject a fixed one. */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

/** The first and last business dates the API accepts: a point of sale has no earlier or later business. */
export const MIN_DATE = '1970-01-01';
export const MAX_DATE = '2999-12-31';

/**
 * True for a real calendar date `YYYY-MM-DD` within `MIN_DATE..MAX_DATE`: `2026-02-31`,
 * `2025-02-29` and `0000-01-01` are not (JavaScript's `Date` would roll the first two over).
 */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  if (value < MIN_DATE || value > MAX_DATE) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/**
 * The ISO 8601 week of a calendar date, `YYYY-Www`: weeks run Monday to Sunday and belong to the
 * year of their Thursday (2027-01-01, a Friday, is in `2026-W53`).
 */
export function isoWeek(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  const weekday = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - weekday);
  const year = d.getUTCFullYear();
  const week = Math.floor((d.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}
