import { deleteByKey, errorResult, getOwned, isDuplicateKey, type Logger } from '@pos/kit';
import { emailKey, type MerchantDoc, slugKey, type UserDoc, type UsersModels } from '../models';
import type { AuthService } from './auth.service';
import { claimSlug } from './identifiers';
import { newId } from './ids';
import { hashSecret, passwordProblem } from './passwords';
import * as v from './validation';

export interface RegisterMerchantInput {
  merchantName: string;
  currency?: string | null;
  timeZone?: string | null;
  tax?: { enabled: boolean; rateBasisPoints?: number | null; pricesIncludeTax?: boolean | null } | null;
  cashRoundingUnit?: number | null;
  branchName: string;
  branchCode?: string | null;
  ownerName: string;
  ownerEmail: string;
  password: string;
}

function slugify(name: string): string {
  const base = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return base || 'merchant';
}

/**
 * Creates merchant, first branch and owner without transactions: the e-mail is claimed first
 * (the unique guard), and anything written before a failure is removed again.
 */
export class RegistrationService {
  constructor(
    private readonly models: UsersModels,
    private readonly auth: AuthService,
    private readonly logger: Logger,
  ) {}

  async register(input: RegisterMerchantInput) {
    const merchantName = v.text(input.merchantName, 'merchantName');
    const ownerName = v.text(input.ownerName, 'ownerName');
    const branchName = v.text(input.branchName, 'branchName');
    const ownerEmail = v.email(input.ownerEmail, 'ownerEmail');
    const money = v.currency(input.currency ?? 'IDR');
    const timeZone = v.timeZone(input.timeZone ?? 'Asia/Jakarta');
    const cashRoundingUnit = v.nonNegativeInt(input.cashRoundingUnit ?? 0, 'cashRoundingUnit', 100_000);
    const tax = {
      enabled: input.tax?.enabled ?? false,
      rateBasisPoints: v.nonNegativeInt(input.tax?.rateBasisPoints ?? 1100, 'tax.rateBasisPoints', 10_000),
      pricesIncludeTax: input.tax?.pricesIncludeTax ?? true,
    };
    const code = v.branchCode(input.branchCode ?? 'MAIN');
    const weak = passwordProblem(input.password, [ownerEmail, ownerName]);
    if (weak) return errorResult('WeakPassword', weak);

    const merchantId = newId();
    const userId = newId();
    const branchId = newId();
    const { models } = this;
    try {
      await models.identifiers.create({ _id: emailKey(ownerEmail), merchantId, userId });
    } catch (err) {
      if (isDuplicateKey(err)) return errorResult('EmailTaken', 'That e-mail address is already registered');
      throw err;
    }
    try {
      const passwordHash = await hashSecret(input.password);
      await this.createMerchant({
        _id: merchantId,
        name: merchantName,
        ...money,
        timeZone,
        tax,
        cashRoundingUnit,
        branchIds: [branchId],
      });
      await models.branches.create({ _id: branchId, merchantId, name: branchName, code, active: true });
      const user = await models.users.create({
        _id: userId,
        merchantId,
        name: ownerName,
        email: ownerEmail,
        role: 'OWNER',
        active: true,
        branchIds: [],
        passwordHash,
      });
      return await this.auth.issue(user.toObject() as UserDoc, { method: 'REGISTRATION' });
    } catch (err) {
      await this.undo(merchantId, ownerEmail);
      throw err;
    }
  }

  /** The slug is claimed first (sign-in finds the merchant through the claim), then the merchant written. */
  private async createMerchant(doc: Record<string, unknown> & { _id: string; name: string }) {
    const base = slugify(doc.name);
    for (let i = 0; i < 20; i++) {
      const slug = i === 0 ? base : `${base}-${Math.random().toString(36).slice(2, 6)}`;
      if (!(await claimSlug(this.models, slug, doc._id))) continue;
      try {
        return await this.models.merchants.create({ ...doc, slug });
      } catch (err) {
        await deleteByKey(this.models.identifiers, slugKey(slug));
        if (!isDuplicateKey(err)) throw err;
      }
    }
    throw new Error('Could not find a free merchant slug');
  }

  private async undo(merchantId: string, ownerEmail: string) {
    const { models } = this;
    try {
      const merchant = await getOwned<MerchantDoc>(models.merchants, merchantId, merchantId, {
        tenantField: '_id',
      });
      await models.users.deleteMany({ merchantId });
      await models.branches.deleteMany({ merchantId });
      await models.merchants.deleteOne({ _id: merchantId });
      if (merchant) await deleteByKey(models.identifiers, slugKey(merchant.slug));
      await models.identifiers.deleteOne({ merchantId, _id: emailKey(ownerEmail) });
    } catch (err) {
      this.logger.error({ err, merchantId }, 'could not undo a failed registration');
    }
  }
}
