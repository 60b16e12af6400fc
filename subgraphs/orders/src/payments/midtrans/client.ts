import { createHash, timingSafeEqual } from 'node:crypto';
import {
  type ChargeChannel,
  ChargeNotFound,
  type ChargeRequest,
  type ChargeStatus,
  type CreatedCharge,
  type PaymentProvider,
  type ProviderAccount,
  type ProviderChargeState,
  type ProviderRefund,
  ProviderRefused,
  ProviderUnavailable,
  type RefundRequest,
  type VerifiedNotification,
} from '../provider';

/** Midtrans' Core API hosts; `MIDTRANS_API_URL` (or an account's own URL) replaces them, e.g. for the simulator. */
export const MIDTRANS_SANDBOX_URL = 'https://api.sandbox.midtrans.com';
export const MIDTRANS_PRODUCTION_URL = 'https://api.midtrans.com';

/** Midtrans `order_id`: letters, digits, `-`, `_`, `.` and `~`, at most 50. */
const CHARGE_ID = /^[A-Za-z0-9._~-]{1,50}$/;
/** Midtrans amounts are decimal strings (`"10000.00"`). */
const AMOUNT = /^\d{1,15}(\.\d{1,2})?$/;
const SIGNATURE = /^[0-9a-f]{128}$/;

/**
 * `transaction_status` to our states. `capture` is a card authorisation captured (with
 * `fraud_status` accept); `authorize` is a pre-authorisation not yet captured.
 */
const STATES: Record<string, ProviderChargeState> = {
  pending: 'PENDING',
  authorize: 'PENDING',
  settlement: 'PAID',
  capture: 'PAID',
  expire: 'EXPIRED',
  deny: 'FAILED',
  cancel: 'FAILED',
  failure: 'FAILED',
  refund: 'REFUNDED',
  partial_refund: 'PARTIALLY_REFUNDED',
};

/**
 * The signature covers `status_code`, not `transaction_status`: a status must come with its own
 * code, or a signed "pending" (201) could be passed off as "settlement".
 */
const CODES: Record<string, readonly string[]> = {
  pending: ['201'],
  authorize: ['201'],
  settlement: ['200'],
  capture: ['200'],
  refund: ['200'],
  partial_refund: ['200'],
  expire: ['407'],
  deny: ['202'],
  cancel: ['200', '202'],
  failure: ['202', '400', '500'],
};

const PAYMENT_TYPES: Record<ChargeChannel, string> = { QRIS: 'qris', GOPAY: 'gopay', SHOPEEPAY: 'shopeepay' };

type Body = Record<string, unknown>;

/** Midtrans writes times as `YYYY-MM-DD HH:mm:ss` in Jakarta time (GMT+7) without an offset. */
export function parseMidtransTime(value: unknown): Date | null {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(value)) return null;
  const d = new Date(`${value.replace(' ', 'T')}+07:00`);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** A Midtrans amount string as a number (fractions kept, so a caller comparing amounts sees them). */
export function parseMidtransAmount(value: unknown): number | null {
  const s = typeof value === 'number' ? String(value) : value;
  if (typeof s !== 'string' || !AMOUNT.test(s)) return null;
  return Number(s);
}

/** SHA512(order_id + status_code + gross_amount + server key), lowercase hex: Midtrans' notification signature. */
export function midtransSignature(
  orderId: string,
  statusCode: string,
  grossAmount: string,
  serverKey: string,
) {
  return createHash('sha512').update(`${orderId}${statusCode}${grossAmount}${serverKey}`).digest('hex');
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);

function refundsOf(body: Body): ProviderRefund[] {
  const list = Array.isArray(body.refunds) ? (body.refunds as Body[]) : [];
  return list.flatMap((r) => {
    const amount = parseMidtransAmount(r.refund_amount);
    const refundKey = str(r.refund_key);
    return amount !== null && refundKey ? [{ refundKey, amount }] : [];
  });
}

