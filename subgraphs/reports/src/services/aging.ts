/** Kasbon aging buckets, by days past the due date. */
export const BUCKETS = ['CURRENT', '1-30', '31-60', '61-90', '90+'] as const;
export type AgingBucket = (typeof BUCKETS)[number];

export function bucketOf(days: number): AgingBucket {
  if (days <= 0) return 'CURRENT';
  if (days <= 30) return '1-30';
  if (days <= 60) return '31-60';
  if (days <= 90) return '61-90';
  return '90+';
}

/** Whole days from `due` to `asOf` (both YYYY-MM-DD); 0 when not yet due. */
export const daysPast = (due: string, asOf: string) =>
  Math.max(0, Math.round((Date.parse(asOf) - Date.parse(due)) / 86_400_000));
