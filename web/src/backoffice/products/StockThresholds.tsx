/** Stock of one product at each branch, and the level below which the branch is warned. */
import { useTranslation } from 'react-i18next';
import { SetLowStockThresholdDocument } from '../../__generated__/operations';
import { unwrapResult } from '../../api/results';
import { Button } from '../../app/ui';
import { useBackOffice } from '../context';
import { FormError, Input, useForm } from '../form';
import { Cell, Panel, Table } from '../layout';
import { rules } from '../validate';
import type { AdminProduct } from './product-form';

export function StockThresholds({
  product,
  onChange,
}: {
  product: AdminProduct;
  onChange(): Promise<unknown>;
}) {
  const { t } = useTranslation();
  const { branches, can } = useBackOffice();
  const levels = product.stockLevels ?? [];
  const base = product.units.find((u) => u.isBase)?.name ?? '';
  return (
    <Panel title={t('backoffice.thresholds.title')} testId="stock-thresholds">
      <Table
        head={[
          t('backoffice.branches.name'),
          t('backoffice.thresholds.balance', { unit: base }),
          t('backoffice.thresholds.threshold'),
        ]}
      >
        {branches
          .filter((b) => b.active)
          .map((b) => {
            const level = levels.find((l) => l.branch.id === b.id);
            return (
              <tr key={b.id} data-testid={`stock-${b.code}`}>
                <Cell>{b.name}</Cell>
                <Cell className={level?.low ? 'font-semibold text-amber-700' : ''}>
                  <span data-testid="balance">{level?.balance ?? 0}</span>
                </Cell>
                <Cell>
                  {can('stock:write') ? (
                    <ThresholdForm
                      productId={product.id}
                      branchId={b.id}
                      current={level?.lowStockThreshold ?? null}
                      onChange={onChange}
                    />
                  ) : (
                    (level?.lowStockThreshold ?? '–')
                  )}
                </Cell>
              </tr>
            );
          })}
      </Table>
    </Panel>
  );
}

function ThresholdForm({
  productId,
  branchId,
  current,
  onChange,
}: {
  productId: string;
  branchId: string;
  current: number | null;
  onChange(): Promise<unknown>;
}) {
  const { t } = useTranslation();
  const { api } = useBackOffice();
  const form = useForm({ threshold: current === null ? '' : String(current) });
  const save = async () => {
    const value = form.values.threshold.trim();
    if (value !== '' && !form.validate({ threshold: [rules.integer(0, 1_000_000_000)] })) return;
    const ok = await form.run(async () => {
      const r = await api.mutate(SetLowStockThresholdDocument, {
        input: { productId, branchId, threshold: value === '' ? null : Number(value) },
      });
      if (!r.ok) return r.error;
      const done = unwrapResult(r.value.setLowStockThreshold, 'StockLevel');
      return done.ok ? null : done.error;
    });
    if (ok) await onChange();
  };
  return (
    <form
      noValidate
      className="flex items-end gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Input
        form={form}
        name="threshold"
        label={t('backoffice.thresholds.threshold')}
        inputMode="numeric"
        className="w-28"
      />
      <Button type="submit" disabled={form.busy} className="min-h-11">
        {t('backoffice.save')}
      </Button>
      <FormError form={form} />
    </form>
  );
}
