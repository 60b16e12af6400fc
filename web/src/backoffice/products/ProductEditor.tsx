/**
 * One product: its fields, its base unit and larger units (each with a factor, a price and a
 * barcode), then, once saved, its special prices and its stock thresholds per branch. Field
 * names follow the server's input paths (`baseUnit.price`, `units.0.barcode`), so a
 * BAD_USER_INPUT naming a field lands next to it.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import {
  AdminCategoriesDocument,
  AdminProductDocument,
  CreateProductDocument,
  type ProductStatus,
  UpdateProductDocument,
} from '../../__generated__/operations';
import { type Failure, unwrapResult } from '../../api/results';
import { Button, ErrorNote } from '../../app/ui';
import { flattenCategories } from '../categories/tree';
import { useBackOffice } from '../context';
import { Check, FormError, Input, Select, useForm } from '../form';
import { Grid, Panel, Screen } from '../layout';
import { moneyOf, textOrUndefined } from '../validate';
import { PriceRules } from './PriceRules';
import { type AdminProduct, barcodeField, STATUSES, specOf, unitProblems, valuesOf } from './product-form';
import { StockThresholds } from './StockThresholds';
import { UnitsPanel } from './UnitsPanel';

type Values = Record<string, string>;

export function ProductEditor() {
  const { id = 'new' } = useParams();
  const isNew = id === 'new';
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { api, can } = useBackOffice();
  const withCost = can('cost:read');
  const [product, setProduct] = useState<AdminProduct | null>(null);
  const [loadError, setLoadError] = useState<Failure | null>(null);
  const [categories, setCategories] = useState<Array<{ id: string; label: string }>>([]);
  const [extras, setExtras] = useState(0);
  const [saved, setSaved] = useState(false);
  const form = useForm<Values>(valuesOf(null).values);
  const { reset } = form;

  const load = useCallback(async () => {
    if (isNew) return;
    const r = await api.query(AdminProductDocument, {
      id,
      withCost,
      withRules: can('prices:write'),
      withStock: can('stock:read'),
    });
    if (!r.ok) return setLoadError(r.error);
    if (!r.value.product) return setLoadError({ code: 'NOT_FOUND', message: 'Product' });
    setProduct(r.value.product);
    return r.value.product;
  }, [api, id, isNew, withCost, can]);

  useEffect(() => {
    void (async () => {
      const p = (await load()) ?? null;
      const initial = valuesOf(p);
      reset(initial.values);
      setExtras(initial.extras);
    })();
  }, [load, reset]);

  useEffect(() => {
    void api.query(AdminCategoriesDocument, {}).then((r) => {
      if (r.ok) setCategories(flattenCategories(r.value.categories));
    });
  }, [api]);

  const addUnit = () => {
    const i = extras;
    form.set(`units.${i}.name`, i === 0 ? 'box' : '');
    form.set(`units.${i}.factor`, '');
    form.set(`units.${i}.price`, '');
    form.set(`units.${i}.barcode`, '');
    setExtras(i + 1);
  };

  const removeUnit = (index: number) => {
    for (let i = index; i < extras - 1; i++) {
      for (const k of ['name', 'factor', 'price', 'barcode']) {
        form.set(`units.${i}.${k}`, form.values[`units.${i + 1}.${k}`] ?? '');
      }
    }
    setExtras(extras - 1);
  };

  const save = async () => {
    setSaved(false);
    const v = form.values;
    if (!form.validate(specOf(extras, withCost), unitProblems(v, extras))) return;
    const units = Array.from({ length: extras }, (_, i) => ({
      name: (v[`units.${i}.name`] ?? '').trim(),
      factor: Number(v[`units.${i}.factor`]),
      price: moneyOf(v[`units.${i}.price`] ?? ''),
      barcode: textOrUndefined(v[`units.${i}.barcode`] ?? '') ?? null,
    }));
    const fields = {
      sku: (v.sku ?? '').trim(),
      name: (v.name ?? '').trim(),
      description: textOrUndefined(v.description ?? ''),
      imageUrl: textOrUndefined(v.imageUrl ?? ''),
      status: v.status as ProductStatus,
      taxable: v.taxable === 'true',
      allowNegativeStock: v.allowNegativeStock === 'true',
      ...(withCost && v.costPrice?.trim() ? { costPrice: moneyOf(v.costPrice) } : {}),
      baseUnit: {
        name: (v['baseUnit.name'] ?? '').trim(),
        price: moneyOf(v['baseUnit.price'] ?? ''),
        barcode: textOrUndefined(v['baseUnit.barcode'] ?? '') ?? null,
      },
      units,
    };
    let createdId: string | null = null;
    const ok = await form.run(
      async () => {
        const r = isNew
          ? await api.mutate(CreateProductDocument, {
              input: { ...fields, ...(v.categoryId ? { categoryId: v.categoryId } : {}) },
            })
          : await api.mutate(UpdateProductDocument, {
              id,
              input: {
                ...fields,
                ...(v.categoryId ? { categoryId: v.categoryId } : { clearCategory: true }),
              },
            });
        if (!r.ok) return r.error;
        const result = 'createProduct' in r.value ? r.value.createProduct : r.value.updateProduct;
        const done = unwrapResult(result, 'Product');
        if (!done.ok) {
          // The taken barcode says which unit's field it belongs to.
          const taken = 'barcode' in result && typeof result.barcode === 'string' ? result.barcode : null;
          const field =
            done.error.code === 'BARCODE_TAKEN' && taken ? barcodeField(v, extras, taken) : undefined;
          return { ...done.error, ...(field ? { field } : {}) };
        }
        createdId = done.value.id;
        return null;
      },
      (f) => (f.code === 'SKU_TAKEN' ? 'sku' : undefined),
    );
    if (!ok) return;
    setSaved(true);
    if (isNew && createdId) navigate(`../${createdId}`, { relative: 'path' });
    else await load();
  };

  const title = isNew ? t('backoffice.products.new') : (product?.name ?? t('backoffice.products.title'));
  if (loadError) {
    return (
      <Screen title={t('backoffice.products.title')}>
        <ErrorNote error={loadError} />
      </Screen>
    );
  }
  return (
    <Screen title={title}>
      <form
        className="flex flex-col gap-4"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Panel title={t('backoffice.products.details')}>
          <Grid>
            <Input form={form} name="sku" label="SKU" autoCapitalize="characters" />
            <Input form={form} name="name" label={t('backoffice.products.name')} />
            <Select
              form={form}
              name="categoryId"
              label={t('backoffice.products.category')}
              options={[
                { value: '', label: t('backoffice.products.noCategory') },
                ...categories.map((c) => ({ value: c.id, label: c.label })),
              ]}
            />
            <Select
              form={form}
              name="status"
              label={t('backoffice.products.status')}
              options={STATUSES.map((s) => ({ value: s, label: t(`backoffice.status.${s}`) }))}
            />
            {withCost && (
              <Input
                form={form}
                name="costPrice"
                label={t('backoffice.products.costPrice')}
                inputMode="numeric"
              />
            )}
            <Input form={form} name="imageUrl" label={t('backoffice.products.imageUrl')} type="url" />
          </Grid>
          <Input form={form} name="description" label={t('backoffice.products.description')} />
          <div className="flex flex-wrap gap-4">
            <Check form={form} name="taxable" label={t('backoffice.products.taxable')} />
            <Check form={form} name="allowNegativeStock" label={t('backoffice.products.allowNegative')} />
          </div>
        </Panel>
        <UnitsPanel form={form} extras={extras} onAdd={addUnit} onRemove={removeUnit} />
        <FormError form={form} />
        {saved && (
          <p role="status" className="text-sm text-emerald-700">
            {t('backoffice.saved')}
          </p>
        )}
        <Button tone="primary" type="submit" disabled={form.busy} className="self-start">
          {t('backoffice.save')}
        </Button>
      </form>
      {product && can('prices:write') && <PriceRules product={product} onChange={load} />}
      {product && can('stock:read') && <StockThresholds product={product} onChange={load} />}
    </Screen>
  );
}
