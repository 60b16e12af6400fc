/**
 * Sales made while offline, kept in IndexedDB until `syncOfflineSales` has recorded them. Each
 * sale's `clientId` is made once, when the sale is rung up, and is its permanent duplicate check
 * on the server: a batch sent twice (a lost answer, two tabs, a reload mid-sync) records each
 * sale once. Nothing here is deleted before the server has answered for it.
 */
import type { PaymentMethod } from '../__generated__/operations';
import type { TillDatabase } from './db';

export interface QueuedLine {
  productId: string;
  unit: string;
  quantity: number;
  discount?: { percentBasisPoints?: number; amount?: string } | null;
}

export interface QueuedPayment {
  method: PaymentMethod;
  amount?: string | null;
  tendered?: string | null;
  reference?: string | null;
  points?: number | null;
  /** QRIS/EWALLET charged through the payment provider (online sales only). */
  charge?: boolean;
}

export type QueuedStatus = 'queued' | 'synced' | 'rejected';

export interface QueuedSale {
  /** The sale's id on the device, made once: the idempotency key of its sync. */
  clientId: string;
  deviceId: string;
  branchId: string;
  /** Who rang it up; only their session syncs it, so the order is theirs. */
  cashierId: string;
  /** ISO-8601 with its offset. */
  occurredAt: string;
  lines: QueuedLine[];
  orderDiscount?: { percentBasisPoints?: number; amount?: string } | null;
  customerId?: string | null;
  payments: QueuedPayment[];
  note?: string | null;
  /** List prices times quantities, for the cashier's eyes only; the server prices the sale. */
  estimate: string;
  /**
   * Set when the sale was first sent as an online checkout whose answer was lost: the exact
   * checkout input, replayed with its key before anything else, so a checkout that did land is
   * not recorded a second time as an offline sale.
   */
  checkoutReplay?: Record<string, unknown> | null;
  status: QueuedStatus;
  attempts: number;
  lastError?: { code: string; message: string } | null;
  orderId?: string | null;
  orderNumber?: string | null;
  duplicate?: boolean;
  syncedAt?: string | null;
}

/** What the server answered for one sale of a batch. */
export interface SyncResult {
  clientId: string;
  duplicate: boolean;
  order: { id: string; number: string | null } | null;
  rejection: { code: string; message: string; retryable: boolean } | null;
}

/** One sale as `syncOfflineSales` takes it. */
export interface OfflineSale {
  clientId: string;
  branchId: string;
  occurredAt: string;
  lines: QueuedLine[];
  payments: QueuedPayment[];
  orderDiscount?: QueuedSale['orderDiscount'];
  customerId?: string;
  note?: string;
}

export type SendBatch = (deviceId: string, sales: OfflineSale[]) => Promise<SyncResult[]>;

/**
 * Replays an unanswered checkout with its own key: the server answers with the order it
 * recorded (the first time, or now), or with the reason it records none. Throws when offline.
 */
export type ReplayCheckout = (
  input: Record<string, unknown>,
) => Promise<{ recorded: { id: string; number: string | null } } | { recorded: null }>;

export interface SyncSummary {
  sent: number;
  synced: number;
  duplicates: number;
  rejected: number;
  retryLater: number;
}

export const BATCH_SIZE = 100;

export async function enqueueSale(
  db: TillDatabase,
  sale: Omit<QueuedSale, 'status' | 'attempts'>,
): Promise<QueuedSale> {
  const queued: QueuedSale = { ...sale, status: 'queued', attempts: 0 };
  // `add`, not `put`: a clientId is never reused, and a second write must not replace the first.
  await db.add('outbox', queued);
  return queued;
}

/** Sales still to send, oldest first. */
export async function pendingSales(db: TillDatabase, cashierId?: string): Promise<QueuedSale[]> {
  const queued = await db.getAllFromIndex('outbox', 'byStatus', 'queued');
  return queued
    .filter((s) => cashierId === undefined || s.cashierId === cashierId)
    .sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
}

/** Every sale the outbox still holds, newest first (synced ones until pruned). */
export async function allSales(db: TillDatabase): Promise<QueuedSale[]> {
  return (await db.getAll('outbox')).sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));
}

