/**
 * The till's hot paths through the whole supergraph never scan a collection: with other
 * merchants' sales and this merchant's own history already in the database, a cashier signs in
 * (password and PIN), opens the till's current shift, scans a barcode, quotes, checks out, replays
 * the checkout, and reads the receipt with names from three subgraphs (`_entities`), while every
 * command every subgraph sends is watched. The events that checkout raises (relays, consumers,
 * read models) are watched too. On the embedded engine any filter other than `{ _id }` reads the
 * whole collection, so one scan here is a checkout that slows down with every sale.
 */
import { randomBytes } from 'node:crypto';
import { type ScanRecord, watchScans } from '@pos/kit';
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkout,
  createProduct,
  key,
  openShift,
  type Shop,
  seedShop,
} from '../../subgraphs/orders/test/helpers';
import { AUTH_FIELDS, createStaff, login, PASSWORD } from '../../subgraphs/users/test/helpers';
import { expectNoErrors, type Supergraph, startSupergraph } from './harness';

let sg: Supergraph;
beforeAll(async () => {
  sg = await startSupergraph({ subgraphTimeoutMs: 60_000 });
});
afterAll(() => sg?.close());

const PIN_LOGIN = `mutation($input: PinLoginInput!) { loginWithPin(input: $input) { ${AUTH_FIELDS} } }`;
const RECEIPT = /* GraphQL */ `
  query($id: ID!) {
    order(id: $id) {
      id number status
      cashier { id name }
      branch { id name }
      lines { product { id name } quantity }
    }
  }
`;
const settle = () => new Promise((r) => setTimeout(r, 1_500));

/** Sales that grow every collection checkout writes: `n` of them, at one till. */
async function history(shop: Shop, productId: string, n: number) {
  for (let i = 0; i < n; i++) {
    const sale = await checkout(sg, shop.token, {
      idempotencyKey: key(),
      deviceId: 'history-till',
      branchId: shop.branchId,
      lines: [{ productId, quantity: 1 }],
      payments: [{ method: 'QRIS', amount: '5000', reference: `QR-${i}` }],
    });
    expect(sale.__typename).toBe('Order');
  }
}

const describeScans = (scans: readonly ScanRecord[]) =>
  scans.map((s) => `${s.db}.${s.collection} ${s.command} ${JSON.stringify(s.filter)}`).join('\n');

describe('hot paths on a database with history', () => {
  it('read and write by key only, from sign-in to receipt, including the events they raise', async () => {
    const other = await seedShop(sg);
    const otherProduct = await createProduct(sg, other, { price: 5_000, stock: 1_000 });
    const shop = await seedShop(sg);
    const product = await createProduct(sg, shop, { price: 5_000, stock: 1_000 });
    await history(other, otherProduct.id, 15);
    await history(shop, product.id, 15);
    const { body: merchantBody } = await sg.request<{ merchant: { slug: string } }>(
      '{ merchant { slug } }',
      {},
      { token: shop.token },
    );
    const slug = expectNoErrors(merchantBody).merchant.slug;
    const cashier = await createStaff(sg, shop.token, {
      role: 'CASHIER',
      pin: '4321',
      branchIds: [shop.branchId],
    });
    const deviceId = `till-${randomBytes(3).toString('hex')}`;
    await settle();

    const watch = watchScans(mongoose.connections);
    try {
      expect((await login(sg, cashier.username, PASSWORD, slug)).__typename).toBe('AuthPayload');
      const pin = await sg.request<{ loginWithPin: { __typename: string; accessToken: string } }>(PIN_LOGIN, {
        input: { merchantSlug: slug, branchId: shop.branchId, userId: cashier.id, pin: '4321', deviceId },
      });
      const session = expectNoErrors(pin.body).loginWithPin;
      expect(session.__typename).toBe('AuthPayload');
      const token = session.accessToken;

      await openShift(sg, shop, deviceId, 100_000, token);
      const current = await sg.request<{ currentShift: { status: string } | null }>(
        'query($d: String!) { currentShift(deviceId: $d) { status } }',
        { d: deviceId },
        { token },
      );
      expect(expectNoErrors(current.body).currentShift?.status).toBe('OPEN');

      const scanned = await sg.request<{ productByBarcode: { product: { id: string } } | null }>(
        'query($b: String!) { productByBarcode(barcode: $b) { product { id } } }',
        { b: product.barcode },
        { token },
      );
      expect(expectNoErrors(scanned.body).productByBarcode?.product.id).toBe(product.id);

      const quote = await sg.request<{ quote: { __typename: string } }>(
        'query($input: QuoteInput!) { quote(input: $input) { __typename } }',
        { input: { branchId: shop.branchId, lines: [{ barcode: product.barcode, quantity: 2 }] } },
        { token },
      );
      expect(expectNoErrors(quote.body).quote.__typename).not.toMatch(/Error/);

      const input = {
        idempotencyKey: key(),
        deviceId,
        branchId: shop.branchId,
        lines: [{ barcode: product.barcode, quantity: 2 }],
        payments: [{ method: 'CASH', amount: '10000', tendered: '20000' }],
      };
      const sale = await checkout(sg, token, input);
      expect(sale.__typename).toBe('Order');
      const replay = await checkout(sg, token, input);
      expect(replay.id).toBe(sale.id);

      const receipt = await sg.request<{
        order: { status: string; cashier: { name: string }; branch: { name: string }; lines: unknown[] };
      }>(RECEIPT, { id: sale.id }, { token });
      const order = expectNoErrors(receipt.body).order;
      expect(order).toMatchObject({
        status: 'COMPLETED',
        cashier: { name: 'Budi' },
        branch: { name: 'Pusat' },
      });
      // Relays, consumers and read models handle the sale's events within the watch.
      await settle();

      expect(watch.commands()).toBeGreaterThan(20);
      expect(describeScans(watch.scans())).toBe('');
    } finally {
      watch.stop();
    }
  });
});
