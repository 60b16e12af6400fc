/**
 * The owner's frame, phone first: the merchant, the branch looked at (or all of them), and the
 * sections the viewer's effective permissions open (see `nav.ts`). Someone whose permissions open
 * none of them (a cashier, a courier) is sent back to the start and never sees a report.
 */
import { Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Outlet, useLocation } from 'react-router';
import { OwnerContextDocument, type OwnerContextQuery } from '../__generated__/operations';
import type { Failure } from '../api/results';
import { useServices } from '../app/services';
import { Button, ErrorNote } from '../app/ui';
import { useTill } from '../till/TillProvider';
import { canOpen, visibleEntries } from './access';
import { type OwnerNavEntry, ownerNav } from './nav';
import { OwnerContext, ownerState } from './OwnerContext';

const BRANCH_KEY = 'pos-owner-branch';

export function OwnerLayout() {
  const { t, i18n } = useTranslation();
  const { api } = useServices();
  const till = useTill();
  const session = till.session;
  const scopes = session?.scopes ?? [];
  const entries = visibleEntries(ownerNav, scopes);
  const [me, setMe] = useState<NonNullable<OwnerContextQuery['me']> | null>(null);
  const [error, setError] = useState<Failure | null>(null);
  const [branchId, setBranch] = useState(() => localStorage.getItem(BRANCH_KEY) ?? '');
  const allowed = entries.length > 0;
  const userId = session?.user.id;

  const load = useCallback(async () => {
    setError(null);
    const r = await api.query(OwnerContextDocument, {});
    if (!r.ok) return setError(r.error);
    if (!r.value.me) return setError({ code: 'UNAUTHENTICATED', message: 'me' });
    setMe(r.value.me);
  }, [api]);

  useEffect(() => {
    if (userId && allowed) void load();
  }, [userId, allowed, load]);

  const setBranchId = useCallback((id: string) => {
    localStorage.setItem(BRANCH_KEY, id);
    setBranch(id);
  }, []);
  const state = useMemo(
    () => (me ? ownerState(me, scopes, branchId, setBranchId) : null),
    [me, scopes, branchId, setBranchId],
  );

  if (!session) return <Navigate to="/owner/signin" replace />;
  if (!allowed) return <Navigate to="/" replace />;

  const link = ({ isActive }: { isActive: boolean }) =>
    `whitespace-nowrap rounded-lg px-3 py-2 text-sm font-medium ${isActive ? 'bg-teal-700 text-white' : 'text-slate-700 hover:bg-slate-200'}`;

  return (
    <div className="flex min-h-dvh flex-col bg-slate-50">
      <header className="flex flex-wrap items-center gap-2 border-b border-slate-200 bg-white px-3 py-2">
        <div className="mr-auto min-w-0">
          <p className="truncate font-semibold text-teal-800">{state?.merchant.name ?? '…'}</p>
          <p className="truncate text-xs text-slate-500" data-testid="owner-user">
            {session.user.name}
          </p>
        </div>
        {state && state.branches.length > 0 && (
          <label className="flex items-center gap-1 text-sm">
            <span className="sr-only">{t('owner.branch')}</span>
            <select
              aria-label={t('owner.branch')}
              className="min-h-11 max-w-44 rounded-lg border border-slate-300 bg-white px-2"
              value={state.branchId}
              onChange={(e) => state.setBranchId(e.target.value)}
            >
              <option value="">{t('owner.allBranches')}</option>
              {state.branches.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <span
          data-testid="connection"
          data-online={till.online}
          className={`rounded-full px-2 py-1 text-xs font-semibold ${till.online ? 'bg-emerald-100 text-emerald-800' : 'bg-amber-100 text-amber-800'}`}
        >
          {till.online ? t('till.online') : t('till.offline')}
        </span>
        <Button
          tone="ghost"
          className="text-xs"
          onClick={() => void i18n.changeLanguage(i18n.language === 'id' ? 'en' : 'id')}
        >
          {i18n.language === 'id' ? 'EN' : 'ID'}
        </Button>
        <Button tone="ghost" className="text-xs" onClick={() => void till.signOut()}>
          {t('till.signOut')}
        </Button>
      </header>
      <nav
        aria-label={t('owner.navLabel')}
        className="flex gap-1 overflow-x-auto border-b border-slate-200 bg-slate-100 px-2 py-1"
      >
        {entries.map((e) => (
          <NavLink key={e.to} to={e.to ? `/owner/${e.to}` : '/owner'} end={!e.to} className={link}>
            {t(e.labelKey)}
          </NavLink>
        ))}
        {till.device && (
          <NavLink to="/till" className={link}>
            {t('owner.nav.till')}
          </NavLink>
        )}
      </nav>
      <main className="flex min-h-0 flex-1 flex-col">
        {error && (
          <div className="flex flex-col gap-2 p-4">
            <ErrorNote error={error} />
            <Button onClick={() => void load()}>{t('owner.retry')}</Button>
          </div>
        )}
        {state && (
          <OwnerContext.Provider value={state}>
            <Outlet />
          </OwnerContext.Provider>
        )}
      </main>
    </div>
  );
}

/** One section's route: opened only for a viewer its scopes allow, else the first one they may. */
export function OwnerGate({ entry }: { entry: OwnerNavEntry }) {
  const till = useTill();
  const location = useLocation();
  const scopes = till.session?.scopes ?? [];
  if (!canOpen(entry, scopes)) {
    const first = visibleEntries(ownerNav, scopes)[0];
    const to = first ? (first.to ? `/owner/${first.to}` : '/owner') : '/';
    return to === location.pathname ? null : <Navigate to={to} replace />;
  }
  const Screen = entry.component;
  return (
    <Suspense fallback={<p className="p-4 text-slate-500">…</p>}>
      <Screen />
    </Suspense>
  );
}
