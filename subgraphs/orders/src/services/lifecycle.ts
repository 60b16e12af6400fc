import {
  type CommittedEvents,
  claimKey,
  getByKey,
  getOwned,
  type Logger,
  type PaymentMethod,
  stageOutbox,
  updateByKey,
  withOutboxUpdate,
} from '@pos/kit';
import type { DecisionDoc, FailureDoc, OrderDoc, OrdersModels } from '../models';
import { orderCompletedEvent } from './events';
import { failures } from './failures';
import { KeyedLimiter, LimiterBusy } from './limiter';
import { allocateOrderNumber, numberingStart } from './numbering';
import { isOutage } from './outage';
import { providerPayment } from './payments';
import type { CallContext, CustomersPort, ProductsPort } from './ports';
import { type ChargesPort, type StepOutcome, sagaPlan, stockLines } from './saga-steps';

export interface LifecycleDeps {
  models: OrdersModels;
  products: ProductsPort;
  customers: CustomersPort;
  charges: ChargesPort;
  logger: Logger;
  /** Publishes outbox events soon after a write: the relay's `committed` when given them, else its `kick`. */
  published: (committed?: CommittedEvents) => void;
  /** How long a pending order belongs to the request that created it. */
  leaseMs: number;
  /** The longest one step may take (the subgraph call timeout). */
  stepBudgetMs: number;
}

/**
 * The checkout saga of a pending order: run the steps, then complete or cancel.
 *
 * Who decides: the first insert of `order:<id>` into `decisions` (COMPLETED or CANCELLED). The
 * request and the recovery job may race on an order; both then follow the decision that won.
 * A COMPLETED decision is only taken after every step succeeded, so a completion always rolls
 * forward (and its number is never wasted); a CANCELLED one compensates every step, in reverse,
 * each idempotent and a no-op when its step took nothing. The order stays PENDING until its
 * compensations succeeded, which is what the recovery job looks for.
 */
export class OrderLifecycle {
  /**
   * Steps of checkouts selling the same product at a branch, two at a time (see KeyedLimiter);
   * checkouts of different products run side by side. A step waits for its turn at most a third
   * of the lease, so the wait and the step (another third at most) end inside the lease.
   */
  private readonly stepQueue: KeyedLimiter;
  /** Sagas running in this process, so a replay of their key waits for them without polling. */
  private readonly running = new Map<string, Promise<void>>();

  constructor(private readonly deps: LifecycleDeps) {
    this.stepQueue = new KeyedLimiter(STEPS_PER_STREAM, Math.floor(deps.leaseMs / 3));
  }

  /** Resolves when the saga of this order, if it runs in this process, has decided it. */
  whenSettled(orderId: string): Promise<void> | undefined {
    return this.running.get(orderId);
  }

  /**
   * Runs the saga from the first step; the request's path. Returns when the order is decided:
   * with the order as this run stored it when the run completed it, so the request need not
   * read it back; with nothing otherwise (cancelled, waiting for a charge, or left to recovery).
   */
  run(order: OrderDoc, call: CallContext): Promise<OrderDoc | undefined> {
    const saga = this.runSaga(order, call);
    const settled = saga.then(
      () => undefined,
      () => undefined,
    );
    this.running.set(order._id, settled);
    void settled.then(() => {
      if (this.running.get(order._id) === settled) this.running.delete(order._id);
    });
    return saga;
  }

  private async runSaga(pending: OrderDoc, call: CallContext): Promise<OrderDoc | undefined> {
    let order = pending;
    const plan = sagaPlan(order, this.deps);
    // Steps that certainly took nothing (refused, or never started) need no compensation call.
    const from = (i: number) => plan.slice(i).map((s) => s.name);
    for (const [i, step] of plan.entries()) {
      let outcome: StepOutcome | 'late';
      // Never start a step that could outlive the lease: the recovery job would then
      // compensate while it runs. Leave the order to it instead (or cancel it when online).
      const attempt = () =>
        Date.now() + this.deps.stepBudgetMs > order.saga.leaseUntil.getTime()
          ? Promise.resolve('late' as const)
          : step.execute(order, call);
      try {
        // The provider charge touches no stock: it does not wait behind sales of the same products.
        outcome =
          step.name === 'charge'
            ? await attempt()
            : await this.stepQueue.runAll<StepOutcome | 'late'>(streamKeys(order), attempt);
      } catch (err) {
        if (err instanceof LimiterBusy) {
          // The step never started: nothing to compensate from here on.
          if (order.offline) return;
          return this.cancel(order, call, busy(order), from(i));
        }
        // Customers refusing an offline sale's points or credit outright (unknown customer, no
        // points programme) is an answer, not an outage: retrying would never change it.
        if (order.offline && step.name !== 'stock' && !isOutage(err)) {
          order = await this.leaveUnsettled(order, step.name, 'PAYMENT_REFUSED', String(err));
          continue;
        }
        this.deps.logger.warn({ err, orderId: order._id, step: step.name }, 'checkout step failed');
        await this.noteError(order, err);
        // An offline sale already happened: keep it pending, the recovery job retries the steps.
        if (order.offline) return;
        const failure = failures.checkoutFailed(
          'SERVICE_UNAVAILABLE',
          'A service the checkout needs is unavailable',
          order._id,
        );
        return this.cancel(order, call, failure, from(i + 1));
      }
      if (outcome === 'late') {
        if (order.offline) return;
        return this.cancel(
          order,
          call,
          failures.checkoutFailed('CHECKOUT_TIMEOUT', 'Checkout took too long', order._id),
          from(i),
        );
      }
      if (!outcome.ok) {
        if (order.offline && step.name !== 'stock') {
          const { code, message } = outcome.failure;
          order = await this.leaveUnsettled(order, step.name, code, message);
          continue;
        }
        return this.cancel(order, call, outcome.failure, from(i));
      }
    }
    // A charged payment leaves the order waiting for the customer: its notification, the till's
    // status check or the expiry job completes or cancels it (payments/charge.service.ts).
    if (providerPayment(order.payments)) return;
    return this.complete(order, call, true);
  }

