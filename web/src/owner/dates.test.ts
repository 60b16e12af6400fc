import { describe, expect, it } from 'vitest';
import { addDays, bucketsBetween, businessDate, defaultRange } from './dates';

describe('business dates', () => {
  it("reads today in the merchant's time zone", () => {
    const at = new Date('2026-03-01T18:30:00Z');
    expect(businessDate('Asia/Jakarta', at)).toBe('2026-03-02');
    expect(businessDate('America/New_York', at)).toBe('2026-03-01');
  });

  it('adds days across months and leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('opens each period with a range the reports accept', () => {
    expect(defaultRange('DAY', '2026-03-10')).toEqual({ from: '2026-02-09', to: '2026-03-10' });
    // 2026-03-10 is a Tuesday: its week starts Monday 03-09, eleven weeks before is 12-22.
    expect(defaultRange('WEEK', '2026-03-10')).toEqual({ from: '2025-12-22', to: '2026-03-10' });
    expect(defaultRange('MONTH', '2026-03-10')).toEqual({ from: '2025-04-01', to: '2026-03-10' });
    expect(defaultRange('YEAR', '2026-03-10')).toEqual({ from: '2024-01-01', to: '2026-03-10' });
  });
});

describe('chart buckets', () => {
  it('names every day, month and year of a range, including those without sales', () => {
    expect(bucketsBetween('DAY', '2026-02-27', '2026-03-02')).toEqual([
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
      '2026-03-02',
    ]);
    expect(bucketsBetween('MONTH', '2025-11-15', '2026-02-01')).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    expect(bucketsBetween('YEAR', '2024-01-01', '2026-03-10')).toEqual(['2024', '2025', '2026']);
  });

  it('leaves weeks and very long ranges as the series has them', () => {
    expect(bucketsBetween('WEEK', '2026-01-01', '2026-03-01')).toBeNull();
    expect(bucketsBetween('DAY', '2020-01-01', '2026-01-01')).toBeNull();
  });
});
