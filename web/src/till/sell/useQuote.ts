/**
 * The server's price of the cart, asked again whenever the cart changes (briefly debounced).
 * Offline there is none: the screen shows the list-price estimate, marked as such.
 */
import { useEffect, useState } from 'react';
import type { QuoteQuery } from '../../__generated__/operations';
import { QuoteDocument } from '../../__generated__/operations';
import { type Failure, unwrapResult } from '../../api/results';
import { useServices } from '../../app/services';
import { type Cart, saleLines } from '../cart';

export type Quote = Extract<QuoteQuery['quote'], { __typename: 'Quote' }>;

export function useQuote(cart: Cart, branchId: string, online: boolean) {
  const { api } = useServices();
  const [quote, setQuote] = useState<{ key: string; value: Quote } | null>(null);
  const [error, setError] = useState<Failure | null>(null);
  const [loading, setLoading] = useState(false);
  const lines = saleLines(cart);
  const key = JSON.stringify([lines, cart.orderDiscount, cart.customer?.id ?? null, branchId]);

  useEffect(() => {
    if (!online || lines.length === 0) {
      setError(null);
      return;
    }
    let current = true;
    setLoading(true);
    const timer = setTimeout(async () => {
      const r = await api.query(QuoteDocument, {
        input: {
          branchId,
          lines: lines.map((l) => ({
            productId: l.productId,
            unit: l.unit,
            quantity: l.quantity,
            discount: l.discount,
          })),
          ...(cart.orderDiscount ? { orderDiscount: cart.orderDiscount } : {}),
          ...(cart.customer ? { customerId: cart.customer.id } : {}),
        },
      });
      if (!current) return;
      setLoading(false);
      if (!r.ok) return setError(r.error);
      const q = unwrapResult(r.value.quote, 'Quote');
      if (!q.ok) return setError(q.error);
      setError(null);
      setQuote({ key, value: q.value });
    }, 200);
    return () => {
      current = false;
      clearTimeout(timer);
    };
    // `key` stands for the cart's contents: the effect runs when they change.
  }, [key, online, api]);

  const fresh = quote && quote.key === key ? quote.value : null;
  return { quote: lines.length ? fresh : null, loading, error };
}
