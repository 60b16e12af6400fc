/** A delivery on the dispatcher's panel: where, for whom, status, lateness, and its courier. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type CourierFieldsFragment,
  type DeliveryFieldsFragment,
  DeliveryPositionsDocument,
} from '../__generated__/operations';
import type { Api } from '../api/client';
import type { Failure } from '../api/results';
import { Button, ErrorNote, Money } from '../app/ui';
import { StatusBadge, timeOf } from './delivery-view';

export function DispatchDelivery({
  delivery: d,
  late,
  couriers,
  busy,
  error,
  onAssign,
}: {
  delivery: DeliveryFieldsFragment;
  late: boolean;
  couriers: CourierFieldsFragment[];
  busy: boolean;
  error: Failure | null;
  onAssign(courierId: string): void;
}) {
  const { t } = useTranslation();
  const [courierId, setCourierId] = useState(d.courier?.id ?? '');
  const open = d.status === 'READY' || d.status === 'DELIVERING';
  const choices = couriers.filter((c) => c.active);
  return (
    <li
      data-testid="dispatch-delivery"
      data-delivery-id={d.id}
      data-status={d.status}
      data-late={late}
      className={`flex flex-col gap-1 rounded-lg border bg-white p-2 text-sm ${late ? 'border-rose-400 bg-rose-50 ring-2 ring-rose-200' : 'border-slate-200'}`}
    >
      <div className="flex items-center gap-2">
        <span className="mr-auto font-semibold">{d.order?.number ?? d.id.slice(-6)}</span>
        {late && (
          <span
            data-testid="late-badge"
            className="rounded-full bg-rose-600 px-2 py-0.5 text-xs font-semibold text-white"
          >
            {t('dispatch.late')}
          </span>
        )}
        <StatusBadge status={d.status} />
      </div>
      <p>{d.address}</p>
      <p className="text-slate-600">
        {d.contactName} · {d.contactPhone}
      </p>
      <div className="flex flex-wrap gap-x-3 text-slate-600">
        {d.cashOnDelivery !== '0' && (
          <span>
            {t('dispatch.cod')} <Money value={d.cashOnDelivery} />
          </span>
        )}
        {d.cashCollected && (
          <span data-testid="cash-collected">
            {t('courier.collected')} <Money value={d.cashCollected} />
          </span>
        )}
        {d.promisedAt && <span>{t('dispatch.promised', { time: timeOf(d.promisedAt) })}</span>}
        {d.courier && (
          <span data-testid="assigned-courier">{t('dispatch.carriedBy', { name: d.courier.user.name })}</span>
        )}
      </div>
      {open && (
        <div className="flex items-end gap-2">
          <label className="flex flex-1 flex-col gap-1 text-xs font-medium text-slate-600">
            {t('dispatch.courier')}
            <select
              className="min-h-10 rounded-lg border border-slate-300 bg-white px-2 text-sm"
              value={courierId}
              onChange={(e) => setCourierId(e.target.value)}
            >
              <option value="">{t('dispatch.pickCourier')}</option>
              {choices.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.user.name}
                </option>
              ))}
            </select>
          </label>
          <Button
            tone="primary"
            className="min-h-10"
            disabled={busy || !courierId || courierId === d.courier?.id}
            onClick={() => onAssign(courierId)}
          >
            {t('dispatch.assign')}
          </Button>
        </div>
      )}
      <ErrorNote error={error} />
    </li>
  );
}

/** The positions of one delivery under way, as they arrive (the delivery's own feed). */
export function FollowDelivery({ api, deliveryId }: { api: Api; deliveryId: string }) {
  const { t } = useTranslation();
  const [count, setCount] = useState(0);
  const [last, setLast] = useState<string | null>(null);
  useEffect(() => {
    setCount(0);
    setLast(null);
    return api.subscribe(DeliveryPositionsDocument, { deliveryId }, (data) => {
      setCount((n) => n + 1);
      setLast(data.deliveryPositions.recordedAt);
    });
  }, [api, deliveryId]);
  return (
    <p className="text-xs text-slate-600" data-testid="follow-delivery" data-count={count}>
      {t('dispatch.following', { count })}
      {last && ` · ${timeOf(last)}`}
    </p>
  );
}
