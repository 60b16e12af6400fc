import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTillDb, type TillDatabase } from './db';
import {
  allSales,
  enqueueSale,
  type OfflineSale,
  pendingSales,
  pruneSynced,
  type QueuedSale,
  type ReplayCheckout,
  type SendBatch,
  type SyncResult,
  syncPending,
} from './outbox';

let name: string;
let db: TillDatabase;

beforeEach(async () => {
  name = `till-test-${crypto.randomUUID()}`;
  db = await openTillDb(name);
});
afterEach(() => {
  db.close();
  indexedDB.deleteDatabase(name);
});

let clock = Date.parse('2026-12-01T03:00:00Z');
function sale(overrides: Partial<QueuedSale> = {}): Omit<QueuedSale, 'status' | 'attempts'> {
  clock += 60_000;
  return {
    clientId: `sale-${crypto.randomUUID()}`,
    deviceId: 'till-1',
    branchId: 'branch-1',
    cashierId: 'budi',
    occurredAt: new Date(clock).toISOString(),
    lines: [{ productId: 'p1', unit: 'pcs', quantity: 2 }],
    payments: [{ method: 'CASH', tendered: '10000' }],
    estimate: '8000',
    ...overrides,
  };
}

/** A server that records each clientId once, as `syncOfflineSales` does. */
function fakeServer() {
  const orders = new Map<string, { id: string; number: string }>();
  const calls: OfflineSale[][] = [];
  const send: SendBatch = async (_deviceId, sales) => {
    calls.push(sales);
    return sales.map((s): SyncResult => {
      const earlier = orders.get(s.clientId);
      if (earlier) return { clientId: s.clientId, duplicate: true, order: earlier, rejection: null };
      const order = { id: `o${orders.size + 1}`, number: `INV/MAIN/20261201/${orders.size + 1}` };
      orders.set(s.clientId, order);
      return { clientId: s.clientId, duplicate: false, order, rejection: null };
    });
  };
  return { orders, calls, send };
}

