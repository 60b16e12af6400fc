import type { NameKind, NameRow, ReportsModels } from '../models';
import { upsertAll } from '../projections/upsert';

/** How table builders name the ids of other subgraphs' things. */
export interface NameLookup {
  /** The display name, or the id itself when no name is known; null without an id. */
  of(kind: NameKind, id: string | null | undefined): string | null;
}

export interface NamedId {
  kind: NameKind;
  id: string;
  name: string;
}

const keyOf = (kind: NameKind, id: string) => `${kind}|${id}`;

/** Ids stand in for every name (a table built only to check its filter). */
export const NO_NAMES: NameLookup = { of: (_kind, id) => id ?? null };

/**
 * The names a merchant's exports print, stored per merchant when a link is made and read when the
 * file is downloaded. Not derived from events, so a rebuild of the read models keeps it.
 */
export class NameDirectory implements NameLookup {
  private constructor(private readonly names: ReadonlyMap<string, string>) {}

  static async load(models: ReportsModels, merchantId: string): Promise<NameDirectory> {
    const rows = await models.names.find({ merchantId }).lean<NameRow[]>();
    return new NameDirectory(new Map(rows.map((r) => [keyOf(r.kind, r.id), r.name])));
  }

  /** Replaces the stored names it is given; names not given (not found this time) stay as they were. */
  static async store(models: ReportsModels, merchantId: string, names: readonly NamedId[]): Promise<void> {
    const updatedAt = new Date();
    await upsertAll(
      models.names,
      names.map((n) => ({ _id: `${merchantId}|${keyOf(n.kind, n.id)}`, merchantId, ...n, updatedAt })),
    );
  }

  of(kind: NameKind, id: string | null | undefined): string | null {
    return id ? (this.names.get(keyOf(kind, id)) ?? id) : null;
  }
}

/**
 * Answers with the ids while noting which names a table asks for. A link's table is built once
 * with it, so exactly those names are fetched and stored before the link is handed out.
 */
export class NameRequests implements NameLookup {
  private readonly wanted = new Map<NameKind, Set<string>>();

  of(kind: NameKind, id: string | null | undefined): string | null {
    if (!id) return null;
    const ids = this.wanted.get(kind) ?? new Set<string>();
    this.wanted.set(kind, ids.add(id));
    return id;
  }

  ids(kind: NameKind): string[] {
    return [...(this.wanted.get(kind) ?? [])];
  }
}
