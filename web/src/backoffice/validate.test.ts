import { describe, expect, it } from 'vitest';
import { check, moneyOf, rules } from './validate';

describe("the back office's copy of the server's input rules", () => {
  it('reads SKUs, barcodes and unit names as the products subgraph does', () => {
    expect(rules.sku('AQ-600')).toBeNull();
    expect(rules.sku('-AQ')).toBe('sku');
    expect(rules.sku('a b')).toBe('sku');
    expect(rules.barcode('')).toBeNull();
    expect(rules.barcode('8886008101053')).toBeNull();
    expect(rules.barcode('12')).toBe('barcode');
    expect(rules.barcode('88 86')).toBe('barcode');
    expect(rules.unitName('Dus')).toBeNull();
    expect(rules.unitName('box:12')).toBe('unitName');
  });

  it('takes money as typed, in whole minor units up to 10^12', () => {
    expect(rules.money('Rp 15.500')).toBeNull();
    expect(moneyOf('Rp 15.500')).toBe('15500');
    expect(rules.money('')).toBe('money');
    expect(rules.money('1000000000000')).toBeNull();
    expect(rules.money('1000000000001')).toBe('money');
    expect(rules.positiveMoney('0')).toBe('positiveMoney');
    expect(rules.optionalMoney('')).toBeNull();
  });

  it('bounds whole numbers and names the first problem of each field', () => {
    expect(rules.integer(2, 1_000_000)('1')).toBe('range');
    expect(rules.integer(2, 1_000_000)('1.5')).toBe('integer');
    expect(rules.integer(-10, 10)('-3')).toBeNull();
    expect(
      check(
        { sku: '', name: 'Teh', factor: '1' },
        { sku: [rules.required, rules.sku], name: [rules.required], factor: [rules.integer(2, 10)] },
      ),
    ).toEqual({ sku: 'required', factor: 'range' });
  });

  it('checks people and places as the users subgraph does', () => {
    expect(rules.branchCode('jkt2')).toBeNull();
    expect(rules.branchCode('J')).toBe('branchCode');
    expect(rules.pin('12345')).toBeNull();
    expect(rules.pin('12a4')).toBe('pin');
    expect(rules.password('Sembilan-Kopi-77')).toBeNull();
    expect(rules.password('short1')).toBe('password');
    expect(rules.email('sari@example.co.id')).toBeNull();
    expect(rules.email('sari@')).toBe('email');
    expect(rules.url('https://cdn.example.com/logo.png')).toBeNull();
    expect(rules.url('javascript:alert(1)')).toBe('url');
    expect(rules.timeZone('Asia/Makassar')).toBeNull();
    expect(rules.timeZone('Mars/Olympus')).toBe('timeZone');
  });
});
