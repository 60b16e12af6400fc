import { isDuplicateKey, type Logger, stageOutbox, withOutboxUpdate } from '@pos/kit';
import type { DecisionDoc, FailureDoc, OrderDoc, OrdersModels } from '../models';
import { orderCompletedEvent } from './events';
import { failures } from './failures';
import { KeyedLimiter } from './limiter';
import { allocateOrderNumber } from './numbering';
import type { CallContext, CustomersPort, ProductsPort } from './ports';
import { type StepOutcome, sagaPlan } from './saga-steps';

export interface LifecycleDeps {
  models: OrdersModels;
  products: ProductsPort;
  customers: CustomersPort;
  logger: Logger;
  /** Publishes outbox events soon after a write (the relay's `kick`). */
  published: () => void;
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
  /** Stock steps of one branch, a few at a time (see KeyedLimiter). */
  private readonly stockQueue = new KeyedLimiter(2);
  /** Numbers of one branch, one at a time: they all compete for the same next sequence. */
  private readonly numbering = new KeyedLimiter(1);

  constructor(private readonly deps: LifecycleDeps) {}

  private branchQueue<T>(order: OrderDoc, task: () => Promise<T>): Promise<T> {
    return this.stockQueue.run(branchKey(order), task);
  }

  /** Runs the saga from the first step; the request's path. Returns when the order is decided. */
  async run(order: OrderDoc, call: CallContext): Promise<void> {
    const plan = sagaPlan(order, this.deps);
    // Steps that certainly took nothing (refused, or never started) need no compensation call.
    const from = (i: number) => plan.slice(i).map((s) => s.name);
    for (const [i, step] of plan.entries()) {
      let outcome: StepOutcome | 'late';
      try {
        outcome = await this.branchQueue<StepOutcome | 'late'>(order, () =>
          // Never start a step that could outlive the lease: the recovery job would then
          // compensate while it runs. Leave the order to it instead (or cancel it when online).
          Date.now() + this.deps.stepBudgetMs > order.saga.leaseUntil.getTime()
            ? Promise.resolve('late' as const)
            : step.execute(order, call),
        );
      } catch (err) {
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
      if (!outcome.ok) return this.cancel(order, call, outcome.failure, from(i));
    }
    return this.complete(order, call);
  }

  /** Finishes a stale pending order (the recovery job's path), with no user token. */
  async recover(order: OrderDoc): Promise<void> {
    const call: CallContext = { merchantId: order.merchantId, token: null };
    await this.deps.models.orders.updateOne(
      { _id: order._id, merchantId: order.merchantId },
      { $set: { 'saga.leaseUntil': new Date(Date.now() + this.deps.leaseMs) }, $inc: { 'saga.attempts': 1 } },
    );
    const decision = await this.decision(order);
    if (decision?.outcome === 'COMPLETED') return this.complete(order, call);
    if (decision?.outcome === 'CANCELLED')
      return this.cancel(order, call, decision.failure ?? abandoned(order));
    // Undecided: the request died mid-saga. Offline sales roll forward (they happened); online
    // ones are cancelled, as the cashier never saw "paid".
    const renewed = {
      ...order,
      saga: { ...order.saga, leaseUntil: new Date(Date.now() + this.deps.leaseMs) },
    };
    if (order.offline) return this.run(renewed, call);
    return this.cancel(renewed, call, abandoned(order));
  }

  private async complete(order: OrderDoc, call: CallContext): Promise<void> {
    const decision = await this.decide(order, 'COMPLETED', null);
    if (decision.outcome !== 'COMPLETED')
      return this.cancel(order, call, decision.failure ?? abandoned(order));
    const number = await this.numbering.run(branchKey(order), () =>
      allocateOrderNumber(this.deps.models, order),
    );
    const completedAt = decision.at;
    const events = [orderCompletedEvent(order, number, completedAt)];
    await stageOutbox(this.deps.models.orders, order._id, events);
    await this.deps.models.orders.updateOne(
      { _id: order._id, merchantId: order.merchantId, status: 'PENDING' },
      withOutboxUpdate({ $set: { status: 'COMPLETED', number, completedAt, failure: null } }, events),
    );
    this.deps.published();
  }

  private async cancel(
    order: OrderDoc,
    call: CallContext,
    failure: FailureDoc,
    untouched: readonly string[] = [],
  ): Promise<void> {
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
    const where = { _id: order._id, merchantId: order.merchantId };
    const failed = { failure: agreed, cancelReason: agreed.message };
    // The failure is stored before compensating, so replays of the key answer at once.
    if (pending.length > 0) await models.orders.updateOne(where, { $set: failed });
    for (const step of pending) {
      try {
        await this.branchQueue(order, () => step.compensate(order, call));
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
    await models.orders.updateOne(
      { ...where, status: 'PENDING' },
      { $set: { ...failed, status: 'CANCELLED', 'saga.steps': steps } },
    );
  }

  private decision(order: OrderDoc) {
    return this.deps.models.decisions
      .findOne({ _id: `order:${order._id}`, merchantId: order.merchantId })
      .lean<DecisionDoc>();
  }

  /** Inserts the decision; on E11000 someone decided first, and theirs stands. */
  private async decide(order: OrderDoc, outcome: 'COMPLETED' | 'CANCELLED', failure: FailureDoc | null) {
    const doc: DecisionDoc = {
      _id: `order:${order._id}`,
      merchantId: order.merchantId,
      outcome,
      failure,
      at: new Date(),
    };
    try {
      await this.deps.models.decisions.create(doc);
      return doc;
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
    }
    const existing = await this.decision(order);
    if (!existing) throw new Error(`decision for order ${order._id} vanished`);
    return existing;
  }

  private async noteError(order: OrderDoc, err: unknown) {
    await this.deps.models.orders
      .updateOne(
        { _id: order._id, merchantId: order.merchantId },
        { $set: { 'saga.lastError': String(err) } },
      )
      .catch(() => undefined);
  }
}

const branchKey = (order: OrderDoc) => `${order.merchantId}:${order.branchId}`;

const abandoned = (order: OrderDoc) =>
  failures.checkoutFailed('CHECKOUT_ABANDONED', 'The checkout did not finish and was cancelled', order._id);
