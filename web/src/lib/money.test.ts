import { describe, expect, it } from 'vitest';
import { formatMoney, parseRupiah, quickTenders, subtractMoney, sumMoney } from './money';

describe('money in the browser', () => {
  it('formats minor units the Indonesian way, beyond 2^53 too', () => {
    expect(formatMoney('15500').replace(/\s/g, ' ')).toBe('Rp 15.500');
    expect(formatMoney('-1000').replace(/\s/g, ' ')).toBe('-Rp 1.000');
    expect(formatMoney('90071992547409930').replace(/\s/g, ' ')).toBe('Rp 90.071.992.547.409.930');
  });

  it('reads what a cashier types', () => {
    expect(parseRupiah('Rp 15.500')).toBe('15500');
    expect(parseRupiah('200000')).toBe('200000');
    expect(parseRupiah('0')).toBe('0');
    expect(parseRupiah('abc')).toBeNull();
    expect(parseRupiah('1'.repeat(14))).toBeNull();
  });

  it('adds and subtracts without floats', () => {
    expect(sumMoney(['9007199254740993', '1', null])).toBe('9007199254740994');
    expect(subtractMoney('101000', '105000')).toBe('-4000');
  });

  it('offers the exact amount and the next round notes as quick tenders', () => {
    expect(quickTenders('101000')).toEqual(['101000', '105000', '110000', '120000', '150000']);
    expect(quickTenders('20000')).toEqual(['20000', '50000', '100000']);
    expect(quickTenders('0')).toEqual([]);
  });
});
