import {
  appendKeyedEntry,
  type DomainEvent,
  EventTypes,
  entryByKey,
  getOwned,
  getOwnedMany,
  KeyedLock,
  newEvent,
  op,
  readHead,
  readHeads,
  type StockLowPayload,
  streamIdOf,
  withOutbox,
} from '@pos/kit';
import {
  type OpPhase,
  type ProductDoc,
  type ProductsModels,
  type StockEntryDoc,
  type StockEntryRaw,
  type StockReason,
  thresholdId,
} from '../models';
import { newId } from './ids';
import { saleThresholds } from './sale-reads';

/** Thrown by a change function to refuse an entry; nothing is written. */
export class Shortage extends Error {
  constructor(readonly available: number) {
    super('not enough stock');
    this.name = 'Shortage';
  }
}

/** `products.stock-negative`: stock went below zero (an offline sale, a product that allows it). */
export interface StockNegativePayload {
  productId: string;
  branchId: string;
  sku: string;
  name: string;
  balance: number;
  change: number;
  reason: StockReason;
  orderId: string | null;
  entrySeq: number;
  at: string;
}

export interface EntryMeta {
  reason: StockReason;
  at: Date;
  actorId?: string | null;
  deviceId?: string | null;
  reference?: string | null;
  orderId?: string | null;
  note?: string | null;
  unitCost?: number | null;
}

export type LedgerProduct = Pick<ProductDoc, '_id' | 'sku' | 'name' | 'allowNegativeStock'>;

export interface AppendRequest {
  product: LedgerProduct;
  branchId: string;
  /** One entry per key, ever: a retry gets the first entry back. */
  key: string;
  opId: string;
  phase: OpPhase;
  /** The change for the balance before it; throw `Shortage` to refuse. */
  change: (before: number) => number;
  meta: EntryMeta;
  /** COUNT entries: what was counted (the balance after). */
  counted?: number;
  /** The stream's low-stock threshold when the caller read it already; read on a decrease otherwise. */
  threshold?: number | null;
}

export interface Appended {
  entry: StockEntryDoc;
  replayed: boolean;
}

/**
 * The stock ledger of one merchant. Every entry goes through kit's `appendKeyedEntry`: the
 * (stream, seq) unique index decides races and the (merchant, key) one makes each operation
 * line happen once. Alerts ride in the entry's outbox, so an entry and its alert land together.
 */
export class StockLedger {
  constructor(
    private readonly models: Pick<ProductsModels, 'stockEntries' | 'stockThresholds'>,
    readonly merchantId: string,
    /** Called after a write that carried events, so the relay publishes them without waiting for its poll. */
    private readonly onEvents: () => void = () => {},
    /** Shared by every ledger of the process. */
    private readonly lock: KeyedLock = new KeyedLock(),
  ) {}

  append(req: AppendRequest): Promise<Appended> {
    return this.lock.run(`${this.merchantId}|${req.product._id}|${req.branchId}`, () => this.appendNow(req));
  }

  private async appendNow(req: AppendRequest): Promise<Appended> {
    const { merchantId } = this;
    const productId = req.product._id;
    let threshold = req.threshold;
    const result = await appendKeyedEntry<StockEntryRaw, StockEntryDoc>(this.models.stockEntries, {
      stream: { merchantId, productId, branchId: req.branchId },
      scope: { merchantId },
      key: req.key,
      decide: async (head) => {
        const before = head?.balance ?? 0;
        const change = req.change(before);
        const balance = before + change;
        // Only a decrease can cross below a threshold; increases need not read it.
        if (change < 0 && threshold === undefined) threshold = await this.threshold(productId, req.branchId);
        const entrySeq = (head?.seq ?? 0) + 1;
        const events: DomainEvent[] = [];
        const at = req.meta.at.toISOString();
        const base = {
          productId,
          branchId: req.branchId,
          sku: req.product.sku,
          name: req.product.name,
          balance,
          entrySeq,
          at,
        };
        // Once per crossing: the entry that goes from at-or-above to below; later sales start below.
        if (threshold != null && before >= threshold && balance < threshold) {
          const payload: StockLowPayload = { ...base, threshold };
          events.push(this.event(`${req.key}:stock-low`, EventTypes.StockLow, req.branchId, { ...payload }));
        }
        if (balance < 0 && change < 0) {
          const payload: StockNegativePayload = {
            ...base,
            change,
            reason: req.meta.reason,
            orderId: req.meta.orderId ?? null,
          };
          events.push(
            this.event(`${req.key}:stock-negative`, EventTypes.StockNegative, req.branchId, { ...payload }),
          );
        }
        return withOutbox(
          {
            _id: newId(),
            merchantId,
            productId,
            branchId: req.branchId,
            change,
            balance,
            opId: req.opId,
            opPhase: req.phase,
            reason: req.meta.reason,
            at: req.meta.at,
            ...stripNullish({ ...req.meta, reason: undefined, at: undefined }),
            ...(req.counted === undefined ? {} : { counted: req.counted }),
          },
          events,
        );
      },
    });
    if (!result.replayed && result.entry.outbox?.length) this.onEvents();
    return result;
  }

