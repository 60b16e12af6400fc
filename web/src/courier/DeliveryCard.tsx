/** One delivery as the courier sees it, with what they can do next. */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeliveryFieldsFragment } from '../__generated__/operations';
import type { Failure } from '../api/results';
import { Button, ErrorNote, Field, Money } from '../app/ui';
import { StatusBadge, timeOf } from '../dispatch/delivery-view';
import { parseRupiah } from '../lib/money';

export interface CompleteForm {
  recipientName: string;
  cashCollected: string;
  note: string | null;
}

export function DeliveryCard({
  delivery: d,
  late,
  busy,
  error,
  onStart,
  onComplete,
  onCancel,
}: {
  delivery: DeliveryFieldsFragment;
  late: boolean;
  busy: boolean;
  error: Failure | null;
  onStart(): void;
  onComplete(form: CompleteForm): void;
  onCancel(reason: string): void;
}) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'idle' | 'complete' | 'cancel'>('idle');
  const [recipient, setRecipient] = useState(d.contactName);
  const [cash, setCash] = useState('');
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const cod = d.cashOnDelivery !== '0';
  const open = d.status === 'READY' || d.status === 'DELIVERING';

  const complete = (e: FormEvent) => {
    e.preventDefault();
    const collected = cod ? parseRupiah(cash) : '0';
    if (collected === null) return;
    onComplete({ recipientName: recipient.trim(), cashCollected: collected, note: note.trim() || null });
  };
  const cancel = (e: FormEvent) => {
    e.preventDefault();
    if (reason.trim()) onCancel(reason.trim());
  };

  return (
    <li
      data-testid="courier-delivery"
      data-delivery-id={d.id}
      data-status={d.status}
      data-late={late}
      className={`flex flex-col gap-2 rounded-xl border bg-white p-3 shadow-sm ${late ? 'border-rose-400 ring-2 ring-rose-200' : 'border-slate-200'}`}
    >
      <div className="flex items-center gap-2">
        <span className="mr-auto font-semibold">{d.order?.number ?? d.id.slice(-6)}</span>
        {late && (
          <span className="rounded-full bg-rose-600 px-2 py-0.5 text-xs font-semibold text-white">
            {t('dispatch.late')}
          </span>
        )}
        <StatusBadge status={d.status} />
      </div>
      <p className="text-sm">{d.address}</p>
      <p className="text-sm text-slate-600">
        {d.contactName} ·{' '}
        <a className="text-teal-700 underline" href={`tel:${d.contactPhone}`}>
          {d.contactPhone}
        </a>
      </p>
      {d.note && <p className="text-sm text-slate-500">{d.note}</p>}
      <div className="flex flex-wrap gap-x-4 text-sm">
        {cod && (
          <span data-testid="cod-due">
            {t('courier.collect')} <Money value={d.cashOnDelivery} className="font-semibold" />
          </span>
        )}
        {d.promisedAt && <span>{t('dispatch.promised', { time: timeOf(d.promisedAt) })}</span>}
        {d.cashCollected && d.status === 'DONE' && (
          <span>
            {t('courier.collected')} <Money value={d.cashCollected} />
          </span>
        )}
      </div>
      <ErrorNote error={error} />
      {open && mode === 'idle' && (
        <div className="flex flex-wrap gap-2">
          {d.status === 'READY' && (
            <Button tone="primary" disabled={busy} onClick={onStart}>
              {t('courier.start')}
            </Button>
          )}
          {d.status === 'DELIVERING' && (
            <Button tone="primary" disabled={busy} onClick={() => setMode('complete')}>
              {t('courier.complete')}
            </Button>
          )}
          <Button tone="ghost" disabled={busy} onClick={() => setMode('cancel')}>
            {t('courier.cancel')}
          </Button>
        </div>
      )}
      {open && mode === 'complete' && (
        <form onSubmit={complete} className="flex flex-col gap-2" aria-label={t('courier.complete')}>
          <Field
            label={t('courier.recipient')}
            name="recipient"
            value={recipient}
            maxLength={120}
            onChange={(e) => setRecipient(e.target.value)}
            required
          />
          {cod && (
            <Field
              label={t('courier.cashCollected')}
              name="cash"
              inputMode="numeric"
              value={cash}
              onChange={(e) => setCash(e.target.value)}
              required
            />
          )}
          <Field
            label={t('courier.note')}
            name="note"
            value={note}
            maxLength={500}
            onChange={(e) => setNote(e.target.value)}
          />
          <div className="flex gap-2">
            <Button tone="primary" type="submit" disabled={busy}>
              {t('courier.confirmComplete')}
            </Button>
            <Button tone="ghost" onClick={() => setMode('idle')}>
              {t('common.close')}
            </Button>
          </div>
        </form>
      )}
      {open && mode === 'cancel' && (
        <form onSubmit={cancel} className="flex flex-col gap-2" aria-label={t('courier.cancel')}>
          <Field
            label={t('courier.reason')}
            name="reason"
            value={reason}
            maxLength={500}
            onChange={(e) => setReason(e.target.value)}
            required
          />
          <div className="flex gap-2">
            <Button tone="danger" type="submit" disabled={busy}>
              {t('courier.confirmCancel')}
            </Button>
            <Button tone="ghost" onClick={() => setMode('idle')}>
              {t('common.close')}
            </Button>
          </div>
        </form>
      )}
    </li>
  );
}
