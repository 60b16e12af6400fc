import { badInput, isDuplicateKey, op, type Viewer } from '@pos/kit';
import { GraphQLError } from 'graphql';
import type { OrderDoc } from '../models';
import { canonicalJson } from './calendar';
import { authorizeSale, type CheckoutDeps, isOutage, priceSale } from './checkout.service';
import { buildPendingOrder, sumLines } from './order-builder';
import { type PaymentSpec, settlePayments } from './payments';
import type { CallContext, DiscountSpec, SaleLineSpec } from './ports';

export interface OfflineSaleInput {
  clientId: string;
  branchId: string;
  occurredAt: Date;
  lines: SaleLineSpec[];
  orderDiscount?: DiscountSpec | null;
  customerId?: string | null;
  payments: PaymentSpec[];
  note?: string | null;
}

const MAX_BATCH = 500;
const PARALLEL = 4;

export interface OfflineSaleResult {
  clientId: string;
  duplicate: boolean;
  order: OrderDoc | null;
  error: string | null;
}

/**
 * Sales made while a device was offline. They already happened, so they are accepted whatever
 * the stock (which may go negative; products raises the alert) and even when short-paid. The
 * client id is the permanent duplicate check: the order is keyed `offline:<clientId>` per
 * device, so a replayed batch, in any order, finds every sale already recorded.
 */
export class OfflineSyncService {
  constructor(
    private readonly deps: CheckoutDeps,
    private readonly viewer: Viewer,
    private readonly call: CallContext,
  ) {}

  async sync(deviceId: string, sales: readonly OfflineSaleInput[]) {
    if (sales.length > MAX_BATCH) throw badInput(`At most ${MAX_BATCH} sales per batch`, 'sales');
    const { merchantId } = this.viewer;
    // A replayed batch is mostly duplicates: find them all with one query.
    const known = await this.deps.models.orders
      .find({ merchantId, deviceId, idempotencyKey: op({ $in: sales.map((s) => `offline:${s.clientId}`) }) })
      .lean<OrderDoc[]>();
    const byKey = new Map(known.map((o) => [o.idempotencyKey, o]));
    const results: OfflineSaleResult[] = new Array(sales.length);
    let next = 0;
    // A few sales at a time: they are independent, and the stock and numbering queues keep
    // the shared streams from thrashing.
    const worker = async () => {
      for (let i = next++; i < sales.length; i = next++) {
        const sale = sales[i] as OfflineSaleInput;
        const earlier = byKey.get(`offline:${sale.clientId}`);
        results[i] = earlier
          ? { clientId: sale.clientId, duplicate: true, order: earlier, error: null }
          : await this.syncOne(deviceId, sale);
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
    return {
      results,
      accepted: results.filter((r) => r.order && !r.duplicate).length,
      duplicates: results.filter((r) => r.duplicate).length,
    };
  }

  private async syncOne(deviceId: string, sale: OfflineSaleInput): Promise<OfflineSaleResult> {
    const key = `offline:${sale.clientId}`;
    const { merchantId } = this.viewer;
    const find = () =>
      this.deps.models.orders.findOne({ merchantId, deviceId, idempotencyKey: key }).lean<OrderDoc>();
    const duplicate = (order: OrderDoc): OfflineSaleResult => ({
      clientId: sale.clientId,
      duplicate: true,
      order,
      error: null,
    });
    const earlier = await find();
    if (earlier) return duplicate(earlier);
    try {
      authorizeSale(this.viewer, sale.branchId, sale.lines, sale.orderDiscount);
      const { priced, settings, branchCode } = await priceSale(this.deps, this.call, sale, sale.occurredAt);
      const settled = settlePayments(sumLines(priced).total, sale.payments, settings.cashRoundingUnit, {
        acceptShort: true,
      });
      if (!settled.ok) throw new Error('unreachable: short payments are accepted offline');
      const shift = await this.deps.shifts.openShiftFor(this.viewer.userId, deviceId);
      const order = buildPendingOrder(
        {
          merchantId,
          branchId: sale.branchId,
          branchCode,
          cashierId: this.viewer.userId,
          deviceId,
          shiftId: shift?._id ?? null,
          customerId: sale.customerId ?? null,
          channel: 'COUNTER',
          idempotencyKey: key,
          requestHash: canonicalJson(sale),
          offline: true,
          clientId: sale.clientId,
          occurredAt: sale.occurredAt,
          note: sale.note ?? null,
          leaseMs: this.deps.leaseMs,
        },
        priced,
        settled.value,
        0,
        null,
        settings,
      );
      try {
        await this.deps.models.orders.create(order);
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
        const winner = await find();
        if (winner) return duplicate(winner);
        throw err;
      }
      await this.deps.lifecycle.run(order, this.call);
      const saved = await find();
      return { clientId: sale.clientId, duplicate: false, order: saved, error: null };
    } catch (err) {
      // Bad data in one sale (unknown product, no permission) or a subgraph briefly down must not
      // block the rest of the batch; the device sends the failed ones again.
      const failed = { clientId: sale.clientId, duplicate: false, order: null };
      if (err instanceof GraphQLError) return { ...failed, error: err.message };
      if (isOutage(err)) return { ...failed, error: 'Temporarily unavailable; sync again' };
      throw err;
    }
  }
}
