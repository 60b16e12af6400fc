import { badInput, canUseBranch, errorResult, forbidden, hasScope, notFound, type Viewer } from '@pos/kit';
import type { PriceRuleDoc, ProductDoc, ProductsModels } from '../models';
import type { DirectoryCall, MerchantDirectory } from './merchant-directory';
import { priceRulesOf } from './price-rule-store';
import { bestRule, type Discount, type PricedAmounts, priceOrder } from './pricing';
import { ProductCodes } from './product-codes';
import { findUnit } from './product-reads';
import { salePriceRules, saleProducts } from './sale-reads';
import * as v from './validation';

export interface DiscountInput {
  percentBasisPoints?: number | null;
  amount?: number | null;
}

export interface QuoteLineInput {
  productId?: string | null;
  barcode?: string | null;
  unit?: string | null;
  quantity: number;
  discount?: DiscountInput | null;
  priceOverride?: number | null;
}

export interface QuoteInput {
  branchId: string;
  customerId?: string | null;
  customerTier?: string | null;
  at?: Date | null;
  lines: QuoteLineInput[];
  orderDiscount?: DiscountInput | null;
}

export interface QuoteLineView extends PricedAmounts {
  product: ProductDoc;
  productId: string;
  sku: string;
  name: string;
  categoryId: string | null;
  unitName: string;
  conversion: number;
  quantity: number;
  baseQuantity: number;
  listUnitPrice: number;
  unitPrice: number;
  priceRuleId: string | null;
  priceOverridden: boolean;
  taxable: boolean;
  cost: number;
}

export interface QuoteView extends PricedAmounts {
  currency: string;
  at: Date;
  taxEnabled: boolean;
  taxRateBasisPoints: number;
  pricesIncludeTax: boolean;
  lines: QuoteLineView[];
  cost: number;
}

export type QuoteResult =
  | ({ __typename: 'Quote' } & QuoteView)
  | { __typename: 'ProductNotForSale'; code: 'PRODUCT_NOT_FOR_SALE'; message: string; productIds: string[] };

const MAX_LINES = 500;

function toDiscount(d: DiscountInput | null | undefined, field: string): Discount | null {
  if (!d) return null;
  const hasPercent = d.percentBasisPoints != null;
  const hasAmount = d.amount != null;
  if (hasPercent === hasAmount) throw badInput('Give either percentBasisPoints or amount', field);
  return hasPercent ? { percentBasisPoints: d.percentBasisPoints as number } : { amount: d.amount as number };
}

/** Prices sale lines exactly as checkout will; orders calls it too, so the rules live only here. */
export class QuoteService {
  constructor(
    private readonly models: ProductsModels,
    private readonly viewer: Viewer,
    private readonly directory: MerchantDirectory,
    private readonly call: DirectoryCall,
  ) {}

