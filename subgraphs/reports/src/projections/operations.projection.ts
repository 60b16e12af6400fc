import {
  type CashMovementPayload,
  type CustomerCreditChangedPayload,
  type DeliveryStatusChangedPayload,
  type DomainEvent,
  getOwned,
  merchantDate,
  type ShiftClosedPayload,
} from '@pos/kit';
import type { CashAccount, DeliveryRow, ExpenseRow, ReportsModels } from '../models';
import type { ProjectionDeps } from './deps';
import { upsertAll } from './upsert';

/** Payload of `reports.expense-recorded`: an expense entered by hand, logged like any event. */
export interface ExpenseRecordedPayload {
  expenseId: string;
  branchId: string;
  categoryId: string;
  category: string;
  businessDate: string;
  amount: number;
  note: string | null;
  recordedBy: string;
  /** The account that paid it, booked in the cash book; absent when paid outside the books. */
  paidFrom?: CashAccount | null;
}

function expenseRow(
  merchantId: string,
  id: string,
  fields: Omit<ExpenseRow, '_id' | 'merchantId' | 'expenseId' | 'month' | 'year'>,
): ExpenseRow {
  return {
    _id: `${merchantId}:${id}`,
    merchantId,
    expenseId: id,
    ...fields,
    month: fields.businessDate.slice(0, 7),
    year: fields.businessDate.slice(0, 4),
  };
}

export async function projectShiftClosed(models: ReportsModels, event: DomainEvent) {
  const p = event.payload as unknown as ShiftClosedPayload;
  await upsertAll(models.shifts, [
    {
      _id: `${event.merchantId}:${p.shiftId}`,
      merchantId: event.merchantId,
      shiftId: p.shiftId,
      branchId: p.branchId,
      cashierId: p.cashierId,
      businessDate: p.businessDate,
      openedAt: new Date(p.openedAt),
      closedAt: new Date(p.closedAt),
      openingFloat: p.openingFloat,
      cashSales: p.cashSales,
      cashRefunds: p.cashRefunds,
      cashIn: p.cashIn,
      cashOut: p.cashOut,
      courierCash: p.courierCash ?? 0,
      expected: p.expected,
      counted: p.counted,
      variance: p.variance,
      closedBy: p.closedBy,
    },
  ]);
}

/** A cash out that names an expense category is also an expense of that branch and day. */
export async function projectCashMovement(models: ReportsModels, event: DomainEvent) {
  const p = event.payload as unknown as CashMovementPayload;
  if (p.kind !== 'OUT' || !p.expenseCategory) return;
  await upsertAll(models.expenses, [
    expenseRow(event.merchantId, `cash:${p.movementId}`, {
      branchId: p.branchId,
      categoryId: null,
      category: p.expenseCategory,
      businessDate: p.businessDate,
      amount: p.amount,
      note: p.reason,
      recordedBy: p.recordedBy,
      source: 'CASH_OUT',
      shiftId: p.shiftId,
    }),
  ]);
}

export async function projectExpenseRecorded(models: ReportsModels, event: DomainEvent) {
  const p = event.payload as unknown as ExpenseRecordedPayload;
  await upsertAll(models.expenses, [
    expenseRow(event.merchantId, p.expenseId, {
      branchId: p.branchId,
      categoryId: p.categoryId,
      category: p.category,
      businessDate: p.businessDate,
      amount: p.amount,
      note: p.note,
      recordedBy: p.recordedBy,
      source: 'MANUAL',
      shiftId: null,
      paidFrom: p.paidFrom ?? null,
    }),
  ]);
}

// Two events of one delivery handled at once would both pass the "is it newer" check below.

/**
 * One row per delivery holding its latest status. Events may arrive out of order, so an event
 * older than the stored transition is ignored (a replay in log order gives the same result).
 */
export async function projectDeliveryStatus(models: ReportsModels, event: DomainEvent, deps: ProjectionDeps) {
  const p = event.payload as unknown as DeliveryStatusChangedPayload;
  // The transition's business date in the merchant's own zone (WIB, WITA or WIT), asked first:
  // never while holding the row's lock.
  const date = await merchantDate(deps.zones, event.merchantId, new Date(p.at));
  return deps.lock.run(`delivery:${event.merchantId}:${p.deliveryId}`, () =>
    writeDeliveryStatus(models, event, p, date),
  );
}

async function writeDeliveryStatus(
  models: ReportsModels,
  event: DomainEvent,
  p: DeliveryStatusChangedPayload,
  date: string,
) {
  const at = new Date(p.at);
  const current = await getOwned<DeliveryRow>(
    models.deliveries,
    `${event.merchantId}:${p.deliveryId}`,
    event.merchantId,
  );
  if (current && current.at.getTime() > at.getTime()) return;
  const done = p.to === 'DONE';
  await upsertAll(models.deliveries, [
    {
      _id: `${event.merchantId}:${p.deliveryId}`,
      merchantId: event.merchantId,
      deliveryId: p.deliveryId,
      branchId: p.branchId,
      orderId: p.orderId,
      courierId: p.courierId,
      status: p.to,
      at,
      businessDate: date,
      promisedAt: p.promisedAt ? new Date(p.promisedAt) : null,
      doneAt: done ? at : null,
      deliveryMinutes: done ? p.deliveryMinutes : null,
      late: p.late,
      done: done ? 1 : 0,
      cancelled: p.to === 'CANCELLED' ? 1 : 0,
      onTime: done && !p.late ? 1 : 0,
    },
  ]);
}

/**
 * One row per credit-ledger entry, keyed by customer and sequence. Keeping only the "latest" row
 * would need a check-then-write, which two events handled at once could both pass; the report
 * picks each customer's highest sequence when it reads.
 */
export async function projectCreditChanged(models: ReportsModels, event: DomainEvent) {
  const p = event.payload as unknown as CustomerCreditChangedPayload;
  await upsertAll(models.credits, [
    {
      _id: `${event.merchantId}:${p.customerId}:${p.entrySeq}`,
      merchantId: event.merchantId,
      customerId: p.customerId,
      balance: p.balance,
      dueDate: p.dueDate,
      entrySeq: p.entrySeq,
    },
  ]);
}
