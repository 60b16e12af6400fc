/**
 * The back office's screens under the owner's area (relative paths, so the frame decides where
 * it lives). A section is reachable only with its permission (`nav.ts`); a viewer with none
 * of them, a cashier, is shown that the back office is not theirs. The server refuses the same
 * operations whatever the screens show.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Route, Routes } from 'react-router';
import { useTill } from '../till/TillProvider';
import { CategoriesScreen } from './categories/CategoriesScreen';
import { BackOfficeProvider, useBackOffice } from './context';
import { AdvancesScreen } from './money/AdvancesScreen';
import { ExpensesScreen } from './money/ExpensesScreen';
import { allowedSections, backOfficeNav } from './nav';
import { BranchesScreen } from './people/BranchesScreen';
import { CustomersScreen } from './people/CustomersScreen';
import { StaffScreen } from './people/StaffScreen';
import { ProductEditor } from './products/ProductEditor';
import { ProductsScreen } from './products/ProductsScreen';
import { SettingsScreen } from './settings/SettingsScreen';
import { StockScreen } from './stock/StockScreen';

function permissionOf(path: string): string {
  const item = backOfficeNav.find((n) => n.path === path);
  if (!item) throw new Error(`no back-office section ${path}`);
  return item.permission;
}

function NoAccess() {
  const { t } = useTranslation();
  return (
    <div role="alert" data-testid="backoffice-no-access" className="mx-auto flex max-w-md flex-col gap-3 p-6">
      <h1 className="text-xl font-semibold text-slate-800">{t('backoffice.noAccess.title')}</h1>
      <p className="text-slate-600">{t('backoffice.noAccess.body')}</p>
      <Link to="/till" className="font-medium text-teal-800 underline">
        {t('backoffice.noAccess.back')}
      </Link>
    </div>
  );
}

function Section({ path, children }: { path: string; children: ReactNode }) {
  const { can } = useBackOffice();
  return can(permissionOf(path)) ? children : <NoAccess />;
}

export function BackOfficeRoutes() {
  const till = useTill();
  if (!till.session) return <Navigate to="/" replace />;
  const sections = allowedSections(till.session.scopes);
  const first = sections[0];
  if (!first) return <NoAccess />;
  const section = (path: string, element: ReactNode) => <Section path={path}>{element}</Section>;
  return (
    <BackOfficeProvider>
      <Routes>
        <Route index element={<Navigate to={first.path} replace />} />
        <Route path="products" element={section('products', <ProductsScreen />)} />
        <Route path="products/:id" element={section('products', <ProductEditor />)} />
        <Route path="categories" element={section('categories', <CategoriesScreen />)} />
        <Route path="stock" element={section('stock', <StockScreen />)} />
        <Route path="staff" element={section('staff', <StaffScreen />)} />
        <Route path="branches" element={section('branches', <BranchesScreen />)} />
        <Route path="customers" element={section('customers', <CustomersScreen />)} />
        <Route path="expenses" element={section('expenses', <ExpensesScreen />)} />
        <Route path="advances" element={section('advances', <AdvancesScreen />)} />
        <Route path="settings" element={section('settings', <SettingsScreen />)} />
        <Route path="*" element={<Navigate to={first.path} replace />} />
      </Routes>
    </BackOfficeProvider>
  );
}
