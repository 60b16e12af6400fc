import { randomUUID } from 'node:crypto';
import type { EventBus } from '@pos/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, expectNoErrors, type Supergraph } from '../../../gateway/test/harness';
import { registerMerchant } from '../../users/test/helpers';
import {
  CHARGE,
  callCustomers,
  createCustomer,
  eventually,
  merchant,
  orderCompleted,
  orderRefunded,
  orderVoided,
  REDEEM,
  startWithClock,
} from './helpers';

let sg: Supergraph;
let bus: () => EventBus;
let now = new Date('2026-11-22T03:00:00Z');
beforeAll(async () => {
  ({ sg, bus } = await startWithClock(() => now));
});
afterAll(() => sg?.close());

const SETTINGS = `mutation ($i: LoyaltySettingsInput!) { setLoyaltySettings(input: $i) { ... on LoyaltySettings { earnAmount redeemValuePerPoint } } }`;
const POINTS = `query ($id: ID!) { customer(id: $id) { points stats { visitCount totalSpent } } }`;
const CREDIT = `query ($id: ID!) { customer(id: $id) { credit { balance limit available dueDate overdue } } }`;

async function shop(earn = true) {
  const m = await merchant(sg);
  if (earn) {
    const i = { earnAmount: '10000', earnPoints: 1, redeemValuePerPoint: '100' };
    expectNoErrors((await sg.request(SETTINGS, { i }, { token: m.token })).body);
  }
  return m;
}

async function pointsOf(token: string, id: string) {
  const { body } = await sg.request<{
    customer: { points: number; stats: { visitCount: number; totalSpent: string } };
  }>(POINTS, { id }, { token });
  return expectNoErrors(body).customer;
}

async function givePoints(token: string, customerId: string, points: number) {
  const adjust = `mutation ($i: AdjustPointsInput!) { adjustPoints(input: $i) { __typename } }`;
  expectNoErrors(
    (await sg.request(adjust, { i: { customerId, points, reason: 'saldo awal' } }, { token })).body,
  );
}

describe('loyalty points from the orders events', () => {
  it('earns once per completed order even when the event is delivered twice; a refund reverses pro rata, a void the rest', async () => {
    const { merchantId, token } = await shop();
    const customerId = await createCustomer(sg, token, { name: 'Joko', phone: '081311112222' });
    const orderId = randomUUID();
    // Paid 150.000, of which 20.000 with points: 130.000 earnable -> 13 points.
    const completed = orderCompleted(merchantId, {
      orderId,
      customerId,
      total: 150_000,
      payments: [
        { paymentId: 'p1', method: 'CASH', amount: 130_000 },
        { paymentId: 'p2', method: 'POINTS', amount: 20_000, points: 200, customerId },
      ],
    });
    await Promise.all([bus().publish(completed), bus().publish(completed)]);
    await bus().publish(completed);
    await eventually(async () =>
      expect(await pointsOf(token, customerId)).toEqual({
        points: 13,
        stats: { visitCount: 1, totalSpent: '150000' },
      }),
    );
    await new Promise((r) => setTimeout(r, 200));
    expect((await pointsOf(token, customerId)).points).toBe(13);

    // A different event id for the same order (a second relay) earns nothing either.
    await bus().publish(orderCompleted(merchantId, { orderId, customerId, total: 150_000 }));
    const refund = orderRefunded(merchantId, { orderId, refundId: randomUUID(), customerId, amount: 65_000 });
    await bus().publish(refund);
    await bus().publish(refund);
    await eventually(async () =>
      expect(await pointsOf(token, customerId)).toEqual({
        points: 7,
        stats: { visitCount: 1, totalSpent: '85000' },
      }),
    );

    await bus().publish(orderVoided(merchantId, { orderId, customerId, total: 150_000, payments: [] }));
    await eventually(async () =>
      expect(await pointsOf(token, customerId)).toEqual({
        points: 0,
        stats: { visitCount: 0, totalSpent: '0' },
      }),
    );
  });
});

