import { randomUUID } from 'node:crypto';
import {
  amountProblem,
  badInput,
  EventTypes,
  errorResult,
  getOwned,
  isDuplicateKey,
  op,
  safeAmount,
  sumAmounts,
  TEXT_MAX,
} from '@pos/kit';
import type { CashAccount, ExpenseCategoryRow, ExpenseRow, ReportsModels } from '../models';
import { consumeEvent, type ProjectionDeps } from '../projections';
import type { ExpenseRecordedPayload } from '../projections/operations.projection';
import { isOwnBranch } from './branches';
import { byDesc, groupSums } from './group';
import { branchMatch, matchFor, type ReportFilter, type ReportScope } from './scope';

export interface RecordExpenseInput {
  branchId: string;
  categoryId: string;
  businessDate: string;
  amount: number;
  note?: string | null;
  /** The account that paid it; the cash book books it there. */
  paidFrom?: CashAccount | null;
}

/** Expenses and the simple P&L (gross profit minus expenses by category). */
export class FinanceService {
  constructor(
    private readonly models: ReportsModels,
    private readonly scope: ReportScope,
    /** Refreshes the merchant's letterhead (with its branches) from the users subgraph. */
    private readonly refreshProfile: () => Promise<void> = async () => {},
    private readonly projection: Partial<ProjectionDeps> = {},
  ) {}

  categories(): Promise<ExpenseCategoryRow[]> {
    return this.models.expenseCategories
      .find({ merchantId: this.scope.merchantId })
      .sort({ nameKey: 1 })
      .lean<ExpenseCategoryRow[]>()
      .exec();
  }

  /** The unique (merchant, name) index decides a race between two identical creations. */
  async createCategory(name: string) {
    const clean = name.trim();
    if (!clean || clean.length > 60) throw badInput('A category name has 1 to 60 characters', 'name');
    const row = {
      _id: randomUUID(),
      merchantId: this.scope.merchantId,
      name: clean,
      nameKey: clean.toLowerCase(),
    };
    try {
      await this.models.expenseCategories.create(row);
      return { __typename: 'ExpenseCategory' as const, ...row };
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      const existing = await this.models.expenseCategories
        .findOne({ merchantId: this.scope.merchantId, nameKey: row.nameKey })
        .lean<ExpenseCategoryRow>();
      if (!existing) throw err;
      return errorResult('DuplicateExpenseCategory', `"${clean}" exists already`, {
        existing,
      });
    }
  }

  /**
   * Logged as a `reports.expense-recorded` event and projected like every other fact, so a
   * rebuild from the event log restores hand-entered expenses too.
   */
  async record(input: RecordExpenseInput) {
    const invalid = (message: string) => errorResult('InvalidExpense', message);
    const problem =
      amountProblem(input.amount, 'amount', 'positiveMoney') ??
      idProblem(input.branchId, 'branchId') ??
      idProblem(input.categoryId, 'categoryId') ??
      (input.note && input.note.trim().length > TEXT_MAX.note
        ? `note may have at most ${TEXT_MAX.note} characters`
        : null);
    if (problem) return invalid(problem);
    branchMatch(this.scope, input.branchId);
    if (!(await isOwnBranch(this.models, this.scope, input.branchId, this.refreshProfile)))
      return invalid('Unknown branch');
    const category = await getOwned<ExpenseCategoryRow>(
      this.models.expenseCategories,
      input.categoryId,
      this.scope.merchantId,
    );
    if (!category) return invalid('Unknown expense category');
    const payload: ExpenseRecordedPayload = {
      expenseId: randomUUID(),
      branchId: input.branchId,
      categoryId: category._id,
      category: category.name,
      businessDate: input.businessDate,
      amount: input.amount,
      note: input.note?.trim() || null,
      recordedBy: this.scope.userId,
      paidFrom: input.paidFrom ?? null,
    };
    await consumeEvent(
      this.models,
      {
        id: `expense:${payload.expenseId}`,
        type: EventTypes.ExpenseRecorded,
        merchantId: this.scope.merchantId,
        branchId: input.branchId,
        occurredAt: new Date(),
        payload: { ...payload },
      },
      this.projection,
    );
    const row = await getOwned<ExpenseRow>(
      this.models.expenses,
      `${this.scope.merchantId}:${payload.expenseId}`,
      this.scope.merchantId,
    );
    return { __typename: 'Expense' as const, ...(row as ExpenseRow) };
  }

  /** Filters: branch. */
  list(filter: ReportFilter): Promise<ExpenseRow[]> {
    return this.models.expenses
      .find(matchFor(this.scope, filter, []))
      .sort({ businessDate: 1, _id: 1 })
      .lean<ExpenseRow[]>()
      .exec();
  }

  /** Filters: branch. Expenses by category name, largest first. */
  async profitAndLoss(filter: ReportFilter) {
    const match = matchFor(this.scope, filter, []);
    const [sales] = await groupSums(this.models.saleOrders, match, null, ['net', 'cost', 'profit']);
    const expenseRows = (
      await groupSums(this.models.expenses, { ...match, amount: op({ $gt: 0 }) }, '$category', ['amount'])
    ).sort(byDesc('amount'));
    const expenses = expenseRows.map((r) => ({
      category: String(r._id),
      amount: safeAmount(r.amount, 'expenses'),
    }));
    const totalExpenses = sumAmounts(
      expenses.map((e) => e.amount),
      'totalExpenses',
    );
    const grossProfit = safeAmount(sales?.profit, 'grossProfit');
    return {
      net: safeAmount(sales?.net, 'net'),
      cost: safeAmount(sales?.cost, 'cost'),
      grossProfit,
      expenses,
      totalExpenses,
      netProfit: sumAmounts([grossProfit, -totalExpenses], 'netProfit'),
    };
  }
}

function idProblem(value: string, field: string): string | null {
  return value.trim() === '' || value.length > TEXT_MAX.id ? `${field} must be a non-empty id` : null;
}
