/**
 * A sale waiting for a charged QRIS or e-wallet payment: the QR (or the wallet link) for the
 * customer, and the order's payment status asked of the server every few seconds
 * (`checkPaymentStatus`, which asks the provider) until it is PAID, EXPIRED or FAILED. The graph
 * has no subscription for payments; the provider's own notification completes the sale on the
 * server meanwhile, and the next check reads it.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderFieldsFragment } from '../../__generated__/operations';
import { CancelPendingPaymentDocument, CheckPaymentStatusDocument } from '../../__generated__/operations';
import { type Failure, unwrapResult } from '../../api/results';
import { useServices } from '../../app/services';
import { Button, ErrorNote, Modal, Money } from '../../app/ui';
import { qrImage } from './qr';

const CHECK_EVERY_MS = 2_000;

export const chargedPayment = (order: OrderFieldsFragment) => order.payments.find((p) => p.charge);

export function ChargeWaiting({
  order,
  onPaid,
  onEnded,
}: {
  order: OrderFieldsFragment;
  /** The charge was paid: the sale is complete. */
  onPaid: (order: OrderFieldsFragment) => void;
  /** The charge expired, failed or was cancelled: the sale was cancelled, the cart is still here. */
  onEnded: () => void;
}) {
  const { t } = useTranslation();
  const { api } = useServices();
  const [current, setCurrent] = useState(order);
  const [qr, setQr] = useState<string | null>(null);
  const [error, setError] = useState<Failure | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const [now, setNow] = useState(() => Date.now());
  const paid = useRef(onPaid);
  paid.current = onPaid;
  const payment = chargedPayment(current);
  const charge = payment?.charge;
  const status = current.paymentStatus;

  useEffect(() => {
    if (!charge?.qrString) return;
    let live = true;
    void qrImage(charge.qrString).then(
      (url) => live && setQr(url),
      () => live && setQr(null),
    );
    return () => {
      live = false;
    };
  }, [charge?.qrString]);

  // Ask until the payment is settled one way or the other.
  useEffect(() => {
    if (status !== 'PENDING') return;
    let live = true;
    const check = async () => {
      const r = await api.mutate(CheckPaymentStatusDocument, { orderId: order.id });
      if (!live) return;
      if (!r.ok) return setError(r.error);
      const o = unwrapResult(r.value.checkPaymentStatus, 'Order');
      if (!o.ok) return setError(o.error);
      setError(null);
      setCurrent(o.value);
    };
    const timer = setInterval(() => void check(), CHECK_EVERY_MS);
    const clock = setInterval(() => setNow(Date.now()), 1_000);
    return () => {
      live = false;
      clearInterval(timer);
      clearInterval(clock);
    };
  }, [api, order.id, status]);

  useEffect(() => {
    if (status === 'PAID') paid.current(current);
  }, [status, current]);

  const cancel = async () => {
    setCancelling(true);
    const r = await api.mutate(CancelPendingPaymentDocument, { orderId: order.id });
    setCancelling(false);
    if (!r.ok) return setError(r.error);
    const o = unwrapResult(r.value.cancelPendingPayment, 'Order');
    if (!o.ok) return setError(o.error);
    setCurrent(o.value);
  };

  const expiresAt = charge?.expiresAt ? new Date(charge.expiresAt).getTime() : null;
  const left = expiresAt ? Math.max(0, Math.round((expiresAt - now) / 1000)) : null;
  const ended = status === 'EXPIRED' || status === 'FAILED';
  return (
    <Modal title={t('charge.title', { method: t(`methods.${payment?.method ?? 'QRIS'}`) })}>
      <div className="flex flex-col items-center gap-3" data-testid="charge" data-status={status}>
        <p className="flex w-full items-baseline justify-between">
          <span className="text-slate-600">{t('charge.amount')}</span>
          <Money value={payment?.amount} className="text-2xl font-bold" />
        </p>
        {status === 'PENDING' && (
          <>
            {qr && <img src={qr} alt={t('charge.qrAlt')} className="size-64" data-testid="charge-qr" />}
            {charge?.deeplinkUrl && (
              <a
                className="text-teal-700 underline"
                href={charge.deeplinkUrl}
                target="_blank"
                rel="noreferrer"
              >
                {t('charge.openWallet')}
              </a>
            )}
            <p className="text-slate-700" aria-live="polite">
              {t('charge.waiting')}
              {left !== null && ` · ${t('charge.expiresIn', { count: left })}`}
            </p>
            <Button tone="danger" className="w-full" disabled={cancelling} onClick={() => void cancel()}>
              {t('charge.cancel')}
            </Button>
          </>
        )}
        {status === 'PAID' && <p className="text-lg font-semibold text-teal-700">{t('charge.paid')}</p>}
        {ended && (
          <>
            <p role="alert" className="rounded-lg bg-amber-50 px-3 py-2 text-amber-900">
              {status === 'EXPIRED' ? t('charge.expired') : t('charge.failed')}
            </p>
            <Button tone="primary" className="w-full" onClick={onEnded} data-testid="charge-back">
              {t('charge.back')}
            </Button>
          </>
        )}
        <ErrorNote error={error} />
      </div>
    </Modal>
  );
}
