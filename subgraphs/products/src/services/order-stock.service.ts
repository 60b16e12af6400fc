import { badInput, checkAmount, errorResult, notFound } from '@pos/kit';
import type { ProductsModels, ShortLine, StockOpOutcomeDoc } from '../models';
import { saleProducts } from './sale-reads';
import type { Appended, StockLedger } from './stock-ledger';
import { mergeLines, type OpLine, orderOpId, StockOps } from './stock-ops';
import * as v from './validation';

export interface StockLineInput {
  productId: string;
  baseQuantity: number;
}

export interface ReserveStockInput {
  branchId: string;
  orderId: string;
  step: string;
  lines: StockLineInput[];
  allowNegative?: boolean | null;
  actorId?: string | null;
  deviceId?: string | null;
  reference?: string | null;
  at?: Date | null;
}

export interface ReturnStockInput {
  branchId: string;
  orderId: string;
  step: string;
  reason: 'VOID' | 'REFUND';
  lines: StockLineInput[];
  actorId?: string | null;
  reference?: string | null;
}

export interface OrderStockChange {
  __typename: 'OrderStockChange';
  orderId: string;
  step: string;
  lines: { productId: string; baseQuantity: number; balance: number }[];
  replayed: boolean;
}

export interface OutOfStockView {
  __typename: 'OutOfStock';
  code: 'OUT_OF_STOCK';
  message: string;
  merchantId: string;
  lines: ShortLine[];
}

export type ReserveResult =
  | OrderStockChange
  | OutOfStockView
  | { __typename: 'ReservationReleased'; code: 'RESERVATION_RELEASED'; message: string };

export function outOfStock(merchantId: string, lines: ShortLine[]): OutOfStockView {
  return errorResult('OutOfStock', 'Not enough stock for some lines; nothing was taken', {
    merchantId,
    lines,
  });
}

const released = () => errorResult('ReservationReleased', 'This reservation was released; nothing was taken');

/**
 * The orders saga's stock steps. Each is idempotent by (orderId, step) and safe against its
 * own duplicates and against a release racing the reservation it releases.
 */
export class OrderStockService {
  private readonly ops: StockOps;

  constructor(
    private readonly models: ProductsModels,
    private readonly ledger: StockLedger,
  ) {
    this.ops = new StockOps(models, ledger);
  }

  private get merchantId() {
    return this.ledger.merchantId;
  }

  async reserve(input: ReserveStockInput): Promise<ReserveResult> {
    const step = v.text(input.step, 'step', 100);
    const lines = await this.lines(input.lines);
    const allowNegative = input.allowNegative ?? false;
    const opId = orderOpId(this.merchantId, input.orderId, step);
    const { branchId } = input;
    const request = { branchId, allowNegative, lines: lines.map((l) => [l.product._id, l.quantity]) };
    // Independent reads go together: the operation's record, the thresholds the entries check and,
    // for several lines, the heads for an all-or-nothing check before anything is taken.
    const [begun, thresholds, short] = await Promise.all([
      this.ops.begin({ id: opId, kind: 'RESERVE', request, branchId, lines }),
      this.ledger.thresholds(
        lines.map((l) => l.product._id),
        branchId,
      ),
      !allowNegative && lines.length > 1 ? this.ops.shortLines(lines, branchId) : [],
    ]);
    if (begun.reused) throw badInput('This (orderId, step) was used for another request', 'step');
    if (begun.outcome) return this.settled(opId, input, lines, begun.outcome);
    if (short.length > 0) return this.refuse(opId, input, lines, short, begun.fresh);

    const meta = {
      reason: 'SALE' as const,
      at: input.at ?? new Date(),
      actorId: input.actorId,
      deviceId: input.deviceId,
      reference: input.reference,
      orderId: input.orderId,
    };
    const taken = await this.ops.take(opId, lines, { branchId, allowNegative, meta, thresholds });
    if (taken.short.length > 0)
      return this.refuse(opId, input, lines, taken.short, begun.fresh && taken.applied.length === 0);
    const fin = await this.ops.finalize(opId, 'APPLIED');
    if (fin.outcome !== 'APPLIED') return this.settled(opId, input, lines, fin);
    // Lost to an identical concurrent call: its entries are the ones we got back.
    return this.change(input, taken.applied, !fin.won || taken.applied.every((a) => a.replayed));
  }

