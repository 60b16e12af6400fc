/**
 * The back office's sections, for whichever frame shows them: each with its path under the
 * owner's area, its i18n label and the permission (a scope, as `Permissions.can` reads it) that
 * makes it useful. A section whose permission the viewer lacks is neither listed nor reachable;
 * a viewer with none of them (a cashier) does not reach the back office at all.
 */
export interface BackOfficeNavItem {
  path: string;
  label: string;
  permission: string;
}

export const backOfficeNav: readonly BackOfficeNavItem[] = [
  { path: 'products', label: 'backoffice.nav.products', permission: 'catalog:write' },
  { path: 'categories', label: 'backoffice.nav.categories', permission: 'catalog:write' },
  { path: 'stock', label: 'backoffice.nav.stock', permission: 'stock:write' },
  { path: 'staff', label: 'backoffice.nav.staff', permission: 'staff:read' },
  { path: 'branches', label: 'backoffice.nav.branches', permission: 'branches:manage' },
  // Credit and statements make this the owner's list; a cashier looks customers up at the till.
  { path: 'customers', label: 'backoffice.nav.customers', permission: 'customers:credit' },
  { path: 'expenses', label: 'backoffice.nav.expenses', permission: 'expenses:write' },
  { path: 'advances', label: 'backoffice.nav.advances', permission: 'advances:read' },
  { path: 'settings', label: 'backoffice.nav.settings', permission: 'merchant:manage' },
];

/** The sections a viewer with these scopes may open. */
export function allowedSections(scopes: readonly string[]): BackOfficeNavItem[] {
  return backOfficeNav.filter((item) => scopes.includes(item.permission));
}
