/** What the owner test does through the API beside the browser: a second branch, sales, a cashier's token. */
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { expectNoErrors, type Supergraph } from '../../gateway/test/harness';
import type { Shop } from './seed';

async function ok<T>(sg: Supergraph, query: string, variables: Record<string, unknown>, token: string) {
  const { body } = await sg.request<T>(query, variables, { token });
  return expectNoErrors(body);
}

export async function addBranch(sg: Supergraph, shop: Shop, name: string, code: string): Promise<string> {
  const r = await ok<{ createBranch: { __typename: string; id?: string } }>(
    sg,
    `mutation ($input: CreateBranchInput!) { createBranch(input: $input) {
      __typename ... on Branch { id } ... on ErrorResult { code message } } }`,
    { input: { name, code } },
    shop.ownerToken,
  );
  expect(r.createBranch.__typename).toBe('Branch');
  return r.createBranch.id as string;
}

/** Opens a shift for the owner's till at the branch, so cash can be taken. */
export async function openOwnerShift(sg: Supergraph, shop: Shop, deviceId: string): Promise<void> {
  const r = await ok<{ openShift: { __typename: string } }>(
    sg,
    `mutation ($input: OpenShiftInput!) { openShift(input: $input) { __typename } }`,
    { input: { branchId: shop.branchId, deviceId, openingFloat: '0' } },
    shop.ownerToken,
  );
  expect(r.openShift.__typename).toBe('Shift');
}

/** A cash sale rung up by the owner at `deviceId`; answers the order's net of tax and its number. */
export async function sellByApi(
  sg: Supergraph,
  shop: Shop,
  deviceId: string,
  lines: Array<{ productId: string; unit?: string; quantity: number }>,
): Promise<{ id: string; number: string }> {
  const r = await ok<{ checkout: { __typename: string; id?: string; number?: string; code?: string } }>(
    sg,
    `mutation ($input: CheckoutInput!) { checkout(input: $input) {
      __typename ... on Order { id number } ... on ErrorResult { code message } } }`,
    {
      input: {
        idempotencyKey: randomUUID(),
        deviceId,
        branchId: shop.branchId,
        lines,
        payments: [{ method: 'CASH', tendered: '1000000' }],
      },
    },
    shop.ownerToken,
  );
  expect(r.checkout.__typename, r.checkout.code).toBe('Order');
  return { id: r.checkout.id as string, number: r.checkout.number as string };
}

export interface TodayFigures {
  net: string;
  orders: number;
  grossProfit: string;
}

/** Today's figures of the branch as the API reports them (the read model the dashboard reads). */
export async function todayOnServer(sg: Supergraph, shop: Shop, branchId?: string): Promise<TodayFigures> {
  const r = await ok<{ ownerDashboard: { today: TodayFigures } }>(
    sg,
    `query ($b: ID) { ownerDashboard(branchId: $b) { today { net orders grossProfit } } }`,
    { b: branchId ?? null },
    shop.ownerToken,
  );
  return r.ownerDashboard.today;
}

/** The seeded cashier's access token, signed in with username and password. */
export async function cashierToken(sg: Supergraph, shop: Shop): Promise<string> {
  const me = await ok<{ me: { merchant: { slug: string } } }>(
    sg,
    '{ me { merchant { slug } } }',
    {},
    shop.ownerToken,
  );
  const { body } = await sg.request<{ login: { __typename: string; accessToken?: string } }>(
    `mutation ($input: LoginInput!) { login(input: $input) {
      __typename ... on AuthPayload { accessToken } ... on ErrorResult { code message } } }`,
    {
      input: {
        identifier: 'budi',
        merchantSlug: me.me.merchant.slug,
        password: 'Sembilan-Kopi-77',
        deviceId: 'owner-test-cashier',
      },
    },
  );
  const login = expectNoErrors(body).login;
  expect(login.__typename).toBe('AuthPayload');
  return login.accessToken as string;
}