  /** Gives back what the reservation took; first of all makes a late reservation take nothing. */
  async release(input: { orderId: string; step: string }): Promise<OrderStockChange> {
    const opId = orderOpId(this.merchantId, input.orderId, input.step);
    // Decided first: a reservation not finalized yet now loses and gives back itself; one that
    // won was recorded before it finalized, so the read below finds what it took.
    const fin = await this.ops.finalize(opId, 'RELEASED');
    const [undone] = await Promise.all([
      this.ops.compensate(opId, {
        at: new Date(),
        orderId: input.orderId,
        reference: `release:${input.step}`,
      }),
      fin.outcome === 'APPLIED' && !fin.releasedAt ? this.ops.markReleased(opId) : null,
    ]);
    return this.change(input, undone, !fin.won && undone.every((u) => u.replayed));
  }

  async returnStock(input: ReturnStockInput): Promise<OrderStockChange> {
    const step = v.text(input.step, 'step', 100);
    const lines = await this.lines(input.lines);
    const opId = orderOpId(this.merchantId, input.orderId, step);
    const request = {
      branchId: input.branchId,
      reason: input.reason,
      lines: lines.map((l) => [l.product._id, l.quantity]),
    };
    const begun = await this.ops.begin({
      id: opId,
      kind: 'RETURN',
      request,
      branchId: input.branchId,
      lines,
    });
    if (begun.reused) throw badInput('This (orderId, step) was used for another request', 'step');
    const meta = {
      reason: input.reason,
      at: new Date(),
      actorId: input.actorId,
      reference: input.reference,
      orderId: input.orderId,
    };
    const given = await this.ops.give(opId, lines, { branchId: input.branchId, meta });
    await this.ops.finalize(opId, 'APPLIED');
    return this.change(
      input,
      given,
      given.every((g) => g.replayed),
    );
  }

  /** The answer for an operation whose outcome was decided before (a replay) or by someone else. */
  private async settled(
    opId: string,
    input: { orderId: string; step: string },
    lines: readonly OpLine[],
    outcome: StockOpOutcomeDoc,
  ): Promise<ReserveResult> {
    if (outcome.outcome === 'APPLIED' && !outcome.releasedAt) {
      const taken = await this.ops.taken(
        opId,
        lines.map((l) => l.product._id),
      );
      return this.change(
        input,
        taken.map((entry) => ({ entry, replayed: true })),
        true,
      );
    }
    // Whatever this call or an interrupted earlier one took goes back (a no-op when done before).
    await this.ops.compensate(
      opId,
      { at: new Date(), orderId: input.orderId, reference: `release:${input.step}` },
      lines,
    );
    return outcome.outcome === 'REFUSED' ? outOfStock(this.merchantId, outcome.short) : released();
  }

  /**
   * `tookNothing`: this call created the operation and wrote no entry, so when its refusal
   * stands there is nothing to give back (a duplicate call that did take gives back its own).
   */
  private async refuse(
    opId: string,
    input: ReserveStockInput,
    lines: readonly OpLine[],
    short: ShortLine[],
    tookNothing: boolean,
  ): Promise<ReserveResult> {
    const fin = await this.ops.finalize(opId, 'REFUSED', short);
    if (fin.won && tookNothing) return outOfStock(this.merchantId, short);
    return this.settled(opId, input, lines, fin);
  }

  private change(
    input: { orderId: string; step: string },
    entries: readonly Appended[],
    replayed: boolean,
  ): OrderStockChange {
    return {
      __typename: 'OrderStockChange',
      orderId: input.orderId,
      step: input.step,
      lines: entries.map(({ entry }) => ({
        productId: entry.productId,
        baseQuantity: Math.abs(entry.change),
        balance: entry.balance,
      })),
      replayed,
    };
  }

  private async lines(input: readonly StockLineInput[]): Promise<OpLine[]> {
    if (input.length === 0 || input.length > 500) throw badInput('Give 1 to 500 lines', 'lines');
    const merged = mergeLines(
      input.map((l, i) => ({
        productId: l.productId,
        quantity: checkAmount(l.baseQuantity, `lines.${i}.baseQuantity`, 'positiveBaseQuantity'),
      })),
    );
    const products = new Map(
      (
        await saleProducts(
          this.models,
          this.merchantId,
          merged.map((l) => l.productId),
        )
      ).map((p) => [p._id, p]),
    );
    return merged.map((l) => {
      const product = products.get(l.productId);
      if (!product) throw notFound('Product');
      return { product, quantity: l.quantity };
    });
  }
}
