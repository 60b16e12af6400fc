import { randomBytes } from 'node:crypto';
import { type DomainEvent, EventTypes, getByKey, watchScans } from '@pos/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportsModels } from '../src/models';
import { consumeEvent } from '../src/projections';
import { codPaid, handover, repayment } from './cashbook.fixtures';
import { B1, C1, completed, line, plain, seedEvents } from './fixtures';
import { openReportsDatabase } from './support';

const merchant = () => randomBytes(12).toString('hex');

/** A day of sales of one merchant: every order its own event, as orders publishes them. */
const sales = (merchantId: string, n: number) =>
  Array.from({ length: n }, (_, i) =>
    plain(
      completed(merchantId, {
        id: `S${i}`,
        branchId: B1,
        cashierId: C1,
        businessDate: '2026-04-01',
        completedAt: '2026-04-01T03:00:00Z',
        lines: [line('P1', 1), line('P2', 1)],
        payments: [['CASH', 40000]],
      }),
    ),
  );

const expense = (merchantId: string): DomainEvent => ({
  id: `expense:${merchantId}:E1`,
  type: EventTypes.ExpenseRecorded,
  merchantId,
  branchId: B1,
  occurredAt: new Date('2026-03-03T05:00:00Z'),
  payload: {
    expenseId: `E1-${merchantId}`,
    branchId: B1,
    categoryId: 'cat-rent',
    category: 'Sewa',
    businessDate: '2026-03-03',
    amount: 100000,
    note: null,
    recordedBy: C1,
  },
});

/**
 * Projecting an event costs the same however many events came before: every row an event
 * reads or writes is found by its exact `_id`, which the embedded engine answers from its index
 * (any other filter reads the whole collection).
 */
describe('reports projections on a database that already holds data', () => {
  let db: Awaited<ReturnType<typeof openReportsDatabase>>;
  let models: ReportsModels;

  beforeAll(async () => {
    db = await openReportsDatabase('hot');
    models = db.models;
    const seeded: DomainEvent[] = [];
    for (let m = 0; m < 10; m++) {
      const merchantId = merchant();
      seeded.push(...seedEvents(merchantId), ...sales(merchantId, 30), expense(merchantId));
    }
    for (const e of seeded) await consumeEvent(models, e);
    expect(await models.eventLog.estimatedDocumentCount()).toBeGreaterThan(500);
  });
  afterAll(() => db?.close());

  it('projects every kind of event, and each redelivery, without scanning a collection', async () => {
    const merchantId = merchant();
    // Sales, a refund, a void, shifts, cash movements, deliveries out of order, credit entries,
    // and the cash book's own: cash collected on delivery, a hand-over, a kasbon repayment.
    const cashDay = { merchantId, branchId: B1, cashierId: C1, date: '2026-04-01' };
    const events = [
      ...seedEvents(merchantId),
      ...sales(merchantId, 5),
      expense(merchantId),
      codPaid(cashDay, 'D9', 'S0', 25_000),
      handover(cashDay, 'H9', 25_000, 25_000),
      repayment(cashDay, 'K9', 'CASH', 10_000, 9, 0),
    ];
    const watch = watchScans([db.conn]);
    try {
      for (const e of events) await consumeEvent(models, e);
      for (const e of events) await consumeEvent(models, e);
      expect(watch.commands()).toBeGreaterThan(events.length);
      expect(watch.scans()).toEqual([]);
    } finally {
      watch.stop();
    }
    // Projected as before: the roll-up counts each sale once despite the redelivery.
    const day = await getByKey(models.salesDays, `${merchantId}|2026-04-01|${B1}|${C1}`);
    expect(day).toMatchObject({ orders: 5, net: 200_000 });
    // The cash book too: 5 cash sales of 40,000, the hand-over's 25,000 and the repaid 10,000.
    const drawer = await getByKey(models.cashBookDays, `${merchantId}|${B1}|2026-04-01|CASH_DRAWER`);
    expect(drawer).toMatchObject({ moneyIn: 235_000, moneyOut: 0, sales: 200_000, salesCount: 5 });
  });

  it('refuses an event id another merchant logged first, leaving its rows alone', async () => {
    const owner = merchant();
    const [sale] = sales(owner, 1) as [DomainEvent];
    await consumeEvent(models, sale);
    const forged = { ...sale, merchantId: merchant() };
    await expect(consumeEvent(models, forged)).rejects.toThrow(/another merchant/);
    const rows = await models.saleOrders.find({ merchantId: forged.merchantId }).lean();
    expect(rows).toEqual([]);
    expect(await getByKey(models.saleOrders, `${sale.id}:o`)).toMatchObject({
      merchantId: owner,
    });
  });
});
