import type { CreditEntryDoc } from '../models';

export interface OpenCharge {
  key: string;
  dueDate: string;
  open: number;
}

type AgeingEntry = Pick<CreditEntryDoc, 'key' | 'change' | 'dueDate' | 'date' | 'reverses'>;

/**
 * The charges of a period of debt that are not paid yet. A reversal first cancels the charge it
 * names (a failed checkout must not make an older charge look paid); repayments and what is
 * left settle the oldest charges first. `openingBalance` at or below 0 is money paid in advance,
 * which settles the first charges.
 */
export function openCharges(entries: readonly AgeingEntry[], openingBalance: number): OpenCharge[] {
  const charges: OpenCharge[] = [];
  let credit = Math.max(0, -openingBalance);
  const settle = (amount: number) => {
    let left = amount;
    for (const c of charges) {
      if (left <= 0) break;
      const paid = Math.min(c.open, left);
      c.open -= paid;
      left -= paid;
    }
    return left;
  };
  for (const e of entries) {
    if (e.change > 0) {
      charges.push({ key: e.key, dueDate: e.dueDate ?? e.date, open: e.change });
      credit = settle(credit);
    } else if (e.change < 0) {
      let amount = -e.change;
      const target = e.reverses ? charges.find((c) => c.key === e.reverses) : undefined;
      if (target) {
        const cancelled = Math.min(target.open, amount);
        target.open -= cancelled;
        amount -= cancelled;
      }
      credit += settle(amount);
    }
  }
  return charges.filter((c) => c.open > 0);
}

/** Due date of the oldest open charge, and the part of the balance past due on `asOf`. */
export function ageCharges(open: readonly OpenCharge[], asOf: string) {
  let dueDate: string | null = null;
  let overdue = 0;
  for (const c of open) {
    if (dueDate === null || c.dueDate < dueDate) dueDate = c.dueDate;
    if (c.dueDate < asOf) overdue += c.open;
  }
  return { dueDate, overdue };
}

/** Whole days from `from` to `to` (YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
