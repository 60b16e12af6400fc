import { SubgraphClient, TtlCache } from '@pos/kit';
import type { TaxSettings } from './pricing';

export interface MerchantSettings {
  merchantId: string;
  currency: string;
  tax: TaxSettings;
  /** Every branch of the merchant, active or not. */
  branchIds: ReadonlySet<string>;
}

export interface DirectoryCall {
  merchantId: string;
  token: string | null;
  requestId?: string;
}

/** What products needs to know that other subgraphs own. Tests of services pass a fixed one. */
export interface MerchantDirectory {
  settings(call: DirectoryCall): Promise<MerchantSettings>;
  /** The customer's tier for tier prices, or null (unknown customer, no tier, customers not deployed). */
  customerTier(call: DirectoryCall, customerId: string): Promise<string | null>;
}

const SETTINGS = /* GraphQL */ `
  query ProductsMerchantSettings {
    merchant { id currency tax { enabled rateBasisPoints pricesIncludeTax } branches(includeInactive: true) { id } }
  }
`;

const TIER = /* GraphQL */ `
  query ProductsCustomerTier($id: ID!) { customer(id: $id) { tier } }
`;

interface SettingsData {
  merchant: { id: string; currency: string; tax: TaxSettings; branches: { id: string }[] } | null;
}

/**
 * Asks the users subgraph (and customers, for tiers) directly, forwarding the caller's token.
 * Settings are cached per merchant for a few seconds: the till quotes on every scan, and a tax
 * change taking ten seconds to apply is acceptable. URLs are read on each call because the
 * launcher fills them in as subgraphs start.
 */
export class SubgraphMerchantDirectory implements MerchantDirectory {
  private readonly cache: TtlCache<MerchantSettings>;

  constructor(
    private readonly urls: Readonly<Record<string, string>>,
    private readonly secrets: { gatewaySecret: string; internalSecret: string },
    ttlMs = 10_000,
  ) {
    this.cache = new TtlCache(ttlMs);
  }

  /** A failure is not cached: the next call asks again. */
  settings(call: DirectoryCall): Promise<MerchantSettings> {
    return this.cache.get(call.merchantId, () => this.fetchSettings(call));
  }

  async customerTier(call: DirectoryCall, customerId: string): Promise<string | null> {
    const url = this.urls.customers;
    if (!url) return null;
    const data = await new SubgraphClient('customers', url, this.secrets).request<{
      customer: { tier: string | null } | null;
    }>(
      TIER,
      { id: customerId },
      { token: call.token, ...(call.requestId ? { requestId: call.requestId } : {}) },
    );
    return data.customer?.tier ?? null;
  }

  private async fetchSettings(call: DirectoryCall): Promise<MerchantSettings> {
    const url = this.urls.users;
    if (!url) throw new Error('The users subgraph URL is not configured');
    const data = await new SubgraphClient('users', url, this.secrets).request<SettingsData>(
      SETTINGS,
      {},
      { token: call.token, ...(call.requestId ? { requestId: call.requestId } : {}) },
    );
    const m = data.merchant;
    if (!m || m.id !== call.merchantId) throw new Error('users returned another merchant');
    return {
      merchantId: m.id,
      currency: m.currency,
      tax: m.tax,
      branchIds: new Set(m.branches.map((b) => b.id)),
    };
  }
}
