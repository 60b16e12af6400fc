import { describe, expect, it } from 'vitest';
import { canOpen, visibleEntries } from './access';

const entries = [
  { to: '', scopes: ['reports:read'] },
  { to: 'products', scopes: ['catalog:write', 'prices:write'] },
];

describe('owner screens by effective scopes', () => {
  it('opens an entry for any one of its scopes', () => {
    expect(canOpen({ scopes: ['catalog:write', 'prices:write'] }, ['prices:write'])).toBe(true);
    expect(canOpen({ scopes: ['reports:read'] }, ['prices:write'])).toBe(false);
    expect(visibleEntries(entries, ['prices:write']).map((e) => e.to)).toEqual(['products']);
  });

  it("opens nothing for a cashier's scopes, so the frame sends them back", () => {
    const cashier = ['sales:checkout', 'sales:discount', 'shifts:manage', 'customers:read', 'stock:read'];
    expect(visibleEntries(entries, cashier)).toEqual([]);
  });
});
