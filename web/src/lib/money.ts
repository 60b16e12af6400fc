/**
 * Money in the browser: the API's string-encoded minor units, kept as strings and BigInt so no
 * amount ever passes through a float. Totals themselves always come from the server.
 */
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(currency: string, exponent: number): Intl.NumberFormat {
  const key = `${currency}:${exponent}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat('id-ID', {
      style: 'currency',
      currency,
      minimumFractionDigits: exponent,
      maximumFractionDigits: exponent,
    });
    formatters.set(key, f);
  }
  return f;
}

/** `"15500"` -> `Rp 15.500` (Indonesian grouping, whatever the interface language). */
export function formatMoney(minor: string | bigint | number, currency = 'IDR', exponent = 0): string {
  const value = BigInt(minor);
  if (exponent === 0) return formatter(currency, 0).format(value);
  const scale = 10n ** BigInt(exponent);
  const sign = value < 0n ? '-' : '';
  const abs = value < 0n ? -value : value;
  const decimal = `${sign}${abs / scale}.${(abs % scale).toString().padStart(exponent, '0')}`;
  return formatter(currency, exponent).format(decimal as unknown as number);
}

/** What a cashier typed (`15.500`, `Rp 15500`) as minor units of IDR; null when there is no number. */
export function parseRupiah(text: string): string | null {
  const digits = text.replace(/[^0-9]/g, '').replace(/^0+(?=\d)/, '');
  if (!digits || digits.length > 13) return null;
  return digits;
}

export function sumMoney(values: ReadonlyArray<string | null | undefined>): string {
  return values.reduce((acc, v) => acc + BigInt(v ?? '0'), 0n).toString();
}

export function subtractMoney(a: string, b: string): string {
  return (BigInt(a) - BigInt(b)).toString();
}

export function compareMoney(a: string, b: string): number {
  const d = BigInt(a) - BigInt(b);
  return d === 0n ? 0 : d > 0n ? 1 : -1;
}

/**
 * Quick tender buttons for a cash payment: the exact amount, then the next round amounts a
 * customer is likely to hand over (Rupiah notes: 5.000, 10.000, 20.000, 50.000, 100.000).
 */
export function quickTenders(
  due: string,
  notes: readonly number[] = [5_000, 10_000, 20_000, 50_000, 100_000],
): string[] {
  const amount = BigInt(due);
  if (amount <= 0n) return [];
  const out = new Set<string>([amount.toString()]);
  for (const note of notes) {
    const n = BigInt(note);
    const rounded = ((amount + n - 1n) / n) * n;
    if (rounded > amount) out.add(rounded.toString());
    if (out.size >= 5) break;
  }
  return [...out].sort((a, b) => compareMoney(a, b));
}
