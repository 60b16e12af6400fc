/**
 * Held bills live on the server as carts (HELD), so any till of the branch can resume them.
 * Holding sends the cart's lines; resuming brings them back into this till's cart.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CartFieldsFragment } from '../../__generated__/operations';
import {
  AddCartLineDocument,
  CreateCartDocument,
  DiscardCartDocument,
  HeldCartsDocument,
  HoldCartDocument,
  ResumeCartDocument,
  SetCartOrderDiscountDocument,
} from '../../__generated__/operations';
import type { Api } from '../../api/client';
import { type Failure, type Outcome, unwrapResult } from '../../api/results';
import { useServices } from '../../app/services';
import { Button, ErrorNote, Modal, Money } from '../../app/ui';
import type { Catalog } from '../../offline/catalog';
import { type Cart, type CartLine, emptyCart, saleLines } from '../cart';

export async function holdCart(
  api: Api,
  cart: Cart,
  where: { branchId: string; deviceId: string },
  label: string,
): Promise<Outcome<true>> {
  const created = await api.mutate(CreateCartDocument, {
    input: { ...where, label, ...(cart.customer ? { customerId: cart.customer.id } : {}) },
  });
  if (!created.ok) return created;
  const c = unwrapResult(created.value.createCart, 'Cart');
  if (!c.ok) return c;
  const cartId = c.value.id;
  for (const line of saleLines(cart)) {
    const r = await api.mutate(AddCartLineDocument, { cartId, line });
    if (!r.ok) return r;
    const added = unwrapResult(r.value.addCartLine, 'Cart');
    if (!added.ok) return added;
  }
  if (cart.orderDiscount) {
    const r = await api.mutate(SetCartOrderDiscountDocument, { cartId, discount: cart.orderDiscount });
    if (!r.ok) return r;
    const discounted = unwrapResult(r.value.setCartOrderDiscount, 'Cart');
    if (!discounted.ok) return discounted;
  }
  const held = await api.mutate(HoldCartDocument, { cartId, label });
  if (!held.ok) return held;
  const h = unwrapResult(held.value.holdCart, 'Cart');
  return h.ok ? { ok: true, value: true } : h;
}

export function HeldBills({
  branchId,
  deviceId,
  catalog,
  onResume,
  onClose,
}: {
  branchId: string;
  deviceId: string;
  catalog: Catalog | null;
  onResume: (cart: Cart) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { api } = useServices();
  const [carts, setCarts] = useState<CartFieldsFragment[] | null>(null);
  const [error, setError] = useState<Failure | null>(null);

  useEffect(() => {
    void api
      .query(HeldCartsDocument, { branchId })
      .then((r) => (r.ok ? setCarts(r.value.heldCarts) : setError(r.error)));
  }, [api, branchId]);

  const resume = async (held: CartFieldsFragment) => {
    const r = await api.mutate(ResumeCartDocument, { cartId: held.id, deviceId });
    if (!r.ok) return setError(r.error);
    const resumed = unwrapResult(r.value.resumeCart, 'Cart');
    if (!resumed.ok) return setError(resumed.error);
    const lines: CartLine[] = resumed.value.lines.map((l) => {
      const product = catalog?.products.find((p) => p.id === l.product.id);
      const unit = product?.units.find((u) => u.name === l.unitName);
      return {
        key: crypto.randomUUID(),
        productId: l.product.id,
        name: product?.name ?? l.product.id,
        unit: l.unitName,
        listPrice: unit?.price ?? '0',
        quantity: l.quantity,
        // The cart keeps what a discount came to, not how it was given: it comes back as that amount.
        discount: BigInt(l.lineDiscount) > 0n ? { amount: l.lineDiscount } : null,
      };
    });
    const c = resumed.value.customer;
    // The bill is now in this till's hands; the server copy is closed so no one else takes it.
    await api.mutate(DiscardCartDocument, { cartId: held.id });
    onResume({
      ...emptyCart(),
      lines,
      orderDiscount:
        BigInt(resumed.value.totals.orderDiscount) > 0n
          ? { amount: resumed.value.totals.orderDiscount }
          : null,
      heldLabel: held.label,
      customer: c
        ? { id: c.id, name: c.name, phone: c.phone, points: c.points, creditAvailable: c.credit.available }
        : null,
    });
  };

  return (
    <Modal title={t('held.title')} onClose={onClose}>
      <ErrorNote error={error} />
      {carts?.length === 0 && <p className="text-slate-500">{t('held.none')}</p>}
      <ul className="flex flex-col gap-2">
        {carts?.map((c) => (
          <li key={c.id}>
            <Button className="flex w-full justify-between" onClick={() => void resume(c)}>
              <span>{c.label ?? t('held.unnamed')}</span>
              <Money value={c.totals.total} />
            </Button>
          </li>
        ))}
      </ul>
    </Modal>
  );
}
