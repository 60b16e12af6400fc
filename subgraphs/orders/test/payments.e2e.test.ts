/**
 * QRIS and e-wallet sales through the payment provider, end to end: the gateway, every subgraph
 * and the Midtrans simulator over real HTTP. A charged sale waits PENDING with its stock held
 * until the provider's notification completes it; refunds go back through the provider.
 */
import { getByKey, type OrderCompletedPayload, type OrderRefundedPayload, updateByKey } from '@pos/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoErrors } from '../../../gateway/test/harness';
import type { OrderDoc } from '../src/models';
import { createProduct, key, openShift, type Shop, seedShop, stockBalance, waitFor } from './helpers';
import {
  CANCEL_PAYMENT,
  CHECK_PAYMENT,
  chargedPayment,
  type OrderView,
  type PaymentsHarness,
  payCheckout,
  REFUND,
  readOrder,
  startPaymentsHarness,
} from './payments-helpers';

let h: PaymentsHarness;
let shop: Shop;
let product: { id: string; barcode: string };

beforeAll(async () => {
  h = await startPaymentsHarness();
  shop = await seedShop(h.sg);
  product = await createProduct(h.sg, shop, { price: 12_500, stock: 40 });
  await openShift(h.sg, shop, 'till-p');
}, 120_000);
afterAll(() => h?.close());

const sale = (payments: Record<string, unknown>[], quantity = 2) => ({
  idempotencyKey: key(),
  deviceId: 'till-p',
  branchId: shop.branchId,
  lines: [{ productId: product.id, quantity }],
  payments,
});

const completedEvents = (orderId: string) =>
  h.events.filter((e) => e.type === 'orders.order-completed' && e.payload.orderId === orderId);

