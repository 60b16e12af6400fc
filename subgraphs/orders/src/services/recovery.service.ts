import { getByKey, type Logger } from '@pos/kit';
import type { OrderDoc, OrdersModels } from '../models';
import type { AdjustmentService } from './adjustment.service';
import type { OrderLifecycle } from './lifecycle';
import { providerPayment } from './payments';

/** The payment side of recovery: orders with a provider charge, and charges past their time. */
export interface ChargeRecovery {
  resume(order: OrderDoc): Promise<void>;
  expireDue(now?: Date): Promise<number>;
}

export interface RecoveryOptions {
  models: OrdersModels;
  lifecycle: OrderLifecycle;
  adjustments: AdjustmentService;
  charges: ChargeRecovery;
  logger: Logger;
  intervalMs: number;
}

/**
 * No order stays PENDING forever: every `intervalMs` the job takes pending orders whose lease
 * ran out (their request crashed, or a compensation could not reach a subgraph) and completes
 * or cancels them, finishes voids and refunds whose stock return did not happen, and settles
 * orders whose provider charge ran out of time (paid after all, or expired). It finds
 * them in small work queues every order and entry joins before it is written and leaves once
 * finished, so a pass costs O(pending work), not O(orders). Several replicas may run it at
 * once: every action it takes is idempotent and decided by unique inserts.
 */
export class RecoveryJob {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | null = null;
  private stopped = true;

  constructor(private readonly opts: RecoveryOptions) {}

  start(): void {
    this.stopped = false;
    this.schedule();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** One pass; returns how many orders and adjustments it handled. Passes never overlap. */
  runOnce(): Promise<number> {
    this.running ??= this.pass().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async pass(): Promise<number> {
    const { models, lifecycle, logger } = this.opts;
    let handled = 0;
    // The job serves every merchant, so it reads by key across tenants on purpose.
    for (const item of await models.pendingOrders.due(100)) {
      const now = Date.now();
      try {
        const order = await getByKey<OrderDoc>(models.orders, item._id);
        if (!order) {
          // Queued, then never inserted: its request died before (or lost the key's claim).
          await lifecycle.abandonMissing(item._id, item.data.merchantId);
          await models.pendingOrders.remove(item._id);
        } else if (order.status !== 'PENDING') {
          await models.pendingOrders.remove(item._id);
        } else if (order.saga.leaseUntil.getTime() > now) {
          await models.pendingOrders.postpone(item._id, order.saga.leaseUntil);
        } else if (providerPayment(order.payments)) {
          await this.opts.charges.resume(order);
          handled++;
        } else {
          await lifecycle.recover(order);
          handled++;
        }
      } catch (err) {
        logger.warn({ err, orderId: item._id }, 'recovery of a pending order failed; will retry');
      }
    }
    handled += await this.opts.adjustments.applyStale(new Date(Date.now() + this.opts.intervalMs));
    handled += await this.opts.charges.expireDue();
    if (handled > 0) logger.info({ handled }, 'recovery pass');
    return handled;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.runOnce()
        .catch((err: unknown) => this.opts.logger.warn({ err }, 'recovery pass failed'))
        .finally(() => this.schedule());
    }, this.opts.intervalMs);
    this.timer.unref();
  }
}
