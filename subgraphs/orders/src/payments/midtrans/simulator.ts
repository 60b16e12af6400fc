/**
 * A local stand-in for Midtrans' Core API, for `npm start` and the tests (these machines reach no
 * internet). It speaks the same endpoints the adapter calls (`POST /v2/charge`, `GET
 * /v2/:id/status`, `POST /v2/:id/cancel|expire|refund`), keeps charges in memory, expires them on
 * time and posts signed HTTP notifications the way Midtrans does, retrying a few times when the
 * receiver does not answer 2xx. A customer "pays" through its control endpoints
 * (`POST /_simulator/charges/:id/pay|fail`) or the page at `GET /_simulator/charges/:id`.
 * The signature is computed here on its own, not with the adapter's code, so a test run checks
 * the adapter against the formula rather than against itself.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readSmallBody } from '@pos/kit';

export interface SimulatedAccount {
  serverKey: string;
  /** Midtrans' id of the account (`merchant_id` in notifications). */
  merchantCode: string;
  /** Where notifications go when a charge names none (the dashboard's "Payment Notification URL"). */
  notificationUrl?: string;
}

type SimStatus = 'pending' | 'settlement' | 'expire' | 'cancel' | 'deny' | 'refund' | 'partial_refund';

export interface SimulatedCharge {
  orderId: string;
  account: SimulatedAccount;
  paymentType: 'qris' | 'gopay' | 'shopeepay';
  amount: number;
  status: SimStatus;
  transactionId: string;
  transactionTime: Date;
  expiresAt: Date;
  settledAt: Date | null;
  notificationUrl: string | null;
  refunds: { key: string; amount: number; reason: string; at: Date }[];
}

export interface NotificationDelivery {
  orderId: string;
  url: string;
  status: number | null;
  body: Record<string, unknown>;
}

export interface SimulatorOptions {
  port?: number;
  host?: string;
  /** Accounts known from the start. */
  accounts?: SimulatedAccount[];
  /** Treat any well-formed sandbox key (`SB-Mid-server-...`) as an account of its own (`npm start`). */
  acceptAnyKey?: boolean;
  /** Attempts per notification (default 3), spaced `retryMs` apart and doubling. */
  notifyAttempts?: number;
  retryMs?: number;
}

const SANDBOX_KEY = /^SB-Mid-server-[A-Za-z0-9_-]{8,}$/;
const ORDER_ID = /^[A-Za-z0-9._~-]{1,50}$/;
const STATUS_CODE: Record<SimStatus, string> = {
  pending: '201',
  settlement: '200',
  expire: '407',
  cancel: '200',
  deny: '202',
  refund: '200',
  partial_refund: '200',
};

const money = (n: number) => `${n}.00`;
const jakarta = (d: Date) =>
  new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');

/** A fresh sandbox-style account. */
export function simulatedAccount(notificationUrl?: string): SimulatedAccount {
  return {
    serverKey: `SB-Mid-server-${randomBytes(12).toString('base64url')}`,
    merchantCode: `G${String(100_000_000 + Math.floor(Math.random() * 899_999_999))}`,
    ...(notificationUrl ? { notificationUrl } : {}),
  };
}

export class MidtransSimulator {
  readonly charges = new Map<string, SimulatedCharge>();
  readonly deliveries: NotificationDelivery[] = [];
  /** Charges whose notifications get lost on the way (none is sent). */
  readonly muted = new Set<string>();
  /** Charges whose refunds the provider refuses (as a wallet past its refund window does). */
  readonly refusingRefunds = new Set<string>();
  private readonly accounts = new Map<string, SimulatedAccount>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private server: Server | undefined;
  url = '';
  /** Where notifications go when neither the charge nor its account names a URL. */
  notificationUrl: string | null = null;

  constructor(private readonly opts: SimulatorOptions = {}) {
    for (const a of opts.accounts ?? []) this.accounts.set(a.serverKey, a);
  }

  addAccount(account: SimulatedAccount = simulatedAccount()): SimulatedAccount {
    this.accounts.set(account.serverKey, account);
    return account;
  }

  async start(): Promise<this> {
    const server = createServer((req, res) => {
      this.handle(req, res).catch(() => {
        if (!res.headersSent) send(res, 500, { status_code: '500', status_message: 'simulator failure' });
      });
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      // Started again after `close`: the same port, as a provider back from an outage.
      const port = this.url ? Number(new URL(this.url).port) : (this.opts.port ?? 0);
      server.listen(port, this.opts.host ?? '127.0.0.1', () => resolve());
    });
    this.server = server;
    const { port } = server.address() as AddressInfo;
    this.url = `http://${this.opts.host ?? '127.0.0.1'}:${port}`;
    return this;
  }

