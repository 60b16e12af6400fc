/**
 * The till's frame: who and where, the connection and the outbox at a glance, live low-stock
 * alerts, and the sections (sell, shift, orders, sync), with a link to the owner's area for a
 * viewer whose scopes open some of it. Later sections of the app (back office,
 * dispatcher, courier) get frames of their own beside this one.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Outlet } from 'react-router';
import { Button } from '../app/ui';
import { visibleEntries } from '../owner/access';
import { ownerNav } from '../owner/nav';
import { useTill } from './TillProvider';

export function TillLayout() {
  const { t, i18n } = useTranslation();
  const till = useTill();
  const { refreshCatalog } = till;
  // Entering the till (say back from the owner's area, where products were just added): the
  // catalog is fetched afresh, not only when the session or the connection changes.
  useEffect(() => {
    void refreshCatalog();
  }, [refreshCatalog]);
  if (!till.device) return <Navigate to="/device" replace />;
  if (!till.session) return <Navigate to="/signin" replace />;
  // The owner's area, for a viewer whose scopes open some section of it (never a cashier).
  const ownerArea = visibleEntries(ownerNav, till.session.scopes).length > 0;
  const queued = till.outbox.filter((s) => s.status === 'queued').length;
  const link = ({ isActive }: { isActive: boolean }) =>
    `rounded-lg px-3 py-2 text-sm font-medium ${isActive ? 'bg-teal-700 text-white' : 'text-slate-700 hover:bg-slate-200'}`;

  return (
    <div className="flex min-h-dvh flex-col">
      <header className="flex flex-wrap items-center gap-2 border-b border-slate-200 bg-white px-3 py-2">
        <div className="mr-auto min-w-0">
          <p className="truncate font-semibold text-teal-800">{till.device.branchName}</p>
          <p className="truncate text-xs text-slate-500" data-testid="cashier">
            {till.session.user.name}
          </p>
        </div>
        <span
          data-testid="connection"
          data-online={till.online}
          className={`rounded-full px-2 py-1 text-xs font-semibold ${till.online ? 'bg-emerald-100 text-emerald-800' : 'bg-amber-100 text-amber-800'}`}
        >
          {till.online ? t('till.online') : t('till.offline')}
        </span>
        {queued > 0 && (
          <NavLink
            to="/till/sync"
            data-testid="queued-count"
            className="rounded-full bg-amber-500 px-2 py-1 text-xs font-semibold text-white"
          >
            {t('till.queued', { count: queued })}
          </NavLink>
        )}
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
      <nav className="flex gap-1 overflow-x-auto border-b border-slate-200 bg-slate-100 px-2 py-1">
        <NavLink to="/till" end className={link}>
          {t('nav.sell')}
        </NavLink>
        <NavLink to="/till/shift" className={link}>
          {t('nav.shift')}
        </NavLink>
        <NavLink to="/till/orders" className={link}>
          {t('nav.orders')}
        </NavLink>
        <NavLink to="/till/sync" className={link}>
          {t('nav.sync')}
        </NavLink>
        {ownerArea && (
          <NavLink to="/owner" className={link} data-testid="owner-link">
            {t('nav.owner')}
          </NavLink>
        )}
      </nav>
      {till.alerts.length > 0 && (
        <div className="flex flex-col gap-1 bg-amber-50 px-3 py-2" aria-live="polite">
          {till.alerts.map((a) => (
            <div
              key={a.key}
              className="flex items-center gap-2 text-sm text-amber-900"
              data-testid="low-stock-alert"
            >
              <span className="mr-auto">
                {a.kind === 'NEGATIVE'
                  ? t('alerts.negative', { name: a.name, balance: a.balance })
                  : t('alerts.low', { name: a.name, balance: a.balance })}
              </span>
              <Button tone="ghost" className="min-h-8 text-xs" onClick={() => till.dismissAlert(a.key)}>
                ✕
              </Button>
            </div>
          ))}
        </div>
      )}
      <main className="flex min-h-0 flex-1 flex-col">
        <Outlet />
      </main>
    </div>
  );
}