function toInput(sale: QueuedSale): OfflineSale {
  return {
    clientId: sale.clientId,
    branchId: sale.branchId,
    occurredAt: sale.occurredAt,
    lines: sale.lines,
    payments: sale.payments,
    ...(sale.orderDiscount ? { orderDiscount: sale.orderDiscount } : {}),
    ...(sale.customerId ? { customerId: sale.customerId } : {}),
    ...(sale.note ? { note: sale.note } : {}),
  };
}

/**
 * Sends the cashier's queued sales in batches and records each answer. A sale the server
 * recorded (now or before) becomes `synced`; a retryable rejection stays queued; any other
 * rejection is kept as `rejected` for the cashier and owner to see. A failed request (offline
 * again) throws after leaving every unanswered sale queued.
 */
export async function syncPending(
  db: TillDatabase,
  cashierId: string,
  send: SendBatch,
  replay?: ReplayCheckout,
): Promise<SyncSummary> {
  const summary: SyncSummary = { sent: 0, synced: 0, duplicates: 0, rejected: 0, retryLater: 0 };
  let pending = await pendingSales(db, cashierId);
  for (const sale of pending.filter((s) => s.checkoutReplay)) {
    if (!replay) break;
    const answer = await replay(sale.checkoutReplay as Record<string, unknown>);
    summary.sent++;
    const tx = db.transaction('outbox', 'readwrite');
    const current = await tx.store.get(sale.clientId);
    if (current?.status === 'queued') {
      if (answer.recorded) {
        await tx.store.put({
          ...current,
          status: 'synced',
          attempts: current.attempts + 1,
          orderId: answer.recorded.id,
          orderNumber: answer.recorded.number,
          duplicate: false,
          lastError: null,
          checkoutReplay: null,
          syncedAt: new Date().toISOString(),
        });
        summary.synced++;
      } else {
        // The checkout never landed (else its key would return that order): an offline sale it is.
        await tx.store.put({ ...current, checkoutReplay: null });
      }
    }
    await tx.done;
  }
  pending = await pendingSales(db, cashierId);
  const byDevice = new Map<string, QueuedSale[]>();
  for (const sale of pending) byDevice.set(sale.deviceId, [...(byDevice.get(sale.deviceId) ?? []), sale]);

  for (const [deviceId, sales] of byDevice) {
    for (let i = 0; i < sales.length; i += BATCH_SIZE) {
      const batch = sales.slice(i, i + BATCH_SIZE);
      const results = await send(deviceId, batch.map(toInput));
      summary.sent += batch.length;
      const answered = new Map(results.map((r) => [r.clientId, r]));
      const tx = db.transaction('outbox', 'readwrite');
      for (const sale of batch) {
        const current = await tx.store.get(sale.clientId);
        // Another tab may have recorded the answer meanwhile; an answer is never overwritten.
        if (current?.status !== 'queued') continue;
        const result = answered.get(sale.clientId);
        const next: QueuedSale = { ...current, attempts: current.attempts + 1 };
        if (result?.order) {
          next.status = 'synced';
          next.orderId = result.order.id;
          next.orderNumber = result.order.number;
          next.duplicate = result.duplicate;
          next.lastError = null;
          next.syncedAt = new Date().toISOString();
          summary.synced++;
          if (result.duplicate) summary.duplicates++;
        } else if (result?.rejection && !result.rejection.retryable) {
          next.status = 'rejected';
          next.lastError = { code: result.rejection.code, message: result.rejection.message };
          summary.rejected++;
        } else {
          next.lastError = result?.rejection
            ? { code: result.rejection.code, message: result.rejection.message }
            : { code: 'NO_ANSWER', message: 'The server did not answer for this sale' };
          summary.retryLater++;
        }
        await tx.store.put(next);
      }
      await tx.done;
    }
  }
  return summary;
}

/** Drops the oldest synced sales beyond `keep`; queued and rejected ones are never dropped. */
export async function pruneSynced(db: TillDatabase, keep = 200): Promise<number> {
  const synced = (await db.getAllFromIndex('outbox', 'byStatus', 'synced')).sort((a, b) =>
    b.occurredAt.localeCompare(a.occurredAt),
  );
  const drop = synced.slice(keep);
  const tx = db.transaction('outbox', 'readwrite');
  for (const sale of drop) await tx.store.delete(sale.clientId);
  await tx.done;
  return drop.length;
}
