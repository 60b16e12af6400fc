import { expect } from 'vitest';
import { expectNoErrors, type SubgraphRequestCounter, type Supergraph } from './harness';

const REGISTER = /* GraphQL */ `
  mutation Register($input: RegisterMerchantInput!) {
    registerMerchant(input: $input) {
      __typename
      ... on AuthPayload {
        accessToken
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`;

/** Registers a merchant through the gateway; returns the owner's access token. */
export async function registerOwner(sg: Supergraph, merchantName = 'Warung Edge'): Promise<string> {
  const { body } = await sg.request<{ registerMerchant: { __typename: string; accessToken?: string } }>(
    REGISTER,
    {
      input: {
        merchantName,
        branchName: 'Pusat',
        ownerName: 'Sari',
        ownerEmail: `owner-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`,
        password: 'kopi-susu-2024',
      },
    },
  );
  const result = expectNoErrors(body).registerMerchant;
  expect(result.__typename).toBe('AuthPayload');
  return result.accessToken as string;
}

/** `{ merchant { branches { merchant { branches ... { id } } } } }`, `depth` fields deep. */
export function nestedQuery(depth: number): string {
  const fields = Array.from({ length: depth - 1 }, (_, i) => (i % 2 === 0 ? 'merchant' : 'branches'));
  return `{ ${fields.map((f) => `${f} {`).join(' ')} id ${'}'.repeat(depth - 1)} }`;
}

/** A fresh counter of GraphQL requests reaching any subgraph; the previous one stops counting. */
export function callCounter(sg: Supergraph) {
  let current: SubgraphRequestCounter | undefined;
  return () => {
    current?.stop();
    current = sg.countSubgraphRequests();
    return current;
  };
}
