/**
 * Money in orders follows the kit's one rule set: a negative or absurd amount anywhere in a
 * payment, a cash movement, a shift float or a refund is BAD_USER_INPUT, and nothing is stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes } from '../../../gateway/test/harness';
import {
  CHECKOUT,
  createProduct,
  key,
  OPEN_SHIFT,
  type OrdersHarness,
  openShift,
  type Shop,
  seedShop,
  startOrdersHarness,
  stockBalance,
} from './helpers';

let h: OrdersHarness;
let shop: Shop;
let product: { id: string };

beforeAll(async () => {
  h = await startOrdersHarness();
  shop = await seedShop(h.sg);
  product = await createProduct(h.sg, shop, { price: 5_000, stock: 10 });
});
afterAll(() => h?.close());

const sale = (payments: unknown[], deviceId = 'till-money') => ({
  idempotencyKey: key(),
  deviceId,
  branchId: shop.branchId,
  lines: [{ productId: product.id, quantity: 1 }],
  payments,
});

describe('money input in orders', () => {
  it('refuses a negative cash amount even with a tendered sum, and takes no stock', async () => {
    await openShift(h.sg, shop, 'till-money');
    for (const payments of [
      [{ method: 'CASH', amount: '-4000', tendered: '5000' }],
      [{ method: 'CASH', amount: '5000', tendered: '-5000' }],
      [{ method: 'QRIS', amount: '-5000', reference: 'QR-1' }],
      [{ method: 'CASH', amount: '5000', tendered: '9007199254740991' }],
    ]) {
      const { body } = await h.sg.request(CHECKOUT, { input: sale(payments) }, { token: shop.token });
      expect(errorCodes(body), JSON.stringify(payments)).toEqual(['BAD_USER_INPUT']);
    }
    expect(await stockBalance(h.sg, shop, product.id)).toBe(10);
  });

  it('refuses a negative or absurd float, cash movement and counted cash', async () => {
    const float = await h.sg.request(
      OPEN_SHIFT,
      { input: { branchId: shop.branchId, deviceId: 'till-float', openingFloat: '-1' } },
      { token: shop.token },
    );
    expect(errorCodes(float.body)).toEqual(['BAD_USER_INPUT']);
    const shiftId = await openShift(h.sg, shop, 'till-cash');
    const MOVE = `mutation($input: CashMovementInput!) { recordCashMovement(input: $input) { __typename } }`;
    for (const amount of ['-100', '0', '9007199254740991']) {
      const { body } = await h.sg.request(
        MOVE,
        { input: { shiftId, kind: 'IN', amount, reason: 'modal' } },
        { token: shop.token },
      );
      expect(errorCodes(body), amount).toEqual(['BAD_USER_INPUT']);
    }
    const CLOSE = `mutation($input: CloseShiftInput!) { closeShift(input: $input) { __typename } }`;
    const closed = await h.sg.request(
      CLOSE,
      { input: { shiftId, countedCash: '-5' } },
      { token: shop.token },
    );
    expect(errorCodes(closed.body)).toEqual(['BAD_USER_INPUT']);
  });
});
