import {
  badInput,
  canUseBranch,
  checkId,
  checkOptionalId,
  forbidden,
  getOwned,
  notFound,
  TEXT_MAX,
  updateByKey,
  type Viewer,
} from '@pos/kit';
import type { PriceRuleDoc, ProductsModels } from '../models';
import type { DirectoryCall, MerchantDirectory } from './merchant-directory';
import { insertPriceRule, priceRulesOf } from './price-rule-store';
import { findUnit, productById } from './product-reads';
import { forgetPriceRules } from './sale-reads';
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
    private readonly directory: MerchantDirectory,
    private readonly call: DirectoryCall,
  ) {}

  private get merchantId() {
    return this.viewer.merchantId;
  }

  async create(input: CreatePriceRuleInput): Promise<PriceRuleDoc> {
    const product = await productById(this.models, this.merchantId, checkId(input.productId, 'productId'));
    if (!product) throw notFound('Product');
    const branchId = checkOptionalId(input.branchId, 'branchId');
    if (branchId) await this.requireBranch(branchId);
    const unit = findUnit(product, input.unit);
    if (!unit) throw badInput(`${product.name} has no unit ${input.unit}`, 'unit');
    if (input.startsAt && input.endsAt && input.endsAt <= input.startsAt)
      throw badInput('endsAt must be after startsAt', 'endsAt');
    const tier = v.optionalText(input.customerTier, 'customerTier', TEXT_MAX.label)?.toUpperCase();
    const doc = {
      merchantId: this.merchantId,
      productId: product._id,
      unitName: unit.name,
      price: v.money(input.price, 'price'),
      name: v.optionalText(input.name, 'name', TEXT_MAX.name),
      startsAt: input.startsAt ?? undefined,
      endsAt: input.endsAt ?? undefined,
      branchId,
      customerTier: tier,
      active: true,
      createdBy: this.viewer.userId,
    };
    return this.require(await insertPriceRule(this.models, doc));
  }

  async deactivate(id: string): Promise<PriceRuleDoc> {
    const rule = await this.require(checkId(id, 'id'));
    await updateByKey(this.models.priceRules, id, { $set: { active: false } });
    forgetPriceRules(this.models, this.merchantId, rule.productId);
    return this.require(id);
  }

  async forProduct(productId: string, includeExpired: boolean): Promise<PriceRuleDoc[]> {
    const rows = (await priceRulesOf(this.models, this.merchantId, [productId])).get(productId) ?? [];
    const now = new Date();
    return rows
      .filter((r) => includeExpired || (r.active && (!r.endsAt || r.endsAt > now)))
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  }

  /** A branch of the caller's merchant (users owns the list) that the caller may work at. */
  private async requireBranch(branchId: string) {
    if (!canUseBranch(this.viewer, branchId)) throw forbidden('You may not work at this branch');
    const settings = await this.directory.settings(this.call);
    if (!settings.branchIds.has(branchId)) throw notFound('Branch');
  }

  private async require(id: string): Promise<PriceRuleDoc> {
    const r = await getOwned<PriceRuleDoc>(this.models.priceRules, id, this.merchantId);
    if (!r) throw notFound('PriceRule');
    return r;
  }
}