describe('a QRIS sale paid through the provider', () => {
  it('waits PENDING with the QR and the stock held, then completes on the verified notification', async () => {
    const before = await stockBalance(h.sg, shop, product.id);
    const input = sale([{ method: 'QRIS', amount: '25000', charge: true }]);
    const order = await payCheckout(h, shop.token, input);
    expect(order).toMatchObject({
      __typename: 'Order',
      status: 'PENDING',
      paymentStatus: 'PENDING',
      number: null,
    });
    const payment = chargedPayment(order);
    expect(payment).toMatchObject({ method: 'QRIS', amount: '25000', status: 'PENDING', paidAt: null });
    expect(payment.charge).toMatchObject({ provider: 'MIDTRANS', account: 'PLATFORM', channel: 'QRIS' });
    expect(payment.charge.qrString).toMatch(/^000201/);
    expect(payment.charge.chargeId).toBe(payment.id);
    expect(order.paymentDueAt).toBe(payment.charge.expiresAt);
    expect(new Date(payment.charge.expiresAt ?? 0).getTime()).toBeGreaterThan(Date.now() + 800_000);
    // The stock is held for the customer; nothing is announced yet.
    expect(await stockBalance(h.sg, shop, product.id)).toBe(before - 2);
    expect(completedEvents(order.id)).toHaveLength(0);
    // The provider knows the charge for exactly the order's amount.
    expect(h.sim.charges.get(payment.charge.chargeId)).toMatchObject({ amount: 25_000, status: 'pending' });

    // A replay of the checkout answers the same waiting order.
    const replay = await payCheckout(h, shop.token, input);
    expect(replay).toEqual(order);

    // The customer pays: the simulator posts its signed notification to the gateway.
    const delivery = await h.sim.pay(payment.charge.chargeId);
    expect(delivery?.status).toBe(200);
    const paid = await readOrder(h, shop.token, order.id);
    expect(paid).toMatchObject({ status: 'COMPLETED', paymentStatus: 'PAID', paymentDueAt: null });
    expect(paid.number).toMatch(/^INV\//);
    const paidPayment = chargedPayment(paid);
    expect(paidPayment.status).toBe('PAID');
    expect(paidPayment.paidAt).not.toBeNull();
    expect(paidPayment.charge.transactionId).toBe(h.sim.charges.get(payment.charge.chargeId)?.transactionId);
    expect(await stockBalance(h.sg, shop, product.id)).toBe(before - 2);

    // Announced once, when paid, with the payment as the cash book needs it.
    await waitFor(() => completedEvents(order.id).length === 1, 'the completed event');
    const event = completedEvents(order.id)[0]?.payload as unknown as OrderCompletedPayload;
    expect(event.payments).toEqual([
      {
        paymentId: payment.id,
        method: 'QRIS',
        amount: 25_000,
        status: 'PAID',
        paidAt: paidPayment.paidAt,
        provider: {
          provider: 'MIDTRANS',
          chargeId: payment.charge.chargeId,
          account: 'PLATFORM',
          channel: 'QRIS',
          transactionId: paidPayment.charge.transactionId,
        },
      },
    ]);
    expect(event.number).toBe(paid.number);

    // The notification again (the provider retries): nothing changes.
    const again = await h.sim.post(h.webhookUrl, h.sim.notification(payment.charge.chargeId));
    expect(again).toBe(200);
    await h.orders.relay.drain(100);
    expect(completedEvents(order.id)).toHaveLength(1);
    expect(await readOrder(h, shop.token, order.id)).toEqual(paid);
    // And the checkout's key now answers the completed sale.
    expect(await payCheckout(h, shop.token, input)).toMatchObject({ id: order.id, status: 'COMPLETED' });
  }, 60_000);

  it('splits cash and QRIS: the cash counts in the shift only once the QRIS part is paid', async () => {
    const shiftCash = async () => {
      const { body } = await h.sg.request<{ currentShift: { cashSales: string } }>(
        'query { currentShift(deviceId: "till-p") { cashSales } }',
        {},
        { token: shop.token },
      );
      return Number(expectNoErrors(body).currentShift.cashSales);
    };
    const cashBefore = await shiftCash();
    const order = await payCheckout(
      h,
      shop.token,
      sale([
        { method: 'CASH', tendered: '20000' },
        { method: 'QRIS', amount: '5000', charge: true },
      ]),
    );
    expect(order.payments.map((p) => [p.method, p.status])).toEqual([
      ['CASH', 'PAID'],
      ['QRIS', 'PENDING'],
    ]);
    expect(await shiftCash()).toBe(cashBefore);
    await h.sim.pay(chargedPayment(order).charge.chargeId);
    expect((await readOrder(h, shop.token, order.id)).status).toBe('COMPLETED');
    expect(await shiftCash()).toBe(cashBefore + 20_000);
  }, 60_000);

  it('cancels the sale and releases the stock when the wallet refuses the charge', async () => {
    const before = await stockBalance(h.sg, shop, product.id);
    const order = await payCheckout(h, shop.token, sale([{ method: 'QRIS', amount: '25000', charge: true }]));
    expect(await stockBalance(h.sg, shop, product.id)).toBe(before - 2);
    const delivery = await h.sim.fail(chargedPayment(order).charge.chargeId);
    expect(delivery?.status).toBe(200);
    const failed = await readOrder(h, shop.token, order.id);
    expect(failed).toMatchObject({ status: 'CANCELLED', paymentStatus: 'FAILED', number: null });
    expect(chargedPayment(failed).status).toBe('FAILED');
    expect(await stockBalance(h.sg, shop, product.id)).toBe(before);
    expect(completedEvents(order.id)).toHaveLength(0);
  }, 60_000);

  it('refuses two charged payments in one sale, and a charged method other than QRIS or EWALLET, as input', async () => {
    const { body } = await h.sg.request(
      `mutation ($input: CheckoutInput!) { checkout(input: $input) { __typename } }`,
      {
        input: sale([
          { method: 'QRIS', amount: '10000', charge: true },
          { method: 'EWALLET', amount: '15000', charge: true },
        ]),
      },
      { token: shop.token },
    );
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'payments' });
    const typed = await h.sg.request(
      `mutation ($input: CheckoutInput!) { checkout(input: $input) { __typename } }`,
      { input: sale([{ method: 'CASH', amount: '25000', charge: true }]) },
      { token: shop.token },
    );
    expect(typed.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'payments' });
  });
});

