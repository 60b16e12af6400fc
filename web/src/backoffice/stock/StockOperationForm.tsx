/**
 * One stock operation as a form. Quantities are typed in a unit of the product (receive,
 * transfer) or in base units (adjust, count), as the server takes them; field names follow its
 * input paths (`lines.0.quantity`). Each operation carries an idempotency key, kept until it
 * succeeds, so sending again after a lost answer does not count the goods twice.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AdjustStockDocument,
  ReceiveStockDocument,
  RecordStockCountDocument,
  type StockOperationFieldsFragment,
  TransferStockDocument,
} from '../../__generated__/operations';
import { type Failure, type Outcome, unwrapResult } from '../../api/results';
import { Button } from '../../app/ui';
import { newId } from '../../lib/ids';
import { useBackOffice } from '../context';
import { FormError, Input, Select, useForm } from '../form';
import { Grid, Panel } from '../layout';
import { MAX_QUANTITY, moneyOf, type Rule, rules, textOrUndefined } from '../validate';
import { type PickedProduct, ProductSearch } from './ProductSearch';

export type StockOperationKind = 'receive' | 'adjust' | 'transfer' | 'count';

type Values = Record<string, string>;

function operationOf(
  r: Outcome<Record<string, { __typename?: string } & Partial<StockOperationFieldsFragment>>>,
): Failure | null {
  if (!r.ok) return r.error;
  const result = Object.values(r.value)[0];
  const done = unwrapResult(result, 'StockOperation');
  return done.ok ? null : done.error;
}

export function StockOperationForm({
  kind,
  branchId,
  onDone,
}: {
  kind: StockOperationKind;
  branchId: string;
  onDone(): Promise<unknown>;
}) {
  const { t } = useTranslation();
  const { api, branches } = useBackOffice();
  const [lines, setLines] = useState<PickedProduct[]>([]);
  const [key, setKey] = useState(() => newId('stock'));
  const [done, setDone] = useState(false);
  const form = useForm<Values>({ reference: '', note: '', change: '', toBranchId: '' });
  const single = kind === 'adjust';

  const pick = (p: PickedProduct, unit?: string) => {
    setDone(false);
    if (single) {
      setLines([p]);
      return;
    }
    if (lines.some((l) => l.id === p.id)) return;
    const i = lines.length;
    form.set(`lines.${i}.unit`, unit && !p.units.find((u) => u.name === unit)?.isBase ? unit : '');
    form.set(`lines.${i}.quantity`, '');
    form.set(`lines.${i}.counted`, '');
    form.set(`lines.${i}.unitCost`, '');
    setLines([...lines, p]);
  };

  const drop = (index: number) => {
    for (let i = index; i < lines.length - 1; i++) {
      for (const k of ['unit', 'quantity', 'counted', 'unitCost']) {
        form.set(`lines.${i}.${k}`, form.values[`lines.${i + 1}.${k}`] ?? '');
      }
    }
    setLines(lines.filter((_, i) => i !== index));
  };

  const spec = (): Record<string, Rule[]> => {
    const s: Record<string, Rule[]> = { reference: [rules.maxLength(120)], note: [rules.maxLength(500)] };
    if (kind === 'adjust') {
      s.change = [rules.integer(-MAX_QUANTITY, MAX_QUANTITY), rules.nonZero];
      s.note = [rules.required, rules.maxLength(500)];
    }
    if (kind === 'transfer') s.toBranchId = [rules.required];
    lines.forEach((_, i) => {
      if (kind === 'count') s[`lines.${i}.counted`] = [rules.integer(0, 1_000_000_000)];
      else if (kind !== 'adjust') s[`lines.${i}.quantity`] = [rules.integer(1, MAX_QUANTITY)];
      if (kind === 'receive') s[`lines.${i}.unitCost`] = [rules.optionalMoney];
    });
    return s;
  };

  const submit = async () => {
    setDone(false);
    const missing = lines.length === 0 ? { lines: 'noLines' } : {};
    if (!form.validate(spec(), missing)) return;
    const v = form.values;
    const common = { reference: textOrUndefined(v.reference ?? ''), idempotencyKey: key };
    const quantityLines = lines.map((p, i) => ({
      productId: p.id,
      quantity: Number(v[`lines.${i}.quantity`]),
      ...(v[`lines.${i}.unit`] ? { unit: v[`lines.${i}.unit`] } : {}),
    }));
    const ok = await form.run(async () => {
      switch (kind) {
        case 'receive':
          return operationOf(
            await api.mutate(ReceiveStockDocument, {
              input: {
                ...common,
                branchId,
                note: textOrUndefined(v.note ?? ''),
                lines: quantityLines.map((l, i) => {
                  const cost = v[`lines.${i}.unitCost`]?.trim();
                  return cost ? { ...l, unitCost: moneyOf(cost) } : l;
                }),
              },
            }),
          );
        case 'adjust':
          return operationOf(
            await api.mutate(AdjustStockDocument, {
              input: {
                ...common,
                branchId,
                productId: lines[0]?.id ?? '',
                change: Number(v.change),
                note: (v.note ?? '').trim(),
              },
            }),
          );
        case 'transfer':
          return operationOf(
            await api.mutate(TransferStockDocument, {
              input: {
                ...common,
                fromBranchId: branchId,
                toBranchId: v.toBranchId ?? '',
                note: textOrUndefined(v.note ?? ''),
                lines: quantityLines,
              },
            }),
          );
        case 'count':
          return operationOf(
            await api.mutate(RecordStockCountDocument, {
              input: {
                ...common,
                branchId,
                note: textOrUndefined(v.note ?? ''),
                lines: lines.map((p, i) => ({ productId: p.id, counted: Number(v[`lines.${i}.counted`]) })),
              },
            }),
          );
      }
    });
    if (!ok) return;
    setKey(newId('stock'));
    setLines([]);
    form.reset({ reference: '', note: '', change: '', toBranchId: '' });
    setDone(true);
    await onDone();
  };

  const others = branches.filter((b) => b.active && b.id !== branchId);
  return (
    <Panel title={t(`backoffice.stock.${kind}`)} testId={`stock-${kind}`}>
      <form
        noValidate
        className="flex flex-col gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <ProductSearch label={t('backoffice.stock.product')} onPick={pick} />
        {lines.map((p, i) => (
          <fieldset
            key={p.id}
            aria-label={p.name}
            data-testid="stock-line"
            className="grid grid-cols-2 items-end gap-3 border-t border-slate-100 pt-3 sm:grid-cols-4"
          >
            <p className="col-span-2 font-medium sm:col-span-4">
              {p.name} <span className="font-mono text-xs text-slate-500">{p.sku}</span>
            </p>
            {(kind === 'receive' || kind === 'transfer') && (
              <>
                <Input
                  form={form}
                  name={`lines.${i}.quantity`}
                  label={t('backoffice.stock.quantity')}
                  inputMode="numeric"
                />
                <Select
                  form={form}
                  name={`lines.${i}.unit`}
                  label={t('backoffice.products.unitName')}
                  options={p.units.map((u) => ({
                    value: u.isBase ? '' : u.name,
                    label: u.isBase ? u.name : `${u.name} (×${u.factor})`,
                  }))}
                />
              </>
            )}
            {kind === 'receive' && (
              <Input
                form={form}
                name={`lines.${i}.unitCost`}
                label={t('backoffice.stock.unitCost')}
                inputMode="numeric"
              />
            )}
            {kind === 'count' && (
              <Input
                form={form}
                name={`lines.${i}.counted`}
                label={t('backoffice.stock.counted', { unit: p.units.find((u) => u.isBase)?.name ?? '' })}
                inputMode="numeric"
              />
            )}
            {kind === 'adjust' && (
              <Input
                form={form}
                name="change"
                label={t('backoffice.stock.adjustChange', {
                  unit: p.units.find((u) => u.isBase)?.name ?? '',
                })}
                inputMode="numeric"
              />
            )}
            <Button tone="ghost" className="text-sm" onClick={() => drop(i)}>
              {t('backoffice.remove')}
            </Button>
          </fieldset>
        ))}
        {form.errors.lines && (
          <p role="alert" data-testid="field-error-lines" className="text-xs text-rose-700">
            {form.errors.lines.text}
          </p>
        )}
        <Grid>
          {kind === 'transfer' && (
            <Select
              form={form}
              name="toBranchId"
              label={t('backoffice.stock.toBranch')}
              options={[{ value: '', label: '—' }, ...others.map((b) => ({ value: b.id, label: b.name }))]}
            />
          )}
          <Input form={form} name="reference" label={t('backoffice.stock.reference')} />
          <Input
            form={form}
            name="note"
            label={t(kind === 'adjust' ? 'backoffice.stock.why' : 'backoffice.stock.note')}
          />
        </Grid>
        <FormError form={form} />
        {done && (
          <p role="status" className="text-sm text-emerald-700">
            {t('backoffice.saved')}
          </p>
        )}
        <Button tone="primary" type="submit" disabled={form.busy} className="self-start">
          {t(`backoffice.stock.submit.${kind}`)}
        </Button>
      </form>
    </Panel>
  );
}
