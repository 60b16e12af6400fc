import { describe, expect, it } from 'vitest';
import { changePercent, chartValue, sumMinor } from './figures';

describe('report figures', () => {
  it('compares with the period before, one decimal, none against zero', () => {
    expect(changePercent('15000', '10000')).toBe(50);
    expect(changePercent('10000', '30000')).toBe(-66.6);
    expect(changePercent('5000', '0')).toBeNull();
  });

  it('sums money beyond 2^53 exactly', () => {
    expect(sumMinor(['9007199254740993', '1'])).toBe('9007199254740994');
  });

  it('scales minor units for charts', () => {
    expect(chartValue('12345', 2)).toBeCloseTo(123.45);
    expect(chartValue('15500', 0)).toBe(15500);
  });
});