describe('the till asks, or gives up', () => {
  it('completes a sale whose notification was lost when the till checks the status', async () => {
    const order = await payCheckout(h, shop.token, sale([{ method: 'QRIS', amount: '25000', charge: true }]));
    const { chargeId } = chargedPayment(order).charge;
    h.sim.muted.add(chargeId);
    await h.sim.pay(chargeId);
    expect((await readOrder(h, shop.token, order.id)).status).toBe('PENDING');
    const { body } = await h.sg.request<{ checkPaymentStatus: OrderView }>(
      CHECK_PAYMENT,
      { id: order.id },
      { token: shop.token },
    );
    expect(expectNoErrors(body).checkPaymentStatus).toMatchObject({
      __typename: 'Order',
      status: 'COMPLETED',
      paymentStatus: 'PAID',
    });
    await waitFor(() => completedEvents(order.id).length === 1, 'the completed event');
  }, 60_000);

  it('cancels a waiting charge at the provider and the sale with it, releasing the stock', async () => {
    const before = await stockBalance(h.sg, shop, product.id);
    const order = await payCheckout(h, shop.token, sale([{ method: 'QRIS', amount: '25000', charge: true }]));
    const { body } = await h.sg.request<{ cancelPendingPayment: OrderView }>(
      CANCEL_PAYMENT,
      { id: order.id },
      { token: shop.token },
    );
    const cancelled = expectNoErrors(body).cancelPendingPayment;
    expect(cancelled).toMatchObject({ __typename: 'Order', status: 'CANCELLED', paymentStatus: 'FAILED' });
    expect(h.sim.charges.get(chargedPayment(order).charge.chargeId)?.status).toBe('cancel');
    expect(await stockBalance(h.sg, shop, product.id)).toBe(before);
    // Nothing is waiting any more.
    const again = await h.sg.request<{ cancelPendingPayment: OrderView }>(
      CANCEL_PAYMENT,
      { id: order.id },
      { token: shop.token },
    );
    expect(expectNoErrors(again.body).cancelPendingPayment).toMatchObject({ code: 'PAYMENT_NOT_PENDING' });
  }, 60_000);
});

describe('the till gives up too late', () => {
  it('completes, instead of cancelling, a sale whose customer paid just before the cashier gave up', async () => {
    const order = await payCheckout(h, shop.token, sale([{ method: 'QRIS', amount: '25000', charge: true }]));
    const { chargeId } = chargedPayment(order).charge;
    h.sim.muted.add(chargeId);
    await h.sim.pay(chargeId);
    const { body } = await h.sg.request<{ cancelPendingPayment: OrderView }>(
      CANCEL_PAYMENT,
      { id: order.id },
      { token: shop.token },
    );
    expect(expectNoErrors(body).cancelPendingPayment).toMatchObject({
      __typename: 'Order',
      status: 'COMPLETED',
      paymentStatus: 'PAID',
    });
    expect(h.sim.charges.get(chargeId)?.status).toBe('settlement');
  }, 60_000);
});

