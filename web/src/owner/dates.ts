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

/**
 * Every bucket name of `period` from `from` to `to` that a chart's axis should show, or null
 * when there would be too many to draw (or the period is not filled). Days are `YYYY-MM-DD`,
 * months `YYYY-MM`, years `YYYY`, as the sales series names them.
 */
export function bucketsBetween(period: Period, from: string, to: string, max = 400): string[] | null {
  const out: string[] = [];
  if (period === 'DAY') {
    for (let d = from; d <= to; d = addDays(d, 1)) {
      out.push(d);
      if (out.length > max) return null;
    }
    return out;
  }
  if (period === 'MONTH') {
    let y = Number(from.slice(0, 4));
    let m = Number(from.slice(5, 7));
    const end = to.slice(0, 7);
    for (;;) {
      const name = `${y}-${String(m).padStart(2, '0')}`;
      if (name > end) return out;
      out.push(name);
      if (out.length > max) return null;
      m += 1;
      if (m > 12) {
        m = 1;
        y += 1;
      }
    }
  }
  if (period === 'YEAR') {
    for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) out.push(String(y));
    return out.length > max ? null : out;
  }
  return null;
}
