/**
 * Taking payment: cash with quick tender buttons, QRIS, e-wallet, transfer, card, points and
 * customer credit, split across several. The amount due is the server's quote total (online) or
 * the marked estimate (offline); the change and any cash rounding come back from the server.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoyaltyDocument, PaymentChargingDocument } from '../../__generated__/operations';
import type { Failure } from '../../api/results';
import { useServices } from '../../app/services';
import { Button, ErrorNote, Field, Modal, Money } from '../../app/ui';
import { compareMoney, parseRupiah, quickTenders, subtractMoney, sumMoney } from '../../lib/money';
import type { QueuedPayment } from '../../offline/outbox';
import type { Cart } from '../cart';

const METHODS = ['CASH', 'QRIS', 'EWALLET', 'BANK_TRANSFER', 'CARD', 'POINTS', 'CUSTOMER_CREDIT'] as const;
type Method = (typeof METHODS)[number];

export function PaymentDialog({
  cart,
  due,
  online,
  busy,
  error,
  onPay,
  onClose,
}: {
  cart: Cart;
  due: string;
  online: boolean;
  busy: boolean;
  error: Failure | null;
  onPay: (payments: QueuedPayment[]) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { api } = useServices();
  const [method, setMethod] = useState<Method>('CASH');
  const [others, setOthers] = useState<QueuedPayment[]>([]);
  const [tendered, setTendered] = useState('');
  const [amount, setAmount] = useState('');
  const [reference, setReference] = useState('');
  const [points, setPoints] = useState('');
  const [pointValue, setPointValue] = useState<string | null>(null);
  // Whether QRIS/e-wallet can be charged through the payment provider (a QR for the customer).
  const [charging, setCharging] = useState(false);
  const [charge, setCharge] = useState(false);

  useEffect(() => {
    if (!online) return;
    void api
      .query(PaymentChargingDocument, {})
      .then((r) => r.ok && setCharging(r.value.paymentProviderSettings.chargingAvailable));
  }, [api, online]);

  useEffect(() => {
    if (!cart.customer || !online) return;
    void api
      .query(LoyaltyDocument, {})
      .then((r) => r.ok && setPointValue(r.value.loyaltySettings.redeemValuePerPoint));
  }, [api, cart.customer, online]);

  const remaining = subtractMoney(due, sumMoney(others.map((p) => p.amount)));
  const cash = parseRupiah(tendered);
  const needsCash = compareMoney(remaining, '0') > 0;
  // A charge needs the provider now: a sale holding one cannot be saved offline.
  const complete =
    (!needsCash || (cash !== null && compareMoney(cash, remaining) >= 0)) &&
    (online || !others.some((p) => p.charge));
  const changeEstimate = cash !== null && needsCash ? subtractMoney(cash, remaining) : null;
  // One charged payment per sale, and never offline.
  const chargeable =
    online && charging && (method === 'QRIS' || method === 'EWALLET') && !others.some((p) => p.charge);
  const methods = METHODS.filter((m) =>
    m === 'POINTS' || m === 'CUSTOMER_CREDIT' ? cart.customer !== null : true,
  );

  const addOther = () => {
    if (method === 'POINTS') {
      const n = Number.parseInt(points, 10);
      if (!pointValue || !Number.isSafeInteger(n) || n <= 0) return;
      const worth = (BigInt(n) * BigInt(pointValue)).toString();
      setOthers([...others, { method, points: n, amount: worth }]);
      setPoints('');
      return;
    }
    const value = parseRupiah(amount) ?? remaining;
    if (compareMoney(value, '0') <= 0 || compareMoney(value, remaining) > 0) return;
    const charged = charge && chargeable;
    setOthers([
      ...others,
      {
        method,
        amount: value,
        ...(charged ? { charge: true } : reference.trim() ? { reference: reference.trim() } : {}),
      },
    ]);
    setAmount('');
    setReference('');
    setCharge(false);
    setMethod('CASH');
  };

  const pay = () => {
    const payments = [...others];
    if (needsCash && cash) payments.unshift({ method: 'CASH', tendered: cash });
    onPay(payments);
  };

  return (
    <Modal title={t('pay.title')} onClose={busy ? undefined : onClose}>
      <div className="mb-3 flex items-baseline justify-between">
        <span className="text-slate-600">{online ? t('pay.due') : t('pay.dueEstimate')}</span>
        <Money value={due} className="text-2xl font-bold" />
      </div>
      {others.length > 0 && (
        <ul className="mb-2 flex flex-col gap-1 text-sm">
          {others.map((p, i) => (
            <li
              key={`${p.method}-${i}`}
              className="flex items-center justify-between rounded bg-slate-100 px-2 py-1"
            >
              <span>
                {t(`methods.${p.method}`)}
                {p.points ? ` (${p.points})` : ''}
                {p.charge ? ` · ${t('pay.charged')}` : ''}
              </span>
              <span className="flex items-center gap-2">
                <Money value={p.amount} />
                <Button
                  tone="ghost"
                  className="min-h-8 px-2"
                  onClick={() => setOthers(others.filter((_, j) => j !== i))}
                >
                  ✕
                </Button>
              </span>
            </li>
          ))}
          <li className="flex justify-between px-2 font-semibold">
            <span>{t('pay.remaining')}</span>
            <Money value={remaining} />
          </li>
        </ul>
      )}
      <div className="mb-3 flex flex-wrap gap-1">
        {methods.map((m) => (
          <Button
            key={m}
            tone={method === m ? 'primary' : 'secondary'}
            className="text-sm"
            onClick={() => setMethod(m)}
          >
            {t(`methods.${m}`)}
          </Button>
        ))}
      </div>
      {method === 'CASH' ? (
        needsCash && (
          <div className="flex flex-col gap-2">
            <div className="grid grid-cols-3 gap-2" data-testid="quick-tender">
              {quickTenders(remaining).map((v) => (
                <Button key={v} tone={cash === v ? 'primary' : 'secondary'} onClick={() => setTendered(v)}>
                  <Money value={v} />
                </Button>
              ))}
            </div>
            <Field
              label={t('pay.tendered')}
              name="tendered"
              inputMode="numeric"
              value={tendered}
              onChange={(e) => setTendered(e.target.value)}
            />
            {changeEstimate && compareMoney(changeEstimate, '0') >= 0 && (
              <p className="flex justify-between text-lg" data-testid="change-estimate">
                <span>{t('pay.change')}</span>
                <Money value={changeEstimate} className="font-semibold" />
              </p>
            )}
          </div>
        )
      ) : method === 'POINTS' ? (
        <div className="flex items-end gap-2">
          <Field
            className="flex-1"
            label={t('pay.points', { count: cart.customer?.points ?? 0 })}
            name="points"
            inputMode="numeric"
            value={points}
            onChange={(e) => setPoints(e.target.value)}
          />
          <Button onClick={addOther} disabled={!pointValue}>
            {t('pay.add')}
          </Button>
        </div>
      ) : (
        <div className="flex flex-col gap-2">
          <Field
            label={t('pay.amount')}
            name="amount"
            inputMode="numeric"
            placeholder={remaining}
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
          />
          {chargeable && (
            <label className="flex items-center gap-2 text-sm font-medium text-slate-700">
              <input
                type="checkbox"
                className="size-5"
                checked={charge}
                onChange={(e) => setCharge(e.target.checked)}
              />
              {t('pay.charge')}
            </label>
          )}
          {method !== 'CUSTOMER_CREDIT' && !(charge && chargeable) && (
            <Field
              label={t('pay.reference')}
              name="reference"
              value={reference}
              onChange={(e) => setReference(e.target.value)}
            />
          )}
          <Button onClick={addOther}>{t('pay.add')}</Button>
        </div>
      )}
      <div className="mt-3 flex flex-col gap-2">
        <ErrorNote error={error} />
        <Button
          tone="primary"
          className="text-lg"
          disabled={!complete || busy}
          onClick={pay}
          data-testid="complete-sale"
        >
          {online ? t('pay.complete') : t('pay.completeOffline')}
        </Button>
      </div>
    </Modal>
  );
}
