import { badInput, canUseBranch, checkAmount, errorResult, forbidden, notFound, type Viewer } from '@pos/kit';
import type { ProductsModels, StockEntryDoc, StockOpKind } from '../models';
import { newId } from './ids';
import type { DirectoryCall, MerchantDirectory } from './merchant-directory';
import { type OutOfStockView, outOfStock } from './order-stock.service';
import { findUnit, productsByIds } from './product-reads';
import type { Appended, EntryMeta, StockLedger } from './stock-ledger';
import { manualOpId, mergeLines, type OpLine, StockOps } from './stock-ops';
import * as v from './validation';

export interface QuantityInput {
  productId: string;
  quantity: number;
  unit?: string | null;
  unitCost?: number | null;
}

interface Common {
  reference?: string | null;
  note?: string | null;
  idempotencyKey?: string | null;
}

export interface StockOperationView {
  __typename: 'StockOperation';
  id: string;
  kind: Exclude<StockOpKind, 'RESERVE' | 'RETURN'>;
  replayed: boolean;
  entries: StockEntryDoc[];
}

type KeyReused = { __typename: 'IdempotencyKeyReused'; code: 'IDEMPOTENCY_KEY_REUSED'; message: string };
export type StockOpResult = StockOperationView | OutOfStockView | KeyReused;

/** Receiving and counting never refuse for want of stock. */
function neverShort(r: StockOpResult): StockOperationView | KeyReused {
  if (r.__typename === 'OutOfStock') throw new Error('unreachable: this operation never refuses');
  return r;
}

const keyReused = (): KeyReused =>
  errorResult('IdempotencyKeyReused', 'This idempotency key was used for another request');

/** Back-office stock operations: receive, adjust, count and transfer, at branches the viewer may use. */
export class StockService {
  private readonly ops: StockOps;

  constructor(
    private readonly models: ProductsModels,
    private readonly viewer: Viewer,
    private readonly ledger: StockLedger,
    private readonly directory: MerchantDirectory,
    private readonly call: DirectoryCall,
  ) {
    this.ops = new StockOps(models, ledger);
  }

  async receive(
    input: Common & { branchId: string; lines: QuantityInput[] },
  ): Promise<StockOperationView | KeyReused> {
    await this.requireBranch(input.branchId);
    const lines = await this.quantities(input.lines);
    const costs = new Map(
      input.lines.map((l) => [l.productId, l.unitCost == null ? null : v.money(l.unitCost, 'unitCost')]),
    );
    const request = { branchId: input.branchId, lines, costs: [...costs] };
    const result = await this.run('RECEIVE', input, request, async (opId, meta) => {
      const out: Appended[] = [];
      for (const line of lines) {
        out.push(
          ...(await this.ops.give(opId, [line], {
            branchId: input.branchId,
            meta: { ...meta, unitCost: costs.get(line.product._id) },
          })),
        );
      }
      return out;
    });
    return neverShort(result);
  }

  async adjust(
    input: Common & { branchId: string; productId: string; change: number; note: string },
  ): Promise<StockOpResult> {
    await this.requireBranch(input.branchId);
    checkAmount(input.change, 'change', 'quantityChange');
    v.text(input.note, 'note', 500);
    const [line] = await this.quantities([{ productId: input.productId, quantity: Math.abs(input.change) }]);
    const lines = [line as OpLine];
    return this.run(
      'ADJUST',
      input,
      { branchId: input.branchId, change: input.change, productId: input.productId },
      async (opId, meta) => {
        if (input.change > 0) return this.ops.give(opId, lines, { branchId: input.branchId, meta });
        const { applied, short } = await this.ops.take(opId, lines, {
          branchId: input.branchId,
          allowNegative: false,
          meta,
        });
        return short.length ? short : applied;
      },
    );
  }

  async count(
    input: Common & { branchId: string; lines: { productId: string; counted: number }[] },
  ): Promise<StockOperationView | KeyReused> {
    await this.requireBranch(input.branchId);
    const counted = new Map(
      input.lines.map((l, i) => [l.productId, checkAmount(l.counted, `lines.${i}.counted`, 'baseQuantity')]),
    );
    if (counted.size !== input.lines.length) throw badInput('Count each product once', 'lines');
    const products = await this.products([...counted.keys()]);
    const result = await this.run(
      'COUNT',
      input,
      { branchId: input.branchId, counted: [...counted] },
      async (opId, meta) => {
        const out: Appended[] = [];
        for (const product of products) {
          const n = counted.get(product._id) ?? 0;
          out.push(
            await this.ledger.append({
              product,
              branchId: input.branchId,
              key: `${opId}#count#${product._id}`,
              opId,
              phase: 'count',
              // Decided on the head the entry extends, so a sale racing the count is not lost.
              change: (before) => n - before,
              meta,
              counted: n,
            }),
          );
        }
        return out;
      },
    );
    return neverShort(result);
  }

