import { badInput, getOwned, type Viewer } from '@pos/kit';
import { GraphQLError } from 'graphql';
import type { CheckoutKeyDoc, OrderDoc } from '../models';
import { canonicalJson } from './calendar';
import { authorizeSale, type CheckoutDeps, isOutage, priceSale } from './checkout.service';
import { findCheckoutKey, insertPendingOrder } from './checkout-keys';
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
/** How far back a device may have been offline, and how far ahead its clock may run. */
export const OFFLINE_MAX_AGE_DAYS = 90;
export const OFFLINE_MAX_AHEAD_MINUTES = 10;
const DAY_MS = 86_400_000;

/** Why one sale of a batch was not recorded; `retryable` ones may succeed when synced again. */
export interface OfflineSaleRejection {
  code: string;
  message: string;
  retryable: boolean;
}

export interface OfflineSaleResult {
  clientId: string;
  duplicate: boolean;
  order: OrderDoc | null;
  error: string | null;
  rejection: OfflineSaleRejection | null;
}

const rejected = (clientId: string, code: string, message: string, retryable = false): OfflineSaleResult => ({
  clientId,
  duplicate: false,
  order: null,
  error: message,
  rejection: { code, message, retryable },
});

/** The customers of the batch that exist in the merchant; null when customers could not answer. */
type KnownCustomers = Set<string> | null;

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
    const results: OfflineSaleResult[] = new Array(sales.length);
    const known = await this.knownCustomers(sales);
    let next = 0;
    // A few sales at a time: they are independent, and the step queue keeps the shared stock
    // streams from thrashing. A replayed batch is mostly duplicates, each two reads by key.
    const worker = async () => {
      for (let i = next++; i < sales.length; i = next++) {
        results[i] = await this.syncOne(deviceId, sales[i] as OfflineSaleInput, known);
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
    return {
      results,
      accepted: results.filter((r) => r.order && !r.duplicate).length,
      duplicates: results.filter((r) => r.duplicate).length,
    };
  }

  /** One look-up for the whole batch, before anything is reserved. */
  private async knownCustomers(sales: readonly OfflineSaleInput[]): Promise<KnownCustomers> {
    const ids = sales.flatMap((s) => (s.customerId ? [s.customerId] : []));
    if (ids.length === 0 || !this.deps.customers.available()) return new Set();
    try {
      return await this.deps.customers.existing(this.call, ids);
    } catch (err) {
      if (isOutage(err)) return null;
      throw err;
    }
  }

  /**
   * Checks that decide a sale before anything is reserved: a sale that cannot be recorded as
   * it is (unknown customer, points or credit without one, an impossible time) is rejected
   * here with a typed result, so it never holds stock nor waits for the recovery job.
   */
  private refusal(sale: OfflineSaleInput, known: KnownCustomers): OfflineSaleResult | null {
    const now = Date.now();
    const at = sale.occurredAt.getTime();
    if (at < now - OFFLINE_MAX_AGE_DAYS * DAY_MS || at > now + OFFLINE_MAX_AHEAD_MINUTES * 60_000)
      return rejected(
        sale.clientId,
        'INVALID_SALE_TIME',
        `occurredAt must be within the last ${OFFLINE_MAX_AGE_DAYS} days and not in the future`,
      );
    const needsCustomer = sale.payments.some((p) => p.method === 'POINTS' || p.method === 'CUSTOMER_CREDIT');
    if (needsCustomer && !sale.customerId)
      return rejected(sale.clientId, 'CUSTOMER_REQUIRED', 'Points and customer credit need a customer');
    if (!sale.customerId) return null;
    if (known === null)
      return rejected(
        sale.clientId,
        'SERVICE_UNAVAILABLE',
        'Customers cannot be checked now; sync again',
        true,
      );
    if (!known.has(sale.customerId))
      return rejected(sale.clientId, 'CUSTOMER_NOT_FOUND', 'The customer does not exist in this merchant');
    return null;
  }

  private async syncOne(
    deviceId: string,
    sale: OfflineSaleInput,
    known: KnownCustomers,
  ): Promise<OfflineSaleResult> {
    const key = `offline:${sale.clientId}`;
    const { merchantId } = this.viewer;
    // A sync of the same sale running alongside may have claimed the key and not yet written the order.
    const orderOf = async (claim: CheckoutKeyDoc) => {
      for (let i = 0; ; i++) {
        const order = await getOwned<OrderDoc>(this.deps.models.orders, claim.orderId, merchantId);
        if (order || i >= 40) return order;
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    const duplicate = async (claim: CheckoutKeyDoc): Promise<OfflineSaleResult> => {
      const order = await orderOf(claim);
      if (!order) return rejected(sale.clientId, 'SYNC_IN_PROGRESS', 'Being recorded; sync again', true);
      return { clientId: sale.clientId, duplicate: true, order, error: null, rejection: null };
    };
    const earlier = await findCheckoutKey(this.deps.models, merchantId, deviceId, key);
    if (earlier) return duplicate(earlier);
    const refused = this.refusal(sale, known);
    if (refused) return refused;
    try {
      authorizeSale(this.viewer, sale.branchId, sale.lines, sale.orderDiscount);
      const { priced, settings, branchCode } = await priceSale(this.deps, this.call, sale, sale.occurredAt);
      const settled = settlePayments(sumLines(priced).total, sale.payments, settings.cashRoundingUnit, {
        acceptShort: true,
        paidAt: sale.occurredAt,
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
      const inserted = await insertPendingOrder(this.deps.models, order);
      if ('earlier' in inserted) return duplicate(inserted.earlier);
      await this.deps.lifecycle.run(order, this.call);
      const saved = await getOwned<OrderDoc>(this.deps.models.orders, order._id, merchantId);
      return { clientId: sale.clientId, duplicate: false, order: saved, error: null, rejection: null };
    } catch (err) {
      // Bad data in one sale (unknown product, no permission) or a subgraph briefly down must not
      // block the rest of the batch; the device sends the retryable ones again.
      if (err instanceof GraphQLError)
        return rejected(sale.clientId, String(err.extensions.code ?? 'INVALID_SALE'), err.message);
      if (isOutage(err))
        return rejected(sale.clientId, 'SERVICE_UNAVAILABLE', 'Temporarily unavailable; sync again', true);
      throw err;
    }
  }
}
