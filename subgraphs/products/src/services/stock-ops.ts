import { createHash } from 'node:crypto';
import { claimKey, getByKey, getOwned, updateByKey, WorkQueue } from '@pos/kit';
import type {
  OpPhase,
  Outcome,
  ProductDoc,
  ProductsModels,
  ShortLine,
  StockEntryDoc,
  StockOpDoc,
  StockOpKind,
  StockOpOutcomeDoc,
} from '../models';
import { productsByIds } from './product-reads';
import { type Appended, type EntryMeta, Shortage, type StockLedger } from './stock-ledger';

/** A product and a quantity in base units; one per product within an operation. */
export interface OpLine {
  product: ProductDoc;
  quantity: number;
}

export interface OpHeader {
  id: string;
  kind: StockOpKind;
  /** The request, canonicalised: the same id with another body is refused. */
  request: unknown;
  branchId: string;
  toBranchId?: string;
  /** Recorded on the operation: the keys of its entries are known from them (see `entries`). */
  lines?: readonly OpLine[];
}

export const orderOpId = (merchantId: string, orderId: string, step: string) =>
  `${merchantId}|order|${orderId}|${step}`;
export const manualOpId = (merchantId: string, key: string) => `${merchantId}|manual|${key}`;
export const entryKey = (opId: string, phase: OpPhase, productId: string) => `${opId}#${phase}#${productId}`;

const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('base64url');

/** Operations a crash could leave half done (transfers), until they complete; the recovery job drains it. */
export const pendingStockOps = (models: Pick<ProductsModels, 'stockOps'>) =>
  new WorkQueue<{ merchantId: string }>(models.stockOps.db, 'stock_ops_pending');

/** Like `Promise.all`, but every line has finished (written or not) before a failure is reported. */
async function allLines<T>(tasks: readonly Promise<T>[]): Promise<T[]> {
  const settled = await Promise.allSettled(tasks);
  const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((r) => (r as PromiseFulfilledResult<T>).value);
}

const RECOVERED_KINDS: ReadonlySet<StockOpKind> = new Set(['TRANSFER']);

/**
 * The steps every stock operation is made of, each safe to repeat: entries are keyed by
 * `<opId>#<phase>#<productId>`, so a retry or a concurrent duplicate writes nothing twice, and
 * the outcome is decided once by inserting a document keyed by the operation id. Everything is
 * read by exact key (operation ids embed the merchant), and lines on different streams run in
 * parallel: each stream still takes its writers one at a time (the ledger's lock and sequence).
 */
export class StockOps {
  constructor(
    private readonly models: ProductsModels,
    private readonly ledger: StockLedger,
  ) {}

  private get merchantId() {
    return this.ledger.merchantId;
  }

  /** Records the operation (once) and returns how it ended if it already has. */
  async begin(h: OpHeader): Promise<{ reused: boolean; fresh: boolean; outcome: StockOpOutcomeDoc | null }> {
    const hash = digest(h.request);
    // Queued before the operation exists, so a crash at any later point leaves it to the recovery job.
    if (RECOVERED_KINDS.has(h.kind))
      await pendingStockOps(this.models).add(h.id, { merchantId: this.merchantId });
    const created = await claimKey(this.models.stockOps, {
      _id: h.id,
      merchantId: this.merchantId,
      kind: h.kind,
      hash,
      branchId: h.branchId,
      toBranchId: h.toBranchId,
      lines: (h.lines ?? []).map((l) => ({ productId: l.product._id, quantity: l.quantity })),
    });
    if (created) return { reused: false, fresh: true, outcome: null };
    const [existing, outcome] = await Promise.all([this.op(h.id), this.outcome(h.id)]);
    if (existing && (existing.hash !== hash || existing.kind !== h.kind))
      return { reused: true, fresh: false, outcome: null };
    return { reused: false, fresh: false, outcome };
  }

  op(opId: string): Promise<StockOpDoc | null> {
    return getOwned<StockOpDoc>(this.models.stockOps, opId, this.merchantId);
  }

  outcome(opId: string): Promise<StockOpOutcomeDoc | null> {
    return getOwned<StockOpOutcomeDoc>(this.models.stockOpOutcomes, opId, this.merchantId);
  }

  /** Decides the outcome unless it is decided already; returns the one that stands and whether it is ours. */
  async finalize(
    opId: string,
    outcome: Outcome,
    short: ShortLine[] = [],
  ): Promise<StockOpOutcomeDoc & { won: boolean }> {
    const won = await claimKey(this.models.stockOpOutcomes, {
      _id: opId,
      merchantId: this.merchantId,
      outcome,
      short,
    });
    if (won) return { _id: opId, merchantId: this.merchantId, outcome, short, won: true };
    const existing = await this.outcome(opId);
    if (!existing) throw new Error(`outcome of ${opId} vanished`);
    return { ...existing, won: false };
  }

  /** Both keyed by the operation id, which embeds the merchant. */
  async markReleased(opId: string): Promise<void> {
    await updateByKey(this.models.stockOpOutcomes, opId, { $set: { releasedAt: new Date() } });
  }

  async markCompleted(opId: string): Promise<void> {
    await updateByKey(this.models.stockOps, opId, { $set: { completedAt: new Date() } });
    await pendingStockOps(this.models).remove(opId);
  }

