import { randomUUID } from 'node:crypto';
import { AmountOverflowError, MAX_AMOUNT } from '@pos/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportsModels } from '../src/models';
import { FinanceService } from '../src/services/finance.service';
import { openReportsDatabase } from './support';

let db: { models: ReportsModels; close(): Promise<void> };
beforeAll(async () => {
  db = await openReportsDatabase('expense_input');
});
afterAll(() => db?.close());

/** A merchant with one branch and one expense category, and its finance service. */
async function merchant() {
  const merchantId = randomUUID();
  const branchId = randomUUID();
  await db.models.merchants.create({
    _id: merchantId,
    merchantId,
    name: 'Toko',
    address: null,
    taxNumber: null,
    receiptFooter: null,
    logoUrl: null,
    timeZone: 'Asia/Jakarta',
    branches: [{ id: branchId, name: 'Pusat' }],
  });
  const finance = new FinanceService(db.models, {
    merchantId,
    userId: 'u1',
    branchIds: [],
    seeAllShifts: true,
  });
  const category = await finance.createCategory('Operasional');
  if (category.__typename !== 'ExpenseCategory') throw new Error('no category');
  const input = { branchId, categoryId: category._id, businessDate: '2026-03-02', amount: 1000 };
  return { merchantId, branchId, finance, input };
}

describe('expense input', () => {
  it('an amount is 1..10^12 minor units, refused as InvalidExpense naming the field', async () => {
    const { finance, input } = await merchant();
    expect((await finance.record({ ...input, amount: MAX_AMOUNT })).__typename).toBe('Expense');
    for (const amount of [MAX_AMOUNT + 1, Number.MAX_SAFE_INTEGER, 0, -5]) {
      const r = await finance.record({ ...input, amount });
      expect(r).toMatchObject({ __typename: 'InvalidExpense', code: 'INVALID_EXPENSE' });
      expect((r as { message: string }).message).toMatch(/^amount /);
    }
  });

  it('notes and ids are bounded', async () => {
    const { finance, input } = await merchant();
    const note = await finance.record({ ...input, note: 'n'.repeat(100_000) });
    expect(note).toMatchObject({ __typename: 'InvalidExpense', message: expect.stringMatching(/^note /) });
    const branch = await finance.record({ ...input, branchId: '' });
    expect(branch).toMatchObject({
      __typename: 'InvalidExpense',
      message: expect.stringMatching(/^branchId /),
    });
  });

  it('profitAndLoss refuses to show a total that passed 2^53 instead of a rounded one', async () => {
    const { merchantId, branchId, finance, input } = await merchant();
    expect((await finance.record({ ...input, amount: MAX_AMOUNT })).__typename).toBe('Expense');
    const filter = { from: '2026-03-01', to: '2026-03-31' };
    expect(await finance.profitAndLoss(filter)).toMatchObject({
      totalExpenses: MAX_AMOUNT,
      netProfit: -MAX_AMOUNT,
    });
    // Rows written before amounts were bounded.
    const legacy = (n: number) => ({
      _id: `${merchantId}:legacy-${n}`,
      merchantId,
      expenseId: `legacy-${n}`,
      branchId,
      categoryId: null,
      category: 'Lama',
      businessDate: '2026-03-03',
      month: '2026-03',
      year: '2026',
      amount: Number.MAX_SAFE_INTEGER,
      note: null,
      recordedBy: 'u1',
      source: 'MANUAL',
      shiftId: null,
    });
    await db.models.expenses.create([legacy(1), legacy(2)]);
    await expect(finance.profitAndLoss(filter)).rejects.toThrow(AmountOverflowError);
  });
});