  /** Completes an order whose provider payment was confirmed (its steps all done). */
  async completePaid(order: OrderDoc): Promise<void> {
    await this.complete(order, { merchantId: order.merchantId, token: null });
  }

  /** Cancels an order whose provider payment expired, failed or was cancelled, giving every step back. */
  async cancelUnpaid(order: OrderDoc, failure: FailureDoc): Promise<void> {
    await this.cancel(order, { merchantId: order.merchantId, token: null }, failure);
  }

  /**
   * An offline sale already happened, so a points or credit payment customers refused does not
   * undo it: the payment is taken off the order and recorded as unsettled (owed, for review),
   * and the sale completes short-paid like any other short offline sale. Written before the
   * saga goes on, so a retry plans without the refused step.
   */
  private async leaveUnsettled(
    order: OrderDoc,
    stepName: string,
    code: string,
    reason: string,
  ): Promise<OrderDoc> {
    const method: PaymentMethod = stepName === 'points' ? 'POINTS' : 'CUSTOMER_CREDIT';
    const payment = order.payments.find((p) => p.method === method);
    if (!payment) return order;
    const payments = order.payments.filter((p) => p !== payment);
    const unsettled = [
      ...(order.unsettled ?? []),
      { method, amount: payment.amount, points: payment.points ?? null, code, reason: reason.slice(0, 500) },
    ];
    const totals = { ...order.totals, paid: order.totals.paid - payment.amount };
    await updateByKey(this.deps.models.orders, order._id, { $set: { payments, unsettled, totals } });
    this.deps.logger.info({ orderId: order._id, method, code }, 'offline sale payment left unsettled');
    return { ...order, payments, unsettled, totals };
  }

  /** Finishes a stale pending order (the recovery job's path), with no user token. */
  async recover(order: OrderDoc): Promise<OrderDoc | undefined> {
    const call: CallContext = { merchantId: order.merchantId, token: null };
    const leaseUntil = new Date(Date.now() + this.deps.leaseMs);
    await updateByKey(this.deps.models.orders, order._id, {
      $set: { 'saga.leaseUntil': leaseUntil },
      $inc: { 'saga.attempts': 1 },
    });
    await this.deps.models.pendingOrders.postpone(order._id, leaseUntil);
    const decision = await this.decision(order);
    if (decision?.outcome === 'COMPLETED') return this.complete(order, call);
    if (decision?.outcome === 'CANCELLED')
      return this.cancel(order, call, decision.failure ?? abandoned(order));
    // Undecided: the request died mid-saga. Offline sales roll forward (they happened); online
    // ones are cancelled, as the cashier never saw "paid".
    const renewed = { ...order, saga: { ...order.saga, leaseUntil } };
    if (order.offline) return this.run(renewed, call);
    return this.cancel(renewed, call, abandoned(order));
  }

  /** Records that an order queued for recovery was never inserted (its request died first). */
  async abandonMissing(orderId: string, merchantId: string): Promise<void> {
    const current = await getByKey<OrderDoc>(this.deps.models.orders, orderId, { _id: 1 });
    if (current) return;
    await claimKey(this.deps.models.decisions, {
      _id: `order:${orderId}`,
      merchantId,
      outcome: 'CANCELLED',
      failure: abandonedId(orderId),
      at: new Date(),
    });
  }

