import { createHmac, timingSafeEqual } from 'node:crypto';
import type { ReportFilter } from '../services/scope';

export type ReportKind =
  | 'SALES_SUMMARY'
  | 'TOP_PRODUCTS'
  | 'SALES_BY_CATEGORY'
  | 'SALES_BY_PAYMENT_METHOD'
  | 'SALES_BY_CASHIER'
  | 'PROFIT_BY_ORDER'
  | 'PROFIT_AND_LOSS'
  | 'SHIFTS'
  | 'COURIER_PERFORMANCE'
  | 'ORDER_LINES'
  | 'LOW_STOCK'
  | 'LATE_DELIVERIES'
  | 'KASBON_AGING'
  | 'EXPENSES'
  | 'CASH_BOOK';
export type ExportFormat = 'CSV' | 'XLSX' | 'PDF';
export type OrderDocumentLayout = 'INVOICE_A4' | 'DELIVERY_ORDER_A4' | 'RECEIPT_58MM' | 'RECEIPT_80MM';

/** What a download link grants; everything in it is covered by the signature. */
export interface LinkClaims {
  /** Merchant. */
  m: string;
  /** The user who asked, and the branches and shift visibility they had at that moment. */
  u: string;
  b: string[];
  s: boolean;
  /** A report export, or an order document. */
  r:
    | { kind: ReportKind; format: ExportFormat; filter: ReportFilter }
    | { orderId: string; layout: OrderDocumentLayout };
  /** Expiry, epoch seconds. */
  exp: number;
}

export const EXPORT_PATH = '/exports/';

/**
 * HMAC-SHA256 link signer. Its key is derived from the secret it is given (the gateway secret by
 * default) with a purpose label, so a link signature can never double as anything else.
 */
export class LinkSigner {
  private readonly key: Buffer;

  constructor(
    secret: string,
    readonly ttlSeconds = 300,
    private readonly now: () => number = Date.now,
  ) {
    this.key = createHmac('sha256', secret).update('pos-reports:download-links:v1').digest();
  }

  private mac(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url');
  }

  sign(claims: Omit<LinkClaims, 'exp'>, ttlSeconds = this.ttlSeconds): { path: string; expiresAt: Date } {
    const exp = Math.floor(this.now() / 1000) + ttlSeconds;
    const body = Buffer.from(JSON.stringify({ ...claims, exp })).toString('base64url');
    return { path: `${EXPORT_PATH}${body}.${this.mac(body)}`, expiresAt: new Date(exp * 1000) };
  }

  /** The claims of a genuine, unexpired link; null for anything else (tampered, expired, garbage). */
  verify(token: string): LinkClaims | null {
    const [body, mac, extra] = token.split('.');
    if (!body || !mac || extra !== undefined) return null;
    const expected = Buffer.from(this.mac(body));
    const given = Buffer.from(mac);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    try {
      const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as LinkClaims;
      return typeof claims.exp === 'number' && claims.exp * 1000 > this.now() ? claims : null;
    } catch {
      return null;
    }
  }
}
