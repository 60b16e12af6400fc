/** A product's base unit and its larger units, each with a price and a barcode. */
import { useTranslation } from 'react-i18next';
import { Button } from '../../app/ui';
import { ErrorFor, type FormState, Input } from '../form';
import { Panel } from '../layout';
import type { Values } from './product-form';

export function UnitsPanel({
  form,
  extras,
  onAdd,
  onRemove,
}: {
  form: FormState<Values>;
  extras: number;
  onAdd(): void;
  onRemove(index: number): void;
}) {
  const { t } = useTranslation();
  return (
    <Panel title={t('backoffice.products.units')}>
      <p className="text-xs text-slate-500">{t('backoffice.products.unitsHelp')}</p>
      <fieldset
        className="grid grid-cols-2 gap-3 sm:grid-cols-4"
        aria-label={t('backoffice.products.baseUnit')}
      >
        <Input form={form} name="baseUnit.name" label={t('backoffice.products.baseUnit')} />
        <div className="hidden sm:block" />
        <Input form={form} name="baseUnit.price" label={t('backoffice.products.price')} inputMode="numeric" />
        <Input form={form} name="baseUnit.barcode" label={t('backoffice.products.barcode')} />
      </fieldset>
      {Array.from({ length: extras }, (_, i) => (
        <fieldset
          key={i}
          data-testid={`unit-${i}`}
          aria-label={t('backoffice.products.extraUnit', { n: i + 1 })}
          className="grid grid-cols-2 gap-3 border-t border-slate-100 pt-3 sm:grid-cols-4"
        >
          <Input form={form} name={`units.${i}.name`} label={t('backoffice.products.unitName')} />
          <Input
            form={form}
            name={`units.${i}.factor`}
            label={t('backoffice.products.factor')}
            inputMode="numeric"
          />
          <Input
            form={form}
            name={`units.${i}.price`}
            label={t('backoffice.products.price')}
            inputMode="numeric"
          />
          <Input form={form} name={`units.${i}.barcode`} label={t('backoffice.products.barcode')} />
          <Button
            tone="ghost"
            className="col-span-2 justify-self-start text-sm sm:col-span-4"
            onClick={() => onRemove(i)}
          >
            {t('backoffice.products.removeUnit')}
          </Button>
        </fieldset>
      ))}
      <ErrorFor form={form} name="units" />
      <Button onClick={onAdd} className="self-start" disabled={extras >= 9}>
        {t('backoffice.products.addUnit')}
      </Button>
    </Panel>
  );
}
