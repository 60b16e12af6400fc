import { SubgraphClient } from '@pos/kit';

export interface StaffInfo {
  id: string;
  role: string;
  active: boolean;
}

/**
 * Looks staff up in the users subgraph through `_entities`, with the caller's token (users scopes
 * the lookup to the caller's merchant) and the internal secret.
 */
export class UsersClient {
  private readonly client: SubgraphClient;

  constructor(url: () => string | undefined, secrets: { gatewaySecret: string; internalSecret: string }) {
    this.client = new SubgraphClient('users', url, secrets);
  }

  async staff(userId: string, call: { token: string | null; requestId: string }): Promise<StaffInfo | null> {
    const data = await this.client.request<{ _entities: Array<StaffInfo | null> }>(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on User { id role active } } }',
      { r: [{ __typename: 'User', id: userId }] },
      { token: call.token, requestId: call.requestId },
    );
    return data._entities[0] ?? null;
  }

  /** The branch if it is one of the caller's merchant (users resolves references within it). */
  async branch(
    branchId: string,
    call: { token: string | null; requestId: string },
  ): Promise<{ id: string; active: boolean } | null> {
    const data = await this.client.request<{ _entities: Array<{ id: string; active: boolean } | null> }>(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Branch { id active } } }',
      { r: [{ __typename: 'Branch', id: branchId }] },
      { token: call.token, requestId: call.requestId },
    );
    return data._entities[0] ?? null;
  }
}
