/** Special prices of one product: per unit, with a period, a branch and a customer tier. */
import { useTranslation } from 'react-i18next';
import { CreatePriceRuleDocument, DeactivatePriceRuleDocument } from '../../__generated__/operations';
import { unwrapResult } from '../../api/results';
import { Button, Money } from '../../app/ui';
import { useBackOffice } from '../context';
import { FormError, Input, Select, useForm } from '../form';
import { Cell, Empty, Grid, Panel, Table } from '../layout';
import { moneyOf, rules, textOrUndefined } from '../validate';
import type { AdminProduct } from './product-form';

const EMPTY = { unit: '', price: '', name: '', startsAt: '', endsAt: '', branchId: '', customerTier: '' };

function instantOf(local: string): string | undefined {
  return local ? new Date(local).toISOString() : undefined;
}

function when(iso: string | null | undefined): string {
  return iso ? new Date(iso).toLocaleString('id-ID', { dateStyle: 'medium', timeStyle: 'short' }) : '…';
}

export function PriceRules({ product, onChange }: { product: AdminProduct; onChange(): Promise<unknown> }) {
  const { t } = useTranslation();
  const { api, branches } = useBackOffice();
  const form = useForm(EMPTY);
  const branchName = (id: string | undefined) => branches.find((b) => b.id === id)?.name;

  const add = async () => {
    const v = form.values;
    const order =
      v.startsAt && v.endsAt && new Date(v.endsAt) <= new Date(v.startsAt)
        ? { endsAt: 'endsBeforeStart' }
        : {};
    if (
      !form.validate(
        { price: [rules.money], name: [rules.maxLength(120)], customerTier: [rules.maxLength(40)] },
        order,
      )
    )
      return;
    const ok = await form.run(async () => {
      const r = await api.mutate(CreatePriceRuleDocument, {
        input: {
          productId: product.id,
          ...(v.unit ? { unit: v.unit } : {}),
          price: moneyOf(v.price),
          name: textOrUndefined(v.name),
          startsAt: instantOf(v.startsAt),
          endsAt: instantOf(v.endsAt),
          branchId: v.branchId || undefined,
          customerTier: textOrUndefined(v.customerTier),
        },
      });
      if (!r.ok) return r.error;
      const done = unwrapResult(r.value.createPriceRule, 'PriceRule');
      return done.ok ? null : done.error;
    });
    if (ok) {
      form.reset(EMPTY);
      await onChange();
    }
  };

  const end = async (id: string) => {
    await form.run(async () => {
      const r = await api.mutate(DeactivatePriceRuleDocument, { id });
      if (!r.ok) return r.error;
      const done = unwrapResult(r.value.deactivatePriceRule, 'PriceRule');
      return done.ok ? null : done.error;
    });
    await onChange();
  };

  return (
    <Panel title={t('backoffice.prices.title')} testId="price-rules">
      {(product.priceRules ?? []).length === 0 ? (
        <Empty>{t('backoffice.prices.none')}</Empty>
      ) : (
        <Table
          head={[
            t('backoffice.products.unitName'),
            t('backoffice.products.price'),
            t('backoffice.prices.name'),
            t('backoffice.prices.period'),
            t('backoffice.prices.where'),
            '',
          ]}
        >
          {(product.priceRules ?? []).map((r) => (
            <tr key={r.id} className={r.active ? '' : 'text-slate-400'}>
              <Cell>{r.unitName}</Cell>
              <Cell>
                <Money value={r.price} />
              </Cell>
              <Cell>{r.name}</Cell>
              <Cell>
                {when(r.startsAt)} – {when(r.endsAt)}
              </Cell>
              <Cell>
                {[branchName(r.branch?.id), r.customerTier].filter(Boolean).join(' · ') ||
                  t('backoffice.prices.everywhere')}
              </Cell>
              <Cell>
                {r.active && (
                  <Button tone="ghost" className="min-h-8 text-xs" onClick={() => void end(r.id)}>
                    {t('backoffice.prices.end')}
                  </Button>
                )}
              </Cell>
            </tr>
          ))}
        </Table>
      )}
      <form
        noValidate
        className="flex flex-col gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <Grid>
          <Select
            form={form}
            name="unit"
            label={t('backoffice.products.unitName')}
            options={product.units.map((u) => ({ value: u.isBase ? '' : u.name, label: u.name }))}
          />
          <Input form={form} name="price" label={t('backoffice.prices.price')} inputMode="numeric" />
          <Input form={form} name="name" label={t('backoffice.prices.name')} />
          <Input form={form} name="customerTier" label={t('backoffice.prices.tier')} />
          <Input form={form} name="startsAt" label={t('backoffice.prices.startsAt')} type="datetime-local" />
          <Input form={form} name="endsAt" label={t('backoffice.prices.endsAt')} type="datetime-local" />
          <Select
            form={form}
            name="branchId"
            label={t('backoffice.prices.branch')}
            options={[
              { value: '', label: t('backoffice.prices.everyBranch') },
              ...branches.filter((b) => b.active).map((b) => ({ value: b.id, label: b.name })),
            ]}
          />
        </Grid>
        <FormError form={form} />
        <Button type="submit" disabled={form.busy} className="self-start">
          {t('backoffice.prices.add')}
        </Button>
      </form>
    </Panel>
  );
}
