/**
 * The merchant's settings: name, logo, receipt footer, address and tax number for receipts, time
 * zone, tax and cash rounding; then the loyalty rules (earning, redemption, tiers, credit term).
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MerchantSettingsDocument,
  SetLoyaltySettingsDocument,
  UpdateMerchantDocument,
} from '../../__generated__/operations';
import { type Failure, unwrapResult } from '../../api/results';
import { Button, ErrorNote } from '../../app/ui';
import { useBackOffice } from '../context';
import { Check, ErrorFor, FormError, Input, Select, useForm } from '../form';
import { Grid, Panel, Screen } from '../layout';
import { moneyOf, type Rule, rules, textOrUndefined } from '../validate';

type Values = Record<string, string>;

const TIME_ZONES: string[] = (() => {
  const zones =
    (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];
  const indonesia = ['Asia/Jakarta', 'Asia/Pontianak', 'Asia/Makassar', 'Asia/Jayapura'];
  return [...indonesia, ...zones.filter((z) => !indonesia.includes(z))];
})();

export function SettingsScreen() {
  const { t } = useTranslation();
  const { api } = useBackOffice();
  const [error, setError] = useState<Failure | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [tiers, setTiers] = useState(0);
  const merchant = useForm<Values>({});
  const loyalty = useForm<Values>({});
  const { reset: resetMerchant } = merchant;
  const { reset: resetLoyalty } = loyalty;

  const load = useCallback(async () => {
    const r = await api.query(MerchantSettingsDocument, { withLoyalty: true });
    if (!r.ok) return setError(r.error);
    const m = r.value.merchant;
    if (m) {
      resetMerchant({
        name: m.name,
        logoUrl: m.logoUrl ?? '',
        receiptFooter: m.receiptFooter ?? '',
        address: m.address ?? '',
        taxNumber: m.taxNumber ?? '',
        timeZone: m.timeZone,
        cashRoundingUnit: String(m.cashRoundingUnit),
        taxEnabled: m.tax.enabled ? 'true' : '',
        taxRate: String(m.tax.rateBasisPoints / 100),
        pricesIncludeTax: m.tax.pricesIncludeTax ? 'true' : '',
      });
    }
    const l = r.value.loyaltySettings;
    if (l) {
      const values: Values = {
        earnAmount: l.earnAmount,
        earnPoints: String(l.earnPoints),
        redeemValuePerPoint: l.redeemValuePerPoint,
        creditTermDays: String(l.creditTermDays),
      };
      l.tiers.forEach((tier, i) => {
        values[`tiers.${i}.name`] = tier.name;
        values[`tiers.${i}.minLifetimeSpend`] = tier.minLifetimeSpend;
      });
      setTiers(l.tiers.length);
      resetLoyalty(values);
    }
  }, [api, resetMerchant, resetLoyalty]);

  useEffect(() => {
    void load();
  }, [load]);

  const saveMerchant = async () => {
    setSaved(null);
    const spec: Record<string, Rule[]> = {
      name: [rules.required, rules.maxLength(100)],
      logoUrl: [rules.url],
      receiptFooter: [rules.maxLength(300)],
      address: [rules.maxLength(300)],
      taxNumber: [rules.maxLength(300)],
      timeZone: [rules.timeZone],
      cashRoundingUnit: [rules.integer(0, 1_000_000)],
      taxRate: [(v) => (/^\d{1,3}(\.\d{1,2})?$/.test(v.trim()) && Number(v) <= 100 ? null : 'percent')],
    };
    if (!merchant.validate(spec)) return;
    const v = merchant.values;
    const ok = await merchant.run(async () => {
      const r = await api.mutate(UpdateMerchantDocument, {
        input: {
          name: (v.name ?? '').trim(),
          logoUrl: (v.logoUrl ?? '').trim(),
          receiptFooter: (v.receiptFooter ?? '').trim(),
          address: (v.address ?? '').trim(),
          taxNumber: (v.taxNumber ?? '').trim(),
          timeZone: v.timeZone,
          cashRoundingUnit: Number(v.cashRoundingUnit),
          tax: {
            enabled: v.taxEnabled === 'true',
            rateBasisPoints: Math.round(Number(v.taxRate) * 100),
            pricesIncludeTax: v.pricesIncludeTax === 'true',
          },
        },
      });
      if (!r.ok) return r.error;
      const done = unwrapResult(r.value.updateMerchant, 'Merchant');
      return done.ok ? null : done.error;
    });
    if (ok) setSaved('merchant');
  };

  const saveLoyalty = async () => {
    setSaved(null);
    const spec: Record<string, Rule[]> = {
      earnAmount: [rules.money],
      earnPoints: [rules.integer(1, 1_000_000_000)],
      redeemValuePerPoint: [rules.money],
      creditTermDays: [rules.integer(1, 3650)],
    };
    for (let i = 0; i < tiers; i++) {
      spec[`tiers.${i}.name`] = [rules.required, rules.maxLength(40)];
      spec[`tiers.${i}.minLifetimeSpend`] = [rules.money];
    }
    if (!loyalty.validate(spec)) return;
    const v = loyalty.values;
    const ok = await loyalty.run(async () => {
      const r = await api.mutate(SetLoyaltySettingsDocument, {
        input: {
          earnAmount: moneyOf(v.earnAmount ?? ''),
          earnPoints: Number(v.earnPoints),
          redeemValuePerPoint: moneyOf(v.redeemValuePerPoint ?? ''),
          creditTermDays: Number(v.creditTermDays),
          tiers: Array.from({ length: tiers }, (_, i) => ({
            name: (v[`tiers.${i}.name`] ?? '').trim(),
            minLifetimeSpend: moneyOf(v[`tiers.${i}.minLifetimeSpend`] ?? ''),
          })),
        },
      });
      if (!r.ok) return r.error;
      const done = unwrapResult(r.value.setLoyaltySettings, 'LoyaltySettings');
      return done.ok ? null : done.error;
    });
    if (ok) setSaved('loyalty');
  };

  const logo = textOrUndefined(merchant.values.logoUrl ?? '');
  return (
    <Screen title={t('backoffice.settings.title')}>
      <ErrorNote error={error} />
      <Panel title={t('backoffice.settings.shop')} testId="merchant-settings">
        <form
          noValidate
          className="flex flex-col gap-3"
          onSubmit={(e) => {
            e.preventDefault();
            void saveMerchant();
          }}
        >
          <Grid>
            <Input form={merchant} name="name" label={t('backoffice.settings.name')} />
            <Select
              form={merchant}
              name="timeZone"
              label={t('backoffice.settings.timeZone')}
              options={TIME_ZONES.map((z) => ({ value: z, label: z }))}
            />
            <Input form={merchant} name="logoUrl" label={t('backoffice.settings.logoUrl')} type="url" />
            {logo && !rules.url(logo) ? (
              <img
                src={logo}
                alt={t('backoffice.settings.logo')}
                className="h-16 w-auto self-end object-contain"
              />
            ) : (
              <div />
            )}
            <Input form={merchant} name="receiptFooter" label={t('backoffice.settings.receiptFooter')} />
            <Input form={merchant} name="address" label={t('backoffice.settings.address')} />
            <Input form={merchant} name="taxNumber" label={t('backoffice.settings.taxNumber')} />
            <Input
              form={merchant}
              name="cashRoundingUnit"
              label={t('backoffice.settings.cashRounding')}
              inputMode="numeric"
            />
          </Grid>
          <div className="flex flex-wrap items-end gap-4">
            <Check form={merchant} name="taxEnabled" label={t('backoffice.settings.taxEnabled')} />
            <Input
              form={merchant}
              name="taxRate"
              label={t('backoffice.settings.taxRate')}
              inputMode="decimal"
              className="w-32"
            />
            <Check
              form={merchant}
              name="pricesIncludeTax"
              label={t('backoffice.settings.pricesIncludeTax')}
            />
          </div>
          <FormError form={merchant} />
          {saved === 'merchant' && (
            <p role="status" className="text-sm text-emerald-700">
              {t('backoffice.saved')}
            </p>
          )}
          <Button tone="primary" type="submit" disabled={merchant.busy} className="self-start">
            {t('backoffice.save')}
          </Button>
        </form>
      </Panel>
      <Panel title={t('backoffice.settings.loyalty')} testId="loyalty-settings">
        <form
          noValidate
          className="flex flex-col gap-3"
          onSubmit={(e) => {
            e.preventDefault();
            void saveLoyalty();
          }}
        >
          <p className="text-xs text-slate-500">{t('backoffice.settings.loyaltyHelp')}</p>
          <Grid>
            <Input
              form={loyalty}
              name="earnAmount"
              label={t('backoffice.settings.earnAmount')}
              inputMode="numeric"
            />
            <Input
              form={loyalty}
              name="earnPoints"
              label={t('backoffice.settings.earnPoints')}
              inputMode="numeric"
            />
            <Input
              form={loyalty}
              name="redeemValuePerPoint"
              label={t('backoffice.settings.redeemValue')}
              inputMode="numeric"
            />
            <Input
              form={loyalty}
              name="creditTermDays"
              label={t('backoffice.settings.creditTerm')}
              inputMode="numeric"
            />
          </Grid>
          <h3 className="text-sm font-medium text-slate-700">{t('backoffice.settings.tiers')}</h3>
          {Array.from({ length: tiers }, (_, i) => (
            <div key={i} className="grid grid-cols-2 items-end gap-3">
              <Input form={loyalty} name={`tiers.${i}.name`} label={t('backoffice.settings.tierName')} />
              <Input
                form={loyalty}
                name={`tiers.${i}.minLifetimeSpend`}
                label={t('backoffice.settings.tierSpend')}
                inputMode="numeric"
              />
            </div>
          ))}
          <ErrorFor form={loyalty} name="tiers" />
          <div className="flex gap-2">
            <Button
              onClick={() => {
                loyalty.set(`tiers.${tiers}.name`, '');
                loyalty.set(`tiers.${tiers}.minLifetimeSpend`, '');
                setTiers(tiers + 1);
              }}
            >
              {t('backoffice.settings.addTier')}
            </Button>
            {tiers > 0 && (
              <Button onClick={() => setTiers(tiers - 1)}>{t('backoffice.settings.removeTier')}</Button>
            )}
          </div>
          <FormError form={loyalty} />
          {saved === 'loyalty' && (
            <p role="status" className="text-sm text-emerald-700">
              {t('backoffice.saved')}
            </p>
          )}
          <Button tone="primary" type="submit" disabled={loyalty.busy} className="self-start">
            {t('backoffice.save')}
          </Button>
        </form>
      </Panel>
    </Screen>
  );
}