describe('checkout steps (internal)', () => {
  it('lets exactly 10 of 20 concurrent redemptions of 100 points from 1,000 succeed', async () => {
    const { token } = await shop();
    const customerId = await createCustomer(sg, token, { name: 'Kartika', phone: '081322223333' });
    await givePoints(token, customerId, 1000);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        callCustomers<{ redeemPoints: { __typename: string } }>(
          sg,
          REDEEM,
          { input: { orderId: `order-${i}`, step: 'points', customerId, branchId: 'b1', points: 100 } },
          { token },
        ),
      ),
    );
    const kinds = results.map((r) => expectNoErrors(r.body).redeemPoints.__typename);
    expect(kinds.filter((k) => k === 'PointsRedeemed')).toHaveLength(10);
    expect(kinds.filter((k) => k === 'InsufficientPoints')).toHaveLength(10);
    expect((await pointsOf(token, customerId)).points).toBe(0);
  });

  it('replays a redemption, gives the points back on compensation once, and refuses a redemption compensated before it arrived', async () => {
    const { token } = await shop();
    const customerId = await createCustomer(sg, token, { name: 'Lina', phone: '081333334444' });
    await givePoints(token, customerId, 500);
    const input = { orderId: 'o-1', step: 'points', customerId, branchId: 'b1', points: 300 };
    for (let i = 0; i < 2; i++) {
      const { body } = await callCustomers<{ redeemPoints: unknown }>(sg, REDEEM, { input }, { token });
      expect(expectNoErrors(body).redeemPoints).toEqual({
        __typename: 'PointsRedeemed',
        points: 300,
        value: '30000',
        balance: 200,
      });
    }
    const REVERSE = `mutation ($i: ReversePointsRedemptionInput!) { reversePointsRedemption(input: $i) }`;
    for (let i = 0; i < 2; i++) {
      const { body } = await callCustomers<{ reversePointsRedemption: boolean }>(
        sg,
        REVERSE,
        { i: { orderId: 'o-1', step: 'points' } },
        { token },
      );
      expect(expectNoErrors(body).reversePointsRedemption).toBe(true);
    }
    expect((await pointsOf(token, customerId)).points).toBe(500);
    const early = await callCustomers<{ reversePointsRedemption: boolean }>(
      sg,
      REVERSE,
      { i: { orderId: 'o-2', step: 'points' } },
      { token },
    );
    expect(expectNoErrors(early.body).reversePointsRedemption).toBe(true);
    const late = await callCustomers<{ redeemPoints: { code: string } }>(
      sg,
      REDEEM,
      { input: { ...input, orderId: 'o-2' } },
      { token },
    );
    expect(expectNoErrors(late.body).redeemPoints.code).toBe('INSUFFICIENT_POINTS');
    expect((await pointsOf(token, customerId)).points).toBe(500);
  });

  it('refuses internal steps without the internal secret, and the gateway does not expose them', async () => {
    const { token } = await shop();
    const input = { orderId: 'o', step: 's', customerId: 'c', branchId: 'b', points: 1 };
    const direct = await callCustomers(sg, REDEEM, { input }, { token, internal: false });
    expect(errorCodes(direct.body)).toEqual(['FORBIDDEN']);
    const viaGateway = await sg.request(REDEEM, { input }, { token });
    expect(new Set(errorCodes(viaGateway.body))).toEqual(new Set(['GRAPHQL_VALIDATION_FAILED']));
    const charge = await sg.request(CHARGE, { input: { ...input, amount: '1' } }, { token });
    expect(new Set(errorCodes(charge.body))).toEqual(new Set(['GRAPHQL_VALIDATION_FAILED']));
  });
});

