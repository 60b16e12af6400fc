import { randomBytes } from 'node:crypto';
import type { DomainEvent } from '@pos/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportsModels } from '../src/models';
import { consumeEvent } from '../src/projections';
import { orderStatus } from '../src/projections/sales.projection';
import { seedEvents } from './fixtures';
import { openReportsDatabase } from './support';

/**
 * The status invoices print (`INVOICE (VOID)`) follows the order's void or refund whatever order
 * the bus delivers them in: at least once means a sale can come again after its void (a message
 * of a crashed consumer claimed late), and across streams a void can come before its sale.
 */
describe('the status an order document prints', () => {
  let db: Awaited<ReturnType<typeof openReportsDatabase>>;
  let models: ReportsModels;

  beforeAll(async () => {
    db = await openReportsDatabase('status');
    models = db.models;
  });
  afterAll(() => db?.close());

  /** O4 (refunded by R1) and O5 (voided) of the hand-computed data set. */
  function orders() {
    const merchantId = randomBytes(12).toString('hex');
    const events = seedEvents(merchantId);
    const named = (name: string) => events.find((e) => e.id === `${merchantId}:${name}`) as DomainEvent;
    const status = (orderId: string) => orderStatus(models, merchantId, orderId);
    return {
      o4: named('O4:completed'),
      r1: named('R1:refunded'),
      o5: named('O5:completed'),
      v5: named('O5:voided'),
      status,
    };
  }
  const consume = async (...events: DomainEvent[]) => {
    for (const e of events) await consumeEvent(models, e);
  };

  it('stays voided when the sale is delivered again after its void', async () => {
    const { o5, v5, status } = orders();
    await consume(o5, v5);
    expect(await status('O5')).toBe('VOIDED');
    await consume(o5);
    expect(await status('O5')).toBe('VOIDED');
  });

  it('is voided when the void arrives before its sale', async () => {
    const { o5, v5, status } = orders();
    await consume(v5, o5);
    expect(await status('O5')).toBe('VOIDED');
  });

  it('stays refunded when the sale is delivered again after its refund', async () => {
    const { o4, r1, status } = orders();
    await consume(o4, r1, o4);
    expect(await status('O4')).toBe('REFUNDED');
  });

  it('is completed for a sale delivered twice with nothing after it', async () => {
    const { o4, status } = orders();
    await consume(o4, o4);
    expect(await status('O4')).toBe('COMPLETED');
  });
});
