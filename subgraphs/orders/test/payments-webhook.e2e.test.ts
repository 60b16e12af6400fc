/**
 * The provider's webhook is public and carries no token: a notification is trusted only once its
 * signature checks out against the key of the account its charge was made with, never for the
 * amount, and never across merchants. Also tenancy and scopes of the payment API, and merchants'
 * own provider accounts.
 */
import { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, expectNoErrors } from '../../../gateway/test/harness';
import { createStaff, login } from '../../users/test/helpers';
import { simulatedAccount } from '../src/payments/midtrans/simulator';
import { createProduct, key, type Shop, seedShop, stockBalance } from './helpers';
import {
  CANCEL_PAYMENT,
  CHECK_PAYMENT,
  chargedPayment,
  type OrderView,
  type PaymentsHarness,
  payCheckout,
  readOrder,
  startPaymentsHarness,
} from './payments-helpers';

let h: PaymentsHarness;
let shopA: Shop;
let shopB: Shop;
let productA: { id: string };
let productB: { id: string };

const SETTINGS = /* GraphQL */ `
  query {
    paymentProviderSettings {
      chargingAvailable chargingAccount
      ownAccount { provider environment merchantCode serverKeyHint }
    }
  }
`;
const SET_ACCOUNT = /* GraphQL */ `
  mutation ($input: SetPaymentProviderAccountInput!) {
    setPaymentProviderAccount(input: $input) {
      __typename
      ... on PaymentProviderAccount { provider environment merchantCode serverKeyHint }
      ... on ErrorResult { code message }
    }
  }
`;

beforeAll(async () => {
  h = await startPaymentsHarness();
  [shopA, shopB] = await Promise.all([seedShop(h.sg), seedShop(h.sg)]);
  [productA, productB] = await Promise.all([
    createProduct(h.sg, shopA, { price: 10_000, stock: 30 }),
    createProduct(h.sg, shopB, { price: 10_000, stock: 30 }),
  ]);
}, 120_000);
afterAll(() => h?.close());

const saleOf = (shop: Shop, productId: string) => ({
  idempotencyKey: key(),
  deviceId: 'till-w',
  branchId: shop.branchId,
  lines: [{ productId, quantity: 1 }],
  payments: [{ method: 'QRIS', amount: '10000', charge: true }],
});

/** A waiting QRIS sale of shop A and its charge id. */
async function waitingSale(shop = shopA, productId = productA.id) {
  const order = await payCheckout(h, shop.token, saleOf(shop, productId));
  return { order, chargeId: chargedPayment(order).charge.chargeId };
}

/** What the provider would post once the charge is paid, before it is: the body of a settlement. */
function settlementBody(chargeId: string, overrides: Record<string, unknown> = {}) {
  const { signature_key: _, ...pending } = h.sim.notification(chargeId);
  return {
    ...pending,
    transaction_status: 'settlement',
    status_code: '200',
    settlement_time: '2026-12-05 10:00:00',
    ...overrides,
  };
}

const post = (body: Record<string, unknown>) => h.sim.post(h.webhookUrl, body);

async function expectUntouched(order: OrderView, chargeId: string) {
  const now = await readOrder(h, shopA.token, order.id);
  expect(now).toMatchObject({ status: 'PENDING', paymentStatus: 'PENDING', number: null });
  expect(chargedPayment(now).status).toBe('PENDING');
  const charge = await h.orders.models.charges
    .findOne({ _id: chargeId })
    .setOptions({ crossTenant: true })
    .lean();
  expect(charge?.state).toBe('PENDING');
  expect(h.events.some((e) => e.payload.orderId === order.id)).toBe(false);
}

