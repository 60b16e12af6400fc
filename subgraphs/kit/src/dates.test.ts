import { describe, expect, it } from 'vitest';
import { businessDate, isoWeek } from './dates';
import { fixedTimeZone, merchantDate } from './time-zones';

describe('isoWeek', () => {
  it.each([
    ['2026-03-02', '2026-W10'], // a Monday
    ['2026-03-08', '2026-W10'], // the Sunday of the same week
    ['2026-03-09', '2026-W11'],
    ['2026-01-01', '2026-W01'], // a Thursday: week 1 of its own year
    ['2025-12-29', '2026-W01'], // a Monday in December, in week 1 of the next year
    ['2027-01-01', '2026-W53'], // a Friday: its Thursday is in 2026, which has 53 weeks
    ['2027-01-04', '2027-W01'],
    ['2024-12-30', '2025-W01'],
  ])('%s is in %s', (date, week) => {
    expect(isoWeek(date)).toBe(week);
  });
});

describe('business dates in the merchant zone', () => {
  // 23:30 in Jakarta (WIB, +7) is already the next day in Makassar (WITA, +8) and Jayapura (WIT, +9).
  const at = new Date('2026-03-01T16:30:00Z');

  it('dates an instant in each Indonesian zone', async () => {
    expect(businessDate('Asia/Jakarta', at)).toBe('2026-03-01');
    expect(await merchantDate(fixedTimeZone('Asia/Makassar'), 'm', at)).toBe('2026-03-02');
    expect(await merchantDate(fixedTimeZone('Asia/Jayapura'), 'm', at)).toBe('2026-03-02');
  });
});
