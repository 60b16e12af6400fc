/**
 * Runs the outbox against the server: when the connection returns, when the app starts, after
 * each offline sale and every 30 s while sales wait. One tab at a time (a Web Lock); the server's
 * duplicate check makes even two at once harmless.
 */

import { CheckoutDocument, type CheckoutInput, SyncOfflineSalesDocument } from '../__generated__/operations';
import type { Api } from '../api/client';
import { unwrapResult } from '../api/results';
import type { TillDatabase } from './db';
import { pruneSynced, type SyncResult, type SyncSummary, syncPending } from './outbox';

export async function syncOutbox(api: Api, db: TillDatabase, cashierId: string): Promise<SyncSummary> {
  const replay = async (input: Record<string, unknown>) => {
    const r = await api.mutate(CheckoutDocument, { input: input as CheckoutInput });
    if (!r.ok) {
      if (r.error.network) throw Object.assign(new Error(r.error.message), { failure: r.error });
      return { recorded: null };
    }
    const order = unwrapResult(r.value.checkout, 'Order');
    return { recorded: order.ok ? { id: order.value.id, number: order.value.number } : null };
  };
  const run = () =>
    syncPending(
      db,
      cashierId,
      async (deviceId, sales) => {
        const r = await api.mutate(SyncOfflineSalesDocument, { input: { deviceId, sales } });
        if (!r.ok) throw Object.assign(new Error(r.error.message), { failure: r.error });
        const payload = unwrapResult(r.value.syncOfflineSales, 'SyncOfflineSalesPayload');
        if (!payload.ok) throw Object.assign(new Error(payload.error.message), { failure: payload.error });
        return payload.value.results.map(
          (res): SyncResult => ({
            clientId: res.clientId,
            duplicate: res.duplicate,
            order: res.order ? { id: res.order.id, number: res.order.number } : null,
            rejection: res.rejection,
          }),
        );
      },
      replay,
    );
  const summary = navigator.locks ? await navigator.locks.request('pos-outbox-sync', run) : await run();
  await pruneSynced(db);
  return summary;
}
