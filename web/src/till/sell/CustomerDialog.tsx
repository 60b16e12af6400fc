/** Finds a customer by phone; their points and credit decide what they may pay with. */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CustomerByPhoneDocument } from '../../__generated__/operations';
import type { Failure } from '../../api/results';
import { useServices } from '../../app/services';
import { Button, ErrorNote, Field, Modal, Money } from '../../app/ui';
import type { CartCustomer } from '../cart';

export function CustomerDialog({
  onPick,
  onClose,
}: {
  onPick: (c: CartCustomer | null) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { api } = useServices();
  const [phone, setPhone] = useState('');
  const [found, setFound] = useState<CartCustomer | null>(null);
  const [error, setError] = useState<Failure | null>(null);

  const search = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setFound(null);
    const r = await api.query(CustomerByPhoneDocument, { phone: phone.trim() });
    if (!r.ok) return setError(r.error);
    const c = r.value.customerByPhone;
    if (!c) return setError({ code: 'CUSTOMER_NOT_FOUND', message: 'not found' });
    setFound({
      id: c.id,
      name: c.name,
      phone: c.phone,
      points: c.points,
      creditAvailable: c.credit.available,
    });
  };

  return (
    <Modal title={t('customer.title')} onClose={onClose}>
      <form onSubmit={search} className="flex items-end gap-2">
        <Field
          className="flex-1"
          label={t('customer.phone')}
          name="phone"
          inputMode="tel"
          value={phone}
          onChange={(e) => setPhone(e.target.value)}
        />
        <Button type="submit">{t('customer.find')}</Button>
      </form>
      <div className="mt-3 flex flex-col gap-2">
        <ErrorNote error={error} />
        {found && (
          <div className="rounded-lg border border-slate-200 p-3">
            <p className="font-semibold">{found.name}</p>
            <p className="text-sm text-slate-600">{found.phone}</p>
            <p className="text-sm">
              {t('customer.points', { count: found.points })} · {t('customer.credit')}{' '}
              <Money value={found.creditAvailable} />
            </p>
            <Button tone="primary" className="mt-2 w-full" onClick={() => onPick(found)}>
              {t('customer.use')}
            </Button>
          </div>
        )}
        <Button tone="ghost" onClick={() => onPick(null)}>
          {t('customer.none')}
        </Button>
      </div>
    </Modal>
  );
}
