import { randomBytes } from 'node:crypto';
import { print } from 'graphql';
import { expect } from 'vitest';
import {
  CreateStaffDocument,
  type CreateStaffInput,
  CurrentMerchantDocument,
  LoginDocument,
  type LoginMutation,
  RegisterDocument,
  type RegisterMerchantInput,
} from '../../../gateway/test/__generated__/operations';
import { expectNoErrors, type Supergraph } from '../../../gateway/test/harness';

/** Selection for tokens or an expected failure, for operations written inline in tests. */
export const AUTH_FIELDS = /* GraphQL */ `
  __typename
  ... on AuthPayload { accessToken refreshToken user { id name role } }
  ... on ErrorResult { code message }
`;

export const REGISTER = print(RegisterDocument);
export const LOGIN = print(LoginDocument);
export const CREATE_STAFF = print(CreateStaffDocument);

export const PASSWORD = 'Rahasia-2026-x';

export interface Session {
  accessToken: string;
  refreshToken: string;
  user: { id: string; name: string; role: string };
}

export const uniqueEmail = (who = 'owner') => `${who}.${randomBytes(5).toString('hex')}@example.co.id`;

/** Registers a new merchant through the gateway and returns the owner's session and the merchant. */
export async function registerMerchant(sg: Supergraph, overrides: Partial<RegisterMerchantInput> = {}) {
  const email = uniqueEmail();
  const input = {
    merchantName: 'Warung Sari',
    branchName: 'Pusat',
    ownerName: 'Sari Dewi',
    ownerEmail: email,
    password: PASSWORD,
    ...overrides,
  };
  const { body } = await sg.execute(RegisterDocument, { input });
  const result = expectNoErrors(body).registerMerchant;
  if (result.__typename !== 'AuthPayload') throw new Error(`registration failed: ${JSON.stringify(result)}`);
  const session: Session = result;
  const { body: current } = await sg.execute(CurrentMerchantDocument, {}, { token: session.accessToken });
  const merchant = expectNoErrors(current).merchant;
  if (!merchant?.branches[0]) throw new Error('a new merchant has its first branch');
  return { email, session, merchant, branchId: merchant.branches[0].id };
}

/** Signs in; the result is the typed union (tokens, InvalidCredentials or AccountLocked). */
export async function login(
  sg: Supergraph,
  identifier: string,
  password = PASSWORD,
  merchantSlug?: string,
): Promise<LoginMutation['login'] & { accessToken?: string; code?: string; retryAfterSeconds?: number }> {
  const { body } = await sg.execute(LoginDocument, {
    input: { identifier, password, ...(merchantSlug ? { merchantSlug } : {}) },
  });
  return expectNoErrors(body).login;
}

/** Creates a staff member as `token`; returns their id and username. */
export async function createStaff(
  sg: Supergraph,
  token: string,
  input: Partial<CreateStaffInput> & Pick<CreateStaffInput, 'role'>,
) {
  const username = `staff${randomBytes(4).toString('hex')}`;
  const { body } = await sg.execute(
    CreateStaffDocument,
    { input: { name: 'Budi', password: PASSWORD, username, ...input } },
    { token },
  );
  const created = expectNoErrors(body).createStaff;
  expect(created.__typename).toBe('User');
  if (created.__typename !== 'User') throw new Error('unreachable');
  return { id: created.id, username };
}
