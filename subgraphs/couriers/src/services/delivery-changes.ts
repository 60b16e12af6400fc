import {
  type DeliveryStatusChangedPayload,
  EventTypes,
  getOwned,
  isDuplicateKey,
  type Logger,
  newEvent,
  type PubSub,
  stageOutbox,
  updateByKey,
  withOutbox,
} from '@pos/kit';
import {
  type ChangeKind,
  type CouriersModels,
  changeIdOf,
  type DeliveryChangeDoc,
  type DeliveryDoc,
  type DeliveryStatus,
} from '../models';
import { isLate, minutesBetween } from './lateness';
import { type DeliverySnapshot, snapshotOf } from './live-snapshots';
import { type StatusMessage, topics } from './live-topics';

export interface ChangeDeps {
  models: CouriersModels;
  pubsub: PubSub;
  logger: Logger;
  /** Wakes the outbox relay after a change that carries an event (its poll is only a safety net). */
  published?: () => void;
}

export interface ChangeRequest {
  kind: ChangeKind;
  to: DeliveryStatus;
  byUserId: string;
  /** Fields of the delivery this change sets besides status and seq. */
  set?: Partial<Omit<DeliveryDoc, '_id' | 'merchantId' | 'status' | 'seq'>>;
}

/**
 * Applies one change to a delivery read at `current.seq`. The change-log insert of
 * `<deliveryId>#<seq + 1>` is the guard (FerretDB has no atomic conditional update): of two
 * writers that read the same state, exactly one insert wins; the other gets null and reports a
 * concurrent change. The winning entry carries the status event in its outbox (both writers stage
 * the same event id for the same entry key, so the relay publishes whichever entry won); the
 * winner then writes the delivery's projection and pushes the change live.
 */
export async function applyChange(
  deps: ChangeDeps,
  current: DeliveryDoc,
  change: ChangeRequest,
  at: Date = new Date(),
): Promise<DeliveryDoc | null> {
  const seq = current.seq + 1;
  const next: DeliveryDoc = { ...current, ...change.set, status: change.to, seq };
  const events = change.kind !== 'ASSIGNED' ? [statusEvent(current, next, at)] : [];
  const changeId = changeIdOf(current._id, seq);
  try {
    await stageOutbox(deps.models.changes, changeId, events);
    // The event rides on the change-log entry, a document nobody rewrites: on FerretDB an update
    // rewrites the whole document, so an outbox on the delivery itself could lose a status write
    // when the relay clears it at the same moment.
    await deps.models.changes.create(
      withOutbox(
        {
          _id: changeId,
          merchantId: current.merchantId,
          deliveryId: current._id,
          seq,
          kind: change.kind,
          from: change.kind === 'CREATED' ? null : current.status,
          to: change.to,
          courierId: next.courierId ?? null,
          byUserId: change.byUserId,
          at,
          set: change.set ?? {},
        },
        events,
      ),
    );
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    await repairProjection(deps, current, seq);
    return null;
  }
  if (events.length > 0) deps.published?.();
  await project(deps, current, seq, change.to, change.set ?? {});
  await publishChange(deps, current, next, change.kind, at);
  return next;
}

/**
 * Writes a logged change into the delivery unless a newer one is already there (a late repair
 * must not undo a later change). Read, compared and written by exact `_id`: a guarded update
 * (`seq < new` in the filter) would make the engine read every delivery, and on FerretDB it is a
 * read and a rewrite anyway. Returns whether it wrote.
 */
async function project(
  deps: ChangeDeps,
  current: Pick<DeliveryDoc, '_id' | 'merchantId'>,
  seq: number,
  to: DeliveryStatus,
  set: Record<string, unknown>,
): Promise<boolean> {
  const { deliveries } = deps.models;
  const now = await getOwned<Pick<DeliveryDoc, 'seq'>>(deliveries, current._id, current.merchantId, {
    select: { seq: 1 },
  });
  if (!now || now.seq >= seq) return false;
  await updateByKey(deliveries, current._id, { $set: { ...set, status: to, seq } });
  return true;
}

/**
 * Lost the insert at `seq`: either another writer just won it (and projects it itself), or a
 * writer won it earlier and died before projecting, which would leave the delivery refusing every
 * change. Projecting the logged entry again is harmless in the first case and heals the second;
 * the caller still reports a concurrent change, and the client's retry sees the healed state.
 */
async function repairProjection(deps: ChangeDeps, current: DeliveryDoc, seq: number): Promise<void> {
  // By key; an entry written before entries had keys (random `_id`) is the one case left to a
  // query, and only here, on a lost race.
  const logged =
    (await getOwned<DeliveryChangeDoc>(
      deps.models.changes,
      changeIdOf(current._id, seq),
      current.merchantId,
    )) ??
    (await deps.models.changes
      .findOne({ merchantId: current.merchantId, deliveryId: current._id, seq })
      .lean<DeliveryChangeDoc>());
  if (!logged) return;
  if (await project(deps, current, seq, logged.to, (logged.set as Record<string, unknown> | null) ?? {}))
    deps.logger.warn({ deliveryId: current._id, seq }, 'delivery projection repaired from its change log');
}

function statusEvent(before: DeliveryDoc, after: DeliveryDoc, at: Date) {
  const payload: DeliveryStatusChangedPayload = {
    deliveryId: after._id,
    orderId: after.orderId,
    branchId: after.branchId,
    courierId: after.courierId ?? null,
    from: before.seq === 0 ? null : before.status,
    to: after.status,
    at: at.toISOString(),
    promisedAt: after.promisedAt ? after.promisedAt.toISOString() : null,
    deliveryMinutes: after.status === 'DONE' ? minutesBetween(after.startedAt, at) : null,
    late: isLate(after, at),
    cashCollected: after.cashCollected ?? 0,
  };
  return newEvent({
    // Deterministic: the change's seq is unique per delivery, so a retried write carries the same id.
    id: `${after._id}:${after.seq}`,
    type: EventTypes.DeliveryStatusChanged,
    merchantId: after.merchantId,
    branchId: after.branchId,
    occurredAt: at,
    payload: payload as unknown as Record<string, unknown>,
  });
}

/** Live updates are fire and forget; the durable fact is the outbox event above. */
export async function publishChange(
  deps: ChangeDeps,
  before: DeliveryDoc,
  after: DeliveryDoc,
  kind: ChangeKind,
  at: Date,
): Promise<void> {
  const message: StatusMessage = {
    merchantId: after.merchantId,
    branchId: after.branchId,
    deliveryId: after._id,
    courierId: after.courierId ?? null,
    courierUserId: after.courierUserId ?? null,
    kind,
    from: kind === 'CREATED' ? null : before.status,
    to: after.status,
    at: at.toISOString(),
    late: isLate(after, at),
    delivery: snapshotOf(after) as unknown as DeliverySnapshot,
  };
  try {
    await deps.pubsub.publish(topics.branchStatus(after.merchantId, after.branchId), message);
  } catch (err) {
    deps.logger.warn({ err, deliveryId: after._id }, 'live delivery update not published');
  }
}
