/** The catalog: search, open a product, add one, and move the whole catalog in and out as CSV. */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  AdminProductsDocument,
  type AdminProductsQuery,
  ExportProductsCsvDocument,
  ImportProductsCsvDocument,
  type ImportProductsCsvMutation,
} from '../../__generated__/operations';
import { useLatestRequest } from '../../api/latest';
import { type Failure, unwrapResult } from '../../api/results';
import { Button, ErrorNote, Money } from '../../app/ui';
import { useBackOffice } from '../context';
import { Cell, Empty, Panel, Screen, Table } from '../layout';

type ProductRow = AdminProductsQuery['products']['nodes'][number];
type ImportReport = Extract<
  ImportProductsCsvMutation['importProductsCsv'],
  { __typename: 'ProductImportReport' }
>;

export function ProductsScreen() {
  const { t } = useTranslation();
  const { api } = useBackOffice();
  const [search, setSearch] = useState('');
  const [archived, setArchived] = useState(false);
  const [rows, setRows] = useState<ProductRow[]>([]);
  const [total, setTotal] = useState(0);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<Failure | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [busy, setBusy] = useState(false);

  const latest = useLatestRequest();
  const load = useCallback(
    async (after: string | null) => {
      const filter = { ...(search.trim() ? { search: search.trim() } : {}), includeArchived: archived };
      const ticket = latest.ticket();
      const r = await api.query(AdminProductsDocument, { filter, first: 50, after });
      if (!latest.isLatest(ticket)) return;
      if (!r.ok) return setError(r.error);
      setError(null);
      const page = r.value.products;
      setRows((old) => (after ? [...old, ...page.nodes] : page.nodes));
      setTotal(page.totalCount);
      setNext(page.hasNextPage ? (page.endCursor ?? null) : null);
    },
    [api, search, archived, latest],
  );

  useEffect(() => {
    const timer = setTimeout(() => void load(null), 200);
    return () => clearTimeout(timer);
  }, [load]);

  const exportCsv = async () => {
    setBusy(true);
    const r = await api.query(ExportProductsCsvDocument, {});
    setBusy(false);
    if (!r.ok) return setError(r.error);
    const url = URL.createObjectURL(
      new Blob([r.value.exportProductsCsv], { type: 'text/csv;charset=utf-8' }),
    );
    const a = document.createElement('a');
    a.href = url;
    a.download = `products-${new Date().toISOString().slice(0, 10)}.csv`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  const importCsv = async (file: File) => {
    setBusy(true);
    setReport(null);
    const r = await api.mutate(ImportProductsCsvDocument, { csv: await file.text() });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    const done = unwrapResult(r.value.importProductsCsv, 'ProductImportReport');
    if (!done.ok) return setError(done.error);
    setReport(done.value);
    await load(null);
  };

  return (
    <Screen
      title={t('backoffice.products.title')}
      actions={
        <>
          <Button onClick={() => void exportCsv()} disabled={busy}>
            {t('backoffice.products.exportCsv')}
          </Button>
          <label className="flex min-h-11 cursor-pointer items-center rounded-lg border border-slate-300 bg-white px-4 text-sm font-medium text-slate-800 hover:bg-slate-100">
            {t('backoffice.products.importCsv')}
            <input
              type="file"
              accept=".csv,text/csv"
              className="sr-only"
              data-testid="import-csv"
              disabled={busy}
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (file) void importCsv(file);
              }}
            />
          </label>
          <Link
            to="new"
            className="flex min-h-11 items-center rounded-lg bg-teal-700 px-4 font-medium text-white hover:bg-teal-800"
          >
            {t('backoffice.products.new')}
          </Link>
        </>
      }
    >
      <ErrorNote error={error} />
      {report && (
        <Panel title={t('backoffice.products.importReport')} testId="import-report">
          <p className="text-sm">
            {t('backoffice.products.importSummary', {
              rows: report.rows,
              created: report.created,
              updated: report.updated,
              failed: report.failed,
            })}
          </p>
          {report.errors.length > 0 && (
            <Table head={[t('backoffice.products.line'), 'SKU', t('backoffice.products.column'), '']}>
              {report.errors.map((e) => (
                <tr key={`${e.line}-${e.column ?? ''}`}>
                  <Cell>{e.line}</Cell>
                  <Cell>{e.sku}</Cell>
                  <Cell>{e.column}</Cell>
                  <Cell>{t(`errors.${e.code}`, { defaultValue: e.message })}</Cell>
                </tr>
              ))}
            </Table>
          )}
        </Panel>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <input
          type="search"
          aria-label={t('backoffice.products.search')}
          placeholder={t('backoffice.products.search')}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          className="min-h-11 flex-1 rounded-lg border border-slate-300 px-3"
        />
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={archived} onChange={(e) => setArchived(e.target.checked)} />
          {t('backoffice.products.includeArchived')}
        </label>
      </div>
      <p className="text-xs text-slate-500">{t('backoffice.products.count', { count: total })}</p>
      {rows.length === 0 ? (
        <Empty>{t('backoffice.products.none')}</Empty>
      ) : (
        <Table
          testId="product-list"
          head={[
            t('backoffice.products.name'),
            'SKU',
            t('backoffice.products.units'),
            t('backoffice.products.status'),
          ]}
        >
          {rows.map((p) => (
            <tr key={p.id}>
              <Cell>
                <Link to={p.id} className="font-medium text-teal-800 underline-offset-2 hover:underline">
                  {p.name}
                </Link>
                {p.category && <p className="text-xs text-slate-500">{p.category.name}</p>}
              </Cell>
              <Cell className="font-mono text-xs">{p.sku}</Cell>
              <Cell>
                {p.units.map((u) => (
                  <p key={u.name} className="whitespace-nowrap">
                    {u.name}
                    {u.isBase ? '' : ` ×${u.factor}`} · <Money value={u.price} />
                    {u.barcode && <span className="ml-1 font-mono text-xs text-slate-500">{u.barcode}</span>}
                  </p>
                ))}
              </Cell>
              <Cell>{t(`backoffice.status.${p.status}`)}</Cell>
            </tr>
          ))}
        </Table>
      )}
      {next && (
        <Button onClick={() => void load(next)} className="self-start">
          {t('backoffice.more')}
        </Button>
      )}
    </Screen>
  );
}
