/** Couriers and deliveries for the dispatcher's map and the courier's app, seeded through the API. */
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { expectNoErrors, type Supergraph } from '../../gateway/test/harness';
import type { Shop } from './seed';

export interface SeededCourier {
  id: string;
  userId: string;
  name: string;
  username: string;
  password: string;
}

async function ok<T>(sg: Supergraph, token: string, query: string, variables: Record<string, unknown>) {
  const { body } = await sg.request<T>(query, variables, { token });
  return expectNoErrors(body);
}

export async function merchantSlug(sg: Supergraph, shop: Shop): Promise<string> {
  const me = await ok<{ me: { merchant: { slug: string } } }>(
    sg,
    shop.ownerToken,
    '{ me { merchant { slug } } }',
    {},
  );
  return me.me.merchant.slug;
}

/** A COURIER staff member with a courier profile in the shop's branch; signs in with username and password. */
export async function seedCourier(sg: Supergraph, shop: Shop, name: string): Promise<SeededCourier> {
  const username = name.toLowerCase();
  const password = 'Antar-Cepat-4471';
  const staff = await ok<{ createStaff: { __typename: string; id?: string } }>(
    sg,
    shop.ownerToken,
    `mutation ($input: CreateStaffInput!) { createStaff(input: $input) {
      __typename ... on User { id } ... on ErrorResult { code message } } }`,
    { input: { name, role: 'COURIER', username, password, branchIds: [shop.branchId] } },
  );
  expect(staff.createStaff.__typename).toBe('User');
  const userId = staff.createStaff.id as string;
  const courier = await ok<{ createCourier: { __typename: string; id?: string } }>(
    sg,
    shop.ownerToken,
    `mutation ($input: CreateCourierInput!) { createCourier(input: $input) {
      __typename ... on Courier { id } ... on ErrorResult { code message } } }`,
    { input: { userId, branchId: shop.branchId, phone: '0812-3456-7890', vehicle: 'MOTORBIKE' } },
  );
  expect(courier.createCourier.__typename).toBe('Courier');
  return { id: courier.createCourier.id as string, userId, name, username, password };
}

export interface SeededDelivery {
  id: string;
  orderId: string;
  /** What the courier collects: the order's total (one bottle of water plus the fee). */
  cashOnDelivery: string;
}

/**
 * An unpaid order with cash on delivery, as a shop takes one by phone; its delivery comes from the
 * order's event (READY, unassigned).
 */
export async function seedCodDelivery(
  sg: Supergraph,
  shop: Shop,
  opts: { address: string; promisedAt?: Date; fee?: number },
): Promise<SeededDelivery> {
  const fee = opts.fee ?? 10_000;
  const r = await ok<{ checkout: { __typename: string; id?: string; message?: string } }>(
    sg,
    shop.ownerToken,
    `mutation ($input: CheckoutInput!) { checkout(input: $input) {
      __typename ... on Order { id } ... on ErrorResult { code message } } }`,
    {
      input: {
        idempotencyKey: randomUUID(),
        deviceId: 'dispatch-seed',
        branchId: shop.branchId,
        lines: [{ barcode: shop.water.pcsBarcode, quantity: 1 }],
        payments: [],
        delivery: {
          address: opts.address,
          contactName: 'Ibu Rina',
          contactPhone: '+628122222222',
          fee: String(fee),
          cashOnDelivery: true,
          ...(opts.promisedAt ? { promisedAt: opts.promisedAt.toISOString() } : {}),
        },
      },
    },
  );
  expect(r.checkout.__typename, JSON.stringify(r.checkout)).toBe('Order');
  const orderId = r.checkout.id as string;
  for (let i = 0; i < 400; i++) {
    const o = await ok<{ order: { delivery: { id: string; cashOnDelivery: string } | null } | null }>(
      sg,
      shop.ownerToken,
      'query ($id: ID!) { order(id: $id) { delivery { id cashOnDelivery } } }',
      { id: orderId },
    );
    const d = o.order?.delivery;
    if (d) return { id: d.id, orderId, cashOnDelivery: d.cashOnDelivery };
    await new Promise((res) => setTimeout(res, 50));
  }
  throw new Error('the order never got its delivery');
}

export async function assignByApi(sg: Supergraph, shop: Shop, deliveryId: string, courierId: string) {
  const r = await ok<{ assignCourier: { __typename: string } }>(
    sg,
    shop.ownerToken,
    `mutation ($d: ID!, $c: ID!) { assignCourier(deliveryId: $d, courierId: $c) {
      __typename ... on ErrorResult { code message } } }`,
    { d: deliveryId, c: courierId },
  );
  expect(r.assignCourier.__typename).toBe('Delivery');
}

export interface ServerDelivery {
  status: string;
  cashCollected: string | null;
  courier: { id: string } | null;
  trail: Array<{ lat: number; lng: number; recordedAt: string }>;
  order: { payments: Array<{ method: string; amount: string; deliveryId: string | null }> } | null;
}

/** The delivery as the owner reads it from the server. */
export async function deliveryOnServer(sg: Supergraph, shop: Shop, id: string): Promise<ServerDelivery> {
  const r = await ok<{ delivery: ServerDelivery }>(
    sg,
    shop.ownerToken,
    `query ($id: ID!) { delivery(id: $id) {
      status cashCollected courier { id } trail(last: 500) { lat lng recordedAt }
      order { payments { method amount deliveryId } } } }`,
    { id },
  );
  return r.delivery;
}
