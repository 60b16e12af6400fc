/** What every back-office screen shares: the API, the viewer's scopes and the merchant's branches. */
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { AdminBranchesDocument, type AdminBranchesQuery } from '../__generated__/operations';
import type { Api } from '../api/client';
import { useServices } from '../app/services';
import { useTill } from '../till/TillProvider';

export type AdminBranch = AdminBranchesQuery['branches'][number];

export interface BackOffice {
  api: Api;
  can(scope: string): boolean;
  branches: AdminBranch[];
  /** The branch stock and expenses default to: the device's, else the first one. */
  homeBranchId: string;
  reloadBranches(): Promise<void>;
}

const BackOfficeContext = createContext<BackOffice | null>(null);

export function useBackOffice(): BackOffice {
  const value = useContext(BackOfficeContext);
  if (!value) throw new Error('useBackOffice outside BackOfficeProvider');
  return value;
}

export function BackOfficeProvider({ children }: { children: ReactNode }) {
  const { api } = useServices();
  const till = useTill();
  const [branches, setBranches] = useState<AdminBranch[]>([]);

  const reloadBranches = useCallback(async () => {
    const r = await api.query(AdminBranchesDocument, {});
    if (r.ok) setBranches(r.value.branches);
  }, [api]);

  useEffect(() => {
    void reloadBranches();
  }, [reloadBranches]);

  const scopes = till.session?.scopes;
  const can = useCallback((scope: string) => scopes?.includes(scope) ?? false, [scopes]);
  const active = branches.filter((b) => b.active);
  const homeBranchId =
    active.find((b) => b.id === till.device?.branchId)?.id ?? active[0]?.id ?? till.device?.branchId ?? '';

  const value = useMemo(
    () => ({ api, can, branches, homeBranchId, reloadBranches }),
    [api, can, branches, homeBranchId, reloadBranches],
  );
  return <BackOfficeContext.Provider value={value}>{children}</BackOfficeContext.Provider>;
}