/**
 * The Midtrans Core API adapter: a plain HTTPS client (Basic auth with the account's server key,
 * JSON both ways). Midtrans answers most errors with HTTP 200 and a `status_code` in the body,
 * so both are read: 5xx (or no answer) is `ProviderUnavailable`, any other failure `ProviderRefused`.
 */
export class MidtransClient implements PaymentProvider {
  readonly name = 'MIDTRANS';

  constructor(private readonly timeoutMs = 10_000) {}

  async charge(account: ProviderAccount, request: ChargeRequest): Promise<CreatedCharge> {
    const type = PAYMENT_TYPES[request.channel];
    const body: Body = {
      payment_type: type,
      transaction_details: { order_id: request.chargeId, gross_amount: request.amount },
      item_details: [
        { id: request.chargeId, price: request.amount, quantity: 1, name: request.description.slice(0, 50) },
      ],
      custom_expiry: { expiry_duration: request.expirySeconds, unit: 'second' },
      // A QR a till shows: the GoPay acquirer's QRIS is payable from any QRIS app.
      ...(type === 'qris' ? { qris: { acquirer: 'gopay' } } : {}),
      ...(type === 'gopay' ? { gopay: { enable_callback: false } } : {}),
    };
    const headers: Record<string, string> = request.notificationUrl
      ? { 'X-Override-Notification': request.notificationUrl }
      : {};
    const res = await this.call(account, 'POST', '/v2/charge', body, headers);
    expectCode(res, ['201', '200'], request.chargeId);
    const actions = Array.isArray(res.actions) ? (res.actions as Body[]) : [];
    const action = (name: string) => str(actions.find((a) => a.name === name)?.url);
    const expiresAt =
      parseMidtransTime(res.expiry_time) ?? new Date(Date.now() + request.expirySeconds * 1000);
    return {
      transactionId: str(res.transaction_id) ?? request.chargeId,
      qrString: str(res.qr_string),
      qrImageUrl: action('generate-qr-code'),
      deeplinkUrl: action('deeplink-redirect'),
      expiresAt,
    };
  }

  async status(account: ProviderAccount, chargeId: string): Promise<ChargeStatus> {
    const res = await this.call(account, 'GET', `/v2/${encodeURIComponent(chargeId)}/status`);
    // 407 is how Midtrans answers the status of an expired transaction.
    expectCode(res, ['200', '201', '202', '407'], chargeId);
    return statusOf(chargeId, res);
  }

  cancel(account: ProviderAccount, chargeId: string): Promise<ChargeStatus> {
    return this.endUnpaid(account, chargeId, 'cancel');
  }

  expire(account: ProviderAccount, chargeId: string): Promise<ChargeStatus> {
    return this.endUnpaid(account, chargeId, 'expire');
  }

  async refund(account: ProviderAccount, request: RefundRequest): Promise<ChargeStatus> {
    const res = await this.call(account, 'POST', `/v2/${encodeURIComponent(request.chargeId)}/refund`, {
      refund_key: request.refundKey,
      amount: request.amount,
      reason: request.reason.slice(0, 255),
    });
    if (res.status_code === '200') return statusOf(request.chargeId, res);
    // A retried refund whose first attempt went through: the provider lists it under our key.
    const current = await this.status(account, request.chargeId).catch(() => null);
    if (current?.refunds.some((r) => r.refundKey === request.refundKey)) return current;
    expectCode(res, ['200'], request.chargeId);
    return statusOf(request.chargeId, res);
  }

  chargeIdOf(body: unknown): string | null {
    if (!body || typeof body !== 'object') return null;
    const id = (body as Body).order_id;
    return typeof id === 'string' && CHARGE_ID.test(id) ? id : null;
  }

