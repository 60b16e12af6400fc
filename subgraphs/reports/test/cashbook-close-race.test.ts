/**
 * Closing a day while its facts are still arriving: every fact ends up either in the closed day
 * (whose stored balances then never move) or on the next day marked late; none is lost, none
 * lands in the closed day after its closing.
 */
import { randomBytes } from 'node:crypto';
import { fixedTimeZone, getByKey } from '@pos/kit';
import { addDays, businessDate } from '@pos/kit/dates';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CashBookClosingRow, CashBookDayRow } from '../src/models';
import { consumeEvent, projectionDeps } from '../src/projections';
import { PENDING_LIMIT } from '../src/projections/day-rows';
import { CashBookReader } from '../src/services/cashbook.service';
import { CashBookWriter } from '../src/services/cashbook-writer.service';
import { type DayContext, sale } from './cashbook.fixtures';
import { openReportsDatabase } from './support';

describe('closing a day while events arrive', () => {
  let db: Awaited<ReturnType<typeof openReportsDatabase>>;
  beforeAll(async () => {
    db = await openReportsDatabase('cashbook_race');
  });
  afterAll(() => db?.close());

  /** A new merchant's branch b1 on `day`, with the owner's cash book writer. */
  const shopOn = (day: string) => {
    const c: DayContext = {
      merchantId: randomBytes(12).toString('hex'),
      branchId: 'b1',
      cashierId: 'c1',
      date: day,
    };
    const deps = projectionDeps(db.models, { zones: fixedTimeZone('Asia/Jakarta') });
    const scope = { merchantId: c.merchantId, userId: 'owner', branchIds: ['b1'], seeAllShifts: true };
    return { c, deps, scope, writer: new CashBookWriter(db.models, scope, deps, async () => {}) };
  };

  it('leaves nothing out and puts nothing into the closed day after it closed', async () => {
    const day = addDays(businessDate('Asia/Jakarta'), -1);
    const { c, deps, writer } = shopOn(day);
    const sales = Array.from({ length: 60 }, (_, i) => sale(c, `R${i}`, [['CASH', 2_000]]));
    // Three streams of events at once, as three consumers would deliver them.
    let booked = 0;
    const consumed = Promise.all(
      [0, 1, 2].map(async (k) => {
        for (let i = k; i < sales.length; i += 3) {
          await consumeEvent(db.models, sales[i] as (typeof sales)[number], deps);
          booked++;
        }
      }),
    );
    while (booked < 15) await new Promise((r) => setTimeout(r, 5));
    const closed = await writer.close('b1', day);
    expect(closed).toMatchObject({ __typename: 'CashBookDay', closed: true });
    await consumed;

    const closing = await getByKey<CashBookClosingRow>(
      db.models.cashBookClosings,
      `${c.merchantId}|b1|${day}`,
    );
    const inDay = await getByKey<CashBookDayRow>(
      db.models.cashBookDays,
      `${c.merchantId}|b1|${day}|CASH_DRAWER`,
    );
    const next = await getByKey<CashBookDayRow>(
      db.models.cashBookDays,
      `${c.merchantId}|b1|${addDays(day, 1)}|CASH_DRAWER`,
    );
    const drawer = closing?.accounts.find((a) => a.account === 'CASH_DRAWER');
    // The day's row holds exactly what its closing counted: nothing was added after.
    expect(drawer?.moneyIn).toBe(inDay?.moneyIn ?? 0);
    // Every sale is somewhere: in the closed day, or on the next day, late.
    expect((inDay?.moneyIn ?? 0) + (next?.moneyIn ?? 0)).toBe(120_000);
    const late = await db.models.cashBookEntries.countDocuments({ merchantId: c.merchantId, late: true });
    expect(late * 2_000).toBe(next?.moneyIn ?? 0);
    // The race really happened: some sales came before the closing and some after.
    expect(inDay?.moneyIn ?? 0).toBeGreaterThan(0);
    expect(next?.moneyIn ?? 0).toBeGreaterThan(0);
  });

  it('lists every late line of a busy day while its row stays small, a redelivery adding nothing', async () => {
    const day = addDays(businessDate('Asia/Jakarta'), -2);
    const { c, deps, scope, writer } = shopOn(day);
    expect(await writer.close('b1', day)).toMatchObject({ closed: true });
    // Every sale of the closed day arrives late: each one a line of its own on the next day.
    const sales = Array.from({ length: 3 * PENDING_LIMIT }, (_, i) => sale(c, `L${i}`, [['CASH', 2_000]]));
    for (const e of [...sales, ...sales.slice(0, 5)]) await consumeEvent(db.models, e, deps);

    const next = addDays(day, 1);
    const row = await getByKey<CashBookDayRow>(
      db.models.cashBookDays,
      `${c.merchantId}|b1|${next}|CASH_DRAWER`,
    );
    expect(row?.moneyIn).toBe(sales.length * 2_000);
    expect(row?.entries.length).toBeLessThanOrEqual(PENDING_LIMIT);
    const book = await new CashBookReader(db.models, scope).read('b1', next, next);
    const lines = book.days[0]?.lines ?? [];
    expect(lines).toHaveLength(sales.length);
    expect(lines.reduce((t, l) => t + l.amount, 0)).toBe(sales.length * 2_000);
  });
});
