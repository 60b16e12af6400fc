/**
 * The cart: lines and quantities, discounts, the customer and the server's totals. Discounts are
 * offered to everyone: whether the cashier may give one is the server's call (`sales:discount`),
 * and its refusal is shown where the total would be.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ErrorNote, Money } from '../../app/ui';
import { type Cart, type CartCustomer, type Discount, estimateTotal, setQuantity, updateLine } from '../cart';
import { CustomerDialog } from './CustomerDialog';
import { DiscountDialog } from './DiscountDialog';
import type { useQuote } from './useQuote';

export function CartPanel({
  cart,
  onChange,
  priced,
  online,
  onPay,
  onHold,
  onShowHeld,
}: {
  cart: Cart;
  onChange: (cart: Cart) => void;
  priced: ReturnType<typeof useQuote>;
  online: boolean;
  onPay: () => void;
  onHold: () => void;
  onShowHeld: () => void;
}) {
  const { t } = useTranslation();
  const [discountFor, setDiscountFor] = useState<string | 'order' | null>(null);
  const [customerOpen, setCustomerOpen] = useState(false);
  const { quote } = priced;
  const empty = cart.lines.length === 0;
  const total = quote?.total ?? (online ? null : estimateTotal(cart));
  const discounted = cart.orderDiscount !== null || cart.lines.some((l) => l.discount);
  const payable = !empty && total !== null && (online ? quote !== null && !priced.error : true);

  const setDiscount = (d: Discount | null) => {
    if (discountFor === 'order') onChange({ ...cart, orderDiscount: d });
    else if (discountFor) onChange(updateLine(cart, discountFor, { discount: d }));
    setDiscountFor(null);
  };

  return (
    <section className="flex min-h-0 flex-1 flex-col gap-2 p-2" aria-label={t('sell.cart')}>
      <div className="flex items-center gap-2">
        <Button className="mr-auto text-sm" onClick={() => setCustomerOpen(true)} disabled={!online}>
          {cart.customer ? cart.customer.name : t('sell.addCustomer')}
        </Button>
        <Button tone="ghost" className="text-sm" onClick={onShowHeld} disabled={!online}>
          {t('sell.heldBills')}
        </Button>
      </div>
      {cart.heldLabel && (
        <p className="px-1 text-xs text-slate-600" data-testid="held-label">
          {t('held.resumed', { label: cart.heldLabel })}
        </p>
      )}
      {cart.customer && (
        <p className="px-1 text-xs text-slate-600" data-testid="cart-customer">
          {t('customer.points', { count: cart.customer.points })} · {t('customer.credit')}{' '}
          <Money value={cart.customer.creditAvailable} />
        </p>
      )}
      <ul className="flex min-h-0 flex-1 flex-col gap-1 overflow-y-auto" data-testid="cart-lines">
        {empty && <li className="p-6 text-center text-slate-500">{t('sell.emptyCart')}</li>}
        {cart.lines.map((line, i) => {
          const priceLine = quote?.lines[i];
          return (
            <li
              key={line.key}
              className="flex flex-wrap items-center gap-2 rounded-lg border border-slate-200 bg-white p-2"
            >
              <div className="min-w-0 flex-1 basis-40">
                <p className="truncate font-medium">{line.name}</p>
                <p className="text-xs text-slate-500">
                  {line.unit} × <Money value={priceLine?.unitPrice ?? line.listPrice} />
                  {line.discount && (
                    <span className="ml-1 text-rose-700">
                      −
                      {line.discount.amount ? (
                        <Money value={line.discount.amount} />
                      ) : (
                        `${(line.discount.percentBasisPoints ?? 0) / 100}%`
                      )}
                    </span>
                  )}
                </p>
              </div>
              <div className="ml-auto flex items-center gap-1">
                <Button
                  className="min-w-11 px-2"
                  onClick={() => onChange(setQuantity(cart, line.key, line.quantity - 1))}
                  aria-label={t('sell.less')}
                >
                  −
                </Button>
                <span className="w-8 text-center tabular-nums" data-testid="line-qty">
                  {line.quantity}
                </span>
                <Button
                  className="min-w-11 px-2"
                  onClick={() => onChange(setQuantity(cart, line.key, line.quantity + 1))}
                  aria-label={t('sell.more')}
                >
                  +
                </Button>
                <Button
                  tone="ghost"
                  className="px-2 text-sm"
                  onClick={() => setDiscountFor(line.key)}
                  aria-label={t('sell.lineDiscount')}
                >
                  %
                </Button>
                <Money value={priceLine?.total} className="w-24 text-right text-sm" />
              </div>
            </li>
          );
        })}
      </ul>
      {priced.error?.code === 'FORBIDDEN' && discounted ? (
        <p
          role="alert"
          className="rounded-lg bg-rose-50 px-3 py-2 text-sm text-rose-800"
          data-code={priced.error.code}
        >
          {t('discount.forbidden')}
        </p>
      ) : (
        <ErrorNote error={priced.error} />
      )}
      <div className="rounded-xl border border-slate-200 bg-white p-3">
        {quote && (Number(quote.lineDiscount) > 0 || Number(quote.orderDiscount) > 0) && (
          <div className="flex justify-between text-sm text-rose-700">
            <span>{t('sell.discounts')}</span>
            <span>
              −<Money value={String(BigInt(quote.lineDiscount) + BigInt(quote.orderDiscount))} />
            </span>
          </div>
        )}
        {quote?.taxEnabled && (
          <div className="flex justify-between text-sm text-slate-600">
            <span>{t('sell.tax')}</span>
            <Money value={quote.tax} />
          </div>
        )}
        <div className="flex items-baseline justify-between">
          <span className="font-semibold">{online ? t('sell.total') : t('sell.estimate')}</span>
          <Money value={total} className="text-2xl font-bold" />
        </div>
        {!online && !empty && <p className="text-xs text-amber-700">{t('sell.offlineNote')}</p>}
        <div className="mt-2 grid grid-cols-3 gap-2">
          <Button disabled={empty} onClick={() => setDiscountFor('order')} className="text-sm">
            {t('sell.orderDiscount')}
          </Button>
          <Button disabled={empty || !online} onClick={onHold} className="text-sm">
            {t('sell.hold')}
          </Button>
          <Button
            tone="danger"
            disabled={empty}
            onClick={() =>
              onChange({ ...cart, lines: [], orderDiscount: null, customer: null, heldLabel: null })
            }
            className="text-sm"
          >
            {t('sell.clear')}
          </Button>
        </div>
        <Button
          tone="primary"
          className="mt-2 w-full text-lg"
          disabled={!payable}
          onClick={onPay}
          data-testid="pay"
        >
          {t('sell.pay')}
        </Button>
      </div>
      {discountFor && (
        <DiscountDialog
          title={discountFor === 'order' ? t('sell.orderDiscount') : t('sell.lineDiscount')}
          current={
            discountFor === 'order'
              ? cart.orderDiscount
              : (cart.lines.find((l) => l.key === discountFor)?.discount ?? null)
          }
          onDone={setDiscount}
          onClose={() => setDiscountFor(null)}
        />
      )}
      {customerOpen && (
        <CustomerDialog
          onPick={(c: CartCustomer | null) => {
            onChange({ ...cart, customer: c });
            setCustomerOpen(false);
          }}
          onClose={() => setCustomerOpen(false)}
        />
      )}
    </section>
  );
}