describe('the webhook', () => {
  it('refuses a notification with a bad signature, or one whose status does not match its signed code', async () => {
    const { order, chargeId } = await waitingSale();
    // Paid at the provider, its notification lost: one accepted notification would complete it.
    h.sim.muted.add(chargeId);
    await h.sim.pay(chargeId);
    const wrongKey = h.sim.sign(settlementBody(chargeId), simulatedAccount().serverKey);
    expect(await post(wrongKey)).toBe(401);
    const unsigned = settlementBody(chargeId);
    expect(await post(unsigned)).toBe(401);
    // A genuinely signed "pending" notification re-labelled as settlement: its code still says 201.
    const pending = h.sim.sign({ ...settlementBody(chargeId), status_code: '201' }, h.platform.serverKey);
    expect(await post({ ...pending, transaction_status: 'pending' })).toBe(200);
    expect(await post(pending)).toBe(401);
    await expectUntouched(order, chargeId);
    // Not even the gateway's own secret opens the subgraph's door without the signature.
    const direct = await fetch(`${h.sg.subgraphs.orders?.url}/webhooks/midtrans`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(h.sim.sign(settlementBody(chargeId), h.platform.serverKey)),
    });
    expect(direct.status).toBe(403);
    await expectUntouched(order, chargeId);
    // The genuine notification completes it.
    h.sim.muted.delete(chargeId);
    expect(await post(h.sim.notification(chargeId))).toBe(200);
    expect((await readOrder(h, shopA.token, order.id)).status).toBe('COMPLETED');
  });

  it('does not take a signed settlement for paid until the provider confirms it', async () => {
    const { order, chargeId } = await waitingSale();
    // Signed with the right key, but the provider has no such settlement: nothing moves.
    expect(await post(h.sim.sign(settlementBody(chargeId), h.platform.serverKey))).toBe(200);
    await expectUntouched(order, chargeId);
  });

  it('records an amount that differs from the charge for the merchant and never marks it paid', async () => {
    const { order, chargeId } = await waitingSale();
    await h.sim.pay(chargeId).then(() => undefined);
    // The sale completed on the real notification; now a second, signed, with another amount.
    const { order: other, chargeId: otherCharge } = await waitingSale();
    h.sim.muted.add(otherCharge);
    await h.sim.pay(otherCharge);
    const lower = h.sim.sign(settlementBody(otherCharge, { gross_amount: '1000.00' }), h.platform.serverKey);
    expect(await post(lower)).toBe(200);
    expect(await post(lower)).toBe(200);
    const after = await readOrder(h, shopA.token, other.id);
    expect(after).toMatchObject({ status: 'PENDING', paymentStatus: 'PENDING' });
    const { alerts } = chargedPayment(after).charge;
    // Recorded once, however often it comes.
    expect(alerts).toEqual([
      expect.objectContaining({
        kind: 'AMOUNT_MISMATCH',
        reportedAmount: '1000',
        providerStatus: 'settlement',
      }),
    ]);
    expect((await readOrder(h, shopA.token, order.id)).status).toBe('COMPLETED');
  });

  it("does not apply the provider's own answer either when it names another amount than the charge", async () => {
    const { order, chargeId } = await waitingSale();
    h.sim.muted.add(chargeId);
    await h.sim.pay(chargeId);
    // A genuine notification for the charge's 10,000; the provider's status answer then says 9,000.
    const genuine = h.sim.notification(chargeId);
    const simulated = h.sim.charges.get(chargeId);
    if (!simulated) throw new Error('the simulator lost the charge');
    simulated.amount = 9_000;
    expect(await post(genuine)).toBe(200);
    const after = await readOrder(h, shopA.token, order.id);
    expect(after).toMatchObject({ status: 'PENDING', paymentStatus: 'PENDING', number: null });
    expect(chargedPayment(after).charge.alerts).toEqual([
      expect.objectContaining({
        kind: 'AMOUNT_MISMATCH',
        reportedAmount: '9000',
        providerStatus: 'settlement',
      }),
    ]);
    expect(h.events.some((e) => e.payload.orderId === order.id)).toBe(false);
  });

  it('is idempotent: a replayed settlement completes the sale once', async () => {
    const { order, chargeId } = await waitingSale();
    const first = await h.sim.pay(chargeId);
    expect(first?.status).toBe(200);
    const paid = await readOrder(h, shopA.token, order.id);
    // The very body the provider posted, five times at once.
    const delivered = first?.body;
    if (!delivered) throw new Error('no notification was delivered');
    const replays = await Promise.all(Array.from({ length: 5 }, () => post(delivered)));
    expect(replays).toEqual([200, 200, 200, 200, 200]);
    await h.orders.relay.drain(100);
    expect(await readOrder(h, shopA.token, order.id)).toEqual(paid);
    expect(
      h.events.filter((e) => e.type === 'orders.order-completed' && e.payload.orderId === order.id),
    ).toHaveLength(1);
  });

  it('answers 404 for a charge it does not know, and 400 for what is not a notification', async () => {
    const unknown = h.sim.sign(
      settlementBody((await waitingSale()).chargeId, { order_id: new Types.ObjectId().toHexString() }),
      h.platform.serverKey,
    );
    expect(await post(unknown)).toBe(404);
    expect(await post({ hello: 'world' })).toBe(400);
    const res = await fetch(h.webhookUrl, { method: 'GET' });
    expect(res.status).toBe(405);
  });
});

