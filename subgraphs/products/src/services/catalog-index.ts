import { isDuplicateKey } from '@pos/kit';
import type { ProductStatus, ProductsModels } from '../models';
import { newId } from './ids';
import { matchesAllPrefixes } from './text';

export interface IndexedProduct {
  id: string;
  nameKey: string;
  tokens: string[];
  status: ProductStatus;
  categoryId: string | null;
}

interface Snapshot {
  version: string | null;
  entries: IndexedProduct[];
  usedAt: number;
}

export interface CatalogSelection {
  /** Normalised query words; each must start some token. */
  words: readonly string[];
  statuses: ReadonlySet<ProductStatus>;
  /** Null for every category (and none). */
  categoryIds: ReadonlySet<string> | null;
}

const byNameThenId = (a: { nameKey: string; id: string }, b: { nameKey: string; id: string }) =>
  a.nameKey < b.nameKey ? -1 : a.nameKey > b.nameKey ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * Name search and catalog lists, served from an in-memory index per merchant that is checked
 * against the merchant's catalog version on every use (one primary-key read), so every replica
 * sees a write as soon as it is acknowledged.
 *
 * Why not a query per search: FerretDB (the embedded database) answers only a filter that is
 * exactly `{ _id }` from an index, so prefix search over 10,000 products scanned the collection
 * (0.1 s when matches come early, 3 s when they are rare). On MongoDB the `nameTokens` index
 * would serve it, but this index also avoids a round trip per keystroke at the till.
 *
 * Writers update products first and touch the version after; a reader reads the version before
 * scanning, so a snapshot can only be stored under a version older than the data it lacks.
 */
export class CatalogIndex {
  private readonly snapshots = new Map<string, Snapshot>();
  private readonly building = new Map<string, Promise<Snapshot>>();

  constructor(
    private readonly models: Pick<ProductsModels, 'products' | 'catalogVersions'>,
    private readonly maxMerchants = 200,
  ) {}

  /** Marks the merchant's catalog as changed; call after every product write. */
  async touch(merchantId: string): Promise<void> {
    const update = { $set: { version: newId() } };
    try {
      await this.models.catalogVersions.updateOne({ _id: merchantId }, update, { upsert: true });
    } catch (err) {
      // Two first writes raced to create the document; the other one exists now.
      if (!isDuplicateKey(err)) throw err;
      await this.models.catalogVersions.updateOne({ _id: merchantId }, update);
    }
  }

  async entries(merchantId: string): Promise<readonly IndexedProduct[]> {
    const doc = await this.models.catalogVersions
      .findOne({ _id: merchantId })
      .lean<{ version: string } | null>();
    const version = doc?.version ?? null;
    const hit = this.snapshots.get(merchantId);
    if (hit && hit.version === version) {
      hit.usedAt = Date.now();
      return hit.entries;
    }
    const key = `${merchantId}|${version}`;
    let pending = this.building.get(key);
    if (!pending) {
      pending = this.build(merchantId, version).finally(() => this.building.delete(key));
      this.building.set(key, pending);
    }
    return (await pending).entries;
  }

  async select(merchantId: string, sel: CatalogSelection): Promise<IndexedProduct[]> {
    const all = await this.entries(merchantId);
    return all.filter(
      (p) =>
        sel.statuses.has(p.status) &&
        (sel.categoryIds === null || (p.categoryId !== null && sel.categoryIds.has(p.categoryId))) &&
        matchesAllPrefixes(p.tokens, sel.words),
    );
  }

  private async build(merchantId: string, version: string | null): Promise<Snapshot> {
    const rows = await this.models.products
      .find({ merchantId })
      .select({ nameKey: 1, nameTokens: 1, status: 1, categoryId: 1 })
      .lean<
        {
          _id: string;
          nameKey: string;
          nameTokens: string[];
          status: ProductStatus;
          categoryId?: string | null;
        }[]
      >();
    const entries = rows
      .map((r) => ({
        id: r._id,
        nameKey: r.nameKey,
        tokens: r.nameTokens,
        status: r.status,
        categoryId: r.categoryId ?? null,
      }))
      .sort(byNameThenId);
    const snapshot = { version, entries, usedAt: Date.now() };
    this.snapshots.set(merchantId, snapshot);
    this.evict();
    return snapshot;
  }

  private evict() {
    if (this.snapshots.size <= this.maxMerchants) return;
    const oldest = [...this.snapshots.entries()].sort((a, b) => a[1].usedAt - b[1].usedAt)[0];
    if (oldest) this.snapshots.delete(oldest[0]);
  }
}

export interface PageCursor {
  nameKey: string;
  id: string;
}

export const encodeCursor = (c: PageCursor) =>
  Buffer.from(JSON.stringify([c.nameKey, c.id])).toString('base64url');

export function decodeCursor(value: string | null | undefined): PageCursor | null {
  if (!value) return null;
  try {
    const [nameKey, id] = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as [unknown, unknown];
    if (typeof nameKey === 'string' && typeof id === 'string') return { nameKey, id };
  } catch {
    // fall through: a cursor the client made up
  }
  return null;
}

/** The page after `cursor` of a list sorted by name then id. */
export function pageAfter<T extends { nameKey: string; id: string }>(
  sorted: readonly T[],
  cursor: PageCursor | null,
  first: number,
) {
  const start = cursor ? sorted.findIndex((p) => byNameThenId(p, cursor) > 0) : 0;
  const from = start < 0 ? sorted.length : start;
  const page = sorted.slice(from, from + first);
  const last = page.at(-1);
  return {
    page,
    hasNextPage: from + first < sorted.length,
    endCursor: last ? encodeCursor({ nameKey: last.nameKey, id: last.id }) : null,
  };
}
