/**
 * The courier's app: their own deliveries (the server sends no one else's), start, complete with
 * the cash collected, cancel; while one is under way the phone's position is queued and sent.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CancelDeliveryDocument,
  CompleteDeliveryDocument,
  type DeliveryFieldsFragment,
  type DeliveryResultFieldsFragment,
  DeliveryStatusChangesDocument,
  MyCourierDocument,
  type MyCourierQuery,
  MyDeliveriesDocument,
  StartDeliveryDocument,
} from '../__generated__/operations';
import { type Failure, type Outcome, unwrapResult } from '../api/results';
import { useServices } from '../app/services';
import { Button, ErrorNote } from '../app/ui';
import { OnlineBadge } from '../dispatch/access';
import { isLate, useNow } from '../dispatch/delivery-view';
import { formatMoney } from '../lib/money';
import { useTill } from '../till/TillProvider';
import { type CompleteForm, DeliveryCard } from './DeliveryCard';
import { type CourierDatabase, courierDb } from './position-queue';
import { usePositionTracker } from './tracker';

const REFRESH_MS = 30_000;

export function CourierHome() {
  const { t, i18n } = useTranslation();
  const { api } = useServices();
  const till = useTill();
  const now = useNow();
  const [db, setDb] = useState<CourierDatabase | null>(null);
  const [me, setMe] = useState<MyCourierQuery['myCourier'] | undefined>(undefined);
  const [open, setOpen] = useState<DeliveryFieldsFragment[]>([]);
  const [finished, setFinished] = useState<DeliveryFieldsFragment[]>([]);
  const [loadError, setLoadError] = useState<Failure | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, Failure | null>>({});
  const userId = till.session?.user.id ?? null;

  useEffect(() => {
    void courierDb().then(setDb);
  }, []);

  const load = useCallback(async () => {
    const [c, d] = await Promise.all([
      api.query(MyCourierDocument, {}),
      api.query(MyDeliveriesDocument, { open: 100, finished: 20 }),
    ]);
    if (c.ok) setMe(c.value.myCourier);
    if (!d.ok) return setLoadError(d.error);
    setLoadError(null);
    setOpen(d.value.open);
    setFinished(d.value.finished);
  }, [api]);

  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    window.addEventListener('online', load);
    return () => {
      clearInterval(timer);
      window.removeEventListener('online', load);
    };
  }, [load]);

  // Assignments and changes made by the dispatcher arrive live (only the courier's own).
  const branchId = me?.branch.id;
  useEffect(() => {
    if (!branchId) return;
    return api.subscribe(DeliveryStatusChangesDocument, { branchId }, () => void load());
  }, [api, branchId, load]);

  const active = open.find((d) => d.status === 'DELIVERING') ?? null;
  const tracker = usePositionTracker(api, db, userId, active?.id ?? null);

  const act = async (id: string, run: () => Promise<Outcome<DeliveryResultFieldsFragment>>) => {
    setBusy(id);
    setErrors((e) => ({ ...e, [id]: null }));
    const r = await run();
    setBusy(null);
    if (!r.ok) return setErrors((e) => ({ ...e, [id]: r.error }));
    const result = unwrapResult(r.value, 'Delivery');
    if (!result.ok) {
      const expected = r.value.__typename === 'CashOnDeliveryMismatch' ? r.value.expected : null;
      setErrors((e) => ({
        ...e,
        [id]: expected
          ? { ...result.error, message: t('courier.expected', { amount: formatMoney(expected) }) }
          : result.error,
      }));
    }
    await load();
  };
  const pick =
    <K extends string>(key: K) =>
    (o: Outcome<Record<K, DeliveryResultFieldsFragment>>): Outcome<DeliveryResultFieldsFragment> =>
      o.ok ? { ok: true, value: o.value[key] } : o;

  const start = (d: DeliveryFieldsFragment) =>
    act(d.id, async () =>
      pick('startDelivery')(await api.mutate(StartDeliveryDocument, { deliveryId: d.id })),
    );
  const complete = (d: DeliveryFieldsFragment, form: CompleteForm) =>
    act(d.id, async () => {
      // The trail is sent before the delivery closes, so it ends where the customer is.
      await tracker.flush();
      return pick('completeDelivery')(
        await api.mutate(CompleteDeliveryDocument, {
          input: {
            deliveryId: d.id,
            recipientName: form.recipientName,
            cashCollected: form.cashCollected,
            note: form.note,
          },
        }),
      );
    });
  const cancel = (d: DeliveryFieldsFragment, reason: string) =>
    act(d.id, async () =>
      pick('cancelDelivery')(await api.mutate(CancelDeliveryDocument, { deliveryId: d.id, reason })),
    );

  const card = (d: DeliveryFieldsFragment) => (
    <DeliveryCard
      key={d.id}
      delivery={d}
      late={isLate(d, now)}
      busy={busy === d.id}
      error={errors[d.id] ?? null}
      onStart={() => void start(d)}
      onComplete={(form) => void complete(d, form)}
      onCancel={(reason) => void cancel(d, reason)}
    />
  );

  return (
    <div className="flex min-h-dvh flex-col bg-slate-50">
      <header className="flex flex-wrap items-center gap-2 border-b border-slate-200 bg-white px-3 py-2">
        <div className="mr-auto min-w-0">
          <p className="truncate font-semibold text-teal-800">{t('courier.title')}</p>
          <p className="truncate text-xs text-slate-500" data-testid="courier-name">
            {till.session?.user.name}
          </p>
        </div>
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
      <section
        className="flex flex-wrap items-center gap-x-4 gap-y-1 bg-white px-3 py-2 text-sm"
        data-testid="tracking"
        data-tracking={tracker.tracking}
        data-queued={tracker.queued}
      >
        <span>{tracker.tracking ? t('courier.tracking') : t('courier.notTracking')}</span>
        {tracker.queued > 0 && (
          <span className="font-semibold text-amber-700">
            {t('courier.queued', { count: tracker.queued })}
          </span>
        )}
        {tracker.error !== null && (
          <span role="alert" className="text-rose-700">
            {t(`courier.geoError.${tracker.error}`, { defaultValue: t('courier.geoError.2') })}
          </span>
        )}
      </section>
      <main className="mx-auto flex w-full max-w-2xl flex-col gap-4 p-3">
        {me === null && (
          <p role="alert" className="text-amber-800">
            {t('courier.noProfile')}
          </p>
        )}
        <ErrorNote error={loadError} />
        <section aria-label={t('courier.mine')}>
          <h2 className="mb-2 text-lg font-semibold">{t('courier.mine')}</h2>
          {open.length === 0 ? (
            <p className="text-slate-500" data-testid="courier-empty">
              {t('courier.none')}
            </p>
          ) : (
            <ul className="flex flex-col gap-3">{open.map(card)}</ul>
          )}
        </section>
        {finished.length > 0 && (
          <section aria-label={t('courier.finished')}>
            <h2 className="mb-2 text-lg font-semibold">{t('courier.finished')}</h2>
            <ul className="flex flex-col gap-3">{finished.map(card)}</ul>
          </section>
        )}
      </main>
    </div>
  );
}
