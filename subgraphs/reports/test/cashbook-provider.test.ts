/**
 * Payments through the payment provider in the cash book, from events shaped as orders publishes
 * them once a provider confirms a payment (a status, the time it was paid, the provider): the
 * money lands in the e-wallet account on the day it was paid, a provider refund leaves it once
 * confirmed, and a payment not confirmed moves nothing.
 */
import { randomBytes } from 'node:crypto';
import { type DomainEvent, fixedTimeZone, type PaymentRecord, type ProviderPaymentRef } from '@pos/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consumeEvent } from '../src/projections';
import { CashBookReader } from '../src/services/cashbook.service';
import { type DayContext, refund, sale } from './cashbook.fixtures';
import { openReportsDatabase } from './support';

const provider: ProviderPaymentRef = {
  provider: 'MIDTRANS',
  chargeId: 'ch-1',
  account: 'PLATFORM',
  channel: 'QRIS',
  transactionId: 't-1',
};

/** The sale's payments as the payments work records them. */
function withPayments(e: DomainEvent, payments: PaymentRecord[]): DomainEvent {
  return { ...e, payload: { ...e.payload, payments } };
}

describe('provider payments in the cash book', () => {
  let db: Awaited<ReturnType<typeof openReportsDatabase>>;
  const c: DayContext = {
    merchantId: randomBytes(12).toString('hex'),
    branchId: 'b1',
    cashierId: 'c1',
    date: '2026-06-01',
  };
  const deps = { zones: fixedTimeZone('Asia/Makassar') };

  beforeAll(async () => {
    db = await openReportsDatabase('cashbook_provider');
  });
  afterAll(() => db?.close());

  it('books a QRIS payment on the day the provider confirmed it, in the e-wallet account', async () => {
    // Rung up on 1 June, paid at 00:05 WITA on 2 June.
    const qris = withPayments(sale(c, 'Q1', [['QRIS', 30_000]]), [
      {
        paymentId: 'Q1-p0',
        method: 'QRIS',
        amount: 30_000,
        status: 'PAID',
        paidAt: '2026-06-01T16:05:00Z',
        provider,
      },
    ]);
    const pending = withPayments(sale(c, 'Q2', [['EWALLET', 20_000]]), [
      { paymentId: 'Q2-p0', method: 'EWALLET', amount: 20_000, status: 'PENDING', provider },
    ]);
    const providerRefund = withPayments(refund(c, 'RQ', 'Q1', 10_000), [
      {
        paymentId: 'RQ-p0',
        method: 'QRIS',
        amount: 10_000,
        status: 'REFUNDED',
        paidAt: '2026-06-02T04:00:00Z',
        provider,
      },
    ]);
    for (const e of [qris, pending, providerRefund]) await consumeEvent(db.models, e, deps);
    const scope = { merchantId: c.merchantId, userId: 'u', branchIds: [], seeAllShifts: true };
    const book = await new CashBookReader(db.models, scope).read('b1', '2026-06-01', '2026-06-02');
    const ewallet = book.days.map((d) => d.accounts.find((a) => a.account === 'EWALLET'));
    expect(ewallet).toEqual([
      { account: 'EWALLET', opening: 0, moneyIn: 0, moneyOut: 0, closing: 0 },
      { account: 'EWALLET', opening: 0, moneyIn: 30_000, moneyOut: 10_000, closing: 20_000 },
    ]);
    // The refund event's own business date is the sale's day here; the money left when confirmed.
    expect(book.days[1]?.lines.map((l) => [l.kind, l.amount, l.businessDate])).toEqual([
      ['SALE', 30_000, '2026-06-02'],
      ['REFUND', -10_000, '2026-06-02'],
    ]);
  });
});