  /** The latest entry of a stream, or null before the first; two exact-key reads. */
  head(productId: string, branchId: string): Promise<StockEntryDoc | null> {
    return readHead<StockEntryDoc>(this.models.stockEntries, this.streamId(productId, branchId));
  }

  /** Latest entries of some products at one branch, each read by key; keyed `<productId>|<branchId>`. */
  async headsAt(productIds: readonly string[], branchId: string): Promise<Map<string, StockEntryDoc>> {
    const ids = productIds.map((p) => this.streamId(p, branchId));
    const heads = await readHeads<StockEntryDoc>(this.models.stockEntries, ids);
    return new Map([...heads.values()].map((h) => [`${h.productId}|${h.branchId}`, h]));
  }

  /**
   * Latest entries of many streams, keyed `<productId>|<branchId>`. With products and a branch
   * each head is read by key; without a branch (every branch of a product, lists) by a query.
   */
  async heads(filter: {
    productIds?: readonly string[];
    branchId?: string;
  }): Promise<Map<string, StockEntryDoc>> {
    if (filter.productIds && filter.branchId) return this.headsAt(filter.productIds, filter.branchId);
    const query: Record<string, unknown> = { merchantId: this.merchantId };
    if (filter.productIds) query.productId = op({ $in: [...filter.productIds] });
    if (filter.branchId) query.branchId = filter.branchId;
    const rows = await this.models.stockEntries.find({ ...query, latest: true }).lean<StockEntryDoc[]>();
    // A crash may leave an older entry flagged too; the highest seq is the head (as kit's latestEntries).
    const heads = new Map<string, StockEntryDoc>();
    for (const row of rows) {
      const k = `${row.productId}|${row.branchId}`;
      const seen = heads.get(k);
      if (!seen || seen.seq < row.seq) heads.set(k, row);
    }
    return heads;
  }

  /**
   * The entry written under an operation line's key (`<opId>#<phase>#<productId>`), by key; with
   * the stream it is on, also one whose key document a crash left unwritten.
   */
  entry(key: string, stream?: { productId: string; branchId: string }): Promise<StockEntryDoc | null> {
    const near = stream
      ? { stream: { merchantId: this.merchantId, productId: stream.productId, branchId: stream.branchId } }
      : undefined;
    return entryByKey<StockEntryDoc>(this.models.stockEntries, { merchantId: this.merchantId }, key, near);
  }

  async threshold(productId: string, branchId: string): Promise<number | null> {
    const doc = await getOwned<{ threshold: number }>(
      this.models.stockThresholds,
      thresholdId(this.merchantId, productId, branchId),
      this.merchantId,
    );
    return doc?.threshold ?? null;
  }

  /**
   * Thresholds of some products at one branch, each read by key; null where none is set. For a
   * sale's reservation: kept for a few seconds (see sale-reads.ts).
   */
  thresholds(productIds: readonly string[], branchId: string): Promise<Map<string, number | null>> {
    return saleThresholds(this.models, this.merchantId, productIds, branchId, async (ids) => {
      const docs = await getOwnedMany<{ threshold: number }>(
        this.models.stockThresholds,
        ids.map((p) => thresholdId(this.merchantId, p, branchId)),
        this.merchantId,
      );
      return new Map(ids.map((p, i) => [p, docs[i]?.threshold ?? null]));
    });
  }

  private streamId(productId: string, branchId: string) {
    return streamIdOf({ merchantId: this.merchantId, productId, branchId });
  }

  private event(id: string, type: string, branchId: string, payload: Record<string, unknown>) {
    return newEvent({ id, type, merchantId: this.merchantId, branchId, payload });
  }
}

function stripNullish<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as Partial<T>;
}
