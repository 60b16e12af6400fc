import { errorResult, forbidden, getOwned, hasScope, notFound, updateByKey, type Viewer } from '@pos/kit';
import type { ProductDoc, ProductStatus, ProductsModels, ProductUnitDoc } from '../models';
import type { CatalogIndex } from './catalog-index';
import { newId } from './ids';
import { type CodeWanted, ProductCodes } from './product-codes';
import {
  buildUnits,
  type CreateProductInput,
  type UpdateProductInput,
  validateProductFields,
} from './product-input';
import { productById } from './product-reads';
import { forgetProduct } from './sale-reads';
import { normalizeText, searchTokens } from './text';

export type ProductResult =
  | ({ __typename: 'Product' } & ProductDoc)
  | { __typename: 'SkuTaken'; code: 'SKU_TAKEN'; message: string; sku: string }
  | { __typename: 'BarcodeTaken'; code: 'BARCODE_TAKEN'; message: string; barcode: string };

const codesOf = (sku: string, units: readonly ProductUnitDoc[]): CodeWanted[] => [
  { kind: 'sku', code: sku },
  ...units.flatMap((u) =>
    u.barcode ? [{ kind: 'barcode' as const, code: u.barcode, unitName: u.name }] : [],
  ),
];

const sameCode = (a: CodeWanted, b: CodeWanted) =>
  a.kind === b.kind && a.code.toUpperCase() === b.code.toUpperCase();

function takenResult(taken: CodeWanted): ProductResult {
  return taken.kind === 'sku'
    ? errorResult('SkuTaken', `Another product already has SKU ${taken.code}`, {
        sku: taken.code,
      })
    : errorResult('BarcodeTaken', `Another product already has barcode ${taken.code}`, {
        barcode: taken.code,
      });
}

/** Creating and changing products of the viewer's merchant. */
export class CatalogService {
  private readonly codes: ProductCodes;

  constructor(
    private readonly models: ProductsModels,
    private readonly viewer: Viewer,
    private readonly index: CatalogIndex,
  ) {
    this.codes = new ProductCodes(models, viewer.merchantId);
  }

  private get merchantId() {
    return this.viewer.merchantId;
  }

  async create(input: CreateProductInput, opts: { touch?: boolean } = {}): Promise<ProductResult> {
    if (input.costPrice != null) this.requireScope('cost:read', 'Setting the cost price needs cost:read');
    const fields = validateProductFields(input);
    const units = buildUnits(input.baseUnit, input.units ?? []);
    if (fields.categoryId) await this.requireCategory(fields.categoryId);
    const _id = newId();
    const codes = codesOf(fields.sku, units);
    const claimed = await this.codes.claimAll(_id, codes);
    if (!claimed.ok) return takenResult(claimed.taken);
    const doc = {
      _id,
      merchantId: this.merchantId,
      ...fields,
      nameKey: normalizeText(fields.name),
      nameTokens: searchTokens(fields.name, fields.sku),
      status: fields.status ?? 'ACTIVE',
      taxable: fields.taxable ?? true,
      allowNegativeStock: fields.allowNegativeStock ?? false,
      units,
      barcodes: units.flatMap((u) => (u.barcode ? [u.barcode] : [])),
    };
    try {
      await this.models.products.create(doc);
    } catch (err) {
      await this.codes.release(_id, codes);
      throw err;
    }
    if (opts.touch !== false) await this.index.touch(this.merchantId);
    return { __typename: 'Product', ...(await this.get(_id)) };
  }

  async update(
    id: string,
    input: UpdateProductInput,
    opts: { touch?: boolean } = {},
  ): Promise<ProductResult> {
    const current = await this.get(id);
    if (input.costPrice != null) this.requireScope('cost:read', 'Changing the cost price needs cost:read');
    const fields = validateProductFields({
      ...input,
      sku: input.sku ?? current.sku,
      name: input.name ?? current.name,
    });
    const units =
      input.baseUnit || input.units
        ? buildUnits(
            input.baseUnit ?? {
              name: current.units[0]?.name,
              price: current.units[0]?.price ?? 0,
              barcode: current.units[0]?.barcode,
            },
            input.units ?? current.units.slice(1),
          )
        : current.units;
    if (pricesChanged(current.units, units))
      this.requireScope('prices:write', 'Changing prices needs prices:write');
    if (fields.categoryId && fields.categoryId !== current.categoryId)
      await this.requireCategory(fields.categoryId);

    const before = codesOf(current.sku, current.units);
    const after = codesOf(fields.sku, units);
    const added = after.filter((c) => !before.some((b) => sameCode(b, c) && b.unitName === c.unitName));
    const claimed = await this.codes.claimAll(id, added);
    if (!claimed.ok) return takenResult(claimed.taken);

    const set: Record<string, unknown> = {
      sku: fields.sku,
      name: fields.name,
      nameKey: normalizeText(fields.name),
      nameTokens: searchTokens(fields.name, fields.sku),
      units,
      barcodes: units.flatMap((u) => (u.barcode ? [u.barcode] : [])),
    };
    const unset: Record<string, 1> = {};
    for (const f of ['description', 'imageUrl', 'costPrice'] as const) {
      if (input[f] === undefined) continue;
      if (fields[f] === undefined) unset[f] = 1;
      else set[f] = fields[f];
    }
    if (input.clearCategory) unset.categoryId = 1;
    else if (fields.categoryId) set.categoryId = fields.categoryId;
    for (const f of ['status', 'taxable', 'allowNegativeStock'] as const) {
      if (fields[f] != null) set[f] = fields[f];
    }
    // Read above as the viewer's merchant's, so written by key.
    await updateByKey(this.models.products, id, {
      $set: set,
      ...(Object.keys(unset).length ? { $unset: unset } : {}),
    });
    forgetProduct(this.models, this.merchantId, id);
    const dropped = before.filter((b) => !after.some((a) => sameCode(a, b)));
    await this.codes.release(id, dropped);
    if (opts.touch !== false) await this.index.touch(this.merchantId);
    return { __typename: 'Product', ...(await this.get(id)) };
  }

  async setStatus(id: string, status: ProductStatus): Promise<ProductDoc> {
    await this.get(id);
    await updateByKey(this.models.products, id, { $set: { status } });
    forgetProduct(this.models, this.merchantId, id);
    await this.index.touch(this.merchantId);
    return this.get(id);
  }

  async get(id: string): Promise<ProductDoc> {
    const p = await productById(this.models, this.merchantId, id);
    if (!p) throw notFound('Product');
    return p;
  }

  private async requireCategory(id: string) {
    if (!(await getOwned(this.models.categories, id, this.merchantId))) throw notFound('Category');
  }

  private requireScope(scope: 'cost:read' | 'prices:write', message: string) {
    if (!hasScope(this.viewer, scope)) throw forbidden(message);
  }
}

function pricesChanged(before: readonly ProductUnitDoc[], after: readonly ProductUnitDoc[]): boolean {
  if (before.length !== after.length) return true;
  return after.some((u) => before.find((b) => b.name === u.name)?.price !== u.price);
}