  verifyNotification(account: ProviderAccount, raw: unknown): VerifiedNotification | null {
    const chargeId = this.chargeIdOf(raw);
    if (!chargeId) return null;
    const body = raw as Body;
    const statusCode = str(body.status_code);
    const gross = typeof body.gross_amount === 'string' ? body.gross_amount : null;
    const signature = str(body.signature_key);
    if (
      !statusCode ||
      !/^\d{3}$/.test(statusCode) ||
      gross === null ||
      !signature ||
      !SIGNATURE.test(signature)
    )
      return null;
    const expected = Buffer.from(midtransSignature(chargeId, statusCode, gross, account.serverKey));
    if (!timingSafeEqual(expected, Buffer.from(signature))) return null;
    const amount = parseMidtransAmount(gross);
    const state = STATES[String(body.transaction_status)];
    if (amount === null || !state || !CODES[String(body.transaction_status)]?.includes(statusCode))
      return null;
    return {
      chargeId,
      state,
      providerStatus: String(body.transaction_status),
      amount,
      transactionId: str(body.transaction_id),
      merchantCode: str(body.merchant_id),
      paidAt: parseMidtransTime(body.settlement_time),
      refunds: refundsOf(body),
    };
  }

  /** Cancel or expire; a charge already paid cannot be, and then answers what it is (PAID). */
  private async endUnpaid(account: ProviderAccount, chargeId: string, action: 'cancel' | 'expire') {
    const res = await this.call(account, 'POST', `/v2/${encodeURIComponent(chargeId)}/${action}`);
    if (['200', '202', '407'].includes(String(res.status_code))) return statusOf(chargeId, res);
    // 412: the transaction cannot change (settled, or already expired or cancelled).
    if (res.status_code === '412') return this.status(account, chargeId);
    expectCode(res, ['200'], chargeId);
    return statusOf(chargeId, res);
  }

  private async call(
    account: ProviderAccount,
    method: 'GET' | 'POST',
    path: string,
    body?: Body,
    headers: Record<string, string> = {},
  ): Promise<Body> {
    let res: Response;
    try {
      res = await fetch(new URL(path, account.apiUrl), {
        method,
        headers: {
          accept: 'application/json',
          'content-type': 'application/json',
          authorization: `Basic ${Buffer.from(`${account.serverKey}:`).toString('base64')}`,
          ...headers,
        },
        ...(body ? { body: JSON.stringify(body) } : {}),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (err) {
      throw new ProviderUnavailable(`Midtrans is unreachable (${(err as Error).message})`);
    }
    const parsed = (await res.json().catch(() => null)) as Body | null;
    if (res.status >= 500 || !parsed || typeof parsed !== 'object')
      throw new ProviderUnavailable(`Midtrans answered HTTP ${res.status}`);
    // Some errors come as HTTP 4xx with the code only in the HTTP status.
    if (typeof parsed.status_code !== 'string') parsed.status_code = String(res.status);
    return parsed;
  }
}

function expectCode(res: Body, ok: readonly string[], chargeId: string): void {
  const code = String(res.status_code);
  if (ok.includes(code)) return;
  const message = typeof res.status_message === 'string' ? res.status_message : `status ${code}`;
  if (code.startsWith('5')) throw new ProviderUnavailable(`Midtrans: ${message}`);
  if (code === '404') throw new ChargeNotFound(chargeId);
  if (code === '401')
    throw new ProviderRefused('UNAUTHORIZED', `Midtrans refused the account's key: ${message}`);
  throw new ProviderRefused(`MIDTRANS_${code}`, `Midtrans: ${message}`);
}

function statusOf(chargeId: string, res: Body): ChargeStatus {
  const providerStatus = String(res.transaction_status ?? '');
  const state = STATES[providerStatus];
  if (!state)
    throw new ProviderRefused('UNKNOWN_STATUS', `Midtrans answered an unknown status '${providerStatus}'`);
  return {
    chargeId,
    state,
    providerStatus,
    amount: parseMidtransAmount(res.gross_amount) ?? 0,
    transactionId: str(res.transaction_id),
    paidAt: parseMidtransTime(res.settlement_time),
    refunds: refundsOf(res),
  };
}
