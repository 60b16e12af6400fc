/**
 * Business dates (YYYY-MM-DD) in the merchant's time zone, and the default report ranges. Plain
 * dates are computed on UTC midnights, so no local clock or daylight saving shifts a day.
 */

export type Period = 'DAY' | 'WEEK' | 'MONTH' | 'YEAR';

/** Today's business date in `timeZone` at `now`. */
export function businessDate(timeZone: string, now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

function parse(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

function format(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const d = parse(date);
  d.setUTCDate(d.getUTCDate() + days);
  return format(d);
}

/** The range a report opens with for each bucket size, ending today. */
export function defaultRange(period: Period, today: string): { from: string; to: string } {
  const d = parse(today);
  switch (period) {
    case 'DAY':
      return { from: addDays(today, -29), to: today };
    case 'WEEK': {
      // Twelve ISO weeks: from the Monday eleven weeks before this week's.
      const sinceMonday = (d.getUTCDay() + 6) % 7;
      return { from: addDays(today, -sinceMonday - 11 * 7), to: today };
    }
    case 'MONTH':
      return { from: format(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 11, 1))), to: today };
    case 'YEAR':
      // Three calendar years: the longest range every report accepts.
      return { from: `${d.getUTCFullYear() - 2}-01-01`, to: today };
  }
}
