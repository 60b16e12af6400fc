/**
 * The dispatcher's live map (phone and desktop): the branch's couriers where they are, with their
 * trails, and its deliveries with status and lateness, all kept live by the gateway's
 * subscriptions; a ready delivery is assigned to a courier from here.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AssignCourierDocument, MeDocument } from '../__generated__/operations';
import { type Failure, unwrapResult } from '../api/results';
import { useServices } from '../app/services';
import { Button, ErrorNote } from '../app/ui';
import { useTill } from '../till/TillProvider';
import { OnlineBadge } from './access';
import { useDispatchBoard } from './board';
import { DispatchDelivery, FollowDelivery } from './DispatchDelivery';
import { isLate, timeOf, useNow } from './delivery-view';
import { LiveMap, type MapCourier } from './LiveMap';

type Branch = { id: string; name: string };

export function DispatchScreen() {
  const { t, i18n } = useTranslation();
  const { api } = useServices();
  const till = useTill();
  const now = useNow(10_000);
  const [branches, setBranches] = useState<Branch[]>([]);
  const [branchId, setBranchId] = useState<string | null>(till.device?.branchId ?? null);
  const [selected, setSelected] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, Failure | null>>({});
  const { board, error } = useDispatchBoard(api, branchId);

  useEffect(() => {
    void api.query(MeDocument, {}).then((r) => {
      if (!r.ok) return;
      const list = r.value.me?.merchant.branches ?? [];
      setBranches(list);
      setBranchId((current) => current ?? list[0]?.id ?? null);
    });
  }, [api]);

  const late = useMemo(
    () => new Set(board.deliveries.filter((d) => isLate(d, now)).map((d) => d.id)),
    [board.deliveries, now],
  );
  const open = board.deliveries
    .filter((d) => d.status === 'READY' || d.status === 'DELIVERING')
    .sort((a, b) => Number(late.has(b.id)) - Number(late.has(a.id)));
  const openLate = open.filter((d) => late.has(d.id)).length;
  const finished = board.deliveries.filter((d) => d.status === 'DONE' || d.status === 'CANCELLED');

  const mapCouriers: MapCourier[] = board.couriers.map((c) => {
    const carrying = open.filter((d) => d.courier?.id === c.id && d.status === 'DELIVERING');
    return {
      id: c.id,
      name: c.user.name,
      busy: carrying.length > 0,
      late: carrying.some((d) => late.has(d.id)),
    };
  });
  const following = open.find((d) => d.status === 'DELIVERING' && d.courier?.id === selected);

  const assign = async (deliveryId: string, courierId: string) => {
    setBusy(deliveryId);
    setErrors((e) => ({ ...e, [deliveryId]: null }));
    const r = await api.mutate(AssignCourierDocument, { deliveryId, courierId });
    setBusy(null);
    const result = r.ok ? unwrapResult(r.value.assignCourier, 'Delivery') : r;
    if (!result.ok) setErrors((e) => ({ ...e, [deliveryId]: result.error }));
  };

  return (
    <div className="flex h-dvh flex-col">
      <header className="flex flex-wrap items-center gap-2 border-b border-slate-200 bg-white px-3 py-2">
        <div className="mr-auto min-w-0">
          <p className="truncate font-semibold text-teal-800">{t('dispatch.title')}</p>
          <p className="truncate text-xs text-slate-500">{till.session?.user.name}</p>
        </div>
        {branches.length > 1 && (
          <select
            aria-label={t('dispatch.branch')}
            className="min-h-9 rounded-lg border border-slate-300 bg-white px-2 text-sm"
            value={branchId ?? ''}
            onChange={(e) => setBranchId(e.target.value)}
          >
            {branches.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </select>
        )}
        <OnlineBadge online={till.online} />
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
      <ErrorNote error={error} />
      <div className="flex min-h-0 flex-1 flex-col md:flex-row">
        <div className="h-[45dvh] shrink-0 md:h-auto md:flex-1">
          <LiveMap couriers={mapCouriers} trails={board.trails} selected={selected} onSelect={setSelected} />
        </div>
        <aside className="flex min-h-0 flex-1 flex-col gap-3 overflow-y-auto bg-slate-50 p-3 md:w-96 md:flex-none">
          <section aria-label={t('dispatch.couriers')}>
            <h2 className="mb-1 font-semibold">{t('dispatch.couriers')}</h2>
            {board.couriers.length === 0 && (
              <p className="text-sm text-slate-500">{t('dispatch.noCouriers')}</p>
            )}
            <ul className="flex flex-col gap-1">
              {board.couriers.map((c) => {
                const trail = board.trails[c.id] ?? [];
                const last = trail.at(-1);
                const info = mapCouriers.find((m) => m.id === c.id);
                return (
                  <li key={c.id}>
                    <button
                      type="button"
                      data-testid="courier-row"
                      data-courier-id={c.id}
                      data-lat={last?.lat ?? ''}
                      data-lng={last?.lng ?? ''}
                      data-points={trail.length}
                      onClick={() => setSelected(c.id === selected ? null : c.id)}
                      className={`flex w-full items-center gap-2 rounded-lg border px-2 py-1 text-left text-sm ${c.id === selected ? 'border-teal-600 bg-teal-50' : 'border-slate-200 bg-white'}`}
                    >
                      <span className="mr-auto font-medium">{c.user.name}</span>
                      <span className="text-xs text-slate-500">
                        {!c.active
                          ? t('dispatch.inactive')
                          : info?.busy
                            ? t('dispatch.busy')
                            : t('dispatch.free')}
                      </span>
                      <span className="text-xs text-slate-500">{last ? timeOf(last.recordedAt) : '–'}</span>
                    </button>
                  </li>
                );
              })}
            </ul>
            {following && <FollowDelivery api={api} deliveryId={following.id} />}
          </section>
          <section aria-label={t('dispatch.open')}>
            <h2 className="mb-1 font-semibold">
              {t('dispatch.open')} ({open.length}){' '}
              {openLate > 0 && (
                <span className="text-sm text-rose-700" data-testid="late-count">
                  · {t('dispatch.lateCount', { count: openLate })}
                </span>
              )}
            </h2>
            {open.length === 0 && <p className="text-sm text-slate-500">{t('dispatch.noOpen')}</p>}
            <ul className="flex flex-col gap-2">
              {open.map((d) => (
                <DispatchDelivery
                  key={`${d.id}:${d.courier?.id ?? ''}`}
                  delivery={d}
                  late={late.has(d.id)}
                  couriers={board.couriers}
                  busy={busy === d.id}
                  error={errors[d.id] ?? null}
                  onAssign={(courierId) => void assign(d.id, courierId)}
                />
              ))}
            </ul>
          </section>
          {finished.length > 0 && (
            <section aria-label={t('dispatch.finished')}>
              <h2 className="mb-1 font-semibold">{t('dispatch.finished')}</h2>
              <ul className="flex flex-col gap-2">
                {finished.map((d) => (
                  <DispatchDelivery
                    key={d.id}
                    delivery={d}
                    late={late.has(d.id)}
                    couriers={board.couriers}
                    busy={false}
                    error={null}
                    onAssign={() => undefined}
                  />
                ))}
              </ul>
            </section>
          )}
        </aside>
      </div>
    </div>
  );
}
