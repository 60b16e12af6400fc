/**
 * Today's orders of this till: reprint a receipt, and for those allowed (`sales:void`,
 * `sales:refund`) void an order of the open shift, refund it in full, or refund some of its lines.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderFieldsFragment } from '../__generated__/operations';
import { RecentOrdersDocument, RefundOrderDocument, VoidOrderDocument } from '../__generated__/operations';
import { type Failure, unwrapResult } from '../api/results';
import { useServices } from '../app/services';
import { Button, ErrorNote, Modal, Money } from '../app/ui';
import { newId } from '../lib/ids';
import { formatMoney } from '../lib/money';
import { ReceiptView } from '../receipt/ReceiptView';
import { RefundDialog } from './RefundDialog';
import { useTill } from './TillProvider';

export function OrdersScreen() {
  const { t } = useTranslation();
  const { api } = useServices();
  const till = useTill();
  const [orders, setOrders] = useState<OrderFieldsFragment[] | null>(null);
  const [open, setOpen] = useState<OrderFieldsFragment | null>(null);
  const [error, setError] = useState<Failure | null>(null);
  const [refunding, setRefunding] = useState<OrderFieldsFragment | null>(null);
  const [refunded, setRefunded] = useState<string | null>(null);
  const branchId = till.device?.branchId;

  const load = useCallback(async () => {
    if (!branchId || !till.session) return;
    const r = await api.query(RecentOrdersDocument, {
      filter: { branchId, cashierId: till.session.user.id },
      first: 30,
    });
    if (r.ok) setOrders(r.value.orders.nodes);
    else setError(r.error);
  }, [api, branchId, till.session]);

  useEffect(() => {
    if (till.online) void load();
  }, [load, till.online]);

  const act = async (kind: 'void' | 'refund', order: OrderFieldsFragment) => {
    const reason = window.prompt(kind === 'void' ? t('orders.voidReason') : t('orders.refundReason'));
    if (!reason?.trim()) return;
    setError(null);
    if (kind === 'void') {
      const r = await api.mutate(VoidOrderDocument, { input: { orderId: order.id, reason: reason.trim() } });
      if (!r.ok) return setError(r.error);
      const voided = unwrapResult(r.value.voidOrder, 'Order');
      if (!voided.ok) return setError(voided.error);
    } else {
      const r = await api.mutate(RefundOrderDocument, {
        input: {
          orderId: order.id,
          idempotencyKey: newId('refund'),
          reason: reason.trim(),
          ...(till.device ? { deviceId: till.device.deviceId } : {}),
        },
      });
      if (!r.ok) return setError(r.error);
      const refunded = unwrapResult(r.value.refundOrder, 'Refund');
      if (!refunded.ok) return setError(refunded.error);
    }
    setOpen(null);
    await Promise.all([load(), till.refreshShift()]);
  };

  if (!till.online) return <p className="p-4 text-amber-700">{t('orders.needsOnline')}</p>;
  return (
    <div className="mx-auto flex w-full max-w-2xl flex-col gap-2 p-3">
      <ErrorNote error={error} />
      {refunded && (
        <p role="status" className="rounded-lg bg-teal-50 px-3 py-2 text-teal-900" data-testid="refund-done">
          {t('orders.refundDone', { amount: formatMoney(refunded) })}
        </p>
      )}
      {orders?.length === 0 && <p className="text-slate-500">{t('orders.none')}</p>}
      <ul className="flex flex-col gap-2">
        {orders?.map((o) => (
          <li key={o.id}>
            <button
              type="button"
              onClick={() => {
                setRefunded(null);
                setOpen(o);
              }}
              className="flex w-full items-center justify-between rounded-lg border border-slate-200 bg-white p-3 text-left"
              data-testid="order-row"
            >
              <span>
                <span className="block font-medium">{o.number ?? o.id}</span>
                <span className="text-xs text-slate-500">
                  {new Date(o.occurredAt).toLocaleTimeString()} · {t(`orderStatus.${o.status}`)}
                  {o.offline ? ` · ${t('orders.offline')}` : ''}
                  {o.refundStatus !== 'NONE' ? ` · ${t(`refundStatus.${o.refundStatus}`)}` : ''}
                </span>
              </span>
              <Money value={o.totals.payable} />
            </button>
          </li>
        ))}
      </ul>
      {open && (
        <Modal title={open.number ?? ''} onClose={() => setOpen(null)}>
          <ReceiptView order={open} />
          <div className="mt-3 grid grid-cols-2 gap-2">
            {till.can('sales:void') && open.status === 'COMPLETED' && (
              <Button tone="danger" onClick={() => void act('void', open)}>
                {t('orders.void')}
              </Button>
            )}
            {till.can('sales:refund') && open.status === 'COMPLETED' && open.refundStatus !== 'FULL' && (
              <Button tone="danger" onClick={() => void act('refund', open)}>
                {t('orders.refund')}
              </Button>
            )}
            {till.can('sales:refund') && open.status === 'COMPLETED' && open.refundStatus !== 'FULL' && (
              <Button onClick={() => setRefunding(open)}>{t('orders.refundPartial')}</Button>
            )}
          </div>
          <ErrorNote error={error} />
        </Modal>
      )}
      {refunding && (
        <RefundDialog
          order={refunding}
          deviceId={till.device?.deviceId ?? null}
          onClose={() => setRefunding(null)}
          onDone={(amount) => {
            setRefunding(null);
            setOpen(null);
            setRefunded(amount);
            void Promise.all([load(), till.refreshShift(), till.refreshCatalog()]);
          }}
        />
      )}
    </div>
  );
}
