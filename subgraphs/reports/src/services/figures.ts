import { addDays } from '@pos/kit/dates';
import { daysBetween } from './scope';

/** Sales figures of one bucket, as the GraphQL `SalesFigures` type. */
export interface SalesFigures {
  period: string;
  gross: number;
  discounts: number;
  returns: number;
  net: number;
  tax: number;
  cost: number;
  grossProfit: number;
  orders: number;
  averageBasket: number;
}

export const SUMMED = ['gross', 'discounts', 'returns', 'net', 'tax', 'cost', 'profit', 'orders'] as const;
type Summed = Record<(typeof SUMMED)[number], number>;

/** net / orders, half up, in whole minor units. */
export const average = (total: number, count: number) => (count > 0 ? Math.round(total / count) : 0);

export function figures(period: string, row: Readonly<Record<string, unknown>> | undefined): SalesFigures {
  const n = (k: keyof Summed) => Number(row?.[k] ?? 0);
  return {
    period,
    gross: n('gross'),
    discounts: n('discounts'),
    returns: n('returns'),
    net: n('net'),
    tax: n('tax'),
    cost: n('cost'),
    grossProfit: n('profit'),
    orders: n('orders'),
    averageBasket: average(n('net'), n('orders')),
  };
}

export function addFigures(period: string, rows: readonly SalesFigures[]): SalesFigures {
  const sum = (k: keyof Omit<SalesFigures, 'period' | 'averageBasket'>) => rows.reduce((t, r) => t + r[k], 0);
  return figures(period, {
    gross: sum('gross'),
    discounts: sum('discounts'),
    returns: sum('returns'),
    net: sum('net'),
    tax: sum('tax'),
    cost: sum('cost'),
    profit: sum('grossProfit'),
    orders: sum('orders'),
  });
}

/** The same number of days immediately before `from`. */
export function previousRange(from: string, to: string): { from: string; to: string } {
  const days = daysBetween(from, to) + 1;
  return { from: addDays(from, -days), to: addDays(from, -1) };
}

/** First and last day of the calendar month `offset` months from the one holding `date`. */
export function monthRange(date: string, offset = 0): { from: string; to: string } {
  const d = new Date(`${date.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + offset);
  const from = d.toISOString().slice(0, 10);
  d.setUTCMonth(d.getUTCMonth() + 1);
  d.setUTCDate(0);
  return { from, to: d.toISOString().slice(0, 10) };
}

/** Percentage change with one decimal; null when there is nothing to compare with. */
export function changePercent(current: number, previous: number): number | null {
  return previous === 0 ? null : Math.round(((current - previous) / Math.abs(previous)) * 1000) / 10;
}
