import {
  type CashMovementPayload,
  type CourierCashHandedOverPayload,
  type CustomerCreditChangedPayload,
  type DomainEvent,
  merchantDate,
  type OrderCompletedPayload,
  type OrderRefundedPayload,
  type OrderVoidedPayload,
  type PaymentRecord,
  type PaymentRecordedPayload,
  type PaymentStatus,
  type ShiftClosedPayload,
  type StaffAdvanceChangedPayload,
} from '@pos/kit';
import { ACCOUNT_OF_METHOD, type CashAccount, type ReportsModels } from '../models';
import { bookEntries, type CashBookDraft } from './cashbook.book';
import type { ProjectionDeps } from './deps';
import type { ExpenseRecordedPayload } from './operations.projection';

/**
 * The cash book's side of each event: which accounts of which branch it moves, by how much, on
 * which business day. Each draft's id is `<event id>:cb<n>`, so a redelivery books nothing twice.
 */

const rp = (n: number) => `Rp${n.toLocaleString('id-ID')}`;

/**
 * A payment moves money once it is settled: PAID (or REFUNDED, for the record of a refund). A
 * record without a status comes from before payments had one, and was settled at the till.
 */
const settled = (p: PaymentRecord, ...also: PaymentStatus[]) =>
  p.status === undefined || p.status === 'PAID' || also.includes(p.status);

/**
 * The day the money moved: a payment through the provider lands when the provider confirms it
 * (`paidAt`, which may be the day after the sale); everything else on the fact's own business day.
 */
async function movedOn(deps: ProjectionDeps, merchantId: string, p: PaymentRecord, businessDate: string) {
  const { paidAt, provider } = p;
  return provider && paidAt ? merchantDate(deps.zones, merchantId, new Date(paidAt)) : businessDate;
}

type Common = Omit<CashBookDraft, '_id' | 'account' | 'amount'>;

/** Books an event's entries on one branch's book. */
const book = (
  models: ReportsModels,
  deps: ProjectionDeps,
  event: DomainEvent,
  branchId: string,
  drafts: CashBookDraft[],
) => bookEntries(models, deps, event.merchantId, branchId, event.id, drafts);

/** Books an event's one entry (`<event id>:cb0`) on one branch's book. */
const bookOne = (
  models: ReportsModels,
  deps: ProjectionDeps,
  event: DomainEvent,
  branchId: string,
  entry: Omit<CashBookDraft, '_id'>,
) => book(models, deps, event, branchId, [{ _id: `${event.id}:cb0`, ...entry }]);

/**
 * Books the settled payments of a sale, void or refund (`sign` -1 gives money back), one entry
 * per payment (`<event id>:cb<payment index>`) on its method's account; credit and points move
 * no money and are skipped.
 */
async function bookPayments(
  models: ReportsModels,
  deps: ProjectionDeps,
  event: DomainEvent,
  branchId: string,
  payments: readonly PaymentRecord[],
  sign: 1 | -1,
  common: Common,
  alsoSettled: PaymentStatus[] = [],
) {
  const drafts: CashBookDraft[] = [];
  for (const [i, pay] of payments.entries()) {
    const account = ACCOUNT_OF_METHOD[pay.method];
    if (!account || !settled(pay, ...alsoSettled)) continue;
    const businessDate = await movedOn(deps, event.merchantId, pay, common.businessDate);
    drafts.push({ ...common, businessDate, _id: `${event.id}:cb${i}`, account, amount: sign * pay.amount });
  }
  await book(models, deps, event, branchId, drafts);
}

export async function cashBookOfSale(models: ReportsModels, event: DomainEvent, deps: ProjectionDeps) {
  const p = event.payload as unknown as OrderCompletedPayload;
  await bookPayments(models, deps, event, p.branchId, p.payments, 1, {
    kind: 'SALE',
    businessDate: p.businessDate,
    description: `Sale ${p.number}`,
    reference: p.number,
    orderId: p.orderId,
    shiftId: p.shiftId,
    customerId: p.customerId,
    recordedBy: p.cashierId,
    at: new Date(p.completedAt),
  });
}

/** A void gives back what the sale took, on the day of the void (money moves when it moves). */
export async function cashBookOfVoid(models: ReportsModels, event: DomainEvent, deps: ProjectionDeps) {
  const p = event.payload as unknown as OrderVoidedPayload;
  await bookPayments(models, deps, event, p.branchId, p.payments, -1, {
    kind: 'VOID',
    businessDate: p.businessDate,
    description: `Void of ${p.number}: ${p.reason}`,
    reference: p.number,
    orderId: p.orderId,
    customerId: p.customerId,
    recordedBy: p.voidedBy,
    at: new Date(p.voidedAt),
  });
}