describe('a checkout that died after creating its charge', () => {
  it('is cancelled by recovery, and money the customer paid anyway goes back through the provider', async () => {
    const before = await stockBalance(h.sg, shop, product.id);
    const order = await payCheckout(h, shop.token, sale([{ method: 'QRIS', amount: '25000', charge: true }]));
    const { chargeId } = chargedPayment(order).charge;
    // As if the process died right after the provider made the charge: the order was never marked
    // waiting and is still in the lease queue, its lease run out. Then the customer pays.
    const { models } = h.orders;
    const doc = await getByKey<OrderDoc>(models.orders, order.id);
    if (!doc) throw new Error('order missing');
    const past = new Date(Date.now() - 60_000);
    await updateByKey(models.orders, order.id, {
      $set: { awaitingPaymentUntil: null, 'saga.leaseUntil': past },
    });
    await models.pendingPayments.remove(order.id);
    await models.pendingOrders.add(order.id, { merchantId: doc.merchantId }, past);
    h.sim.muted.add(chargeId);
    await h.sim.pay(chargeId);

    await waitFor(async () => (await readOrder(h, shop.token, order.id)).status === 'CANCELLED', 'recovery');
    const cancelled = await readOrder(h, shop.token, order.id);
    expect(cancelled.paymentStatus).toBe('FAILED');
    expect(await stockBalance(h.sg, shop, product.id)).toBe(before);
    const simulated = h.sim.charges.get(chargeId);
    expect(simulated?.status).toBe('refund');
    expect(simulated?.refunds.map((r) => r.amount)).toEqual([25_000]);
    const charge = await getByKey<{ state: string; refunded: number }>(models.charges, chargeId);
    expect(charge).toMatchObject({ state: 'REFUNDED', refunded: 25_000 });
    expect(completedEvents(order.id)).toHaveLength(0);
  }, 60_000);
});

