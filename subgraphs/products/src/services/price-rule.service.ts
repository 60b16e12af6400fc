import { badInput, notFound, type Viewer } from '@pos/kit';
import type { PriceRuleDoc, ProductsModels } from '../models';
import { newId } from './ids';
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
      _id: newId(),
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
    await this.models.priceRules.create(doc);
    return this.require(doc._id);
  }

  async deactivate(id: string): Promise<PriceRuleDoc> {
    await this.require(id);
    await this.models.priceRules.updateOne(
      { merchantId: this.merchantId, _id: id },
      { $set: { active: false } },
    );
    return this.require(id);
  }

  async forProduct(productId: string, includeExpired: boolean): Promise<PriceRuleDoc[]> {
    const rows = await this.models.priceRules
      .find({ merchantId: this.merchantId, productId, ...(includeExpired ? {} : { active: true }) })
      .lean<PriceRuleDoc[]>();
    const now = new Date();
    return rows
      .filter((r) => includeExpired || !r.endsAt || r.endsAt > now)
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  }

  private async require(id: string): Promise<PriceRuleDoc> {
    const r = await this.models.priceRules
      .findOne({ merchantId: this.merchantId, _id: id })
      .lean<PriceRuleDoc>();
    if (!r) throw notFound('Price rule');
    return r;
  }
}
