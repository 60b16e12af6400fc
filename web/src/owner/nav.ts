/**
 * The owner frame's sections. Each entry is one screen under `/owner/<to>`, shown in the nav and
 * routed only for viewers whose effective permissions (the access token's scopes, the same list
 * as `me { permissions { effective } }`) hold at least one of its `scopes`; the server still
 * checks every request. The frame itself opens only for a viewer who may see some entry, so a
 * cashier is sent back to the till. Back-office screens add their entries here.
 */
import { type ComponentType, lazy } from 'react';
import { backOfficeNav } from '../backoffice/nav';
import { backOfficeSection } from '../backoffice/routes';
import type { Gated } from './access';
import { DashboardScreen } from './DashboardScreen';

// Charts (ECharts) load with the reports screen only, never with the till.
const ReportsScreen = lazy(() => import('./ReportsScreen').then((m) => ({ default: m.ReportsScreen })));

export interface OwnerNavEntry extends Gated {
  /** Path under `/owner` (empty for the dashboard); the screen also gets `<to>/*` for its own routes. */
  to: string;
  /** i18n key of the nav label. */
  labelKey: string;
  component: ComponentType;
}

export const ownerNav: OwnerNavEntry[] = [
  { to: '', labelKey: 'owner.nav.dashboard', scopes: ['reports:read'], component: DashboardScreen },
  { to: 'reports', labelKey: 'owner.nav.reports', scopes: ['reports:read'], component: ReportsScreen },
  ...backOfficeNav.map((item) => ({
    to: item.path,
    labelKey: item.label,
    scopes: [item.permission],
    component: backOfficeSection(item.path),
  })),
];
