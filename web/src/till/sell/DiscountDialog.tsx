/** A line or order discount: percent or a fixed amount (needs `sales:discount`). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Field, Modal } from '../../app/ui';
import { parseRupiah } from '../../lib/money';
import type { Discount } from '../cart';

export function DiscountDialog({
  title,
  current,
  onDone,
  onClose,
}: {
  title: string;
  current: Discount | null;
  onDone: (d: Discount | null) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<'percent' | 'amount'>(current?.amount ? 'amount' : 'percent');
  const [value, setValue] = useState(
    current?.amount ?? (current?.percentBasisPoints ? String(current.percentBasisPoints / 100) : ''),
  );
  const apply = () => {
    if (kind === 'amount') {
      const amount = parseRupiah(value);
      return onDone(amount && amount !== '0' ? { amount } : null);
    }
    const percent = Number(value.replace(',', '.'));
    if (!Number.isFinite(percent) || percent <= 0) return onDone(null);
    onDone({ percentBasisPoints: Math.min(10000, Math.round(percent * 100)) });
  };
  return (
    <Modal title={title} onClose={onClose}>
      <div className="mb-3 grid grid-cols-2 gap-2">
        <Button tone={kind === 'percent' ? 'primary' : 'secondary'} onClick={() => setKind('percent')}>
          %
        </Button>
        <Button tone={kind === 'amount' ? 'primary' : 'secondary'} onClick={() => setKind('amount')}>
          Rp
        </Button>
      </div>
      <Field
        label={kind === 'percent' ? t('discount.percent') : t('discount.amount')}
        name="discount"
        inputMode="decimal"
        value={value}
        onChange={(e) => setValue(e.target.value)}
      />
      <div className="mt-3 grid grid-cols-2 gap-2">
        <Button onClick={() => onDone(null)}>{t('discount.remove')}</Button>
        <Button tone="primary" onClick={apply}>
          {t('discount.apply')}
        </Button>
      </div>
    </Modal>
  );
}
