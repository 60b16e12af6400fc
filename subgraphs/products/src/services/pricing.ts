import { badInput, checkAmount } from '@pos/kit';

/**
 * Pure pricing arithmetic, in integer minor units. Order of application (DOMAIN.md):
 * unit price x quantity -> line discount -> order discount (spread over lines pro rata) -> tax
 * per line, rounded half-up once.
 */

export type Discount = { percentBasisPoints: number } | { amount: number };

export interface TaxSettings {
  enabled: boolean;
  /** 1100 = 11%. */
  rateBasisPoints: number;
  pricesIncludeTax: boolean;
}

export interface LineToPrice {
  unitPrice: number;
  quantity: number;
  taxable: boolean;
  discount?: Discount | null;
}

export interface PricedAmounts {
  gross: number;
  lineDiscount: number;
  orderDiscount: number;
  tax: number;
  total: number;
  netRevenue: number;
}

export interface PricedOrder {
  lines: PricedAmounts[];
  totals: PricedAmounts;
}

const BP = 10_000n;

/** round(n / d) with halves rounded up, for n >= 0 and d > 0. */
export function divHalfUp(n: bigint, d: bigint): bigint {
  return (2n * n + d) / (2n * d);
}

function toSafe(n: bigint, what: string): number {
  if (n > BigInt(Number.MAX_SAFE_INTEGER)) throw badInput(`${what} is too large`);
  return Number(n);
}

/** The amount a discount takes off `base`: a percent rounded half-up, or a fixed amount of at most `base`. */
export function discountAmount(base: number, discount: Discount | null | undefined, field: string): number {
  if (!discount) return 0;
  if ('percentBasisPoints' in discount) {
    const bp = checkAmount(discount.percentBasisPoints, `${field}.percentBasisPoints`, 'basisPoints');
    return toSafe(divHalfUp(BigInt(base) * BigInt(bp), BP), 'The discount');
  }
  const amount = checkAmount(discount.amount, `${field}.amount`, 'money');
  if (amount > base) throw badInput('The discount is more than what it applies to', `${field}.amount`);
  return amount;
}

/**
 * Splits `amount` over `weights` in proportion, exactly: each share is rounded down, and the
 * minor units left go one by one to the largest remainders (earlier lines first on ties).
 */
export function allocate(amount: number, weights: readonly number[]): number[] {
  const total = weights.reduce((s, w) => s + w, 0);
  if (amount === 0 || total === 0) return weights.map(() => 0);
  const big = BigInt(amount);
  const sum = BigInt(total);
  const shares = weights.map((w) => (big * BigInt(w)) / sum);
  const remainders = weights.map((w, i) => ({ i, r: (big * BigInt(w)) % sum }));
  let left = big - shares.reduce((s, x) => s + x, 0n);
  remainders.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (const { i } of remainders) {
    if (left <= 0n) break;
    shares[i] = (shares[i] ?? 0n) + 1n;
    left--;
  }
  return shares.map((s) => Number(s));
}

/** Tax on a line's value after discounts, rounded half-up once. */
export function lineTax(value: number, taxable: boolean, tax: TaxSettings): number {
  if (!tax.enabled || !taxable || value === 0) return 0;
  const rate = BigInt(tax.rateBasisPoints);
  const v = BigInt(value);
  return Number(tax.pricesIncludeTax ? divHalfUp(v * rate, BP + rate) : divHalfUp(v * rate, BP));
}

export function priceOrder(
  lines: readonly LineToPrice[],
  orderDiscount: Discount | null | undefined,
  tax: TaxSettings,
): PricedOrder {
  const first = lines.map((l, i) => {
    const gross = toSafe(BigInt(l.unitPrice) * BigInt(l.quantity), 'The line total');
    const lineDiscount = discountAmount(gross, l.discount, `lines.${i}.discount`);
    return { gross, lineDiscount, afterLine: gross - lineDiscount };
  });
  const base = first.reduce((s, l) => s + l.afterLine, 0);
  const orderAmount = discountAmount(base, orderDiscount, 'orderDiscount');
  const shares = allocate(
    orderAmount,
    first.map((l) => l.afterLine),
  );
  const priced = first.map((l, i): PricedAmounts => {
    const orderShare = shares[i] ?? 0;
    const value = l.afterLine - orderShare;
    const t = lineTax(value, lines[i]?.taxable ?? false, tax);
    const total = tax.enabled && !tax.pricesIncludeTax ? value + t : value;
    return {
      gross: l.gross,
      lineDiscount: l.lineDiscount,
      orderDiscount: orderShare,
      tax: t,
      total,
      netRevenue: total - t,
    };
  });
  const sum = (k: keyof PricedAmounts) => priced.reduce((s, l) => s + l[k], 0);
  return {
    lines: priced,
    totals: {
      gross: sum('gross'),
      lineDiscount: sum('lineDiscount'),
      orderDiscount: sum('orderDiscount'),
      tax: sum('tax'),
      total: sum('total'),
      netRevenue: sum('netRevenue'),
    },
  };
}

export interface RuleCandidate {
  _id: string;
  price: number;
  unitName: string;
  startsAt?: Date | null;
  endsAt?: Date | null;
  branchId?: string | null;
  customerTier?: string | null;
  active: boolean;
}

/** The special price for a unit at a time, branch and tier: the lowest of the rules that apply. */
export function bestRule<R extends RuleCandidate>(
  rules: readonly R[],
  at: { unitName: string; at: Date; branchId: string; customerTier: string | null },
): R | null {
  let best: R | null = null;
  for (const r of rules) {
    if (!r.active || r.unitName !== at.unitName) continue;
    if (r.startsAt && at.at < r.startsAt) continue;
    if (r.endsAt && at.at >= r.endsAt) continue;
    if (r.branchId && r.branchId !== at.branchId) continue;
    if (r.customerTier && r.customerTier.toUpperCase() !== (at.customerTier ?? '').toUpperCase()) continue;
    if (!best || r.price < best.price) best = r;
  }
  return best;
}
