import { SubgraphClient } from '@pos/kit';
import type { CallContext, CreditOutcome, CustomersPort, RedeemOutcome } from '../services/ports';
import type { ClientSecrets } from './users.client';

const REDEEM = /* GraphQL */ `
  mutation($input: RedeemPointsInput!) {
    redeemPoints(input: $input) {
      __typename
      ... on PointsRedeemed { value }
      ... on InsufficientPoints { points }
    }
  }
`;
const CHARGE = /* GraphQL */ `
  mutation($input: ChargeCustomerCreditInput!) {
    chargeCustomerCredit(input: $input) {
      __typename
      ... on CreditLimitExceeded { available }
    }
  }
`;
const CUSTOMERS = /* GraphQL */ `
  query($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { id } } }
`;
const REVERSE_POINTS = `mutation($input: ReversePointsRedemptionInput!) { reversePointsRedemption(input: $input) }`;
const REVERSE_CREDIT = `mutation($input: ReverseCustomerCreditInput!) { reverseCustomerCredit(input: $input) }`;

/** The customers subgraph's internal saga steps (points and customer credit), by its published contract. */
export class CustomersClient implements CustomersPort {
  constructor(
    private readonly url: () => string | undefined,
    private readonly secrets: ClientSecrets,
  ) {}

  available(): boolean {
    return Boolean(this.url());
  }

  private async call<T>(call: CallContext, query: string, input: object): Promise<T> {
    const url = this.url();
    if (!url) throw new Error('customers subgraph URL is not configured');
    // merchantId too: the recovery job compensates without a user token.
    return new SubgraphClient('customers', url, this.secrets).request<T>(
      query,
      { input: { ...input, merchantId: call.merchantId } },
      { token: call.token },
    );
  }

  /** Through `_entities`: customers resolves references within the token's merchant only. */
  async existing(call: CallContext, customerIds: readonly string[]): Promise<Set<string>> {
    const ids = [...new Set(customerIds)];
    const url = this.url();
    if (ids.length === 0 || !url) return new Set();
    const { _entities } = await new SubgraphClient('customers', url, this.secrets).request<{
      _entities: Array<{ id: string } | null>;
    }>(
      CUSTOMERS,
      { r: ids.map((id) => ({ __typename: 'Customer', id })) },
      { token: call.token, ...(call.requestId ? { requestId: call.requestId } : {}) },
    );
    return new Set(_entities.flatMap((c) => (c ? [c.id] : [])));
  }

  async redeemPoints(
    call: CallContext,
    input: Parameters<CustomersPort['redeemPoints']>[1],
  ): Promise<RedeemOutcome> {
    const { redeemPoints: r } = await this.call<{
      redeemPoints: { __typename: string; value?: string; points?: number };
    }>(call, REDEEM, input);
    return r.__typename === 'PointsRedeemed'
      ? { ok: true, value: Number(r.value) }
      : { ok: false, balance: r.points ?? 0 };
  }

  async reversePointsRedemption(call: CallContext, input: { orderId: string; step: string }): Promise<void> {
    await this.call(call, REVERSE_POINTS, input);
  }

  async chargeCustomerCredit(
    call: CallContext,
    input: Parameters<CustomersPort['chargeCustomerCredit']>[1],
  ): Promise<CreditOutcome> {
    const { chargeCustomerCredit: r } = await this.call<{
      chargeCustomerCredit: { __typename: string; available?: string };
    }>(call, CHARGE, input);
    return r.__typename === 'CreditCharged'
      ? { ok: true }
      : { ok: false, available: Number(r.available ?? 0) };
  }

  async reverseCustomerCredit(call: CallContext, input: { orderId: string; step: string }): Promise<void> {
    await this.call(call, REVERSE_CREDIT, input);
  }
}