  async quote(input: QuoteInput): Promise<QuoteResult> {
    if (input.lines.length === 0 || input.lines.length > MAX_LINES)
      throw badInput(`A quote has 1 to ${MAX_LINES} lines`, 'lines');
    if (!canUseBranch(this.viewer, input.branchId)) throw forbidden('You may not sell at this branch');
    const discounts = input.lines.map((l, i) => toDiscount(l.discount, `lines.${i}.discount`));
    const orderDiscount = toDiscount(input.orderDiscount, 'orderDiscount');
    if ((orderDiscount || discounts.some(Boolean)) && !hasScope(this.viewer, 'sales:discount'))
      throw forbidden('Discounts need sales:discount');
    if (input.lines.some((l) => l.priceOverride != null) && !hasScope(this.viewer, 'sales:price-override'))
      throw forbidden('Overriding a price needs sales:price-override');

    const settings = await this.directory.settings(this.call);
    if (!settings.branchIds.has(input.branchId)) throw notFound('Branch');
    const resolved = await this.resolveLines(input.lines);
    const notForSale = [
      ...new Set(resolved.filter((r) => r.product.status !== 'ACTIVE').map((r) => r.product._id)),
    ];
    if (notForSale.length > 0) {
      return errorResult('ProductNotForSale', 'Some products are not for sale', {
        productIds: notForSale,
      });
    }

    const at = input.at ?? new Date();
    const { merchantId } = this.viewer;
    const byProduct = await salePriceRules(
      this.models,
      merchantId,
      resolved.map((r) => r.product._id),
      (ids) => priceRulesOf(this.models, merchantId, ids),
    );
    const rules = [...byProduct.values()].flat().filter((r) => r.active);
    const tier = await this.tier(input, rules);
    const chosen = resolved.map((r, i) => {
      const override = input.lines[i]?.priceOverride;
      if (override != null)
        return { unitPrice: v.money(override, `lines.${i}.priceOverride`), rule: null, overridden: true };
      const rule = bestRule(byProduct.get(r.product._id) ?? [], {
        unitName: r.unit.name,
        at,
        branchId: input.branchId,
        customerTier: tier,
      });
      return { unitPrice: rule ? rule.price : r.unit.price, rule, overridden: false };
    });
    const priced = priceOrder(
      resolved.map((r, i) => ({
        unitPrice: chosen[i]?.unitPrice ?? 0,
        quantity: r.quantity,
        taxable: r.product.taxable,
        discount: discounts[i] ?? null,
      })),
      orderDiscount,
      settings.tax,
    );
    const lines = resolved.map((r, i): QuoteLineView => {
      const c = chosen[i];
      const baseQuantity = r.quantity * r.unit.factor;
      return {
        ...(priced.lines[i] as PricedAmounts),
        product: r.product,
        productId: r.product._id,
        sku: r.product.sku,
        name: r.product.name,
        categoryId: r.product.categoryId ?? null,
        unitName: r.unit.name,
        conversion: r.unit.factor,
        quantity: r.quantity,
        baseQuantity,
        listUnitPrice: r.unit.price,
        unitPrice: c?.unitPrice ?? 0,
        priceRuleId: c?.rule?._id ?? null,
        priceOverridden: c?.overridden ?? false,
        taxable: r.product.taxable,
        cost: baseQuantity * (r.product.costPrice ?? 0),
      };
    });
    return {
      __typename: 'Quote',
      currency: settings.currency,
      at,
      taxEnabled: settings.tax.enabled,
      taxRateBasisPoints: settings.tax.rateBasisPoints,
      pricesIncludeTax: settings.tax.pricesIncludeTax,
      lines,
      ...priced.totals,
      cost: lines.reduce((s, l) => s + l.cost, 0),
    };
  }

  private async resolveLines(lines: readonly QuoteLineInput[]) {
    const codes = new ProductCodes(this.models, this.viewer.merchantId);
    const refs = await Promise.all(
      lines.map(async (l, i) => {
        const quantity = v.quantity(l.quantity, `lines.${i}.quantity`);
        if (l.productId) return { productId: l.productId, unitName: l.unit ?? null, quantity };
        const code = l.barcode?.trim().toUpperCase();
        if (!code) throw badInput('Give a productId or a barcode', `lines.${i}`);
        const owner = await codes.owner('barcode', code);
        if (!owner) throw badInput(`Unknown barcode ${code}`, `lines.${i}.barcode`);
        return { productId: owner.productId, unitName: l.unit ?? owner.unitName, quantity };
      }),
    );
    const products = await saleProducts(
      this.models,
      this.viewer.merchantId,
      refs.map((r) => r.productId),
    );
    const byId = new Map(products.map((p) => [p._id, p]));
    return refs.map((r, i) => {
      const product = byId.get(r.productId);
      if (!product) throw notFound('Product');
      const unit = findUnit(product, r.unitName);
      if (!unit) throw badInput(`${product.name} has no unit ${r.unitName}`, `lines.${i}.unit`);
      return { product, unit, quantity: r.quantity };
    });
  }

  private async tier(input: QuoteInput, rules: readonly PriceRuleDoc[]): Promise<string | null> {
    if (input.customerTier) return input.customerTier;
    // Only ask the customers subgraph when a tier price could change the result.
    if (!input.customerId || !rules.some((r) => r.customerTier)) return null;
    return this.directory.customerTier(this.call, input.customerId);
  }
}
