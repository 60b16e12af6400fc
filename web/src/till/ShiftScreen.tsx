/** Open a shift with a float, cash in and out, close with the counted cash and see the variance. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ShiftFieldsFragment } from '../__generated__/operations';
import { CashMovementDocument, CloseShiftDocument, OpenShiftDocument } from '../__generated__/operations';
import { type Failure, unwrapResult } from '../api/results';
import { useServices } from '../app/services';
import { Button, Card, ErrorNote, Field, Money } from '../app/ui';
import { parseRupiah } from '../lib/money';
import { useTill } from './TillProvider';

export function ShiftScreen() {
  const { t } = useTranslation();
  const { api } = useServices();
  const till = useTill();
  const navigate = useNavigate();
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<Failure | null>(null);
  const [closed, setClosed] = useState<ShiftFieldsFragment | null>(null);
  const [busy, setBusy] = useState(false);
  const shift = till.shift;
  const money = parseRupiah(amount);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } finally {
      setBusy(false);
    }
  };

  const open = () =>
    run(async () => {
      if (!till.device || money === null) return;
      const r = await api.mutate(OpenShiftDocument, {
        input: { branchId: till.device.branchId, deviceId: till.device.deviceId, openingFloat: money },
      });
      if (!r.ok) return setError(r.error);
      const opened = unwrapResult(r.value.openShift, 'Shift');
      if (!opened.ok) {
        // Already open on this device (another tab, a lost answer): take that one.
        await till.refreshShift();
        return setError(opened.error);
      }
      await till.setShift(opened.value);
      setAmount('');
      navigate('/till');
    });

  const move = (kind: 'IN' | 'OUT') =>
    run(async () => {
      if (!shift || money === null) return;
      const r = await api.mutate(CashMovementDocument, {
        input: { shiftId: shift.id, kind, amount: money, reason: reason.trim() || t('shift.noReason') },
      });
      if (!r.ok) return setError(r.error);
      const moved = unwrapResult(r.value.recordCashMovement, 'CashMovement');
      if (!moved.ok) return setError(moved.error);
      setAmount('');
      setReason('');
      await till.refreshShift();
    });

  const close = () =>
    run(async () => {
      if (!shift || money === null) return;
      const r = await api.mutate(CloseShiftDocument, { input: { shiftId: shift.id, countedCash: money } });
      if (!r.ok) return setError(r.error);
      const done = unwrapResult(r.value.closeShift, 'Shift');
      if (!done.ok) return setError(done.error);
      setClosed(done.value);
      setAmount('');
      await till.setShift(null);
    });

  if (closed) {
    return (
      <div className="mx-auto w-full max-w-md p-4">
        <Card className="flex flex-col gap-2">
          <h2 className="text-lg font-semibold">{t('shift.closedTitle')}</h2>
          <Row label={t('shift.expected')} value={closed.expectedCash} />
          <Row label={t('shift.counted')} value={closed.countedCash} />
          <div data-testid="variance">
            <Row label={t('shift.variance')} value={closed.variance} strong />
          </div>
          <Button tone="primary" onClick={() => setClosed(null)}>
            {t('shift.openNew')}
          </Button>
        </Card>
      </div>
    );
  }

  return (
    <div className="mx-auto flex w-full max-w-md flex-col gap-4 p-4">
      {!shift ? (
        <Card className="flex flex-col gap-3">
          <h2 className="text-lg font-semibold">{t('shift.openTitle')}</h2>
          <Field
            label={t('shift.openingFloat')}
            name="openingFloat"
            inputMode="numeric"
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
          />
          <ErrorNote error={error} />
          <Button
            tone="primary"
            disabled={busy || money === null || !till.online}
            onClick={() => void open()}
          >
            {t('shift.open')}
          </Button>
        </Card>
      ) : (
        <>
          <Card className="flex flex-col gap-1">
            <h2 className="mb-1 text-lg font-semibold">{t('shift.current')}</h2>
            <Row label={t('shift.openingFloat')} value={shift.openingFloat} />
            <Row label={t('shift.cashSales')} value={shift.cashSales} />
            <Row label={t('shift.cashIn')} value={shift.cashIn} />
            <Row label={t('shift.cashOut')} value={shift.cashOut} />
            <Row label={t('shift.cashRefunds')} value={shift.cashRefunds} />
            <Row label={t('shift.expected')} value={shift.expectedCash} strong />
          </Card>
          <Card className="flex flex-col gap-3">
            <Field
              label={t('shift.amount')}
              name="amount"
              inputMode="numeric"
              value={amount}
              onChange={(e) => setAmount(e.target.value)}
            />
            <Field
              label={t('shift.reason')}
              name="reason"
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
            <ErrorNote error={error} />
            {!till.online && <p className="text-sm text-amber-700">{t('shift.needsOnline')}</p>}
            <div className="grid grid-cols-2 gap-2">
              <Button disabled={busy || money === null || !till.online} onClick={() => void move('IN')}>
                {t('shift.cashInButton')}
              </Button>
              <Button disabled={busy || money === null || !till.online} onClick={() => void move('OUT')}>
                {t('shift.cashOutButton')}
              </Button>
            </div>
            <Button
              tone="danger"
              disabled={busy || money === null || !till.online}
              onClick={() => void close()}
            >
              {t('shift.close')}
            </Button>
          </Card>
        </>
      )}
    </div>
  );
}

function Row({
  label,
  value,
  strong,
}: {
  label: string;
  value: string | null | undefined;
  strong?: boolean;
}) {
  return (
    <div className={`flex justify-between ${strong ? 'font-semibold' : ''}`}>
      <span className="text-slate-600">{label}</span>
      <Money value={value} />
    </div>
  );
}