  /** Stops answering (charges are kept, their expiry timers stopped); `start` serves them again. */
  async close(): Promise<void> {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** The customer pays: the charge settles and the notification goes out. */
  pay(orderId: string): Promise<NotificationDelivery | null> {
    return this.transition(orderId, 'settlement');
  }

  /** The customer's wallet refuses it. */
  fail(orderId: string): Promise<NotificationDelivery | null> {
    return this.transition(orderId, 'deny');
  }

  /** The charge's time runs out now. */
  expireNow(orderId: string): Promise<NotificationDelivery | null> {
    return this.transition(orderId, 'expire');
  }

  /** The notification the simulator would send for the charge as it stands, signed with `serverKey` (its own by default). */
  notification(orderId: string, serverKey?: string): Record<string, unknown> {
    const c = this.mustGet(orderId);
    return this.sign(this.notificationBody(c), serverKey ?? c.account.serverKey);
  }

  /** Signs a notification body (sets `signature_key`) as Midtrans does. */
  sign(body: Record<string, unknown>, serverKey: string): Record<string, unknown> {
    const input = `${body.order_id}${body.status_code}${body.gross_amount}${serverKey}`;
    return { ...body, signature_key: createHash('sha512').update(input).digest('hex') };
  }

  /** Posts a notification to a URL once, as the provider would. */
  async post(url: string, body: Record<string, unknown>): Promise<number | null> {
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'Veritrans' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(10_000),
      });
      await res.arrayBuffer();
      return res.status;
    } catch {
      return null;
    }
  }

  private mustGet(orderId: string): SimulatedCharge {
    const c = this.charges.get(orderId);
    if (!c) throw new Error(`no simulated charge ${orderId}`);
    return c;
  }

  private async transition(orderId: string, to: SimStatus): Promise<NotificationDelivery | null> {
    const c = this.mustGet(orderId);
    if (c.status !== 'pending') return null;
    c.status = to;
    if (to === 'settlement') c.settledAt = new Date();
    return this.notify(c);
  }

  private notificationBody(c: SimulatedCharge): Record<string, unknown> {
    const refunded = c.refunds.reduce((s, r) => s + r.amount, 0);
    return {
      transaction_time: jakarta(c.transactionTime),
      transaction_status: c.status,
      transaction_id: c.transactionId,
      status_message: 'midtrans payment notification',
      status_code: STATUS_CODE[c.status],
      payment_type: c.paymentType,
      order_id: c.orderId,
      merchant_id: c.account.merchantCode,
      gross_amount: money(c.amount),
      fraud_status: 'accept',
      currency: 'IDR',
      expiry_time: jakarta(c.expiresAt),
      ...(c.paymentType === 'qris' ? { acquirer: 'gopay', issuer: 'gopay' } : {}),
      ...(c.settledAt ? { settlement_time: jakarta(c.settledAt) } : {}),
      ...(c.refunds.length
        ? {
            refund_amount: money(refunded),
            refunds: c.refunds.map((r, i) => ({
              refund_chargeback_id: i + 1,
              refund_amount: money(r.amount),
              created_at: jakarta(r.at),
              reason: r.reason,
              refund_key: r.key,
            })),
          }
        : {}),
    };
  }

  private async notify(c: SimulatedCharge): Promise<NotificationDelivery | null> {
    const url = c.notificationUrl ?? c.account.notificationUrl ?? this.notificationUrl;
    if (!url || this.muted.has(c.orderId)) return null;
    const body = this.sign(this.notificationBody(c), c.account.serverKey);
    const attempts = this.opts.notifyAttempts ?? 3;
    let pause = this.opts.retryMs ?? 200;
    let status: number | null = null;
    for (let i = 0; i < attempts; i++) {
      status = await this.post(url, body);
      if (status !== null && status >= 200 && status < 300) break;
      await new Promise((r) => setTimeout(r, pause));
      pause *= 2;
    }
    const delivery = { orderId: c.orderId, url, status, body };
    this.deliveries.push(delivery);
    return delivery;
  }

  private account(req: IncomingMessage): SimulatedAccount | null {
    const auth = req.headers.authorization ?? '';
    if (!auth.startsWith('Basic ')) return null;
    const [key] = Buffer.from(auth.slice(6), 'base64').toString('utf8').split(':');
    if (!key) return null;
    const known = this.accounts.get(key);
    if (known) return known;
    if (!this.opts.acceptAnyKey || !SANDBOX_KEY.test(key)) return null;
    return this.addAccount({ ...simulatedAccount(), serverKey: key });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://simulator');
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    if (parts[0] === '_simulator') return this.control(req, res, parts.slice(1));
    if (parts[0] !== 'v2') return send(res, 404, { status_code: '404', status_message: 'not found' });
    const account = this.account(req);
    if (!account)
      return send(res, 401, {
        status_code: '401',
        status_message: 'Unknown Merchant server_key/id',
      });
    if (req.method === 'POST' && parts[1] === 'charge' && parts.length === 2)
      return this.createCharge(req, res, account, await readJson(req));
    const [, orderId, action] = parts;
    const charge = orderId ? this.charges.get(orderId) : undefined;
    // Another account's charge reads as unknown, as at Midtrans.
    if (!charge || charge.account.serverKey !== account.serverKey)
      return send(res, 404, { status_code: '404', status_message: "Transaction doesn't exist." });
    if (req.method === 'GET' && action === 'status') return send(res, 200, this.statusBody(charge));
    if (req.method !== 'POST')
      return send(res, 405, { status_code: '405', status_message: 'method not allowed' });
    if (action === 'cancel' || action === 'expire') {
      if (charge.status !== 'pending')
        return send(res, 200, {
          ...this.statusBody(charge),
          status_code: '412',
          status_message: 'Merchant cannot modify the status of the transaction',
        });
      charge.status = action === 'cancel' ? 'cancel' : 'expire';
      void this.notify(charge);
      return send(res, 200, this.statusBody(charge));
    }
    if (action === 'refund') return this.refund(res, charge, await readJson(req));
    return send(res, 404, { status_code: '404', status_message: 'not found' });
  }

  private createCharge(
    req: IncomingMessage,
    res: ServerResponse,
    account: SimulatedAccount,
    body: Record<string, unknown> | null,
  ) {
    const details = (body?.transaction_details ?? {}) as Record<string, unknown>;
    const orderId = details.order_id;
    const amount = details.gross_amount;
    const type = body?.payment_type;
    const invalid = (message: string) =>
      send(res, 400, {
        status_code: '400',
        status_message: 'One or more parameters in the payload is invalid.',
        validation_messages: [message],
      });
    if (typeof orderId !== 'string' || !ORDER_ID.test(orderId))
      return invalid('transaction_details.order_id is invalid');
    if (typeof amount !== 'number' || !Number.isInteger(amount) || amount < 1)
      return invalid('transaction_details.gross_amount must be a whole number of at least 1');
    if (type !== 'qris' && type !== 'gopay' && type !== 'shopeepay')
      return invalid(`payment_type ${String(type)} is not supported by this simulator`);
    if (this.charges.has(orderId))
      return send(res, 200, {
        status_code: '406',
        status_message: 'The request could not be processed due to a duplicate order_id',
      });
    const expiry = (body?.custom_expiry ?? {}) as Record<string, unknown>;
    const unit = { second: 1, minute: 60, hour: 3600, day: 86_400 }[String(expiry.unit ?? 'minute')] ?? 60;
    const seconds = Number(expiry.expiry_duration ?? 15) * unit;
    const now = new Date();
    const override = req.headers['x-override-notification'];
    const charge: SimulatedCharge = {
      orderId,
      account,
      paymentType: type,
      amount,
      status: 'pending',
      transactionId: randomUUID(),
      transactionTime: now,
      expiresAt: new Date(now.getTime() + seconds * 1000),
      settledAt: null,
      notificationUrl:
        typeof override === 'string' && override ? (override.split(',')[0]?.trim() ?? null) : null,
      refunds: [],
    };
    this.charges.set(orderId, charge);
    const timer = setTimeout(
      () => {
        this.timers.delete(timer);
        void this.transition(orderId, 'expire');
      },
      Math.max(0, seconds * 1000),
    );
    timer.unref();
    this.timers.add(timer);
    const page = `${this.url}/_simulator/charges/${encodeURIComponent(orderId)}`;
    const actions = [
      { name: 'generate-qr-code', method: 'GET', url: `${page}/qr-code` },
      ...(type !== 'qris' ? [{ name: 'deeplink-redirect', method: 'GET', url: page }] : []),
      { name: 'get-status', method: 'GET', url: `${this.url}/v2/${orderId}/status` },
      { name: 'cancel', method: 'POST', url: `${this.url}/v2/${orderId}/cancel` },
    ];
    return send(res, 200, {
      ...this.statusBody(charge),
      status_code: '201',
      status_message: `${type === 'qris' ? 'QRIS' : type} transaction is created`,
      actions,
      ...(type === 'qris'
        ? {
            qr_string: `00020101021226SIMULATOR${orderId}54${String(amount).length.toString().padStart(2, '0')}${amount}5802ID6304SIMQ`,
            acquirer: 'gopay',
          }
        : {}),
    });
  }

  private refund(res: ServerResponse, charge: SimulatedCharge, body: Record<string, unknown> | null) {
    const key = typeof body?.refund_key === 'string' ? body.refund_key : randomUUID();
    const refunded = charge.refunds.reduce((s, r) => s + r.amount, 0);
    const amount = body?.amount === undefined ? charge.amount - refunded : body.amount;
    const earlier = charge.refunds.find((r) => r.key === key);
    if (earlier)
      return send(res, 200, {
        ...this.statusBody(charge),
        status_code: '412',
        status_message: 'Duplicate refund_key',
      });
    if (this.refusingRefunds.has(charge.orderId))
      return send(res, 200, {
        ...this.statusBody(charge),
        status_code: '412',
        status_message: 'Refund is not allowed for this transaction (refund window has passed)',
      });
    if (charge.status !== 'settlement' && charge.status !== 'partial_refund')
      return send(res, 200, {
        ...this.statusBody(charge),
        status_code: '412',
        status_message: 'Transaction status cannot be updated.',
      });
    if (
      typeof amount !== 'number' ||
      !Number.isInteger(amount) ||
      amount < 1 ||
      amount > charge.amount - refunded
    )
      return send(res, 200, {
        status_code: '413',
        status_message: 'The refund amount is more than the amount that can be refunded.',
      });
    charge.refunds.push({ key, amount, reason: String(body?.reason ?? ''), at: new Date() });
    charge.status = refunded + amount === charge.amount ? 'refund' : 'partial_refund';
    void this.notify(charge);
    return send(res, 200, {
      ...this.statusBody(charge),
      status_code: '200',
      status_message: 'Success, refund request is approved',
      refund_amount: money(amount),
      refund_key: key,
    });
  }

  private statusBody(c: SimulatedCharge): Record<string, unknown> {
    const { signature_key: _, ...body } = this.sign(this.notificationBody(c), c.account.serverKey);
    return { ...body, status_message: `Success, transaction is found` };
  }

  /** `/_simulator/charges/:id` (a page), `/_simulator/charges/:id/pay|fail|expire|notify`. */
  private async control(req: IncomingMessage, res: ServerResponse, parts: string[]): Promise<void> {
    const [what, orderId, action] = parts;
    const charge = what === 'charges' && orderId ? this.charges.get(orderId) : undefined;
    if (!charge) return send(res, 404, { error: 'no such charge' });
    if (req.method === 'GET' && !action) return page(res, charge);
    if (req.method === 'GET' && action === 'qr-code')
      return send(res, 200, {
        orderId: charge.orderId,
        note: 'the simulator serves no QR image; render qr_string',
      });
    if (req.method !== 'POST') return send(res, 405, { error: 'method not allowed' });
    const acts: Record<string, () => Promise<NotificationDelivery | null>> = {
      pay: () => this.pay(charge.orderId),
      fail: () => this.fail(charge.orderId),
      expire: () => this.expireNow(charge.orderId),
      notify: () => this.notify(charge),
    };
    const act = action ? acts[action] : undefined;
    if (!act) return send(res, 404, { error: 'unknown action' });
    const delivery = await act();
    return send(res, 200, { status: charge.status, notified: delivery?.status ?? null });
  }
}

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown> | null> {
  const raw = await readSmallBody(req, 100_000);
  try {
    const parsed = JSON.parse(raw?.toString('utf8') || 'null');
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

const html = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** What a customer's phone would show: the charge and buttons to pay or refuse it. */
function page(res: ServerResponse, c: SimulatedCharge) {
  const id = html(encodeURIComponent(c.orderId));
  const button = (action: string, label: string) =>
    `<form method="post" action="/_simulator/charges/${id}/${action}" style="display:inline"><button>${label}</button></form>`;
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(`<!doctype html><meta charset="utf-8"><title>Midtrans simulator</title>
<h1>Rp${c.amount.toLocaleString('id-ID')}</h1>
<p>${html(c.paymentType.toUpperCase())} charge <code>${html(c.orderId)}</code>: <b>${html(c.status)}</b>,
expires ${html(c.expiresAt.toISOString())}</p>
${c.status === 'pending' ? `${button('pay', 'Pay')} ${button('fail', 'Refuse')} ${button('expire', 'Let it expire')}` : ''}`);
}
