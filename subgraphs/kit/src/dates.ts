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
