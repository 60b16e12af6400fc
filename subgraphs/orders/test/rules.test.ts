import { describe, expect, it } from 'vitest';
import { businessDate, canonicalJson, formatOrderNumber } from '../src/services/calendar';
import { roundHalfUp, settlePayments } from '../src/services/payments';

describe('cash rounding and payments', () => {
  it('rounds half-up to the unit', () => {
    expect(roundHalfUp(15_449, 100)).toBe(15_400);
    expect(roundHalfUp(15_450, 100)).toBe(15_500);
    expect(roundHalfUp(15_450, 0)).toBe(15_450);
  });

  it('rounds only the cash part of a split payment and gives change', () => {
    const r = settlePayments(
      100_050,
      [
        { method: 'QRIS', amount: 40_000, reference: 'QR-1' },
        { method: 'CASH', tendered: 70_000 },
      ],
      100,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // Cash due 60.050 rounds to 60.100: the rounding line is +50.
    expect(r.value).toMatchObject({ rounding: 50, payable: 100_100, paid: 100_100, change: 9_900 });
    expect(r.value.payments.map((p) => [p.method, p.amount])).toEqual([
      ['CASH', 60_100],
      ['QRIS', 40_000],
    ]);
  });

  it('refuses payments that do not cover the total, unless the sale happened offline', () => {
    expect(settlePayments(10_000, [{ method: 'QRIS', amount: 9_000 }], 100)).toEqual({
      ok: false,
      payable: 10_000,
      paid: 9_000,
    });
    expect(settlePayments(10_000, [{ method: 'CASH', tendered: 9_000 }], 100)).toEqual({
      ok: false,
      payable: 10_000,
      paid: 9_000,
    });
    expect(settlePayments(10_000, [{ method: 'CASH', tendered: 9_000 }], 100, { acceptShort: true }).ok).toBe(
      true,
    );
  });

  it('refuses digital payments above the total and a second cash payment', () => {
    expect(() => settlePayments(10_000, [{ method: 'CARD', amount: 10_001 }], 100)).toThrow(/exceed/);
    expect(() =>
      settlePayments(
        10_000,
        [
          { method: 'CASH', tendered: 1 },
          { method: 'CASH', tendered: 1 },
        ],
        100,
      ),
    ).toThrow(/one payment/);
  });
});

describe('business dates and numbers', () => {
  it("uses the merchant's time zone, not UTC", () => {
    const lateEvening = new Date('2026-11-21T18:30:00Z'); // 01:30 on the 22nd in Jakarta
    expect(businessDate(lateEvening, 'Asia/Jakarta')).toBe('2026-11-22');
    expect(businessDate(lateEvening, 'UTC')).toBe('2026-11-21');
  });

  it('formats order numbers per branch and day', () => {
    expect(formatOrderNumber('PST', '2026-11-22', 7)).toBe('INV/PST/20261122/0007');
  });

  it('hashes request bodies independently of key order and absent fields', () => {
    expect(canonicalJson({ b: 1, a: [{ y: 2, x: null }] })).toBe(
      canonicalJson({ a: [{ y: 2 }], b: 1, c: undefined }),
    );
  });
});
