import { createHash } from 'node:crypto';
import { isDuplicateKey, op } from '@pos/kit';
import type {
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
  lines?: readonly OpLine[];
}

export const orderOpId = (merchantId: string, orderId: string, step: string) =>
  `${merchantId}|order|${orderId}|${step}`;
export const manualOpId = (merchantId: string, key: string) => `${merchantId}|manual|${key}`;

const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('base64url');

/**
 * The steps every stock operation is made of, each safe to repeat: entries are keyed by
 * `<opId>#<phase>#<productId>`, so a retry or a concurrent duplicate writes nothing twice, and
 * the outcome is decided once by inserting a document keyed by the operation id.
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
    try {
      await this.models.stockOps.create({
        _id: h.id,
        merchantId: this.merchantId,
        kind: h.kind,
        hash,
        branchId: h.branchId,
        toBranchId: h.toBranchId,
        lines: (h.lines ?? []).map((l) => ({ productId: l.product._id, quantity: l.quantity })),
      });
      return { reused: false, fresh: true, outcome: null };
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      const existing = await this.models.stockOps
        .findOne({ _id: h.id, merchantId: this.merchantId })
        .lean<{ hash: string; kind: string }>();
      if (existing && (existing.hash !== hash || existing.kind !== h.kind))
        return { reused: true, fresh: false, outcome: null };
    }
    return { reused: false, fresh: false, outcome: await this.outcome(h.id) };
  }

  outcome(opId: string): Promise<StockOpOutcomeDoc | null> {
    return this.models.stockOpOutcomes
      .findOne({ _id: opId, merchantId: this.merchantId })
      .lean<StockOpOutcomeDoc | null>();
  }

  /** Decides the outcome unless it is decided already; returns the one that stands and whether it is ours. */
  async finalize(
    opId: string,
    outcome: Outcome,
    short: ShortLine[] = [],
  ): Promise<StockOpOutcomeDoc & { won: boolean }> {
    try {
      await this.models.stockOpOutcomes.create({ _id: opId, merchantId: this.merchantId, outcome, short });
      return { _id: opId, merchantId: this.merchantId, outcome, short, won: true };
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      const existing = await this.outcome(opId);
      if (!existing) throw new Error(`outcome of ${opId} vanished`);
      return { ...existing, won: false };
    }
  }

  async markReleased(opId: string): Promise<void> {
    await this.models.stockOpOutcomes.updateOne(
      { _id: opId, merchantId: this.merchantId },
      { $set: { releasedAt: new Date() } },
    );
  }

  async markCompleted(opId: string): Promise<void> {
    await this.models.stockOps.updateOne(
      { _id: opId, merchantId: this.merchantId },
      { $set: { completedAt: new Date() } },
    );
  }

  /**
   * Takes each line out of stock, refusing a line that would go below zero unless allowed.
   * After the first refusal nothing more is taken; the other lines are only checked, so the
   * caller can report every short line.
   */
  async take(
    opId: string,
    lines: readonly OpLine[],
    o: { branchId: string; allowNegative: boolean; meta: EntryMeta },
  ): Promise<{ applied: Appended[]; short: ShortLine[] }> {
    const applied: Appended[] = [];
    const short: ShortLine[] = [];
    for (const line of lines) {
      if (short.length > 0) {
        const available = (await this.ledger.head(line.product._id, o.branchId))?.balance ?? 0;
        if (available < line.quantity)
          short.push({ productId: line.product._id, requested: line.quantity, available });
        continue;
      }
      const mayGoNegative = o.allowNegative || line.product.allowNegativeStock;
      try {
        applied.push(
          await this.ledger.append({
            product: line.product,
            branchId: o.branchId,
            key: `${opId}#take#${line.product._id}`,
            opId,
            phase: 'take',
            change: (before) => {
              if (!mayGoNegative && before < line.quantity) throw new Shortage(before);
              return -line.quantity;
            },
            meta: o.meta,
          }),
        );
      } catch (err) {
        if (!(err instanceof Shortage)) throw err;
        short.push({ productId: line.product._id, requested: line.quantity, available: err.available });
      }
    }
    return { applied, short };
  }

  /** A read-only check before taking several lines, so a plainly short order writes nothing at all. */
  async shortLines(lines: readonly OpLine[], branchId: string): Promise<ShortLine[]> {
    const heads = await this.ledger.heads({ productIds: lines.map((l) => l.product._id), branchId });
    return lines.flatMap((l) => {
      if (l.product.allowNegativeStock) return [];
      const available = heads.get(`${l.product._id}|${branchId}`)?.balance ?? 0;
      return available < l.quantity ? [{ productId: l.product._id, requested: l.quantity, available }] : [];
    });
  }

  /** Adds each line to stock; never refused. */
  async give(
    opId: string,
    lines: readonly OpLine[],
    o: { branchId: string; meta: EntryMeta },
  ): Promise<Appended[]> {
    const out: Appended[] = [];
    for (const line of lines) {
      out.push(
        await this.ledger.append({
          product: line.product,
          branchId: o.branchId,
          key: `${opId}#give#${line.product._id}`,
          opId,
          phase: 'give',
          change: () => line.quantity,
          meta: o.meta,
        }),
      );
    }
    return out;
  }

  /** Gives back everything the operation took, once per line whoever asks (refusal, release, recovery). */
  async compensate(opId: string, meta: Omit<EntryMeta, 'reason'>): Promise<Appended[]> {
    const taken = await this.entries(opId, 'take');
    if (taken.length === 0) return [];
    const products = new Map(
      (
        await productsByIds(
          this.models,
          this.merchantId,
          taken.map((e) => e.productId),
        )
      ).map((p) => [p._id, p]),
    );
    const out: Appended[] = [];
    for (const e of taken) {
      const product = products.get(e.productId);
      if (!product) continue;
      out.push(
        await this.ledger.append({
          product,
          branchId: e.branchId,
          key: `${opId}#undo#${e.productId}`,
          opId,
          phase: 'undo',
          change: () => -e.change,
          meta: { ...meta, reason: 'RELEASE', orderId: meta.orderId ?? e.orderId ?? null },
        }),
      );
    }
    return out;
  }

  entries(opId: string, phase?: StockEntryDoc['opPhase']): Promise<StockEntryDoc[]> {
    return this.models.stockEntries
      .find({ merchantId: this.merchantId, opId, ...(phase ? { opPhase: phase } : {}) })
      .sort({ _id: 1 })
      .lean<StockEntryDoc[]>();
  }

  /** Operations of a kind left unfinished for longer than `olderThanMs`, across merchants (recovery job). */
  static async stale(models: ProductsModels, kind: StockOpKind, olderThanMs: number): Promise<StockOpDoc[]> {
    return models.stockOps
      .find({ kind, completedAt: null, createdAt: op({ $lt: new Date(Date.now() - olderThanMs) }) })
      .setOptions({ crossTenant: true })
      .limit(100)
      .lean<StockOpDoc[]>();
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
