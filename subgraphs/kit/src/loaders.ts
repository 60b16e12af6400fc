import DataLoader from 'dataloader';
import type { Viewer } from './auth/viewer';
import { unauthenticated } from './errors';

/**
 * A per-request family of by-id loaders, one per merchant: one `$in` query per batch, values
 * returned in key order, and another tenant's id resolves to null, exactly like a missing one.
 */
export function tenantLoader<T extends { _id: unknown }>(
  fetch: (merchantId: string, ids: readonly string[]) => Promise<T[]>,
): (merchantId: string) => DataLoader<string, T | null> {
  const perMerchant = new Map<string, DataLoader<string, T | null>>();
  return (merchantId) => {
    let loader = perMerchant.get(merchantId);
    if (!loader) {
      loader = new DataLoader<string, T | null>(async (ids) => {
        const rows = await fetch(merchantId, ids);
        const byId = new Map(rows.map((r) => [String(r._id), r]));
        return ids.map((id) => byId.get(id) ?? null);
      });
      perMerchant.set(merchantId, loader);
    }
    return loader;
  };
}

export function requireViewer(ctx: { viewer: Viewer | null }): Viewer {
  if (!ctx.viewer) throw unauthenticated();
  return ctx.viewer;
}