describe('an e-wallet sale refunded through the provider', () => {
  it('refunds part, then the rest, through the provider; the payment ends REFUNDED', async () => {
    const order = await payCheckout(
      h,
      shop.token,
      sale([{ method: 'EWALLET', amount: '37500', charge: true, wallet: 'SHOPEEPAY' }], 3),
    );
    const payment = chargedPayment(order);
    expect(payment.charge).toMatchObject({ channel: 'SHOPEEPAY', qrString: null });
    expect(payment.charge.deeplinkUrl).toContain(payment.charge.chargeId);
    await h.sim.pay(payment.charge.chargeId);
    const paid = await readOrder(h, shop.token, order.id);
    expect(paid.status).toBe('COMPLETED');
    const line = paid.lines[0];
    if (!line) throw new Error('no line');

    const before = await stockBalance(h.sg, shop, product.id);
    const first = await h.sg.request<{ refundOrder: Record<string, unknown> }>(
      REFUND,
      {
        input: {
          orderId: order.id,
          idempotencyKey: key(),
          reason: 'satu rusak',
          lines: [{ lineId: line.id, quantity: 1 }],
        },
      },
      { token: shop.token },
    );
    const refund = expectNoErrors(first.body).refundOrder;
    expect(refund).toMatchObject({
      __typename: 'Refund',
      amount: '12500',
      status: 'REFUNDED',
      method: 'EWALLET',
    });
    const simulated = h.sim.charges.get(payment.charge.chargeId);
    expect(simulated?.refunds).toEqual([expect.objectContaining({ key: refund.id, amount: 12_500 })]);
    expect(simulated?.status).toBe('partial_refund');
    expect(await stockBalance(h.sg, shop, product.id)).toBe(before + 1);
    const partly = await readOrder(h, shop.token, order.id);
    expect(partly).toMatchObject({ refundStatus: 'PARTIAL', paymentStatus: 'PAID', refundedAmount: '12500' });
    expect(chargedPayment(partly).status).toBe('PAID');

    // Announced with the charge it came out of, once the provider confirmed it.
    await h.orders.relay.drain(100);
    await waitFor(
      () => h.events.some((e) => e.type === 'orders.order-refunded' && e.payload.refundId === refund.id),
      'the refund event',
    );
    const event = h.events.find((e) => e.payload.refundId === refund.id)
      ?.payload as unknown as OrderRefundedPayload;
    expect(event.amount).toBe(12_500);
    expect(event.payments).toEqual([
      expect.objectContaining({
        paymentId: refund.id,
        method: 'EWALLET',
        amount: 12_500,
        status: 'REFUNDED',
        provider: expect.objectContaining({ chargeId: payment.charge.chargeId, channel: 'SHOPEEPAY' }),
      }),
    ]);

    const rest = await h.sg.request<{ refundOrder: Record<string, unknown> }>(
      REFUND,
      { input: { orderId: order.id, idempotencyKey: key(), reason: 'batal semua' } },
      { token: shop.token },
    );
    expect(expectNoErrors(rest.body).refundOrder).toMatchObject({ amount: '25000', status: 'REFUNDED' });
    expect(h.sim.charges.get(payment.charge.chargeId)?.status).toBe('refund');
    const refunded = await readOrder(h, shop.token, order.id);
    expect(refunded).toMatchObject({
      refundStatus: 'FULL',
      paymentStatus: 'REFUNDED',
      refundedAmount: '37500',
    });
    expect(chargedPayment(refunded).status).toBe('REFUNDED');
    expect(refunded.refunds.map((r) => r.status)).toEqual(['REFUNDED', 'REFUNDED']);
  }, 60_000);

  it('reverses a refund the provider refuses, and a voided provider sale is refused', async () => {
    const order = await payCheckout(
      h,
      shop.token,
      sale([{ method: 'EWALLET', amount: '25000', charge: true }]),
    );
    const { chargeId } = chargedPayment(order).charge;
    await h.sim.pay(chargeId);
    expect((await readOrder(h, shop.token, order.id)).status).toBe('COMPLETED');
    const before = await stockBalance(h.sg, shop, product.id);
    h.sim.refusingRefunds.add(chargeId);
    const refused = await h.sg.request<{ refundOrder: Record<string, unknown> }>(
      REFUND,
      { input: { orderId: order.id, idempotencyKey: key(), reason: 'pelanggan minta' } },
      { token: shop.token },
    );
    expect(expectNoErrors(refused.body).refundOrder).toMatchObject({
      __typename: 'ProviderRefundRefused',
      code: 'PROVIDER_REFUND_REFUSED',
    });
    // Nothing went back: no stock, no refunded amount, no event; the refund shows as FAILED.
    expect(await stockBalance(h.sg, shop, product.id)).toBe(before);
    const after = await readOrder(h, shop.token, order.id);
    expect(after).toMatchObject({ refundStatus: 'NONE', refundedAmount: '0', paymentStatus: 'PAID' });
    expect(after.refunds.map((r) => r.status)).toEqual(['FAILED']);
    await h.orders.relay.drain(100);
    expect(h.events.some((e) => e.type === 'orders.order-refunded' && e.payload.orderId === order.id)).toBe(
      false,
    );

    // The whole amount can still be refunded another way.
    const cash = await h.sg.request<{ refundOrder: Record<string, unknown> }>(
      REFUND,
      {
        input: {
          orderId: order.id,
          idempotencyKey: key(),
          reason: 'tunai',
          method: 'CASH',
          deviceId: 'till-p',
        },
      },
      { token: shop.token },
    );
    expect(expectNoErrors(cash.body).refundOrder).toMatchObject({
      amount: '25000',
      status: 'REFUNDED',
      method: 'CASH',
    });

    const other = await payCheckout(h, shop.token, sale([{ method: 'QRIS', amount: '25000', charge: true }]));
    await h.sim.pay(chargedPayment(other).charge.chargeId);
    const voided = await h.sg.request<{ voidOrder: { __typename: string; code?: string } }>(
      'mutation ($input: VoidOrderInput!) { voidOrder(input: $input) { __typename ... on ErrorResult { code } } }',
      { input: { orderId: other.id, reason: 'salah' } },
      { token: shop.token },
    );
    expect(expectNoErrors(voided.body).voidOrder).toEqual({
      __typename: 'VoidNotAllowed',
      code: 'VOID_NOT_ALLOWED',
    });
  }, 60_000);
});
