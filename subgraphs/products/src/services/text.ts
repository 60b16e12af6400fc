/** Lower case, accents stripped, anything but letters and digits turned into spaces. */
export function normalizeText(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function words(value: string): string[] {
  const n = normalizeText(value);
  return n ? n.split(' ') : [];
}

/** What name search matches against: the words of the name and the SKU. */
export function searchTokens(name: string, sku: string): string[] {
  return [...new Set([...words(name), ...words(sku)])];
}

/** True when every query word is the start of some token (`kop sus` matches "kopi susu"). */
export function matchesAllPrefixes(tokens: readonly string[], queryWords: readonly string[]): boolean {
  return queryWords.every((q) => tokens.some((t) => t.startsWith(q)));
}
