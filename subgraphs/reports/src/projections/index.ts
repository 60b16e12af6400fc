import { type DomainEvent, EventTypes, getByKey, insertDocument, isDuplicateKey } from '@pos/kit';
import type { Model } from 'mongoose';
import { READ_MODELS, type ReportsModels } from '../models';
import {
  cashBookOfCorrection,
  cashBookOfCredit,
  cashBookOfExpense,
  cashBookOfHandover,
  cashBookOfMovement,
  cashBookOfPayment,
  cashBookOfRefund,
  cashBookOfSale,
  cashBookOfShiftClosed,
  cashBookOfStaffAdvance,
  cashBookOfVoid,
} from './cashbook.projection';
import { type ProjectionDeps, projectionDeps } from './deps';
import {
  projectCashMovement,
  projectCreditChanged,
  projectDeliveryStatus,
  projectExpenseRecorded,
  projectShiftClosed,
} from './operations.projection';
import {
  projectOrderCompleted,
  projectOrderRefunded,
  projectOrderVoided,
  projectPaymentRecorded,
} from './sales.projection';

type Projector = (models: ReportsModels, event: DomainEvent, deps: ProjectionDeps) => Promise<void>;

/** Every projector of an event, one after the other (a failure stops the rest; a retry re-runs all). */
const all =
  (...projectors: Projector[]): Projector =>
  async (models, event, deps) => {
    for (const project of projectors) await project(models, event, deps);
  };

const PROJECTORS: Record<string, Projector> = {
  [EventTypes.OrderCompleted]: all(projectOrderCompleted, cashBookOfSale),
  [EventTypes.OrderVoided]: all(projectOrderVoided, cashBookOfVoid),
  [EventTypes.OrderRefunded]: all(projectOrderRefunded, cashBookOfRefund),
  [EventTypes.ShiftClosed]: all(projectShiftClosed, cashBookOfShiftClosed),
  [EventTypes.CashMovement]: all(projectCashMovement, cashBookOfMovement),
  [EventTypes.PaymentRecorded]: all(projectPaymentRecorded, cashBookOfPayment),
  [EventTypes.CourierCashHandedOver]: cashBookOfHandover,
  [EventTypes.DeliveryStatusChanged]: projectDeliveryStatus,
  [EventTypes.CustomerCreditChanged]: all(projectCreditChanged, cashBookOfCredit),
  [EventTypes.ExpenseRecorded]: all(projectExpenseRecorded, cashBookOfExpense),
  [EventTypes.CashBookCorrected]: cashBookOfCorrection,
  [EventTypes.StaffAdvanceChanged]: cashBookOfStaffAdvance,
};

/** The event types the reports subgraph consumes. */
export const CONSUMED_EVENTS = Object.keys(PROJECTORS);

export { type ProjectionDeps, projectionDeps, storedTimeZones } from './deps';

/**
 * Logs the event (its id is the log's `_id`: a redelivery's insert loses with E11000), then
 * projects it. Projection runs on a duplicate too: every projector writes deterministic rows,
 * so re-running it is harmless and heals a crash between the log insert and the projection.
 * An event id is its first merchant's: rows keyed by event id are written by `_id` alone, so the
 * same id from another merchant is refused rather than allowed to overwrite them.
 */
export async function consumeEvent(
  models: ReportsModels,
  event: DomainEvent,
  deps: Partial<ProjectionDeps> = {},
): Promise<void> {
  const project = PROJECTORS[event.type];
  if (!project) return;
  try {
    await insertDocument(models.eventLog, {
      _id: event.id,
      merchantId: event.merchantId,
      type: event.type,
      branchId: event.branchId ?? null,
      occurredAt: event.occurredAt,
      payload: event.payload,
      loggedAt: new Date(),
    });
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    const logged = await getByKey<{ merchantId: string }>(models.eventLog, event.id, { merchantId: 1 });
    if (logged && logged.merchantId !== event.merchantId)
      throw new Error(`event ${event.id} was logged for another merchant`);
  }
  await project(models, event, projectionDeps(models, deps));
}

/**
 * Empties one merchant's read models and replays its event log in order of occurrence.
 * Read models are derived data only: nothing is lost, and the result equals the live one.
 * Run it with consumers paused for that merchant (no transactions to fence a live event).
 */
export async function rebuildReadModels(
  models: ReportsModels,
  merchantId: string,
  given: Partial<ProjectionDeps> = {},
): Promise<number> {
  const deps = projectionDeps(models, given);
  for (const name of READ_MODELS)
    await (models[name] as unknown as Model<{ merchantId: string }>).deleteMany({ merchantId });
  let replayed = 0;
  const cursor = models.eventLog.find({ merchantId }).sort({ occurredAt: 1, _id: 1 }).lean().cursor();
  for await (const row of cursor) {
    const event: DomainEvent = {
      id: row._id,
      type: row.type,
      merchantId: row.merchantId,
      ...(row.branchId ? { branchId: row.branchId } : {}),
      occurredAt: row.occurredAt,
      payload: row.payload,
    };
    await PROJECTORS[row.type]?.(models, event, deps);
    replayed++;
  }
  return replayed;
}

/** Every merchant with logged events; for a full rebuild job. */
export async function loggedMerchants(models: ReportsModels): Promise<string[]> {
  return (await models.eventLog.distinct('merchantId').setOptions({ crossTenant: true })) as string[];
}
