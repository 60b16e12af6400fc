/** Adds a customer or changes one; the phone number is the customer's key, unique per merchant. */
import { useTranslation } from 'react-i18next';
import {
  type AdminCustomersQuery,
  CreateCustomerRecordDocument,
  UpdateCustomerDocument,
} from '../../__generated__/operations';
import { unwrapResult } from '../../api/results';
import { Button } from '../../app/ui';
import { useBackOffice } from '../context';
import { FormError, Input, useForm } from '../form';
import { Grid, Panel } from '../layout';
import { rules, textOrUndefined } from '../validate';

export type AdminCustomer = AdminCustomersQuery['customers']['nodes'][number];

export function CustomerForm({
  customer,
  onSaved,
}: {
  customer: AdminCustomer | null;
  onSaved(): Promise<unknown>;
}) {
  const { t } = useTranslation();
  const { api, can } = useBackOffice();
  const initial = {
    name: customer?.name ?? '',
    phone: customer?.phone ?? '',
    email: customer?.email ?? '',
    address: customer?.address ?? '',
    notes: customer?.notes ?? '',
    tierOverride: customer?.tierOverride ?? '',
  };
  const form = useForm(initial);
  const withTier = can('prices:write');

  const save = async () => {
    const v = form.values;
    const spec = {
      name: [rules.required, rules.maxLength(120)],
      phone: [rules.required, rules.phone],
      email: [rules.email],
      address: [rules.maxLength(500)],
      notes: [rules.maxLength(500)],
      tierOverride: [rules.maxLength(40)],
    };
    if (!form.validate(spec)) return;
    const fields = {
      name: v.name.trim(),
      phone: v.phone.trim(),
      email: textOrUndefined(v.email),
      address: textOrUndefined(v.address),
      notes: textOrUndefined(v.notes),
    };
    const ok = await form.run(
      async () => {
        if (customer) {
          const r = await api.mutate(UpdateCustomerDocument, {
            input: {
              id: customer.id,
              ...fields,
              ...(withTier && v.tierOverride.trim() !== (customer.tierOverride ?? '')
                ? { tierOverride: textOrUndefined(v.tierOverride) ?? null }
                : {}),
            },
          });
          if (!r.ok) return r.error;
          const done = unwrapResult(r.value.updateCustomer, 'Customer');
          return done.ok ? null : done.error;
        }
        const r = await api.mutate(CreateCustomerRecordDocument, {
          input: {
            ...fields,
            ...(withTier && v.tierOverride.trim() ? { tierOverride: v.tierOverride.trim() } : {}),
          },
        });
        if (!r.ok) return r.error;
        const done = unwrapResult(r.value.createCustomer, 'Customer');
        return done.ok ? null : done.error;
      },
      (f) => (f.code === 'DUPLICATE_PHONE' ? 'phone' : undefined),
    );
    if (ok) {
      if (!customer) form.reset(initial);
      await onSaved();
    }
  };

  return (
    <Panel title={customer ? t('backoffice.customers.edit') : t('backoffice.customers.new')}>
      <form
        noValidate
        className="flex flex-col gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Grid>
          <Input form={form} name="name" label={t('backoffice.customers.name')} />
          <Input form={form} name="phone" label={t('backoffice.phone')} type="tel" />
          <Input form={form} name="email" label="E-mail" type="email" />
          {withTier && <Input form={form} name="tierOverride" label={t('backoffice.customers.tier')} />}
        </Grid>
        <Input form={form} name="address" label={t('backoffice.customers.address')} />
        <Input form={form} name="notes" label={t('backoffice.customers.notes')} />
        <FormError form={form} />
        <Button tone="primary" type="submit" disabled={form.busy} className="self-start">
          {t('backoffice.save')}
        </Button>
      </form>
    </Panel>
  );
}