describe("merchants' own provider accounts", () => {
  it('lets only the owner set one, checks the key with the provider and never shows it again', async () => {
    const accountB = h.sim.addAccount();
    const { username } = await createStaff(h.sg, shopB.token, { role: 'CASHIER' });
    const cashier = await login(h.sg, username, undefined, shopB.slug);
    const input = {
      serverKey: accountB.serverKey,
      merchantCode: accountB.merchantCode,
      environment: 'SANDBOX',
    };
    const denied = await h.sg.request(SET_ACCOUNT, { input }, { token: cashier.accessToken as string });
    expect(errorCodes(denied.body)).toEqual(['FORBIDDEN']);
    const cashierView = await h.sg.request<{ paymentProviderSettings: Record<string, unknown> }>(
      SETTINGS,
      {},
      { token: cashier.accessToken as string },
    );
    expect(expectNoErrors(cashierView.body).paymentProviderSettings).toEqual({
      chargingAvailable: true,
      chargingAccount: 'PLATFORM',
      ownAccount: null,
    });

    const unknownKey = await h.sg.request<{ setPaymentProviderAccount: Record<string, unknown> }>(
      SET_ACCOUNT,
      { input: { ...input, serverKey: simulatedAccount().serverKey } },
      { token: shopB.token },
    );
    expect(expectNoErrors(unknownKey.body).setPaymentProviderAccount).toMatchObject({
      __typename: 'PaymentProviderRejected',
    });
    const malformed = await h.sg.request(
      SET_ACCOUNT,
      { input: { ...input, serverKey: 'hunter2' } },
      { token: shopB.token },
    );
    expect(malformed.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'serverKey',
    });

    const set = await h.sg.request<{ setPaymentProviderAccount: Record<string, unknown> }>(
      SET_ACCOUNT,
      { input },
      { token: shopB.token },
    );
    expect(expectNoErrors(set.body).setPaymentProviderAccount).toEqual({
      __typename: 'PaymentProviderAccount',
      provider: 'MIDTRANS',
      environment: 'SANDBOX',
      merchantCode: accountB.merchantCode,
      serverKeyHint: accountB.serverKey.slice(-4),
    });
    const stored = await h.orders.models.paymentAccounts
      .findOne({ _id: await readMerchantId(shopB) })
      .setOptions({ crossTenant: true })
      .lean();
    expect(JSON.stringify(stored)).not.toContain(accountB.serverKey);
    const ownerView = await h.sg.request<{ paymentProviderSettings: Record<string, unknown> }>(
      SETTINGS,
      {},
      { token: shopB.token },
    );
    expect(expectNoErrors(ownerView.body).paymentProviderSettings).toMatchObject({
      chargingAccount: 'MERCHANT',
      ownAccount: { merchantCode: accountB.merchantCode },
    });

    // B's sales now charge with B's account; A's still with the platform's.
    const { order: saleB, chargeId: chargeB } = await waitingSale(shopB, productB.id);
    expect(chargedPayment(saleB).charge.account).toBe('MERCHANT');
    expect(h.sim.charges.get(chargeB)?.account.serverKey).toBe(accountB.serverKey);
    // B's charge is B's account's alone: a notification for it signed with the platform's key
    // (which every platform merchant's charges are checked with) changes nothing of B's, even
    // while it is paid at the provider.
    h.sim.muted.add(chargeB);
    await h.sim.pay(chargeB);
    const platformSigned = h.sim.sign(settlementBody(chargeB), h.platform.serverKey);
    expect(await post(platformSigned)).toBe(401);
    const untouchedB = await readOrder(h, shopB.token, saleB.id);
    expect(untouchedB).toMatchObject({ status: 'PENDING', paymentStatus: 'PENDING', number: null });
    h.sim.muted.delete(chargeB);
    expect(await post(h.sim.notification(chargeB))).toBe(200);
    expect((await readOrder(h, shopB.token, saleB.id)).status).toBe('COMPLETED');

    // A notification for A's charge signed with B's key (which B knows) changes nothing of A's,
    // even while A's charge is paid at the provider and one accepted notification would complete it.
    const { order: saleA, chargeId: chargeA } = await waitingSale();
    h.sim.muted.add(chargeA);
    await h.sim.pay(chargeA);
    expect(await post(h.sim.sign(settlementBody(chargeA), accountB.serverKey))).toBe(401);
    // Nor B's genuine notification with A's charge id put in.
    const borrowed = { ...h.sim.notification(chargeB), order_id: chargeA };
    expect(await post(borrowed)).toBe(401);
    await expectUntouched(saleA, chargeA);
    const before = await stockBalance(h.sg, shopA, productA.id);
    expect(await post(h.sim.notification(chargeA))).toBe(200);
    expect((await readOrder(h, shopA.token, saleA.id)).status).toBe('COMPLETED');
    expect(await stockBalance(h.sg, shopA, productA.id)).toBe(before);
  });
});