  async transfer(
    input: Common & { fromBranchId: string; toBranchId: string; lines: QuantityInput[] },
  ): Promise<StockOpResult> {
    if (input.fromBranchId === input.toBranchId)
      throw badInput('Transfer between two different branches', 'toBranchId');
    await this.requireBranch(input.fromBranchId);
    await this.requireBranch(input.toBranchId);
    const lines = await this.quantities(input.lines);
    const request = { branchId: input.fromBranchId, toBranchId: input.toBranchId, lines };
    return this.run('TRANSFER', input, request, async (opId, meta) => {
      const { applied, short } = await this.ops.take(opId, lines, {
        branchId: input.fromBranchId,
        allowNegative: false,
        meta: { ...meta, reason: 'TRANSFER_OUT' },
      });
      if (short.length > 0) return short;
      const given = await this.ops.give(opId, lines, {
        branchId: input.toBranchId,
        meta: { ...meta, reason: 'TRANSFER_IN' },
      });
      return [...applied, ...given];
    });
  }

  /**
   * One operation: registered under its idempotency key, then `apply` runs; a list of short
   * lines from `apply` refuses it and gives back anything taken. A transfer is only marked
   * complete after both sides are written; the recovery job finishes one that is not.
   */
  private async run(
    kind: StockOperationView['kind'],
    input: Common,
    request: { branchId: string; toBranchId?: string; lines?: OpLine[]; [k: string]: unknown },
    apply: (
      opId: string,
      meta: EntryMeta,
    ) => Promise<Appended[] | { productId: string; requested: number; available: number }[]>,
  ): Promise<StockOpResult> {
    const key = v.idempotencyKey(input.idempotencyKey);
    const opId = manualOpId(this.viewer.merchantId, key ?? newId());
    const { lines, ...body } = request;
    const begun = await this.ops.begin({
      id: opId,
      kind,
      request: { ...body, lines: lines?.map((l) => [l.product._id, l.quantity]) },
      branchId: request.branchId,
      ...(request.toBranchId ? { toBranchId: request.toBranchId } : {}),
      ...(lines ? { lines } : {}),
    });
    if (begun.reused) return keyReused();
    if (begun.outcome?.outcome === 'REFUSED') {
      // Gives back anything an interrupted first attempt had taken (a no-op otherwise).
      await this.ops.compensate(opId, { at: new Date(), actorId: this.viewer.userId });
      return outOfStock(this.viewer.merchantId, begun.outcome.short);
    }
    const meta: EntryMeta = {
      reason: kind === 'RECEIVE' ? 'RECEIVE' : kind === 'COUNT' ? 'COUNT' : 'ADJUSTMENT',
      at: new Date(),
      actorId: this.viewer.userId,
      deviceId: this.viewer.deviceId ?? null,
      reference: v.optionalText(input.reference, 'reference', 120) ?? null,
      note: v.optionalText(input.note, 'note', 500) ?? null,
    };
    const result = await apply(opId, meta);
    if (result.length > 0 && !('entry' in (result[0] as object))) {
      const short = result as { productId: string; requested: number; available: number }[];
      const fin = await this.ops.finalize(opId, 'REFUSED', short);
      await this.ops.compensate(opId, {
        at: new Date(),
        actorId: this.viewer.userId,
        reference: meta.reference,
      });
      return outOfStock(this.viewer.merchantId, fin.outcome === 'REFUSED' ? fin.short : short);
    }
    const entries = result as Appended[];
    await this.ops.finalize(opId, 'APPLIED');
    await this.ops.markCompleted(opId);
    return {
      __typename: 'StockOperation',
      id: opId.split('|').slice(2).join('|'),
      kind,
      replayed: entries.length > 0 && entries.every((e) => e.replayed),
      entries: entries.map((e) => e.entry),
    };
  }

  private async quantities(input: readonly QuantityInput[]): Promise<OpLine[]> {
    if (input.length === 0 || input.length > 500) throw badInput('Give 1 to 500 lines', 'lines');
    const products = new Map((await this.products(input.map((l) => l.productId))).map((p) => [p._id, p]));
    const base = input.map((l, i) => {
      const product = products.get(l.productId);
      if (!product) throw notFound('Product');
      const unit = findUnit(product, l.unit);
      if (!unit) throw badInput(`${product.name} has no unit ${l.unit}`, `lines.${i}.unit`);
      return {
        productId: product._id,
        quantity: checkAmount(
          v.quantity(l.quantity, `lines.${i}.quantity`) * unit.factor,
          `lines.${i}.quantity`,
          'positiveBaseQuantity',
        ),
      };
    });
    return mergeLines(base).map((l) => ({ product: products.get(l.productId)!, quantity: l.quantity }));
  }

  private async products(ids: readonly string[]) {
    const found = await productsByIds(this.models, this.viewer.merchantId, ids);
    if (found.length !== new Set(ids).size) throw notFound('Product');
    return found;
  }

  private async requireBranch(branchId: string) {
    if (!canUseBranch(this.viewer, branchId)) throw forbidden('You may not work at this branch');
    const settings = await this.directory.settings(this.call);
    if (!settings.branchIds.has(branchId)) throw notFound('Branch');
  }
}
