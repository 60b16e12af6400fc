import {
  canUseBranch,
  errorResult,
  getOwned,
  isDuplicateKey,
  notFound,
  optionalPhone,
  updateByKey,
  type Viewer,
} from '@pos/kit';
import type { BranchDoc, MerchantDoc, UsersModels } from '../models';
import { newId } from './ids';
import { listBranch, merchantBranches, unlistBranch } from './merchant-branches';
import * as v from './validation';

export interface UpdateMerchantInput {
  name?: string | null;
  timeZone?: string | null;
  tax?: { enabled: boolean; rateBasisPoints?: number | null; pricesIncludeTax?: boolean | null } | null;
  cashRoundingUnit?: number | null;
  address?: string | null;
  taxNumber?: string | null;
  receiptFooter?: string | null;
  logoUrl?: string | null;
}

function httpsUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw v.badUrl();
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw v.badUrl();
  return url.toString();
}

/** The caller's merchant and its branches. Every read is scoped to the caller's merchant. */
export class MerchantService {
  constructor(
    private readonly models: UsersModels,
    private readonly viewer: Viewer,
  ) {}

  private get merchantId() {
    return this.viewer.merchantId;
  }

  async current(): Promise<MerchantDoc> {
    const m = await getOwned<MerchantDoc>(this.models.merchants, this.merchantId, this.merchantId, {
      tenantField: '_id',
    });
    if (!m) throw notFound('Merchant');
    return m;
  }

  async update(input: UpdateMerchantInput): Promise<MerchantDoc> {
    const set: Record<string, unknown> = {};
    if (input.name != null) set.name = v.text(input.name, 'name');
    if (input.timeZone != null) set.timeZone = v.timeZone(input.timeZone);
    if (input.cashRoundingUnit != null)
      set.cashRoundingUnit = v.nonNegativeInt(input.cashRoundingUnit, 'cashRoundingUnit', 100_000);
    if (input.tax) {
      set.tax = {
        enabled: input.tax.enabled,
        rateBasisPoints: v.nonNegativeInt(input.tax.rateBasisPoints ?? 1100, 'tax.rateBasisPoints', 10_000),
        pricesIncludeTax: input.tax.pricesIncludeTax ?? true,
      };
    }
    for (const f of ['address', 'taxNumber', 'receiptFooter'] as const) {
      if (input[f] !== undefined) set[f] = v.optionalText(input[f], f);
    }
    if (input.logoUrl !== undefined) set.logoUrl = httpsUrl(v.optionalText(input.logoUrl, 'logoUrl', 2000));
    await updateByKey(this.models.merchants, this.merchantId, { $set: set });
    return this.current();
  }

  /** Branches the caller may work in. */
  async branches(includeInactive: boolean): Promise<BranchDoc[]> {
    const all = await merchantBranches(this.models, this.merchantId, includeInactive);
    return all.filter((b) => canUseBranch(this.viewer, b._id));
  }

  async branch(id: string): Promise<BranchDoc | null> {
    if (!canUseBranch(this.viewer, id)) return null;
    return getOwned<BranchDoc>(this.models.branches, id, this.merchantId);
  }

  async createBranch(input: { name: string; code: string; address?: string | null; phone?: string | null }) {
    const doc = {
      _id: newId(),
      merchantId: this.merchantId,
      name: v.text(input.name, 'name'),
      code: v.branchCode(input.code),
      address: v.optionalText(input.address, 'address'),
      phone: optionalPhone(input.phone),
      active: true,
    };
    await listBranch(this.models, this.merchantId, doc._id);
    try {
      const created = await this.models.branches.create(doc);
      return { __typename: 'Branch' as const, ...(created.toObject() as BranchDoc) };
    } catch (err) {
      await unlistBranch(this.models, this.merchantId, doc._id).catch(() => undefined);
      if (isDuplicateKey(err))
        return errorResult('BranchCodeTaken', `Branch code ${doc.code} is already used`);
      throw err;
    }
  }

  async updateBranch(
    id: string,
    input: { name?: string | null; address?: string | null; phone?: string | null },
  ) {
    await this.requireBranch(id);
    const set: Record<string, unknown> = {};
    if (input.name != null) set.name = v.text(input.name, 'name');
    if (input.address !== undefined) set.address = v.optionalText(input.address, 'address');
    if (input.phone !== undefined) set.phone = optionalPhone(input.phone);
    await updateByKey(this.models.branches, id, { $set: set });
    return this.requireBranch(id);
  }

  async deactivateBranch(id: string) {
    await this.requireBranch(id);
    await updateByKey(this.models.branches, id, { $set: { active: false } });
    return this.requireBranch(id);
  }

  private async requireBranch(id: string): Promise<BranchDoc> {
    const b = await this.branch(id);
    if (!b) throw notFound('Branch');
    return b;
  }
}