  /**
   * Completes the order; returns it as stored when this call wrote the completion. `leased`: the
   * caller is the saga that holds the order's lease (the request's run, or recovery's renewed one).
   */
  private async complete(order: OrderDoc, call: CallContext, leased = false): Promise<OrderDoc | undefined> {
    const { models } = this.deps;
    const decision = await this.decide(order, 'COMPLETED', null, await numberingStart(models, order));
    if (decision.outcome !== 'COMPLETED')
      return this.cancel(order, call, decision.failure ?? abandoned(order));
    const number = await allocateOrderNumber(models, order, decision.numberFrom ?? 1);
    const completedAt = decision.at;
    const events = [orderCompletedEvent(order, number, completedAt)];
    // Only a pending order is completed: the request and the recovery job may both get here, and
    // a void may already have followed the first completion.
    // Well inside its lease the order is the saga's alone: the recovery job waits for the lease
    // to pass, and nothing else moves a pending order on, so it is still PENDING (no read).
    const owned = leased && Date.now() + this.deps.stepBudgetMs <= order.saga.leaseUntil.getTime();
    const current = owned
      ? { status: 'PENDING' }
      : await getByKey<OrderDoc>(models.orders, order._id, { status: 1 });
    let completed: OrderDoc | undefined;
    if (current?.status === 'PENDING') {
      const set = { status: 'COMPLETED' as const, number, completedAt, failure: null };
      await stageOutbox(models.orders, order._id, events);
      await updateByKey(models.orders, order._id, withOutboxUpdate({ $set: set }, events));
      this.deps.published({ source: models.orders, events });
      completed = { ...order, ...set, outbox: [...(order.outbox ?? []), ...events] };
    }
    await models.pendingOrders.remove(order._id);
    return completed;
  }

  private async cancel(
    order: OrderDoc,
    call: CallContext,
    failure: FailureDoc,
    untouched: readonly string[] = [],
  ): Promise<OrderDoc | undefined> {
    const decision = await this.decide(order, 'CANCELLED', failure);
    if (decision.outcome === 'COMPLETED') return this.complete(order, call);
    const agreed = decision.failure ?? failure;
    const { models } = this.deps;
    const compensated = new Set([
      ...untouched,
      ...order.saga.steps.filter((s) => s.state === 'COMPENSATED').map((s) => s.name),
    ]);
    const pending = sagaPlan(order, this.deps)
      .reverse()
      .filter((step) => !compensated.has(step.name));
    const failed = { failure: agreed, cancelReason: agreed.message };
    // The failure is stored before compensating, so replays of the key answer at once.
    if (pending.length > 0) await updateByKey(models.orders, order._id, { $set: failed });
    for (const step of pending) {
      try {
        // Not queued: giving back must never wait behind new sales, nor be refused.
        await step.compensate(order, call);
      } catch (err) {
        this.deps.logger.warn(
          { err, orderId: order._id, step: step.name },
          'compensation failed; recovery retries',
        );
        await this.noteError(order, err);
        return;
      }
      compensated.add(step.name);
    }
    const steps = [...compensated].map((name) => ({ name, state: 'COMPENSATED' }));
    // A CANCELLED decision stands for good, so the order is PENDING or already CANCELLED here.
    await updateByKey(models.orders, order._id, {
      $set: { ...failed, status: 'CANCELLED', 'saga.steps': steps },
    });
    await models.pendingOrders.remove(order._id);
  }

  private decision(order: OrderDoc) {
    return decisionOf(this.deps.models, order._id, order.merchantId);
  }

  /** Inserts the decision; on E11000 someone decided first, and theirs stands. */
  private async decide(
    order: OrderDoc,
    outcome: 'COMPLETED' | 'CANCELLED',
    failure: FailureDoc | null,
    numberFrom: number | null = null,
  ) {
    const doc: DecisionDoc = {
      _id: `order:${order._id}`,
      merchantId: order.merchantId,
      outcome,
      failure,
      numberFrom,
      at: new Date(),
    };
    if (await claimKey(this.deps.models.decisions, { ...doc })) return doc;
    const existing = await this.decision(order);
    if (!existing) throw new Error(`decision for order ${order._id} vanished`);
    return existing;
  }

  private async noteError(order: OrderDoc, err: unknown) {
    await updateByKey(this.deps.models.orders, order._id, { $set: { 'saga.lastError': String(err) } }).catch(
      () => undefined,
    );
  }
}

/** The decision taken on an order, if any: read by key, another merchant's reads as none. */
export const decisionOf = (models: OrdersModels, orderId: string, merchantId: string) =>
  getOwned<DecisionDoc>(models.decisions, `order:${orderId}`, merchantId);

/** Writers of one stock stream at once: more only lose E11000 races in products and retry. */
const STEPS_PER_STREAM = 2;

/** The stock streams an order's steps write: one per product at its branch. */
const streamKeys = (order: OrderDoc) =>
  stockLines(order).map((l) => `${order.merchantId}:${order.branchId}:${l.productId}`);

const abandonedId = (orderId: string) =>
  failures.checkoutFailed('CHECKOUT_ABANDONED', 'The checkout did not finish and was cancelled', orderId);
const abandoned = (order: OrderDoc) => abandonedId(order._id);
const busy = (order: OrderDoc) =>
  failures.checkoutFailed(
    'CHECKOUT_BUSY',
    'Too many checkouts at this branch right now; try again',
    order._id,
  );
