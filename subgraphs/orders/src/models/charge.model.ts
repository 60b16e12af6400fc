import type { PaymentMethod } from '@pos/kit';
import { tenancyPlugin } from '@pos/kit';
import { type Connection, Schema } from 'mongoose';

/**
 * Where a charge stands on our side. CREATED: recorded before the provider was asked, so a crash
 * right after leaves a charge the cancellation can find. The rest follow the provider's word,
 * decided once per charge by the `charge:<id>` decision (see payments/charge.service.ts).
 */
export type ChargeState = 'CREATED' | 'PENDING' | 'PAID' | 'EXPIRED' | 'FAILED' | 'REFUNDED';

/** Something a notification said that we did not act on, kept for the merchant to look at. */
export interface ChargeAlertDoc {
  /** AMOUNT_MISMATCH: a report naming another amount; LATE_PAYMENT_NOT_REFUNDED: paid after the sale was cancelled, refund refused. */
  kind: 'AMOUNT_MISMATCH' | 'LATE_PAYMENT_NOT_REFUNDED';
  at: Date;
  /** What the notification claimed. */
  reportedAmount: number;
  providerStatus: string;
  message: string;
}

/**
 * A charge at the payment provider for one payment of one order. `_id` is the provider's
 * `order_id` (our payment id), so a notification finds its charge by one exact read. The
 * charge on record, never a notification, says how much was asked for and with which account.
 */
export interface ChargeDoc {
  _id: string;
  merchantId: string;
  orderId: string;
  paymentId: string;
  provider: string;
  /** `platform` or `merchant:<merchantId>`: whose key made the charge and verifies its notifications. */
  accountId: string;
  method: PaymentMethod;
  channel: 'QRIS' | 'GOPAY' | 'SHOPEEPAY';
  amount: number;
  state: ChargeState;
  providerStatus: string | null;
  transactionId: string | null;
  qrString: string | null;
  qrImageUrl: string | null;
  deeplinkUrl: string | null;
  expiresAt: Date | null;
  paidAt: Date | null;
  /** Refunded amount the provider confirmed. */
  refunded: number;
  alerts: ChargeAlertDoc[];
  createdAt?: Date;
  updatedAt?: Date;
}

const chargeSchema = new Schema<ChargeDoc>(
  {
    _id: { type: String, required: true },
    merchantId: { type: String, required: true },
    orderId: { type: String, required: true },
    paymentId: { type: String, required: true },
    provider: { type: String, required: true },
    accountId: { type: String, required: true },
    method: { type: String, required: true },
    channel: { type: String, required: true },
    amount: { type: Number, required: true },
    state: {
      type: String,
      enum: ['CREATED', 'PENDING', 'PAID', 'EXPIRED', 'FAILED', 'REFUNDED'],
      required: true,
    },
    providerStatus: { type: String, default: null },
    transactionId: { type: String, default: null },
    qrString: { type: String, default: null },
    qrImageUrl: { type: String, default: null },
    deeplinkUrl: { type: String, default: null },
    expiresAt: { type: Date, default: null },
    paidAt: { type: Date, default: null },
    refunded: { type: Number, default: 0 },
    alerts: { type: [{ type: Schema.Types.Mixed }], default: [] },
  },
  { timestamps: true, versionKey: false, minimize: false },
);
chargeSchema.plugin(tenancyPlugin);

export const chargeModel = (conn: Connection) =>
  conn.model<ChargeDoc>('PaymentCharge', chargeSchema, 'payment_charges');

/**
 * A merchant's own account at the payment provider, `_id` the merchant id. The server key is
 * stored encrypted (AES-256-GCM, `PAYMENTS_ENCRYPTION_KEY`) and never returned by the API.
 */
export interface PaymentAccountDoc {
  _id: string;
  merchantId: string;
  provider: string;
  environment: 'SANDBOX' | 'PRODUCTION';
  /** iv.tag.ciphertext, base64url. */
  serverKeyEncrypted: string;
  /** The last four characters, so the owner can tell which key is set. */
  serverKeyHint: string;
  merchantCode: string | null;
  updatedBy: string;
  updatedAt?: Date;
  createdAt?: Date;
}

const paymentAccountSchema = new Schema<PaymentAccountDoc>(
  {
    _id: { type: String, required: true },
    merchantId: { type: String, required: true },
    provider: { type: String, required: true },
    environment: { type: String, enum: ['SANDBOX', 'PRODUCTION'], required: true },
    serverKeyEncrypted: { type: String, required: true },
    serverKeyHint: { type: String, required: true },
    merchantCode: { type: String, default: null },
    updatedBy: { type: String, required: true },
  },
  { timestamps: true, versionKey: false },
);
paymentAccountSchema.plugin(tenancyPlugin);

export const paymentAccountModel = (conn: Connection) =>
  conn.model<PaymentAccountDoc>('PaymentAccount', paymentAccountSchema, 'payment_accounts');
