/**
 * The back office's screens under the owner's area, one per section of `nav.ts`, mounted by the
 * owner's frame (`web/src/owner/nav.ts`). A section is reachable only with its permission (`nav.ts`); a viewer with none
 * of them, a cashier, is shown that the back office is not theirs. The server refuses the same
 * operations whatever the screens show.
 */
import type { ComponentType, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Route, Routes } from 'react-router';
import { useTill } from '../till/TillProvider';
import { CategoriesScreen } from './categories/CategoriesScreen';
import { BackOfficeProvider, useBackOffice } from './context';
import { AdvancesScreen } from './money/AdvancesScreen';
import { ExpensesScreen } from './money/ExpensesScreen';
import { backOfficeNav } from './nav';
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

function ProductsSection() {
  return (
    <Routes>
      <Route index element={<ProductsScreen />} />
      <Route path=":id" element={<ProductEditor />} />
    </Routes>
  );
}

const SCREENS: Record<string, ComponentType> = {
  products: ProductsSection,
  categories: CategoriesScreen,
  stock: StockScreen,
  staff: StaffScreen,
  branches: BranchesScreen,
  customers: CustomersScreen,
  expenses: ExpensesScreen,
  advances: AdvancesScreen,
  settings: SettingsScreen,
};

/**
 * One back-office section as a screen of the owner's frame (`/owner/<path>/*`): the frame lists
 * and gates it by its permission, and the section checks it again before it shows anything.
 */
export function backOfficeSection(path: string): ComponentType {
  const Screen = SCREENS[path];
  if (!Screen) throw new Error(`no back-office screen for ${path}`);
  return function BackOfficeSection() {
    const till = useTill();
    if (!till.session) return <Navigate to="/" replace />;
    return (
      <BackOfficeProvider>
        <Section path={path}>
          <Screen />
        </Section>
      </BackOfficeProvider>
    );
  };
}
