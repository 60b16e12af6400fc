/** The outbox: sales made offline, each with what the server made of it once synced. */
import { useTranslation } from 'react-i18next';
import { Button, Money } from '../app/ui';
import { useTill } from './TillProvider';

export function SyncScreen() {
  const { t } = useTranslation();
  const till = useTill();
  const queued = till.outbox.filter((s) => s.status === 'queued').length;
  return (
    <div className="mx-auto flex w-full max-w-2xl flex-col gap-3 p-3">
      <div className="flex items-center justify-between gap-2">
        <p className="text-slate-700">
          {queued > 0 ? t('sync.waiting', { count: queued }) : t('sync.allSynced')}
        </p>
        <Button
          tone="primary"
          disabled={!till.online || till.syncing || queued === 0}
          onClick={() => void till.syncNow()}
        >
          {till.syncing ? t('sync.syncing') : t('sync.now')}
        </Button>
      </div>
      {till.outbox.length === 0 && <p className="text-slate-500">{t('sync.empty')}</p>}
      <ul className="flex flex-col gap-2" data-testid="outbox">
        {till.outbox.map((s) => (
          <li
            key={s.clientId}
            data-testid="outbox-sale"
            data-status={s.status}
            className="flex items-center justify-between rounded-lg border border-slate-200 bg-white p-3"
          >
            <span>
              <span className="block font-medium" data-testid="outbox-number">
                {s.orderNumber ?? t(`sync.status.${s.status}`)}
              </span>
              <span className="text-xs text-slate-500">
                {new Date(s.occurredAt).toLocaleString()}
                {s.status === 'synced' &&
                  ` · ${t('sync.status.synced')}${s.duplicate ? ` (${t('sync.duplicate')})` : ''}`}
                {s.lastError &&
                  s.status !== 'synced' &&
                  ` · ${t(`errors.${s.lastError.code}`, { defaultValue: s.lastError.message })}`}
              </span>
            </span>
            <Money value={s.estimate} />
          </li>
        ))}
      </ul>
    </div>
  );
}
