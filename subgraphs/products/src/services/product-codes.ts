import { isDuplicateKey } from '@pos/kit';
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

  async release(productId: string, codes: readonly CodeWanted[]): Promise<void> {
    for (const c of codes) {
      await this.models.codeClaims.deleteOne({
        _id: codeKey(this.merchantId, c.kind, c.code),
        merchantId: this.merchantId,
        productId,
      });
    }
  }

  /** The product (id) and unit that own a code, by primary key. */
  async owner(kind: CodeKind, code: string): Promise<{ productId: string; unitName: string | null } | null> {
    const claim = await this.models.codeClaims
      .findOne({ _id: codeKey(this.merchantId, kind, code) })
      .setOptions({ crossTenant: true })
      .lean<{ merchantId: string; productId: string; unitName?: string | null } | null>();
    // The key embeds the merchant; the read stays a pure primary-key look-up, and the check is here.
    if (!claim || claim.merchantId !== this.merchantId) return null;
    return { productId: claim.productId, unitName: claim.unitName ?? null };
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
      const existing = await this.models.codeClaims
        .findOne({ _id, merchantId: this.merchantId })
        .lean<{ productId: string; unitName?: string | null } | null>();
      if (!existing) continue;
      if (existing.productId === productId) {
        if ((existing.unitName ?? undefined) !== w.unitName) {
          await this.models.codeClaims.updateOne(
            { _id, merchantId: this.merchantId },
            { $set: { unitName: w.unitName } },
          );
        }
        return true;
      }
      if (await this.stillUses(existing.productId, w)) return false;
      await this.models.codeClaims.deleteOne({
        _id,
        merchantId: this.merchantId,
        productId: existing.productId,
      });
    }
    return false;
  }

  private async stillUses(productId: string, w: CodeWanted): Promise<boolean> {
    const p = await this.models.products
      .findOne({ _id: productId })
      .setOptions({ crossTenant: true })
      .lean<Pick<ProductDoc, 'merchantId' | 'sku' | 'barcodes'> | null>();
    if (!p || p.merchantId !== this.merchantId) return false;
    return w.kind === 'sku' ? p.sku.toUpperCase() === w.code.toUpperCase() : p.barcodes.includes(w.code);
  }
}
