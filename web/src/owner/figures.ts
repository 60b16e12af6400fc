/** Small sums and comparisons of report figures (money stays minor units in strings and BigInt). */

/** Percentage change from `before` to `now`, one decimal; null when `before` is 0. */
export function changePercent(now: string, before: string): number | null {
  const b = BigInt(before);
  if (b === 0n) return null;
  const tenths = ((BigInt(now) - b) * 1000n) / (b < 0n ? -b : b);
  return Number(tenths) / 10;
}

/** Minor units as a number of major units, for chart axes only (never for sums). */
export function chartValue(minor: string, exponent: number): number {
  return Number(minor) / 10 ** exponent;
}

export function sumMinor(values: readonly string[]): string {
  return values.reduce((a, v) => a + BigInt(v), 0n).toString();
}
