const formatters = new Map<string, Intl.DateTimeFormat>();

/** The business date (YYYY-MM-DD) of an instant in the merchant's time zone, not UTC. */
export function businessDate(at: Date, timeZone: string): string {
  let f = formatters.get(timeZone);
  if (!f) {
    // en-CA formats as YYYY-MM-DD.
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, f);
  }
  return f.format(at);
}

/** `INV/<branch code>/<yyyymmdd>/<seq, 4 digits or more>`. */
export function formatOrderNumber(branchCode: string, date: string, seq: number): string {
  return `INV/${branchCode}/${date.replaceAll('-', '')}/${String(seq).padStart(4, '0')}`;
}

/** A stable hash of a request body: key order and `undefined` fields do not matter. */
export function canonicalJson(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined && v !== null)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
