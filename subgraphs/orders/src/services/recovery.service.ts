import { type Logger, op } from '@pos/kit';
import type { OrderDoc, OrdersModels } from '../models';
import type { AdjustmentService } from './adjustment.service';
import type { OrderLifecycle } from './lifecycle';

export interface RecoveryOptions {
  models: OrdersModels;
  lifecycle: OrderLifecycle;
  adjustments: AdjustmentService;
  logger: Logger;
  intervalMs: number;
  /** An unapplied void/refund older than this is finished by the job. */
  staleMs: number;
}

/**
 * No order stays PENDING forever: every `intervalMs` the job takes pending orders whose lease
 * ran out (their request crashed, or a compensation could not reach a subgraph) and completes
 * or cancels them, and finishes voids and refunds whose stock return did not happen. Several
 * replicas may run it at once: every action it takes is idempotent and decided by unique inserts.
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
    // The job serves every merchant, so it reads across tenants on purpose.
    const stale = await models.orders
      .find({ status: 'PENDING', 'saga.leaseUntil': op({ $lt: new Date() }) })
      .sort({ 'saga.leaseUntil': 1 })
      .limit(100)
      .setOptions({ crossTenant: true })
      .lean<OrderDoc[]>();
    let handled = 0;
    for (const order of stale) {
      try {
        await lifecycle.recover(order);
        handled++;
      } catch (err) {
        logger.warn({ err, orderId: order._id }, 'recovery of a pending order failed; will retry');
      }
    }
    handled += await this.opts.adjustments.applyStale(new Date(Date.now() - this.opts.staleMs));
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
