import { getOwnedMany, tenantLoader } from '@pos/kit';
import { latestEntries } from '@pos/kit/db/keyed-ledger';
import DataLoader from 'dataloader';
import type { CustomerDoc, CustomersModels, PointsEntryDoc } from './models';
import { CreditQueries, type CreditSummary } from './services/credit-query.service';
import { NO_PURCHASES, type PurchaseStats, PurchaseStatsService } from './services/purchases.service';
import type { SettingsService } from './services/settings.service';

/** A per-request loader per merchant whose batch answers a map; ids it lacks get `fallback`. */
function merchantLoader<V>(
  batch: (merchantId: string, ids: readonly string[]) => Promise<Map<string, V>>,
  fallback: V,
) {
  const perMerchant = new Map<string, DataLoader<string, V>>();
  return (merchantId: string) => {
    let loader = perMerchant.get(merchantId);
    if (!loader) {
      loader = new DataLoader<string, V>(async (ids) => {
        const found = await batch(merchantId, ids);
        return ids.map((id) => found.get(id) ?? fallback);
      });
      perMerchant.set(merchantId, loader);
    }
    return loader;
  };
}

/** Created per request; `__resolveReference` and the balance fields of lists go through these. */
export function createLoaders(models: CustomersModels, settings: SettingsService) {
  const actor = (merchantId: string) => ({ merchantId, userId: null });
  return {
    // One exact get per id: `$in` is a scan of the whole collection on the embedded engine.
    customer: tenantLoader<CustomerDoc>(async (merchantId, ids) =>
      (await getOwnedMany<CustomerDoc>(models.customers, ids, merchantId)).filter(
        (c): c is CustomerDoc => c !== null,
      ),
    ),
    points: merchantLoader<number>(async (merchantId, ids) => {
      const heads = await latestEntries<PointsEntryDoc>(
        models.points,
        ids.map((customerId) => ({ merchantId, customerId })),
        'customerId',
      );
      return new Map([...heads].map(([id, h]) => [id, h.balance]));
    }, 0),
    credit: merchantLoader<CreditSummary>(
      (merchantId, ids) => new CreditQueries(models, actor(merchantId), settings).summaries(ids),
      { balance: 0, dueDate: null, overdue: 0 },
    ),
    stats: merchantLoader<PurchaseStats>(
      (merchantId, ids) => new PurchaseStatsService(models, actor(merchantId)).stats(ids),
      NO_PURCHASES,
    ),
  };
}
export type CustomersLoaders = ReturnType<typeof createLoaders>;
