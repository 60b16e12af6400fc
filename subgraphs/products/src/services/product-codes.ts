import { deleteByKey, getOwned, isDuplicateKey, updateByKey } from '@pos/kit';
import { type CodeKind, codeKey, type ProductDoc, type ProductsModels } from '../models';

export interface CodeWanted {
  kind: CodeKind;
  code: string;
  unitName?: string;
}

export type ClaimResult = { ok: true } | { ok: false; taken: CodeWanted };

/**
 * SKU and barcode uniqueness per merchant, by inserting claims keyed by the code. A claim whose
 * product no longer uses the code (a crash between the claim and the product write, or a
 * product update that lost a race) is stale: it is removed and the code claimed again.
 */
export class ProductCodes {
  constructor(
    private readonly models: Pick<ProductsModels, 'codeClaims' | 'products'>,
    private readonly merchantId: string,
  ) {}

  /** Claims every code for the product, or none: on a conflict the claims made here are released. */
  async claimAll(productId: string, wanted: readonly CodeWanted[]): Promise<ClaimResult> {
    const made: CodeWanted[] = [];
    for (const w of wanted) {
      if (!(await this.claim(productId, w))) {
        await this.release(productId, made);
        return { ok: false, taken: w };
      }
      made.push(w);
    }
    return { ok: true };
  }

  /** Drops the product's claims on these codes (a claim another product holds stays). */
  async release(productId: string, codes: readonly CodeWanted[]): Promise<void> {
    await Promise.all(
      codes.map(async (c) => {
        const _id = codeKey(this.merchantId, c.kind, c.code);
        const claim = await this.claimOf(_id);
        if (claim?.productId === productId) await deleteByKey(this.models.codeClaims, _id);
      }),
    );
  }

  /** The product (id) and unit that own a code, by primary key. */
  async owner(kind: CodeKind, code: string): Promise<{ productId: string; unitName: string | null } | null> {
    const claim = await this.claimOf(codeKey(this.merchantId, kind, code));
    return claim ? { productId: claim.productId, unitName: claim.unitName ?? null } : null;
  }

  private claimOf(id: string) {
    return getOwned<{ productId: string; unitName?: string | null }>(
      this.models.codeClaims,
      id,
      this.merchantId,
    );
  }

  private async claim(productId: string, w: CodeWanted): Promise<boolean> {
    const _id = codeKey(this.merchantId, w.kind, w.code);
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        await this.models.codeClaims.create({
          _id,
          merchantId: this.merchantId,
          kind: w.kind,
          productId,
          unitName: w.unitName,
        });
        return true;
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
      }
      const existing = await this.claimOf(_id);
      if (!existing) continue;
      if (existing.productId === productId) {
        if ((existing.unitName ?? undefined) !== w.unitName)
          await updateByKey(this.models.codeClaims, _id, { $set: { unitName: w.unitName } });
        return true;
      }
      if (await this.stillUses(existing.productId, w)) return false;
      // Stale: re-checked just before the delete so a claim taken over meanwhile is left alone.
      if ((await this.claimOf(_id))?.productId === existing.productId)
        await deleteByKey(this.models.codeClaims, _id);
    }
    return false;
  }

  private async stillUses(productId: string, w: CodeWanted): Promise<boolean> {
    const p = await getOwned<Pick<ProductDoc, 'sku' | 'barcodes'>>(
      this.models.products,
      productId,
      this.merchantId,
    );
    if (!p) return false;
    return w.kind === 'sku' ? p.sku.toUpperCase() === w.code.toUpperCase() : p.barcodes.includes(w.code);
  }
}
