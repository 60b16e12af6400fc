/** Categories: a tree of up to three levels shown flat, added, renamed, moved and deleted. */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AdminCategoriesDocument,
  CreateCategoryDocument,
  DeleteCategoryDocument,
  UpdateCategoryDocument,
} from '../../__generated__/operations';
import { type Failure, unwrapResult } from '../../api/results';
import { Button, ErrorNote } from '../../app/ui';
import { useBackOffice } from '../context';
import { FormError, Input, Select, useForm } from '../form';
import { Cell, Empty, Grid, Panel, Screen, Table } from '../layout';
import { rules } from '../validate';
import { type FlatCategory, flattenCategories } from './tree';

const EMPTY = { name: '', parentId: '', position: '' };
const NAME_RULES = [
  rules.required,
  rules.maxLength(60),
  (v: string) => (v.includes('>') ? 'categoryName' : null),
];

export function CategoriesScreen() {
  const { t } = useTranslation();
  const { api } = useBackOffice();
  const [list, setList] = useState<FlatCategory[]>([]);
  const [editing, setEditing] = useState<FlatCategory | null>(null);
  const [error, setError] = useState<Failure | null>(null);
  const form = useForm(EMPTY);

  const load = useCallback(async () => {
    const r = await api.query(AdminCategoriesDocument, {});
    if (r.ok) setList(flattenCategories(r.value.categories));
    else setError(r.error);
  }, [api]);

  useEffect(() => {
    void load();
  }, [load]);

  const edit = (c: FlatCategory | null) => {
    setEditing(c);
    form.reset(c ? { name: c.name, parentId: c.parentId ?? '', position: String(c.position) } : EMPTY);
  };

  const save = async () => {
    const v = form.values;
    if (
      !form.validate({ name: NAME_RULES, ...(v.position ? { position: [rules.integer(0, 1_000_000)] } : {}) })
    )
      return;
    const position = v.position ? Number(v.position) : undefined;
    const ok = await form.run(
      async () => {
        if (editing) {
          const r = await api.mutate(UpdateCategoryDocument, {
            id: editing.id,
            input: {
              name: v.name.trim(),
              ...(v.parentId ? { parentId: v.parentId } : { moveToTop: true }),
              ...(position !== undefined ? { position } : {}),
            },
          });
          if (!r.ok) return r.error;
          const done = unwrapResult(r.value.updateCategory, 'Category');
          return done.ok ? null : done.error;
        }
        const r = await api.mutate(CreateCategoryDocument, {
          input: { name: v.name.trim(), ...(v.parentId ? { parentId: v.parentId } : {}), position },
        });
        if (!r.ok) return r.error;
        const done = unwrapResult(r.value.createCategory, 'Category');
        return done.ok ? null : done.error;
      },
      (f) => (f.code === 'INVALID_CATEGORY_MOVE' ? 'parentId' : undefined),
    );
    if (ok) {
      edit(null);
      await load();
    }
  };

  const remove = async (c: FlatCategory) => {
    setError(null);
    const r = await api.mutate(DeleteCategoryDocument, { id: c.id });
    if (!r.ok) return setError(r.error);
    const done = unwrapResult(r.value.deleteCategory, 'CategoryDeleted');
    if (!done.ok) return setError(done.error);
    if (editing?.id === c.id) edit(null);
    await load();
  };

  return (
    <Screen title={t('backoffice.categories.title')}>
      <ErrorNote error={error} />
      {list.length === 0 ? (
        <Empty>{t('backoffice.categories.none')}</Empty>
      ) : (
        <Table
          testId="category-list"
          head={[t('backoffice.categories.name'), t('backoffice.categories.position'), '']}
        >
          {list.map((c) => (
            <tr key={c.id}>
              <Cell>
                <span style={{ paddingLeft: `${c.depth * 1.25}rem` }}>{c.name}</span>
              </Cell>
              <Cell>{c.position}</Cell>
              <Cell className="whitespace-nowrap">
                <Button tone="ghost" className="min-h-8 text-xs" onClick={() => edit(c)}>
                  {t('backoffice.edit')}
                </Button>
                <Button tone="ghost" className="min-h-8 text-xs" onClick={() => void remove(c)}>
                  {t('backoffice.delete')}
                </Button>
              </Cell>
            </tr>
          ))}
        </Table>
      )}
      <Panel
        title={
          editing ? t('backoffice.categories.edit', { name: editing.name }) : t('backoffice.categories.new')
        }
      >
        <form
          noValidate
          className="flex flex-col gap-3"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <Grid>
            <Input form={form} name="name" label={t('backoffice.categories.name')} />
            <Select
              form={form}
              name="parentId"
              label={t('backoffice.categories.parent')}
              options={[
                { value: '', label: t('backoffice.categories.top') },
                ...list.filter((c) => c.id !== editing?.id).map((c) => ({ value: c.id, label: c.label })),
              ]}
            />
            <Input
              form={form}
              name="position"
              label={t('backoffice.categories.position')}
              inputMode="numeric"
            />
          </Grid>
          <FormError form={form} />
          <div className="flex gap-2">
            <Button tone="primary" type="submit" disabled={form.busy}>
              {t('backoffice.save')}
            </Button>
            {editing && <Button onClick={() => edit(null)}>{t('backoffice.cancel')}</Button>}
          </div>
        </form>
      </Panel>
    </Screen>
  );
}
