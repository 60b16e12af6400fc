/**
 * Stock at one branch: receive deliveries, adjust with a reason, transfer to another branch,
 * record a count, and the ledger those operations wrote, newest first.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type StockEntryFieldsFragment, StockLedgerDocument } from '../../__generated__/operations';
import type { Failure } from '../../api/results';
import { Button, ErrorNote } from '../../app/ui';
import { useBackOffice } from '../context';
import { Cell, Empty, Panel, Screen, Table } from '../layout';
import { StockOperationForm, type StockOperationKind } from './StockOperationForm';

const KINDS: StockOperationKind[] = ['receive', 'adjust', 'transfer', 'count'];

export function StockScreen() {
  const { t } = useTranslation();
  const { api, branches, homeBranchId } = useBackOffice();
  const [branchId, setBranchId] = useState('');
  const [kind, setKind] = useState<StockOperationKind>('receive');
  const [entries, setEntries] = useState<StockEntryFieldsFragment[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<Failure | null>(null);
  const branch = branchId || homeBranchId;

  const load = useCallback(
    async (after: string | null) => {
      if (!branch) return;
      const r = await api.query(StockLedgerDocument, { filter: { branchId: branch }, first: 30, after });
      if (!r.ok) return setError(r.error);
      setError(null);
      const page = r.value.stockLedger;
      setEntries((old) => (after ? [...old, ...page.nodes] : page.nodes));
      setNext(page.hasNextPage ? (page.endCursor ?? null) : null);
    },
    [api, branch],
  );

  useEffect(() => {
    void load(null);
  }, [load]);

  return (
    <Screen
      title={t('backoffice.stock.title')}
      actions={
        <select
          aria-label={t('backoffice.stock.branch')}
          value={branch}
          onChange={(e) => setBranchId(e.target.value)}
          className="min-h-11 rounded-lg border border-slate-300 bg-white px-3"
        >
          {branches
            .filter((b) => b.active)
            .map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
        </select>
      }
    >
      <div role="tablist" className="flex gap-1 overflow-x-auto">
        {KINDS.map((k) => (
          <button
            key={k}
            type="button"
            role="tab"
            aria-selected={kind === k}
            onClick={() => setKind(k)}
            className={`min-h-11 rounded-lg px-4 text-sm font-medium ${kind === k ? 'bg-teal-700 text-white' : 'bg-white text-slate-700 hover:bg-slate-100'}`}
          >
            {t(`backoffice.stock.${k}`)}
          </button>
        ))}
      </div>
      {branch && (
        <StockOperationForm
          key={`${kind}-${branch}`}
          kind={kind}
          branchId={branch}
          onDone={() => load(null)}
        />
      )}
      <Panel title={t('backoffice.stock.ledger')} testId="stock-ledger">
        <ErrorNote error={error} />
        {entries.length === 0 ? (
          <Empty>{t('backoffice.stock.noEntries')}</Empty>
        ) : (
          <Table
            head={[
              t('backoffice.stock.product'),
              t('backoffice.stock.change'),
              t('backoffice.stock.balance'),
              t('backoffice.stock.reason'),
              t('backoffice.stock.when'),
              t('backoffice.stock.reference'),
            ]}
          >
            {entries.map((e) => (
              <tr key={e.id} data-testid="ledger-row">
                <Cell>{e.product.name}</Cell>
                <Cell className={`tabular-nums ${e.change < 0 ? 'text-rose-700' : 'text-emerald-700'}`}>
                  {e.change > 0 ? `+${e.change}` : e.change}
                </Cell>
                <Cell className="tabular-nums">{e.balance}</Cell>
                <Cell>{t(`backoffice.reason.${e.reason}`)}</Cell>
                <Cell className="whitespace-nowrap text-xs">
                  {new Date(e.at).toLocaleString('id-ID', { dateStyle: 'short', timeStyle: 'short' })}
                </Cell>
                <Cell className="text-xs">{[e.reference, e.note].filter(Boolean).join(' · ')}</Cell>
              </tr>
            ))}
          </Table>
        )}
        {next && (
          <Button onClick={() => void load(next)} className="self-start">
            {t('backoffice.more')}
          </Button>
        )}
      </Panel>
    </Screen>
  );
}