describe('offline outbox', () => {
  it('keeps queued sales across a closed connection, oldest first', async () => {
    const first = await enqueueSale(db, sale());
    const second = await enqueueSale(db, sale());
    db.close();
    db = await openTillDb(name);
    const pending = await pendingSales(db);
    expect(pending.map((s) => s.clientId)).toEqual([first.clientId, second.clientId]);
    expect(pending.every((s) => s.status === 'queued' && s.attempts === 0)).toBe(true);
  });

  it('never replaces a sale with a second one of the same clientId', async () => {
    const first = sale();
    await enqueueSale(db, first);
    await expect(enqueueSale(db, { ...first, estimate: '1' })).rejects.toThrow();
    expect((await allSales(db))[0]?.estimate).toBe('8000');
  });

  it('sends what syncOfflineSales takes and marks each recorded sale synced with its order', async () => {
    const server = fakeServer();
    const queued = await enqueueSale(db, sale({ customerId: 'c1', note: 'meja 4' }));
    const summary = await syncPending(db, 'budi', server.send);
    expect(summary).toEqual({ sent: 1, synced: 1, duplicates: 0, rejected: 0, retryLater: 0 });
    expect(server.calls[0]).toEqual([
      {
        clientId: queued.clientId,
        branchId: 'branch-1',
        occurredAt: queued.occurredAt,
        lines: queued.lines,
        payments: queued.payments,
        customerId: 'c1',
        note: 'meja 4',
      },
    ]);
    const [stored] = await allSales(db);
    expect(stored).toMatchObject({ status: 'synced', orderId: 'o1', orderNumber: 'INV/MAIN/20261201/1' });
    expect(await pendingSales(db)).toEqual([]);
  });

  it('sends nothing again once every sale is synced', async () => {
    const server = fakeServer();
    await enqueueSale(db, sale());
    await syncPending(db, 'budi', server.send);
    const again = await syncPending(db, 'budi', server.send);
    expect(again.sent).toBe(0);
    expect(server.calls).toHaveLength(1);
    expect(server.orders.size).toBe(1);
  });

  it('leaves every sale queued when the request fails, and sends them all when it works again', async () => {
    await enqueueSale(db, sale());
    await enqueueSale(db, sale());
    const offline: SendBatch = async () => {
      throw new TypeError('Failed to fetch');
    };
    await expect(syncPending(db, 'budi', offline)).rejects.toThrow('Failed to fetch');
    const pending = await pendingSales(db);
    expect(pending).toHaveLength(2);
    expect(pending.every((s) => s.attempts === 0)).toBe(true);

    const server = fakeServer();
    expect((await syncPending(db, 'budi', server.send)).synced).toBe(2);
    expect(server.orders.size).toBe(2);
  });

  it('keeps retryable rejections queued and final ones as rejected, with their codes', async () => {
    const retry = await enqueueSale(db, sale());
    const bad = await enqueueSale(db, sale({ customerId: 'gone' }));
    const silent = await enqueueSale(db, sale());
    const send: SendBatch = async () => [
      {
        clientId: retry.clientId,
        duplicate: false,
        order: null,
        rejection: { code: 'SERVICE_UNAVAILABLE', message: 'later', retryable: true },
      },
      {
        clientId: bad.clientId,
        duplicate: false,
        order: null,
        rejection: { code: 'CUSTOMER_NOT_FOUND', message: 'no such customer', retryable: false },
      },
    ];
    const summary = await syncPending(db, 'budi', send);
    expect(summary).toMatchObject({ sent: 3, synced: 0, rejected: 1, retryLater: 2 });
    const byId = new Map((await allSales(db)).map((s) => [s.clientId, s]));
    expect(byId.get(retry.clientId)).toMatchObject({
      status: 'queued',
      attempts: 1,
      lastError: { code: 'SERVICE_UNAVAILABLE' },
    });
    expect(byId.get(bad.clientId)).toMatchObject({
      status: 'rejected',
      lastError: { code: 'CUSTOMER_NOT_FOUND' },
    });
    expect(byId.get(silent.clientId)).toMatchObject({ status: 'queued', lastError: { code: 'NO_ANSWER' } });
    expect((await pendingSales(db)).map((s) => s.clientId).sort()).toEqual(
      [retry.clientId, silent.clientId].sort(),
    );
  });

  it("syncs only the signed-in cashier's sales", async () => {
    const server = fakeServer();
    await enqueueSale(db, sale({ cashierId: 'budi' }));
    const sari = await enqueueSale(db, sale({ cashierId: 'sari' }));
    await syncPending(db, 'budi', server.send);
    expect(server.orders.size).toBe(1);
    expect((await pendingSales(db)).map((s) => s.clientId)).toEqual([sari.clientId]);
  });

  it('sends large queues in batches', async () => {
    const server = fakeServer();
    for (let i = 0; i < 230; i++) await enqueueSale(db, sale());
    const summary = await syncPending(db, 'budi', server.send);
    expect(server.calls.map((c) => c.length)).toEqual([100, 100, 30]);
    expect(summary.synced).toBe(230);
  });

  it('two tabs syncing at once record each sale once and keep the first answer', async () => {
    const server = fakeServer();
    for (let i = 0; i < 3; i++) await enqueueSale(db, sale());
    const otherTab = await openTillDb(name);
    try {
      await Promise.all([syncPending(db, 'budi', server.send), syncPending(otherTab, 'budi', server.send)]);
    } finally {
      otherTab.close();
    }
    expect(server.orders.size).toBe(3);
    const stored = await allSales(db);
    expect(stored.every((s) => s.status === 'synced' && s.attempts === 1)).toBe(true);
    expect(new Set(stored.map((s) => s.orderId)).size).toBe(3);
  });

  it('prunes old synced sales only', async () => {
    const server = fakeServer();
    for (let i = 0; i < 4; i++) await enqueueSale(db, sale());
    await syncPending(db, 'budi', server.send);
    const queued = await enqueueSale(db, sale());
    expect(await pruneSynced(db, 2)).toBe(2);
    const left = await allSales(db);
    expect(left).toHaveLength(3);
    expect(left.some((s) => s.clientId === queued.clientId && s.status === 'queued')).toBe(true);
  });

  describe('a checkout whose answer was lost', () => {
    const input = { idempotencyKey: 'k1', deviceId: 'till-1', branchId: 'branch-1', lines: [], payments: [] };

    it('is replayed with its key first: when it had landed, that order is the sale and nothing is sent offline', async () => {
      const server = fakeServer();
      const sent: Array<Record<string, unknown>> = [];
      const replay: ReplayCheckout = async (i) => {
        sent.push(i);
        return { recorded: { id: 'o-online', number: 'INV/MAIN/20261201/7' } };
      };
      await enqueueSale(db, sale({ clientId: 'k1', checkoutReplay: input }));
      const summary = await syncPending(db, 'budi', server.send, replay);
      expect(sent).toEqual([input]);
      expect(server.calls).toEqual([]);
      expect(summary.synced).toBe(1);
      expect((await allSales(db))[0]).toMatchObject({
        status: 'synced',
        orderId: 'o-online',
        checkoutReplay: null,
      });
    });

    it('becomes an offline sale when the replay says it was never recorded', async () => {
      const server = fakeServer();
      await enqueueSale(db, sale({ clientId: 'k1', checkoutReplay: input }));
      await syncPending(db, 'budi', server.send, async () => ({ recorded: null }));
      expect(server.calls.map((c) => c.map((s) => s.clientId))).toEqual([['k1']]);
      expect((await allSales(db))[0]).toMatchObject({
        status: 'synced',
        orderId: 'o1',
        checkoutReplay: null,
      });
    });

    it('stays queued, replay and all, while the server cannot be reached', async () => {
      const server = fakeServer();
      await enqueueSale(db, sale({ clientId: 'k1', checkoutReplay: input }));
      await expect(
        syncPending(db, 'budi', server.send, async () => {
          throw new TypeError('Failed to fetch');
        }),
      ).rejects.toThrow();
      expect(server.calls).toEqual([]);
      expect((await allSales(db))[0]).toMatchObject({ status: 'queued', checkoutReplay: input });
    });
  });
});
