import { describe, expect, it } from 'vitest';
import { ageBalance, businessDate } from '../src/services/advance.service';
import { FREE_FAILURES, lockDelayMs } from '../src/services/lockout.service';
import { passwordProblem } from '../src/services/passwords';

describe('lockout delays', () => {
  it('starts after the free failures, doubles, and is capped at an hour', () => {
    expect(lockDelayMs(FREE_FAILURES - 1)).toBe(0);
    expect(lockDelayMs(FREE_FAILURES)).toBe(60_000);
    expect(lockDelayMs(FREE_FAILURES + 1)).toBe(120_000);
    expect(lockDelayMs(FREE_FAILURES + 3)).toBe(480_000);
    expect(lockDelayMs(FREE_FAILURES + 30)).toBe(3_600_000);
  });
});

describe('password policy', () => {
  it.each([
    ['short1', 'at least 10'],
    ['onlyletterslong', 'letters and digits'],
    ['1234567890', 'letters and digits'],
    ['password123', 'too common'],
    ['sari.dewi2026', 'name or e-mail'],
  ])('refuses %s', (pw, why) => {
    expect(passwordProblem(pw, ['sari.dewi@example.com', 'Sari'])).toContain(why);
  });
  it('accepts a decent one', () => {
    expect(passwordProblem('Kopi-tubruk-77', ['sari@example.com'])).toBeNull();
  });
});

describe('advance ageing', () => {
  const adv = (seq: number, change: number, dueDate: string) => ({
    seq,
    type: 'ADVANCE' as const,
    change,
    dueDate,
  });
  const rep = (seq: number, amount: number) => ({
    seq,
    type: 'REPAYMENT' as const,
    change: -amount,
    dueDate: null,
  });
  it('settles the oldest advance first', () => {
    const entries = [adv(1, 300, '2026-11-01'), adv(2, 200, '2026-12-15'), rep(3, 100)];
    expect(ageBalance(entries, '2026-11-22')).toEqual({ overdue: 200, nextDueDate: '2026-11-01' });
    expect(ageBalance([...entries, rep(4, 250)], '2026-11-22')).toEqual({
      overdue: 0,
      nextDueDate: '2026-12-15',
    });
    expect(ageBalance(entries, '2026-11-01')).toEqual({ overdue: 0, nextDueDate: '2026-11-01' });
  });
  it('computes the business date in the merchant time zone', () => {
    const lateEvening = new Date('2026-11-22T17:30:00Z');
    expect(businessDate('Asia/Jakarta', lateEvening)).toBe('2026-11-23');
    expect(businessDate('UTC', lateEvening)).toBe('2026-11-22');
  });
});
