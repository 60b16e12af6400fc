/**
 * A partial refund: how many of each line go back (at most what was bought less what was already
 * refunded), whether the goods return to stock, and why. The server computes the amount from the
 * lines it is sent; the till shows what it answered.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderFieldsFragment } from '../__generated__/operations';
import { RefundOrderDocument } from '../__generated__/operations';
import { type Failure, unwrapResult } from '../api/results';
import { useServices } from '../app/services';
import { Button, ErrorNote, Field, Modal, Money } from '../app/ui';
import { newId } from '../lib/ids';

export function RefundDialog({
  order,
  deviceId,
  onDone,
  onClose,
}: {
  order: OrderFieldsFragment;
  deviceId: string | null;
  onDone: (amount: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { api } = useServices();
  const lines = order.lines.filter((l) => l.quantity - l.refundedQuantity > 0);
  const [quantities, setQuantities] = useState<Record<string, number>>({});
  const [restock, setRestock] = useState(true);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Failure | null>(null);
  // One key per refund attempt, kept across retries of the same attempt.
  const [key] = useState(() => newId('refund'));
  const chosen = lines
    .map((l) => ({ lineId: l.id, quantity: quantities[l.id] ?? 0, restock }))
    .filter((l) => l.quantity > 0);

  const submit = async () => {
    setBusy(true);
    setError(null);
    const r = await api.mutate(RefundOrderDocument, {
      input: {
        orderId: order.id,
        idempotencyKey: key,
        reason: reason.trim(),
        lines: chosen,
        ...(deviceId ? { deviceId } : {}),
      },
    });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    const refund = unwrapResult(r.value.refundOrder, 'Refund');
    if (!refund.ok) return setError(refund.error);
    onDone(refund.value.amount);
  };

  return (
    <Modal
      title={t('orders.refundTitle', { number: order.number ?? '' })}
      onClose={busy ? undefined : onClose}
    >
      <ul className="flex flex-col gap-2">
        {lines.map((l) => {
          const max = l.quantity - l.refundedQuantity;
          const q = quantities[l.id] ?? 0;
          const set = (n: number) => setQuantities({ ...quantities, [l.id]: Math.max(0, Math.min(max, n)) });
          return (
            <li
              key={l.id}
              className="flex items-center gap-2 rounded-lg border border-slate-200 p-2"
              data-testid="refund-line"
            >
              <div className="min-w-0 flex-1">
                <p className="truncate font-medium">
                  {l.name} · {l.unitName}
                </p>
                <p className="text-xs text-slate-500">
                  <Money value={l.unitPrice} /> · {t('orders.refundable', { count: max })}
                </p>
              </div>
              <Button className="min-w-11 px-2" onClick={() => set(q - 1)} aria-label={t('sell.less')}>
                −
              </Button>
              <input
                aria-label={t('orders.refundQty', { name: l.name })}
                className="min-h-11 w-14 rounded-lg border border-slate-300 text-center tabular-nums"
                inputMode="numeric"
                value={String(q)}
                onChange={(e) => set(Number.parseInt(e.target.value, 10) || 0)}
              />
              <Button className="min-w-11 px-2" onClick={() => set(q + 1)} aria-label={t('sell.more')}>
                +
              </Button>
            </li>
          );
        })}
      </ul>
      <label className="mt-3 flex items-center gap-2 text-sm font-medium text-slate-700">
        <input
          type="checkbox"
          className="size-5"
          checked={restock}
          onChange={(e) => setRestock(e.target.checked)}
        />
        {t('orders.restock')}
      </label>
      <Field
        className="mt-3"
        label={t('orders.refundReason')}
        name="reason"
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
      <div className="mt-3 flex flex-col gap-2">
        <ErrorNote error={error} />
        <Button
          tone="danger"
          disabled={busy || chosen.length === 0 || !reason.trim()}
          onClick={() => void submit()}
          data-testid="refund-submit"
        >
          {t('orders.refundSubmit')}
        </Button>
      </div>
    </Modal>
  );
}
