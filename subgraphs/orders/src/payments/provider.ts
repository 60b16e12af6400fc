/**
 * The payment provider port: what the orders subgraph asks of a payment gateway, whatever its API.
 * `midtrans/client.ts` is the adapter for Midtrans' Core API; `midtrans/simulator.ts` is a local
 * server speaking the same API, which `npm start` and the tests point the adapter at.
 */

/** The credentials one charge is made with: the platform's account or a merchant's own. */
export interface ProviderAccount {
  /** `platform`, or `merchant:<merchantId>` for a merchant's own account. */
  id: string;
  /** Where the provider's API answers (sandbox, production, or the local simulator). */
  apiUrl: string;
  /** The secret that authenticates our calls and signs the provider's notifications. */
  serverKey: string;
  /** The provider's id of the account (Midtrans `merchant_id`, e.g. `G123456789`), when known. */
  merchantCode: string | null;
}

/** How the customer pays a charge. */
export type ChargeChannel = 'QRIS' | 'GOPAY' | 'SHOPEEPAY';

export interface ChargeRequest {
  /** Our id of the charge, unique for good: the provider's `order_id`. */
  chargeId: string;
  /** Whole rupiah (IDR has no minor unit). */
  amount: number;
  channel: ChargeChannel;
  /** How long the customer has to pay. */
  expirySeconds: number;
  /** Where the provider posts its notifications for this charge (the gateway's public webhook URL). */
  notificationUrl: string | null;
  /** Shown in the provider's dashboard. */
  description: string;
}

/** What the till shows the customer. */
export interface CreatedCharge {
  transactionId: string;
  /** QRIS: the EMVCo payload to render as a QR code. */
  qrString: string | null;
  /** The provider's QR image, when it serves one. */
  qrImageUrl: string | null;
  /** E-wallets: the link that opens the customer's wallet app. */
  deeplinkUrl: string | null;
  expiresAt: Date;
}

/** Where a charge stands at the provider. */
export type ProviderChargeState =
  | 'PENDING'
  | 'PAID'
  | 'EXPIRED'
  | 'FAILED'
  | 'REFUNDED'
  | 'PARTIALLY_REFUNDED';

export interface ProviderRefund {
  refundKey: string;
  amount: number;
}

export interface ChargeStatus {
  chargeId: string;
  state: ProviderChargeState;
  /** The provider's own word for it (`settlement`, `expire`, ...), for logs and records. */
  providerStatus: string;
  amount: number;
  transactionId: string | null;
  /** When the provider settled it (PAID and later). */
  paidAt: Date | null;
  refunds: ProviderRefund[];
}

export interface RefundRequest {
  chargeId: string;
  /** Our id of this refund; the provider refuses a second refund under the same key. */
  refundKey: string;
  amount: number;
  reason: string;
}

/**
 * A notification the provider posted, once its signature was verified against the key of the
 * account its charge was made with. Nothing in it is trusted beyond that: the amount is compared
 * with the charge on record by the caller.
 */
export interface VerifiedNotification {
  chargeId: string;
  state: ProviderChargeState;
  providerStatus: string;
  amount: number;
  transactionId: string | null;
  /** The account id the notification names (Midtrans `merchant_id`). */
  merchantCode: string | null;
  paidAt: Date | null;
  refunds: ProviderRefund[];
}

/** The provider could not be reached or answered with a server error: the same call may work later. */
export class ProviderUnavailable extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProviderUnavailable';
  }
}

/** The provider refused the call for good (bad amount, not refundable, unknown key): retrying will not help. */
export class ProviderRefused extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ProviderRefused';
  }
}

/** The provider has no charge under this id (never created, or another account's). */
export class ChargeNotFound extends ProviderRefused {
  constructor(chargeId: string) {
    super('NOT_FOUND', `The provider knows no charge ${chargeId}`);
    this.name = 'ChargeNotFound';
  }
}

export interface PaymentProvider {
  /** The provider's name as stored on charges and shown on payments (`MIDTRANS`). */
  readonly name: string;
  charge(account: ProviderAccount, request: ChargeRequest): Promise<CreatedCharge>;
  status(account: ProviderAccount, chargeId: string): Promise<ChargeStatus>;
  /** Cancels an unpaid charge; answers the state it ends in (PAID when it was paid meanwhile). */
  cancel(account: ProviderAccount, chargeId: string): Promise<ChargeStatus>;
  /** Expires an unpaid charge at once; answers the state it ends in (PAID when it was paid meanwhile). */
  expire(account: ProviderAccount, chargeId: string): Promise<ChargeStatus>;
  refund(account: ProviderAccount, request: RefundRequest): Promise<ChargeStatus>;
  /**
   * Parses a notification body and checks its signature with `account`'s key; null when it is
   * not a well-formed, correctly signed notification. `chargeIdOf` reads the charge id first, so
   * the caller can find the account the charge was made with before anything is trusted.
   */
  chargeIdOf(body: unknown): string | null;
  verifyNotification(account: ProviderAccount, body: unknown): VerifiedNotification | null;
}