export async function cashBookOfRefund(models: ReportsModels, event: DomainEvent, deps: ProjectionDeps) {
  const p = event.payload as unknown as OrderRefundedPayload;
  const common: Common = {
    kind: 'REFUND',
    businessDate: p.businessDate,
    description: `Refund of ${p.number}: ${p.reason}`,
    reference: p.number,
    orderId: p.orderId,
    customerId: p.customerId,
    recordedBy: p.refundedBy,
    at: new Date(p.refundedAt),
  };
  // A refund through the provider is published once the provider confirmed it (REFUNDED).
  await bookPayments(models, deps, event, p.branchId, p.payments, -1, common, ['REFUNDED']);
}

/** Cash in and out of a drawer; a cash out that pays an expense is booked as the expense. */
export async function cashBookOfMovement(models: ReportsModels, event: DomainEvent, deps: ProjectionDeps) {
  const p = event.payload as unknown as CashMovementPayload;
  const expense = p.kind === 'OUT' && p.expenseCategory;
  await bookOne(models, deps, event, p.branchId, {
    account: 'CASH_DRAWER',
    kind: p.kind === 'IN' ? 'CASH_IN' : expense ? 'EXPENSE' : 'CASH_OUT',
    amount: p.kind === 'IN' ? p.amount : -p.amount,
    businessDate: p.businessDate,
    description: expense
      ? `Expense (${p.expenseCategory}): ${p.reason}`
      : `Cash ${p.kind.toLowerCase()}: ${p.reason}`,
    shiftId: p.shiftId,
    recordedBy: p.recordedBy,
    at: new Date(p.at),
  });
}

/** What the count of a closed shift found missing (or over) is booked where it was found. */
export async function cashBookOfShiftClosed(models: ReportsModels, event: DomainEvent, deps: ProjectionDeps) {
  const p = event.payload as unknown as ShiftClosedPayload;
  if (p.variance === 0) return;
  const closedAt = new Date(p.closedAt);
  await bookOne(models, deps, event, p.branchId, {
    account: 'CASH_DRAWER',
    kind: 'SHIFT_VARIANCE',
    amount: p.variance,
    businessDate: await merchantDate(deps.zones, event.merchantId, closedAt),
    description: `Shift variance: counted ${rp(p.counted)}, expected ${rp(p.expected)}`,
    shiftId: p.shiftId,
    recordedBy: p.closedBy,
    at: closedAt,
  });
}

/** Cash a courier collected on delivery: in the courier's hands until the hand-over. */
export async function cashBookOfPayment(models: ReportsModels, event: DomainEvent, deps: ProjectionDeps) {
  const p = event.payload as unknown as PaymentRecordedPayload;
  const onDelivery = Boolean(p.payment.deliveryId);
  const account = onDelivery ? 'COURIER_CASH' : ACCOUNT_OF_METHOD[p.payment.method];
  if (!account || !settled(p.payment)) return;
  await bookOne(models, deps, event, p.branchId, {
    account,
    kind: onDelivery ? 'COD_COLLECTED' : 'SALE',
    amount: p.payment.amount,
    businessDate: p.businessDate,
    description: onDelivery ? `Cash collected on delivery of ${p.number}` : `Payment of ${p.number}`,
    reference: p.number,
    orderId: p.orderId,
    courierId: p.payment.courierId ?? null,
    customerId: p.customerId,
    at: new Date(p.at),
  });
}

/** The courier's cash leaves their hands (all they held) and enters the drawer (what was counted). */
export async function cashBookOfHandover(models: ReportsModels, event: DomainEvent, deps: ProjectionDeps) {
  const p = event.payload as unknown as CourierCashHandedOverPayload;
  const description = `Courier hand-over: held ${rp(p.expected)}, counted ${rp(p.counted)}${
    p.variance ? ` (variance ${rp(p.variance)})` : ''
  }`;
  const common = {
    kind: 'COURIER_HANDOVER' as const,
    businessDate: p.businessDate,
    description,
    reference: p.handoverId,
    shiftId: p.shiftId,
    courierId: p.courierId,
    recordedBy: p.recordedBy,
    at: new Date(p.at),
  };
  await book(models, deps, event, p.branchId, [
    { ...common, _id: `${event.id}:cb0`, account: 'COURIER_CASH', amount: -p.expected },
    { ...common, _id: `${event.id}:cb1`, account: 'CASH_DRAWER', amount: p.counted },
  ]);
}

