import { backOff, claimKey, entryIdOf, getOwnedMany, readHead, streamIdOf, writeHint } from '@pos/kit';
import type { PriceRuleDoc, ProductsModels } from '../models';
import { forgetPriceRules } from './sale-reads';

type Models = Pick<ProductsModels, 'priceRules'>;

/**
 * The price rules of a product are numbered per product, like a ledger stream: rule `n` has
 * `_id` `<merchantId>|<productId>#<n>` and the ledger's head hint names the highest `n`. So the
 * rules a quote needs are read by key (the hint, a probe, then one get per rule), never by a
 * query whose cost grows with every product's rules; and numbering by insert keeps two racing
 * creations from taking one number.
 */
const streamOf = (merchantId: string, productId: string) => streamIdOf({ merchantId, productId });

/** The rule count rides in the hint's `seq`; a rule has no balance, the hint's shape wants one. */
const hintOf = (seq: number) => ({ seq, balance: 0 });

export async function insertPriceRule(
  models: Models,
  rule: Omit<PriceRuleDoc, '_id' | 'seq' | 'createdAt' | 'updatedAt'>,
): Promise<string> {
  const streamId = streamOf(rule.merchantId, rule.productId);
  for (let attempt = 0; ; attempt++) {
    const head = await readHead<{ seq: number; balance: number }>(models.priceRules, streamId);
    const seq = (head?.seq ?? 0) + 1;
    const _id = entryIdOf(streamId, seq);
    if (await claimKey(models.priceRules, { ...rule, _id, seq })) {
      await writeHint(models.priceRules, streamId, hintOf(seq));
      forgetPriceRules(models, rule.merchantId, rule.productId);
      return _id;
    }
    if (attempt >= 50) throw new Error(`price rules of ${rule.productId} are too busy; try again`);
    await backOff(attempt);
  }
}

/** Every rule (active or not) of each product, by key; products without rules map to `[]`. */
export async function priceRulesOf(
  models: Models,
  merchantId: string,
  productIds: readonly string[],
): Promise<Map<string, PriceRuleDoc[]>> {
  const unique = [...new Set(productIds)];
  const lists = await Promise.all(
    unique.map(async (productId) => {
      const streamId = streamOf(merchantId, productId);
      const head = await readHead<{ seq: number; balance: number }>(models.priceRules, streamId);
      const ids = Array.from({ length: head?.seq ?? 0 }, (_, i) => entryIdOf(streamId, i + 1));
      const rules = await getOwnedMany<PriceRuleDoc>(models.priceRules, ids, merchantId);
      return rules.filter((r): r is PriceRuleDoc => r !== null);
    }),
  );
  return new Map(unique.map((id, i) => [id, lists[i] ?? []]));
}
