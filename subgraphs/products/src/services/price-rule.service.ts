import { badInput, getOwned, notFound, updateByKey, type Viewer } from '@pos/kit';
import type { PriceRuleDoc, ProductsModels } from '../models';
import { insertPriceRule, priceRulesOf } from './price-rule-store';
import { findUnit, productById } from './product-reads';
import * as v from './validation';

export interface CreatePriceRuleInput {
  productId: string;
  unit?: string | null;
  price: number;
  name?: string | null;
  startsAt?: Date | null;
  endsAt?: Date | null;
  branchId?: string | null;
  customerTier?: string | null;
}

/** Special prices (by time window, branch, customer tier). Rules are never edited, only ended. */
export class PriceRuleService {
  constructor(
    private readonly models: ProductsModels,
    private readonly viewer: Viewer,
  ) {}

  private get merchantId() {
    return this.viewer.merchantId;
  }

  async create(input: CreatePriceRuleInput): Promise<PriceRuleDoc> {
    const product = await productById(this.models, this.merchantId, input.productId);
    if (!product) throw notFound('Product');
    const unit = findUnit(product, input.unit);
    if (!unit) throw badInput(`${product.name} has no unit ${input.unit}`, 'unit');
    if (input.startsAt && input.endsAt && input.endsAt <= input.startsAt)
      throw badInput('endsAt must be after startsAt', 'endsAt');
    const tier = v.optionalText(input.customerTier, 'customerTier', 40)?.toUpperCase();
    const doc = {
      merchantId: this.merchantId,
      productId: product._id,
      unitName: unit.name,
      price: v.money(input.price, 'price'),
      name: v.optionalText(input.name, 'name', 80),
      startsAt: input.startsAt ?? undefined,
      endsAt: input.endsAt ?? undefined,
      branchId: input.branchId ?? undefined,
      customerTier: tier,
      active: true,
      createdBy: this.viewer.userId,
    };
    return this.require(await insertPriceRule(this.models, doc));
  }

  async deactivate(id: string): Promise<PriceRuleDoc> {
    await this.require(id);
    await updateByKey(this.models.priceRules, id, { $set: { active: false } });
    return this.require(id);
  }

  async forProduct(productId: string, includeExpired: boolean): Promise<PriceRuleDoc[]> {
    const rows = (await priceRulesOf(this.models, this.merchantId, [productId])).get(productId) ?? [];
    const now = new Date();
    return rows
      .filter((r) => includeExpired || (r.active && (!r.endsAt || r.endsAt > now)))
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  }

  private async require(id: string): Promise<PriceRuleDoc> {
    const r = await getOwned<PriceRuleDoc>(this.models.priceRules, id, this.merchantId);
    if (!r) throw notFound('Price rule');
    return r;
  }
}
