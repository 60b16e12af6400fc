/** How deliveries read on both screens: status colours, times, lateness. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeliveryStatus } from '../__generated__/operations';

const STATUS_TONE: Record<DeliveryStatus, string> = {
  READY: 'bg-sky-100 text-sky-800',
  DELIVERING: 'bg-amber-100 text-amber-800',
  DONE: 'bg-emerald-100 text-emerald-800',
  CANCELLED: 'bg-slate-200 text-slate-700',
};

export function StatusBadge({ status }: { status: DeliveryStatus }) {
  const { t } = useTranslation();
  return (
    <span
      data-testid="delivery-status"
      className={`rounded-full px-2 py-0.5 text-xs font-semibold ${STATUS_TONE[status]}`}
    >
      {t(`dispatch.status.${status}`)}
    </span>
  );
}

export function timeOf(iso: string): string {
  return new Date(iso).toLocaleTimeString('id-ID', { hour: '2-digit', minute: '2-digit' });
}

/** The server's `late`, kept current between answers: an open delivery turns late when its promise passes. */
export function isLate(
  d: { status: DeliveryStatus; late: boolean; promisedAt: string | null },
  now: number,
): boolean {
  if (d.late) return true;
  const open = d.status === 'READY' || d.status === 'DELIVERING';
  return open && d.promisedAt !== null && Date.parse(d.promisedAt) < now;
}

/** The current time, ticking every `ms`, so lateness shows without a reload. */
export function useNow(ms = 15_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(timer);
  }, [ms]);
  return now;
}