describe('customer credit (kasbon)', () => {
  const LIMIT = `mutation ($id: ID!, $l: Money!) { setCreditLimit(customerId: $id, limit: $l) { ... on Customer { id } } }`;
  const REPAY = `mutation ($i: RecordCreditRepaymentInput!) { recordCreditRepayment(input: $i) { __typename ... on CreditEntry { balance } ... on ErrorResult { code } } }`;
  const BALANCES = `query ($asOf: Date, $s: CreditStanding) { creditBalances(asOf: $asOf, standing: $s) { customer { id } balance overdue dueDate standing daysOverdue } }`;

  it('refuses a charge over the limit, lowers the balance with repayments, and lists due-soon and overdue balances for a fixed clock', async () => {
    const { token } = await shop(false);
    const settings = { creditTermDays: 14 };
    expectNoErrors((await sg.request(SETTINGS, { i: settings }, { token })).body);
    const late = await createCustomer(sg, token, { name: 'Made', phone: '081344445555' });
    const soon = await createCustomer(sg, token, { name: 'Nur', phone: '081344446666' });
    for (const id of [late, soon])
      expectNoErrors((await sg.request(LIMIT, { id, l: '500000' }, { token })).body);

    now = new Date('2026-11-01T03:00:00Z');
    const charge = (customerId: string, orderId: string, amount: string) =>
      callCustomers<{ chargeCustomerCredit: Record<string, unknown> }>(
        sg,
        CHARGE,
        { input: { orderId, step: 'credit', customerId, branchId: 'b1', amount } },
        { token },
      );
    expect(expectNoErrors((await charge(late, 'c-1', '300000')).body).chargeCustomerCredit).toEqual({
      __typename: 'CreditCharged',
      balance: '300000',
      dueDate: '2026-11-15',
    });
    expect(expectNoErrors((await charge(late, 'c-1', '300000')).body).chargeCustomerCredit.balance).toBe(
      '300000',
    );
    expect(expectNoErrors((await charge(late, 'c-2', '250000')).body).chargeCustomerCredit).toEqual({
      __typename: 'CreditLimitExceeded',
      code: 'CREDIT_LIMIT_EXCEEDED',
      available: '200000',
    });
    now = new Date('2026-11-20T03:00:00Z');
    expectNoErrors((await charge(soon, 'c-3', '100000')).body);

    const repaid = await sg.request<{ recordCreditRepayment: unknown }>(
      REPAY,
      { i: { customerId: late, amount: '100000', method: 'CASH', idempotencyKey: 'r-1' } },
      { token },
    );
    expect(expectNoErrors(repaid.body).recordCreditRepayment).toEqual({
      __typename: 'CreditEntry',
      balance: '200000',
    });
    const again = await sg.request<{ recordCreditRepayment: unknown }>(
      REPAY,
      { i: { customerId: late, amount: '100000', method: 'CASH', idempotencyKey: 'r-1' } },
      { token },
    );
    expect(expectNoErrors(again.body).recordCreditRepayment).toEqual({
      __typename: 'CreditEntry',
      balance: '200000',
    });
    const tooMuch = await sg.request<{ recordCreditRepayment: { code: string } }>(
      REPAY,
      { i: { customerId: late, amount: '999999', method: 'TRANSFER' } },
      { token },
    );
    expect(expectNoErrors(tooMuch.body).recordCreditRepayment.code).toBe('REPAYMENT_EXCEEDS_BALANCE');

    const { body } = await sg.request<{ customer: { credit: unknown } }>(CREDIT, { id: late }, { token });
    expect(expectNoErrors(body).customer.credit).toEqual({
      balance: '200000',
      limit: '500000',
      available: '300000',
      dueDate: '2026-11-15',
      overdue: '200000',
    });

    const list = await sg.request<{ creditBalances: unknown[] }>(BALANCES, { asOf: '2026-11-29' }, { token });
    expect(expectNoErrors(list.body).creditBalances).toEqual([
      {
        customer: { id: late },
        balance: '200000',
        overdue: '200000',
        dueDate: '2026-11-15',
        standing: 'OVERDUE',
        daysOverdue: 14,
      },
      {
        customer: { id: soon },
        balance: '100000',
        overdue: '0',
        dueDate: '2026-12-04',
        standing: 'DUE_SOON',
        daysOverdue: 0,
      },
    ]);
    const overdueOnly = await sg.request<{ creditBalances: { customer: { id: string } }[] }>(
      BALANCES,
      { asOf: '2026-11-29', s: 'OVERDUE' },
      { token },
    );
    expect(expectNoErrors(overdueOnly.body).creditBalances.map((b) => b.customer.id)).toEqual([late]);
    const archive = await sg.request<{ archiveCustomer: { code: string } }>(
      `mutation ($id: ID!) { archiveCustomer(id: $id) { ... on ErrorResult { code } } }`,
      { id: late },
      { token },
    );
    expect(expectNoErrors(archive.body).archiveCustomer.code).toBe('CUSTOMER_HAS_BALANCE');
  });

  it("dates entries and due dates in the merchant's own zone, also when Jakarta's date is another", async () => {
    // 16:30 UTC: 23:30 of the 22nd in Jakarta, 01:30 of the 23rd in Jayapura, where this shop is.
    now = new Date('2026-11-22T16:30:00Z');
    const { session, branchId } = await registerMerchant(sg, { timeZone: 'Asia/Jayapura' });
    const token = session.accessToken;
    const ZONE = `mutation ($i: LoyaltySettingsInput!) { setLoyaltySettings(input: $i) { ... on LoyaltySettings { creditTermDays timeZone } } }`;
    expect(expectNoErrors((await sg.request(ZONE, { i: { creditTermDays: 10 } }, { token })).body)).toEqual({
      setLoyaltySettings: { creditTermDays: 10, timeZone: 'Asia/Jayapura' },
    });
    // The loyalty settings keep no zone of their own: another one is refused, the merchant's accepted.
    const other = await sg.request(ZONE, { i: { timeZone: 'Asia/Jakarta' } }, { token });
    expect(errorCodes(other.body)).toEqual(['BAD_USER_INPUT']);
    expect(
      expectNoErrors((await sg.request(ZONE, { i: { timeZone: 'Asia/Jayapura' } }, { token })).body),
    ).toEqual({ setLoyaltySettings: { creditTermDays: 10, timeZone: 'Asia/Jayapura' } });

    const customerId = await createCustomer(sg, token, { name: 'Yohana', phone: '081366667777' });
    expectNoErrors((await sg.request(LIMIT, { id: customerId, l: '100000' }, { token })).body);
    const input = { orderId: 'z-1', step: 'credit', customerId, branchId, amount: '40000' };
    expect(
      expectNoErrors(
        (await callCustomers<{ chargeCustomerCredit: unknown }>(sg, CHARGE, { input }, { token })).body,
      ).chargeCustomerCredit,
    ).toEqual({ __typename: 'CreditCharged', balance: '40000', dueDate: '2026-12-03' });
    const repay = { customerId, amount: '15000', method: 'CASH', branchId, idempotencyKey: 'z-r' };
    expectNoErrors((await sg.request(REPAY, { i: repay }, { token })).body);
    const STATEMENT = `query ($id: ID!) { customer(id: $id) { creditStatement { entries { kind date } } } }`;
    const { body } = await sg.request<{ customer: { creditStatement: unknown } }>(
      STATEMENT,
      { id: customerId },
      { token },
    );
    expect(expectNoErrors(body).customer.creditStatement).toEqual({
      entries: [
        { kind: 'CHARGE', date: '2026-11-23' },
        { kind: 'REPAYMENT', date: '2026-11-23' },
      ],
    });
  });

  it('gives a charge back on compensation once, and a void takes back what the order charged', async () => {
    const { merchantId, token } = await shop(false);
    const customerId = await createCustomer(sg, token, { name: 'Oka', phone: '081355556666' });
    expectNoErrors((await sg.request(LIMIT, { id: customerId, l: '100000' }, { token })).body);
    const input = { orderId: 'k-1', step: 'credit', customerId, branchId: 'b1', amount: '80000' };
    expectNoErrors((await callCustomers(sg, CHARGE, { input }, { token })).body);
    const REVERSE = `mutation ($i: ReverseCustomerCreditInput!) { reverseCustomerCredit(input: $i) }`;
    for (let i = 0; i < 2; i++)
      expectNoErrors(
        (await callCustomers(sg, REVERSE, { i: { orderId: 'k-1', step: 'credit' } }, { token })).body,
      );
    const credit = async () =>
      expectNoErrors(
        (
          await sg.request<{ customer: { credit: { balance: string } } }>(
            CREDIT,
            { id: customerId },
            { token },
          )
        ).body,
      ).customer.credit.balance;
    expect(await credit()).toBe('0');

    expectNoErrors(
      (await callCustomers(sg, CHARGE, { input: { ...input, orderId: 'k-2' } }, { token })).body,
    );
    expect(await credit()).toBe('80000');
    const payments = [{ paymentId: 'p', method: 'CUSTOMER_CREDIT' as const, amount: 80_000, customerId }];
    await bus().publish(orderVoided(merchantId, { orderId: 'k-2', customerId, total: 80_000, payments }));
    await eventually(async () => expect(await credit()).toBe('0'));
    // The saga's compensation after the void changes nothing more.
    expectNoErrors(
      (await callCustomers(sg, REVERSE, { i: { orderId: 'k-2', step: 'credit' } }, { token })).body,
    );
    expect(await credit()).toBe('0');
  });
});
