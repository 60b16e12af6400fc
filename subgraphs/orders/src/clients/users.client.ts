import { SubgraphClient, TtlCache, unauthenticated } from '@pos/kit';
import type { BranchInfo, CallContext, MerchantSettings, UsersPort } from '../services/ports';

export interface ClientSecrets {
  gatewaySecret: string;
  internalSecret: string;
}

const SETTINGS_TTL_MS = 10_000;

/**
 * Merchant settings and branches from the users subgraph, asked with the cashier's token (users
 * scopes every read to it). Cached briefly per merchant: a busy till must not pay a round trip
 * per sale, and a settings change shows within seconds. A failure is not cached.
 */
export class UsersClient implements UsersPort {
  private readonly settings = new TtlCache<MerchantSettings>(SETTINGS_TTL_MS);
  private readonly branches = new TtlCache<BranchInfo | null>(SETTINGS_TTL_MS);

  constructor(
    private readonly url: () => string | undefined,
    private readonly secrets: ClientSecrets,
  ) {}

  private client(): SubgraphClient {
    const url = this.url();
    if (!url) throw new Error('users subgraph URL is not configured');
    return new SubgraphClient('users', url, this.secrets);
  }

  merchantSettings(call: CallContext): Promise<MerchantSettings> {
    return this.settings.get(call.merchantId, async () => {
      const data = await this.client().request<{ merchant: MerchantSettings | null }>(
        '{ merchant { currency timeZone cashRoundingUnit } }',
        {},
        this.options(call),
      );
      if (!data.merchant) throw unauthenticated();
      return data.merchant;
    });
  }

  branch(call: CallContext, branchId: string): Promise<BranchInfo | null> {
    return this.branches.get(`${call.merchantId}:${branchId}`, async () => {
      const data = await this.client().request<{ branch: BranchInfo | null }>(
        'query($id: ID!) { branch(id: $id) { id code active } }',
        { id: branchId },
        this.options(call),
      );
      return data.branch;
    });
  }

  private options(call: CallContext) {
    return { token: call.token, ...(call.requestId ? { requestId: call.requestId } : {}) };
  }
}
