/**
 * The Midtrans adapter against the simulator of the same API, over real HTTP: what each call
 * answers, how errors are told apart (refused for good vs try again), and how notifications are
 * verified. The simulator signs with its own code, so the adapter is checked against the formula.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MidtransClient, parseMidtransTime } from '../src/payments/midtrans/client';
import { MidtransSimulator, simulatedAccount } from '../src/payments/midtrans/simulator';
import {
  ChargeNotFound,
  type ChargeRequest,
  type ProviderAccount,
  ProviderRefused,
  ProviderUnavailable,
} from '../src/payments/provider';

const client = new MidtransClient(5_000);
const sim = new MidtransSimulator({ retryMs: 10, notifyAttempts: 1 });
let account: ProviderAccount;
let other: ProviderAccount;

beforeAll(async () => {
  await sim.start();
  const a = sim.addAccount(simulatedAccount());
  const b = sim.addAccount(simulatedAccount());
  account = { id: 'platform', apiUrl: sim.url, serverKey: a.serverKey, merchantCode: a.merchantCode };
  other = { id: 'merchant:b', apiUrl: sim.url, serverKey: b.serverKey, merchantCode: b.merchantCode };
});
afterAll(() => sim.close());

const request = (overrides: Partial<ChargeRequest> = {}): ChargeRequest => ({
  chargeId: randomBytes(12).toString('hex'),
  amount: 15_500,
  channel: 'QRIS',
  expirySeconds: 600,
  notificationUrl: null,
  description: 'Sale at PST',
  ...overrides,
});

describe('the Midtrans adapter', () => {
  it('charges a dynamic QRIS and a wallet, with the expiry asked for', async () => {
    const before = Date.now();
    const qris = await client.charge(account, request());
    expect(qris.qrString).toMatch(/^000201/);
    expect(qris.deeplinkUrl).toBeNull();
    // Midtrans times have whole seconds, in Jakarta time.
    expect(Math.abs(qris.expiresAt.getTime() - (before + 600_000))).toBeLessThan(2_000);
    const gopay = await client.charge(account, request({ channel: 'GOPAY' }));
    expect(gopay.qrString).toBeNull();
    expect(gopay.deeplinkUrl).toMatch(/^http/);
    expect(gopay.transactionId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('tells refusals (for good) from outages (try again)', async () => {
    const first = request();
    await client.charge(account, first);
    await expect(client.charge(account, first)).rejects.toMatchObject({ code: 'MIDTRANS_406' });
    const stranger = { ...account, serverKey: simulatedAccount().serverKey };
    await expect(client.charge(stranger, request())).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(client.charge(account, request({ amount: 0 }))).rejects.toBeInstanceOf(ProviderRefused);
    await expect(client.status(account, 'no-such-charge')).rejects.toBeInstanceOf(ChargeNotFound);
    // Another account's charge is unknown to this one.
    const theirs = request();
    await client.charge(other, theirs);
    await expect(client.status(account, theirs.chargeId)).rejects.toBeInstanceOf(ChargeNotFound);
    const down = { ...account, apiUrl: 'http://127.0.0.1:9' };
    await expect(client.status(down, theirs.chargeId)).rejects.toBeInstanceOf(ProviderUnavailable);
  });

  it('reads the states a charge goes through, and cannot cancel or expire a paid one', async () => {
    const paid = request();
    await client.charge(account, paid);
    expect((await client.status(account, paid.chargeId)).state).toBe('PENDING');
    await sim.pay(paid.chargeId);
    const settled = await client.status(account, paid.chargeId);
    expect(settled).toMatchObject({ state: 'PAID', providerStatus: 'settlement', amount: 15_500 });
    expect(settled.paidAt).toBeInstanceOf(Date);
    expect((await client.cancel(account, paid.chargeId)).state).toBe('PAID');
    expect((await client.expire(account, paid.chargeId)).state).toBe('PAID');

    const unpaid = request();
    await client.charge(account, unpaid);
    expect(await client.expire(account, unpaid.chargeId)).toMatchObject({
      state: 'EXPIRED',
      providerStatus: 'expire',
    });
    expect((await client.status(account, unpaid.chargeId)).state).toBe('EXPIRED');
    const cancelled = request();
    await client.charge(account, cancelled);
    expect((await client.cancel(account, cancelled.chargeId)).state).toBe('FAILED');
  });

  it('refunds in parts under our keys; a retried key is not refunded twice', async () => {
    const charge = request({ channel: 'SHOPEEPAY', amount: 30_000 });
    await client.charge(account, charge);
    await expect(
      client.refund(account, { chargeId: charge.chargeId, refundKey: 'r0', amount: 1_000, reason: 'x' }),
    ).rejects.toBeInstanceOf(ProviderRefused);
    await sim.pay(charge.chargeId);
    const part = await client.refund(account, {
      chargeId: charge.chargeId,
      refundKey: 'r1',
      amount: 10_000,
      reason: 'x',
    });
    expect(part).toMatchObject({
      state: 'PARTIALLY_REFUNDED',
      refunds: [{ refundKey: 'r1', amount: 10_000 }],
    });
    const again = await client.refund(account, {
      chargeId: charge.chargeId,
      refundKey: 'r1',
      amount: 10_000,
      reason: 'x',
    });
    expect(again.refunds).toEqual([{ refundKey: 'r1', amount: 10_000 }]);
    await expect(
      client.refund(account, { chargeId: charge.chargeId, refundKey: 'r2', amount: 25_000, reason: 'x' }),
    ).rejects.toBeInstanceOf(ProviderRefused);
    const rest = await client.refund(account, {
      chargeId: charge.chargeId,
      refundKey: 'r3',
      amount: 20_000,
      reason: 'x',
    });
    expect(rest.state).toBe('REFUNDED');
    expect(sim.charges.get(charge.chargeId)?.refunds.map((r) => r.amount)).toEqual([10_000, 20_000]);
  });

  it("verifies a notification's signature with the account's key, and its status against its signed code", async () => {
    const charge = request();
    await client.charge(account, charge);
    await sim.pay(charge.chargeId);
    const body = sim.notification(charge.chargeId);
    expect(client.chargeIdOf(body)).toBe(charge.chargeId);
    expect(client.verifyNotification(account, body)).toMatchObject({
      chargeId: charge.chargeId,
      state: 'PAID',
      amount: 15_500,
      merchantCode: account.merchantCode,
    });
    expect(client.verifyNotification(other, body)).toBeNull();
    expect(client.verifyNotification(account, { ...body, gross_amount: '1.00' })).toBeNull();
    expect(client.verifyNotification(account, { ...body, signature_key: 'f'.repeat(128) })).toBeNull();
    const pending = sim.sign(
      { ...body, status_code: '201', transaction_status: 'pending' },
      account.serverKey,
    );
    expect(client.verifyNotification(account, pending)?.state).toBe('PENDING');
    expect(client.verifyNotification(account, { ...pending, transaction_status: 'settlement' })).toBeNull();
    // Signed with the right key, another amount: verified, and the caller compares the amount.
    const lower = sim.sign({ ...body, gross_amount: '15000.00' }, account.serverKey);
    expect(client.verifyNotification(account, lower)?.amount).toBe(15_000);
    expect(client.chargeIdOf({ order_id: '../../etc' })).toBeNull();
    expect(client.chargeIdOf('not an object')).toBeNull();
  });

  it('reads Midtrans times as Jakarta time', () => {
    expect(parseMidtransTime('2026-12-05 10:00:00')?.toISOString()).toBe('2026-12-05T03:00:00.000Z');
    expect(parseMidtransTime('2026-12-05T10:00:00Z')).toBeNull();
    expect(parseMidtransTime(undefined)).toBeNull();
  });
});
