/**
 * Permission scopes, one module each. A user's scopes are the role defaults plus per-user
 * grants minus per-user revocations; they become the access token's `scope` claim and are
 * checked by `@requiresScopes` in the SDL.
 */
export const SCOPES = {
  'merchant:manage': 'Change merchant settings (tax, rounding, loyalty rules)',
  'branches:manage': 'Create, update and deactivate branches',
  'staff:read': 'List staff and their permissions',
  'staff:write': 'Create, update and deactivate staff',
  'staff:permissions': "Grant or revoke a staff member's permissions",
  'advances:read': 'See staff cash advances',
  'advances:write': 'Record staff cash advances and repayments',
  'catalog:write': 'Create and change categories and products',
  'prices:write': 'Change prices, price rules and discounts',
  'cost:read': 'See cost prices and margins',
  'stock:read': 'See stock levels and the stock ledger',
  'stock:write': 'Receive, adjust, count and transfer stock',
  'sales:checkout': 'Ring up sales and take payments',
  'sales:discount': 'Give line and order discounts',
  'sales:price-override': 'Override a price at the till',
  'sales:void': 'Void a completed order',
  'sales:refund': 'Refund an order',
  'sales:read-all': "See every cashier's orders, not only one's own",
  'shifts:manage': 'Open and close shifts; cash in and out',
  'shifts:read-all': "See every cashier's shifts",
  'customers:read': 'Look customers up',
  'customers:write': 'Create and update customers',
  'customers:credit': 'Set credit limits and record credit repayments',
  'customers:merge': 'Merge duplicate customers',
  'loyalty:adjust': 'Adjust loyalty points by hand',
  'couriers:manage': 'Manage courier profiles',
  'deliveries:dispatch': 'Create, assign and follow deliveries',
  'deliveries:courier': 'Carry out deliveries as a courier',
  'reports:read': 'See reports and exports',
  'expenses:write': 'Record expenses',
  'cashbook:close': 'Close cash book days and record corrections to closed days',
} as const;

export type Scope = keyof typeof SCOPES;
export const ALL_SCOPES = Object.keys(SCOPES) as Scope[];

export const ROLES = ['OWNER', 'ADMIN', 'SUPERVISOR', 'CASHIER', 'COURIER'] as const;
export type Role = (typeof ROLES)[number];

/** Higher rank manages lower ranks only. */
export const ROLE_RANK: Record<Role, number> = {
  OWNER: 100,
  ADMIN: 80,
  SUPERVISOR: 60,
  CASHIER: 20,
  COURIER: 10,
};

const CASHIER: Scope[] = [
  'sales:checkout',
  'sales:discount',
  'shifts:manage',
  'customers:read',
  'customers:write',
];
const SUPERVISOR: Scope[] = [
  ...CASHIER,
  'staff:read',
  'advances:read',
  'catalog:write',
  'prices:write',
  'cost:read',
  'stock:read',
  'stock:write',
  'sales:price-override',
  'sales:void',
  'sales:refund',
  'sales:read-all',
  'shifts:read-all',
  'customers:credit',
  'customers:merge',
  'loyalty:adjust',
  'deliveries:dispatch',
  'reports:read',
  'expenses:write',
  'cashbook:close',
];

export const ROLE_DEFAULT_SCOPES: Record<Role, readonly Scope[]> = {
  OWNER: ALL_SCOPES,
  ADMIN: ALL_SCOPES.filter((s) => s !== 'merchant:manage'),
  SUPERVISOR,
  CASHIER,
  COURIER: ['deliveries:courier'],
};

export function isScope(value: string): value is Scope {
  return Object.hasOwn(SCOPES, value);
}

/** Effective scopes: role defaults, plus grants, minus revocations. */
export function effectiveScopes(role: Role, grants: readonly string[], revokes: readonly string[]): Scope[] {
  const set = new Set<Scope>(ROLE_DEFAULT_SCOPES[role]);
  for (const g of grants) if (isScope(g)) set.add(g);
  for (const r of revokes) if (isScope(r)) set.delete(r);
  return ALL_SCOPES.filter((s) => set.has(s));
}