/**
 * A customer repaying kasbon (credit): cash into the drawer, a transfer into the bank, at the
 * branch that took it. Charges move no money (they are sales paid by credit), nor do reversals.
 * A repayment recorded without a branch is in no branch's book.
 */
export async function cashBookOfCredit(models: ReportsModels, event: DomainEvent, deps: ProjectionDeps) {
  const p = event.payload as unknown as CustomerCreditChangedPayload;
  const branchId = p.branchId ?? event.branchId;
  if (p.kind !== 'REPAYMENT' || !p.method || !branchId) return;
  const at = new Date(p.at);
  await bookOne(models, deps, event, branchId, {
    account: p.method === 'CASH' ? 'CASH_DRAWER' : 'BANK',
    kind: 'KASBON_REPAID',
    amount: -p.change,
    businessDate: p.businessDate ?? (await merchantDate(deps.zones, event.merchantId, at)),
    description: `Customer kasbon repaid (${p.method.toLowerCase()})`,
    customerId: p.customerId,
    recordedBy: p.recordedBy ?? null,
    at,
  });
}

/**
 * Staff kasbon (a cash advance): paid out of the branch's cash (or bank), paid back into it.
 * A repayment by payroll deduction moves no money; an advance without a branch was paid outside
 * the books.
 */
export async function cashBookOfStaffAdvance(
  models: ReportsModels,
  event: DomainEvent,
  deps: ProjectionDeps,
) {
  const p = event.payload as unknown as StaffAdvanceChangedPayload;
  if (!p.branchId || p.method === 'PAYROLL') return;
  const given = p.kind === 'ADVANCE';
  await bookOne(models, deps, event, p.branchId, {
    account: p.method === 'CASH' ? 'CASH_DRAWER' : 'BANK',
    kind: given ? 'KASBON_GIVEN' : 'KASBON_REPAID',
    amount: -p.change,
    businessDate: p.businessDate,
    description: given
      ? `Staff kasbon given (${p.method.toLowerCase()})`
      : `Staff kasbon repaid (${p.method.toLowerCase()})`,
    userId: p.userId,
    recordedBy: p.recordedBy,
    at: new Date(p.at),
  });
}

/** An expense entered by hand is in the book when it says which account paid it. */
export async function cashBookOfExpense(models: ReportsModels, event: DomainEvent, deps: ProjectionDeps) {
  const p = event.payload as unknown as ExpenseRecordedPayload;
  if (!p.paidFrom) return;
  await bookOne(models, deps, event, p.branchId, {
    account: p.paidFrom,
    kind: 'EXPENSE',
    amount: -p.amount,
    businessDate: p.businessDate,
    description: `Expense (${p.category})${p.note ? `: ${p.note}` : ''}`,
    recordedBy: p.recordedBy,
    at: event.occurredAt instanceof Date ? event.occurredAt : new Date(event.occurredAt),
  });
}

/** Payload of `reports.cash-book-corrected`: a correction entered by hand, logged like any event. */
export interface CashBookCorrectedPayload {
  branchId: string;
  account: CashAccount;
  /** Signed, like every entry. */
  amount: number;
  reason: string;
  correctsEntryId: string | null;
  correctsDate: string | null;
  /** Today when it was entered: the book moves it to the next open day if today is closed. */
  businessDate: string;
  recordedBy: string;
  requestHash: string;
}

export async function cashBookOfCorrection(models: ReportsModels, event: DomainEvent, deps: ProjectionDeps) {
  const p = event.payload as unknown as CashBookCorrectedPayload;
  await bookOne(models, deps, event, p.branchId, {
    account: p.account,
    kind: 'CORRECTION',
    amount: p.amount,
    businessDate: p.businessDate,
    description: `Correction${p.correctsDate ? ` of ${p.correctsDate}` : ''}: ${p.reason}`,
    correctsEntryId: p.correctsEntryId,
    correctsDate: p.correctsDate,
    recordedBy: p.recordedBy,
    requestHash: p.requestHash,
    at: event.occurredAt instanceof Date ? event.occurredAt : new Date(event.occurredAt),
  });
}