async function readMerchantId(shop: Shop): Promise<string> {
  const { body } = await h.sg.request<{ me: { merchant: { id: string } } }>(
    'query { me { merchant { id } } }',
    {},
    { token: shop.token },
  );
  return expectNoErrors(body).me.merchant.id;
}

describe('tenancy of the payment API', () => {
  it("reads another merchant's order as missing for status checks and cancels, and leaves it be", async () => {
    const { order, chargeId } = await waitingSale();
    for (const mutation of [CHECK_PAYMENT, CANCEL_PAYMENT]) {
      const { body } = await h.sg.request<Record<string, { __typename: string; entity?: string }>>(
        mutation,
        { id: order.id },
        { token: shopB.token },
      );
      expect(Object.values(expectNoErrors(body))[0]).toMatchObject({
        __typename: 'NotFound',
        entity: 'Order',
      });
    }
    const { body } = await h.sg.request<Record<string, { __typename: string }>>(
      CHECK_PAYMENT,
      { id: new Types.ObjectId().toHexString() },
      { token: shopA.token },
    );
    expect(expectNoErrors(body).checkPaymentStatus).toMatchObject({ __typename: 'NotFound' });
    await expectUntouched(order, chargeId);
  });

  it("gives a cashier without sales:read-all another cashier's waiting sale as missing", async () => {
    const { order, chargeId } = await waitingSale();
    const { username } = await createStaff(h.sg, shopA.token, { role: 'CASHIER' });
    const cashier = await login(h.sg, username, undefined, shopA.slug);
    const { body } = await h.sg.request<{ cancelPendingPayment: { __typename: string } }>(
      CANCEL_PAYMENT,
      { id: order.id },
      { token: cashier.accessToken as string },
    );
    expect(expectNoErrors(body).cancelPendingPayment.__typename).toBe('NotFound');
    await expectUntouched(order, chargeId);
  });
});
