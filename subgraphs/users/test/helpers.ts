import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import { expectNoErrors, type Supergraph } from '../../../gateway/test/harness';

export const AUTH_FIELDS = /* GraphQL */ `
  __typename
  ... on AuthPayload { accessToken refreshToken user { id name role } }
  ... on ErrorResult { code message }
`;

const LOGIN_FIELDS = `${AUTH_FIELDS} ... on AccountLocked { retryAfterSeconds }`;

export const REGISTER = /* GraphQL */ `
  mutation Register($input: RegisterMerchantInput!) {
    registerMerchant(input: $input) { ${AUTH_FIELDS} }
  }
`;

export const LOGIN = /* GraphQL */ `
  mutation Login($input: LoginInput!) {
    login(input: $input) { ${LOGIN_FIELDS} }
  }
`;

export const PASSWORD = 'Rahasia-2026-x';

export interface Session {
  accessToken: string;
  refreshToken: string;
  user: { id: string; name: string; role: string };
}

interface AuthResult extends Partial<Session> {
  __typename: string;
  code?: string;
  retryAfterSeconds?: number;
}

export const uniqueEmail = (who = 'owner') => `${who}.${randomBytes(5).toString('hex')}@example.co.id`;

/** Registers a new merchant through the gateway and returns the owner's session and the merchant. */
export async function registerMerchant(sg: Supergraph, overrides: Record<string, unknown> = {}) {
  const email = uniqueEmail();
  const { body } = await sg.request<{ registerMerchant: AuthResult }>(REGISTER, {
    input: {
      merchantName: 'Warung Sari',
      branchName: 'Pusat',
      ownerName: 'Sari Dewi',
      ownerEmail: email,
      password: PASSWORD,
      ...overrides,
    },
  });
  const result = expectNoErrors(body).registerMerchant;
  expect(result.__typename).toBe('AuthPayload');
  const session = result as Session;
  const { body: me } = await sg.request<{
    merchant: { id: string; slug: string; branches: { id: string }[] };
  }>('{ merchant { id slug branches { id } } }', {}, { token: session.accessToken });
  const merchant = expectNoErrors(me).merchant;
  return { email, session, merchant, branchId: merchant.branches[0]!.id };
}

export async function login(sg: Supergraph, identifier: string, password = PASSWORD, merchantSlug?: string) {
  const { body } = await sg.request<{ login: AuthResult }>(LOGIN, {
    input: { identifier, password, ...(merchantSlug ? { merchantSlug } : {}) },
  });
  return expectNoErrors(body).login;
}

export const CREATE_STAFF = /* GraphQL */ `
  mutation CreateStaff($input: CreateStaffInput!) {
    createStaff(input: $input) {
      __typename
      ... on User { id role branches { id } allBranches }
      ... on ErrorResult { code message }
    }
  }
`;

/** Creates a staff member as `token` and signs them in; returns their session. */
export async function createStaff(sg: Supergraph, token: string, input: Record<string, unknown>) {
  const username = `staff${randomBytes(4).toString('hex')}`;
  const { body } = await sg.request<{ createStaff: { __typename: string; id: string } }>(
    CREATE_STAFF,
    { input: { name: 'Budi', password: PASSWORD, username, ...input } },
    { token },
  );
  const created = expectNoErrors(body).createStaff;
  expect(created.__typename).toBe('User');
  return { id: created.id, username };
}
