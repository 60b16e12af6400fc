import type { DeliveryStatus } from '../models';

interface Timed {
  status: DeliveryStatus | string;
  promisedAt?: Date | null;
  doneAt?: Date | null;
}

/** DOMAIN: late when DONE after the promised time, or still open past it. Cancelled is never late. */
export function isLate(d: Timed, now: Date = new Date()): boolean {
  if (!d.promisedAt) return false;
  if (d.status === 'DONE') return Boolean(d.doneAt && d.doneAt > d.promisedAt);
  if (d.status === 'CANCELLED') return false;
  return now > d.promisedAt;
}

/** Whole minutes from DELIVERING to DONE. */
export function minutesBetween(from: Date | null | undefined, to: Date): number | null {
  return from ? Math.round((to.getTime() - from.getTime()) / 60_000) : null;
}
