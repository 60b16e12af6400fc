/**
 * What checkout needs from other subgraphs, independent of how it is called. The HTTP adapters
 * live in ../clients; tests of the saga rules could swap them, end-to-end tests never do.
 */
import type { FailureDoc, OrderDoc } from '../models';

/** Who is calling on whose behalf: the cashier's token when there is one (none in the recovery job). */
export interface CallContext {
  merchantId: string;
  token: string | null;
  requestId?: string;
}

export interface DiscountSpec {
  percentBasisPoints?: number | null;
  amount?: number | null;
}

export interface SaleLineSpec {
  productId?: string | null;
  barcode?: string | null;
  unit?: string | null;
  quantity: number;
  discount?: DiscountSpec | null;
  priceOverride?: number | null;
}

export interface QuoteRequest {
  branchId: string;
  customerId?: string | null;
  /** When the sale happened, for offline sales priced at their own time. */
  at?: Date;
  lines: SaleLineSpec[];
  orderDiscount?: DiscountSpec | null;
}

/** A line priced by products, with everything the order and its events store. */
export interface PricedLine {
  productId: string;
  sku: string;
  name: string;
  categoryId: string | null;
  unitName: string;
  quantity: number;
  baseQuantity: number;
  unitPrice: number;
  gross: number;
  lineDiscount: number;
  orderDiscount: number;
  tax: number;
  total: number;
  netRevenue: number;
  cost: number;
  priceOverridden: boolean;
}

export interface StockLine {
  productId: string;
  baseQuantity: number;
}

export interface ShortLine {
  productId: string;
  requested: number;
  available: number;
}

export type ReserveOutcome =
  | { ok: true }
  | { ok: false; short: ShortLine[] }
  /** The order was cancelled (its release came first); nothing was taken. */
  | { ok: false; released: true };

export interface ProductsPort {
  /** Throws BAD_USER_INPUT-coded errors for unknown products/units; `SubgraphCallError` when down. */
  quote(call: CallContext, request: QuoteRequest): Promise<PricedLine[]>;
  /** Idempotent by (orderId, step); all lines or none. */
  reserve(
    call: CallContext,
    input: {
      branchId: string;
      orderId: string;
      step: string;
      lines: StockLine[];
      allowNegative: boolean;
      /** When the sale happened (offline sales). */
      at?: Date;
      actorId: string;
      deviceId: string;
      reference: string;
    },
  ): Promise<ReserveOutcome>;
  /** Gives back what the reservation (orderId, step) took; a no-op when it took nothing. */
  release(call: CallContext, input: { orderId: string; step: string }): Promise<void>;
  /** Puts sold goods back (void, refund with restock); idempotent by (orderId, step). */
  restock(
    call: CallContext,
    input: {
      branchId: string;
      orderId: string;
      step: string;
      reason: 'VOID' | 'REFUND';
      lines: StockLine[];
      actorId: string;
      reference: string;
    },
  ): Promise<void>;
}

export interface MerchantSettings {
  currency: string;
  timeZone: string;
  cashRoundingUnit: number;
}

export interface BranchInfo {
  id: string;
  code: string;
  active: boolean;
}

export interface UsersPort {
  /** Cached per merchant for a few seconds: checkout must not add a round trip per sale. */
  merchantSettings(call: CallContext): Promise<MerchantSettings>;
  branch(call: CallContext, branchId: string): Promise<BranchInfo | null>;
}

export type RedeemOutcome = { ok: true; value: number } | { ok: false; balance: number };
export type CreditOutcome = { ok: true } | { ok: false; available: number };

/** The customers subgraph's saga steps; absent when customers is not deployed. */
export interface CustomersPort {
  available(): boolean;
  /** Which of these ids are customers of the caller's merchant (with the caller's token). */
  existing(call: CallContext, customerIds: readonly string[]): Promise<Set<string>>;
  redeemPoints(
    call: CallContext,
    input: { orderId: string; step: string; customerId: string; branchId: string; points: number },
  ): Promise<RedeemOutcome>;
  reversePointsRedemption(call: CallContext, input: { orderId: string; step: string }): Promise<void>;
  chargeCustomerCredit(
    call: CallContext,
    input: { orderId: string; step: string; customerId: string; branchId: string; amount: number },
  ): Promise<CreditOutcome>;
  reverseCustomerCredit(call: CallContext, input: { orderId: string; step: string }): Promise<void>;
}

/**
 * What the payment side asks of the order lifecycle once a provider charge is decided: complete
 * the sale (paid) or cancel it with every step given back (expired, refused, cancelled).
 */
export interface OrderSettler {
  complete(order: OrderDoc): Promise<void>;
  cancel(order: OrderDoc, failure: FailureDoc): Promise<void>;
  /** The recovery job's path for an order whose charge is undecided and whose request died. */
  recover(order: OrderDoc): Promise<void>;
}

/** Whether, and with whose provider account, this merchant's sales can charge QRIS and e-wallets. */
export interface ChargingPort {
  /** The provider's name stored on payments (`MIDTRANS`). */
  readonly providerName: string;
  /** PLATFORM or MERCHANT; null when the merchant has no account and the deployment none either. */
  accountFor(merchantId: string): Promise<'PLATFORM' | 'MERCHANT' | null>;
}
