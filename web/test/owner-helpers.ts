/**
 * What the owner test does through the API beside the browser: a second branch, a customer with
 * credit, an expense, a cashier's token, and reading back what the server holds.
 */
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

export interface ServerOrder {
  number: string;
  status: string;
  customer: { id: string } | null;
  lines: Array<{ name: string; unit: string; quantity: number }>;
  payments: Array<{ method: string; amount: string }>;
}

/** The branch's order of that number, as the server holds it. */
export async function orderOnServer(
  sg: Supergraph,
  shop: Shop,
  number: string,
): Promise<ServerOrder | undefined> {
  const r = await ok<{ orders: { nodes: ServerOrder[] } }>(
    sg,
    `query ($b: ID) { orders(filter: { branchId: $b }, first: 20) { nodes {
      number status customer { id } lines { name unit: unitName quantity } payments { method amount } } } }`,
    { b: shop.branchId },
    shop.ownerToken,
  );
  return r.orders.nodes.find((o) => o.number === number);
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

/** Today's business date in the merchant's time zone, as the server counts it. */
export async function businessToday(sg: Supergraph, shop: Shop): Promise<string> {
  const r = await ok<{ me: { merchant: { timeZone: string } } }>(
    sg,
    '{ me { merchant { timeZone } } }',
    {},
    shop.ownerToken,
  );
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: r.me.merchant.timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
}

/** A customer with that phone, allowed `limit` of credit (kasbon). */
export async function creditCustomer(
  sg: Supergraph,
  shop: Shop,
  name: string,
  phone: string,
  limit: string,
): Promise<string> {
  const c = await ok<{ createCustomer: { __typename: string; id?: string } }>(
    sg,
    `mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) {
      __typename ... on Customer { id } ... on ErrorResult { code message } } }`,
    { input: { name, phone } },
    shop.ownerToken,
  );
  expect(c.createCustomer.__typename).toBe('Customer');
  const id = c.createCustomer.id as string;
  const l = await ok<{ setCreditLimit: { __typename: string } }>(
    sg,
    `mutation ($id: ID!, $limit: Money!) { setCreditLimit(customerId: $id, limit: $limit) { __typename } }`,
    { id, limit },
    shop.ownerToken,
  );
  expect(l.setCreditLimit.__typename).toBe('Customer');
  return id;
}

/** An expense of a new category at the shop's branch. */
export async function recordExpense(
  sg: Supergraph,
  shop: Shop,
  input: { category: string; amount: string; businessDate: string },
): Promise<void> {
  const cat = await ok<{ createExpenseCategory: { __typename: string; id?: string } }>(
    sg,
    `mutation ($name: String!) { createExpenseCategory(name: $name) {
      __typename ... on ExpenseCategory { id } ... on ErrorResult { code message } } }`,
    { name: input.category },
    shop.ownerToken,
  );
  expect(cat.createExpenseCategory.__typename).toBe('ExpenseCategory');
  const r = await ok<{ recordExpense: { __typename: string } }>(
    sg,
    `mutation ($input: RecordExpenseInput!) { recordExpense(input: $input) {
      __typename ... on ErrorResult { code message } } }`,
    {
      input: {
        branchId: shop.branchId,
        categoryId: cat.createExpenseCategory.id,
        businessDate: input.businessDate,
        amount: input.amount,
      },
    },
    shop.ownerToken,
  );
  expect(r.recordExpense.__typename).toBe('Expense');
}
