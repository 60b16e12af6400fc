import { claimKey, getByKey, getOwned } from '@pos/kit';
import { type IdentifierDoc, type MerchantDoc, slugKey, type UserDoc, type UsersModels } from '../models';

const SLUG_CLAIMS_DONE = 'migration:slug-claims';

/**
 * Sign-in looks an account up before it knows the tenant: through the claim document of the
 * login name (`email:…`, `username:<merchant>:…`), then the user by `_id`. Two exact gets.
 */
export async function userByLoginName(models: UsersModels, key: string): Promise<UserDoc | null> {
  const claim = await getByKey<IdentifierDoc>(models.identifiers, key);
  if (!claim?.userId) return null;
  return getOwned<UserDoc>(models.users, claim.userId, claim.merchantId);
}

/** A merchant by its public slug, through the slug's claim document. */
export async function merchantBySlug(models: UsersModels, slug: string): Promise<MerchantDoc | null> {
  const claim = await getByKey<IdentifierDoc>(models.identifiers, slugKey(slug));
  if (!claim) return null;
  return getOwned<MerchantDoc>(models.merchants, claim.merchantId, claim.merchantId, { tenantField: '_id' });
}

/** Claims a slug for a merchant; false when another merchant has it. */
export const claimSlug = (models: UsersModels, slug: string, merchantId: string) =>
  claimKey(models.identifiers, { _id: slugKey(slug), merchantId });

/**
 * Merchants registered before slugs were claimed get their claim, once (at boot, marked done):
 * one read of the merchants, never on a request.
 */
export async function backfillSlugClaims(models: UsersModels): Promise<number> {
  if (await getByKey(models.identifiers, SLUG_CLAIMS_DONE)) return 0;
  const merchants = await models.merchants
    .find({})
    .select({ slug: 1 })
    .setOptions({ crossTenant: true })
    .lean<{ _id: string; slug: string }[]>();
  let claimed = 0;
  for (const m of merchants) if (await claimSlug(models, m.slug, m._id)) claimed++;
  await claimKey(models.identifiers, { _id: SLUG_CLAIMS_DONE, merchantId: '-' });
  return claimed;
}