  /**
   * Takes each line out of stock, refusing a line that would go below zero unless allowed. Lines
   * are taken at once; a refused line leaves the others taken, and the caller gives them back
   * (`compensate`) when it refuses the operation. Every short line is reported.
   */
  async take(
    opId: string,
    lines: readonly OpLine[],
    o: { branchId: string; allowNegative: boolean; meta: EntryMeta; thresholds?: Map<string, number | null> },
  ): Promise<{ applied: Appended[]; short: ShortLine[] }> {
    const thresholds =
      o.thresholds ??
      (await this.ledger.thresholds(
        lines.map((l) => l.product._id),
        o.branchId,
      ));
    const results = await allLines(
      lines.map(async (line): Promise<Appended | ShortLine> => {
        const mayGoNegative = o.allowNegative || line.product.allowNegativeStock;
        try {
          return await this.ledger.append({
            product: line.product,
            branchId: o.branchId,
            key: entryKey(opId, 'take', line.product._id),
            opId,
            phase: 'take',
            change: (before) => {
              if (!mayGoNegative && before < line.quantity) throw new Shortage(before);
              return -line.quantity;
            },
            meta: o.meta,
            threshold: thresholds.get(line.product._id) ?? null,
          });
        } catch (err) {
          if (!(err instanceof Shortage)) throw err;
          return { productId: line.product._id, requested: line.quantity, available: err.available };
        }
      }),
    );
    const applied = results.filter((r): r is Appended => 'entry' in r);
    const short = results.filter((r): r is ShortLine => !('entry' in r));
    return { applied, short };
  }

  /** A read-only check before taking several lines, so a plainly short order writes nothing at all. */
  async shortLines(lines: readonly OpLine[], branchId: string): Promise<ShortLine[]> {
    const heads = await this.ledger.headsAt(
      lines.map((l) => l.product._id),
      branchId,
    );
    return lines.flatMap((l) => {
      if (l.product.allowNegativeStock) return [];
      const available = heads.get(`${l.product._id}|${branchId}`)?.balance ?? 0;
      return available < l.quantity ? [{ productId: l.product._id, requested: l.quantity, available }] : [];
    });
  }

  /** Adds each line to stock; never refused. */
  give(
    opId: string,
    lines: readonly OpLine[],
    o: { branchId: string; meta: EntryMeta },
  ): Promise<Appended[]> {
    return allLines(
      lines.map((line) =>
        this.ledger.append({
          product: line.product,
          branchId: o.branchId,
          key: entryKey(opId, 'give', line.product._id),
          opId,
          phase: 'give',
          change: () => line.quantity,
          meta: o.meta,
        }),
      ),
    );
  }

  /** Gives back everything the operation took, once per line whoever asks (refusal, release, recovery). */
  async compensate(
    opId: string,
    meta: Omit<EntryMeta, 'reason'>,
    known?: readonly OpLine[],
  ): Promise<Appended[]> {
    const products = known?.map((l) => l.product) ?? (await this.productsOf(opId));
    const taken = await this.taken(
      opId,
      products.map((p) => p._id),
    );
    if (taken.length === 0) return [];
    const byId = new Map(products.map((p) => [p._id, p]));
    const undone = await allLines(
      taken.map(async (e) => {
        const product = byId.get(e.productId);
        if (!product) return null;
        return this.ledger.append({
          product,
          branchId: e.branchId,
          key: entryKey(opId, 'undo', e.productId),
          opId,
          phase: 'undo',
          change: () => -e.change,
          meta: { ...meta, reason: 'RELEASE', orderId: meta.orderId ?? e.orderId ?? null },
        });
      }),
    );
    return undone.filter((u): u is Appended => u !== null);
  }

  /** What the operation took, in product order: each entry read by its key. */
  async taken(opId: string, productIds: readonly string[]): Promise<StockEntryDoc[]> {
    const sorted = [...new Set(productIds)].sort();
    const branchId = (await this.op(opId))?.branchId;
    const entries = await Promise.all(
      sorted.map((p) =>
        this.ledger.entry(entryKey(opId, 'take', p), branchId ? { productId: p, branchId } : undefined),
      ),
    );
    return entries.filter((e): e is StockEntryDoc => e !== null);
  }

  /** The products an operation names (none when it was never begun), each read by key. */
  async productsOf(opId: string): Promise<ProductDoc[]> {
    const op = await this.op(opId);
    if (!op) return [];
    return productsByIds(
      this.models,
      this.merchantId,
      op.lines.map((l) => l.productId),
    );
  }

  /**
   * Operations begun more than `olderThanMs` ago and not completed, across merchants (recovery
   * job): read from the pending queue, so the cost follows the pending work, not the history.
   */
  static async stale(models: ProductsModels, olderThanMs: number): Promise<StockOpDoc[]> {
    const queue = pendingStockOps(models);
    const due = await queue.due(100, new Date(Date.now() - olderThanMs));
    const ops = await Promise.all(due.map((item) => getByKey<StockOpDoc>(models.stockOps, item._id)));
    // Done, or never begun (a crash between queueing and recording): nothing to finish.
    const settled = due.filter((_, i) => !ops[i] || ops[i]?.completedAt);
    await Promise.all(settled.map((item) => queue.remove(item._id)));
    return ops.filter((op): op is StockOpDoc => !!op && !op.completedAt);
  }
}

/** Merges lines of the same product (a line in pcs and one in boxes) so each stream is checked once. */
export function mergeLines<T extends { productId: string; quantity: number }>(lines: readonly T[]) {
  const merged = new Map<string, number>();
  for (const l of lines) merged.set(l.productId, (merged.get(l.productId) ?? 0) + l.quantity);
  // A stable order (by id) keeps concurrent operations touching streams in the same sequence.
  return [...merged.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([productId, quantity]) => ({ productId, quantity }));
}
