/** A shop to sell in, seeded through the API as an owner would. */
import { expect } from 'vitest';
import { expectNoErrors, type Supergraph } from '../../gateway/test/harness';

export interface Shop {
  ownerEmail: string;
  ownerPassword: string;
  ownerToken: string;
  branchId: string;
  water: { id: string; pcsBarcode: string; boxBarcode: string };
  coffee: { id: string };
}

async function ok<T>(
  sg: Supergraph,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<T> {
  const { body } = await sg.request<T>(query, variables, token ? { token } : {});
  return expectNoErrors(body);
}

export async function seedShop(sg: Supergraph): Promise<Shop> {
  const ownerEmail = `sari-${Date.now()}@example.co.id`;
  const ownerPassword = 'Rahasia-2026-x';
  const reg = await ok<{ registerMerchant: { __typename: string; accessToken: string } }>(
    sg,
    `mutation ($input: RegisterMerchantInput!) { registerMerchant(input: $input) {
      __typename ... on AuthPayload { accessToken } ... on ErrorResult { code message } } }`,
    {
      input: {
        merchantName: 'Warung Sari',
        branchName: 'Pusat',
        ownerName: 'Sari Dewi',
        ownerEmail,
        password: ownerPassword,
      },
    },
  );
  expect(reg.registerMerchant.__typename).toBe('AuthPayload');
  const token = reg.registerMerchant.accessToken;
  const me = await ok<{ me: { merchant: { branches: Array<{ id: string }> } } }>(
    sg,
    '{ me { merchant { branches { id } } } }',
    {},
    token,
  );
  const branchId = me.me.merchant.branches[0]?.id as string;

  const createProduct = async (input: Record<string, unknown>) => {
    const r = await ok<{ createProduct: { __typename: string; id?: string } }>(
      sg,
      `mutation ($input: CreateProductInput!) { createProduct(input: $input) {
        __typename ... on Product { id } ... on ErrorResult { code message } } }`,
      { input },
      token,
    );
    expect(r.createProduct.__typename).toBe('Product');
    return r.createProduct.id as string;
  };
  const water = {
    pcsBarcode: '8886008101053',
    boxBarcode: '8886008101060',
    id: await createProduct({
      sku: 'AQ-600',
      name: 'Air Mineral 600ml',
      costPrice: '2500',
      baseUnit: { name: 'botol', price: '4000', barcode: '8886008101053' },
      units: [{ name: 'dus', factor: 24, price: '85000', barcode: '8886008101060' }],
    }),
  };
  const coffee = {
    id: await createProduct({
      sku: 'KS-01',
      name: 'Kopi Susu',
      costPrice: '5000',
      baseUnit: { name: 'gelas', price: '12000' },
    }),
  };
  const stock = await ok<{ receiveStock: { __typename: string } }>(
    sg,
    `mutation ($input: ReceiveStockInput!) { receiveStock(input: $input) { __typename } }`,
    {
      input: {
        branchId,
        reference: 'SJ-0001',
        lines: [
          { productId: water.id, quantity: 200 },
          { productId: coffee.id, quantity: 10 },
        ],
      },
    },
    token,
  );
  expect(stock.receiveStock.__typename).not.toMatch(/Error|Invalid/);
  // Selling one coffee takes it below 10: the branch gets a live low-stock alert.
  await ok(
    sg,
    `mutation ($input: SetLowStockThresholdInput!) { setLowStockThreshold(input: $input) { __typename } }`,
    { input: { productId: coffee.id, branchId, threshold: 10 } },
    token,
  );

  const staff = await ok<{ createStaff: { __typename: string; id?: string } }>(
    sg,
    `mutation ($input: CreateStaffInput!) { createStaff(input: $input) {
      __typename ... on User { id } ... on ErrorResult { code message } } }`,
    {
      input: {
        name: 'Budi',
        role: 'CASHIER',
        username: 'budi',
        password: 'Sembilan-Kopi-77',
        pin: '4321',
        branchIds: [branchId],
      },
    },
    token,
  );
  expect(staff.createStaff.__typename).toBe('User');
  // This shop lets its cashier see stock (and so its alerts), void and refund.
  await ok(
    sg,
    `mutation ($input: SetStaffPermissionsInput!) { setStaffPermissions(input: $input) { __typename } }`,
    {
      input: {
        userId: staff.createStaff.id,
        grants: ['stock:read', 'sales:void', 'sales:refund'],
        revokes: [],
      },
    },
    token,
  );
  return { ownerEmail, ownerPassword, ownerToken: token, branchId, water, coffee };
}
