import { errorResult, type PaymentMethod } from '@pos/kit';
import type { ShiftDoc } from '../models';
import type { ShortLine } from './ports';

/** Every expected failure of orders, as the GraphQL union member of the same name. */
export const failures = {
  outOfStock: (lines: ShortLine[]) =>
    errorResult('SaleOutOfStock', 'OUT_OF_STOCK', 'Not enough stock for some lines', { lines }),
  paymentInsufficient: (payable: number, paid: number) =>
    errorResult('PaymentInsufficient', 'PAYMENT_INSUFFICIENT', 'The payments do not cover what is owed', {
      payable,
      paid,
    }),
  keyReused: () =>
    errorResult('IdempotencyConflict', 'IDEMPOTENCY_KEY_REUSED', 'This key was used for another request'),
  noOpenShift: () => errorResult('NoOpenShift', 'NO_OPEN_SHIFT', 'Open a shift before taking cash'),
  methodUnavailable: (method: PaymentMethod) =>
    errorResult('PaymentMethodUnavailable', 'PAYMENT_METHOD_UNAVAILABLE', `${method} cannot be taken now`, {
      method,
    }),
  insufficientPoints: (balance: number) =>
    errorResult('PointsInsufficient', 'INSUFFICIENT_POINTS', 'The customer has not enough points', {
      balance,
    }),
  creditLimitExceeded: (available: number) =>
    errorResult('CreditLimitReached', 'CREDIT_LIMIT_EXCEEDED', 'The credit limit would be exceeded', {
      available,
    }),
  checkoutFailed: (code: string, message: string, orderId: string | null = null) =>
    errorResult('CheckoutFailed', code, message, { orderId }),
  voidNotAllowed: (message: string) => errorResult('VoidNotAllowed', 'VOID_NOT_ALLOWED', message),
  refundNotAllowed: (message: string) => errorResult('RefundNotAllowed', 'REFUND_NOT_ALLOWED', message),
  refundExceedsPaid: (refundable: number) =>
    errorResult('RefundExceedsPaid', 'REFUND_EXCEEDS_PAID', 'More than was paid minus earlier refunds', {
      refundable,
    }),
  refundQuantityExceeded: (lineId: string, refundable: number) =>
    errorResult(
      'RefundQuantityExceeded',
      'REFUND_QUANTITY_EXCEEDED',
      'More than was sold and not yet refunded',
      {
        lineId,
        refundable,
      },
    ),
  /** The sale's provider charge ran out before the customer paid; the sale was cancelled. */
  paymentExpired: (orderId: string) =>
    errorResult(
      'CheckoutFailed',
      'PAYMENT_EXPIRED',
      'The customer did not pay in time; the sale was cancelled',
      {
        orderId,
      },
    ),
  /** The provider or the customer's wallet refused the charge; the sale was cancelled. */
  paymentFailed: (orderId: string) =>
    errorResult('CheckoutFailed', 'PAYMENT_FAILED', 'The payment was refused; the sale was cancelled', {
      orderId,
    }),
  /** The cashier cancelled the unpaid charge; the sale was cancelled. */
  paymentCancelled: (orderId: string) =>
    errorResult('CheckoutFailed', 'PAYMENT_CANCELLED', 'The payment was cancelled; the sale was cancelled', {
      orderId,
    }),
  /** The provider would not create the charge (account or amount refused). */
  paymentRefused: (orderId: string, message: string) =>
    errorResult('CheckoutFailed', 'PAYMENT_REFUSED', message, { orderId }),
  notFound: (entity: string) => errorResult('NotFound', 'NOT_FOUND', `${entity} not found`, { entity }),
  paymentNotPending: () =>
    errorResult(
      'PaymentNotPending',
      'PAYMENT_NOT_PENDING',
      'The order has no payment waiting for the customer',
    ),
  providerUnavailable: () =>
    errorResult(
      'PaymentProviderUnavailable',
      'PAYMENT_PROVIDER_UNAVAILABLE',
      'The payment provider cannot be reached; try again',
    ),
  providerRejected: (message: string) =>
    errorResult('PaymentProviderRejected', 'PAYMENT_PROVIDER_REJECTED', message),
  providerRefundRefused: (message: string) =>
    errorResult('ProviderRefundRefused', 'PROVIDER_REFUND_REFUSED', message),
  shiftNotOpen: () => errorResult('ShiftNotOpen', 'SHIFT_NOT_OPEN', 'The shift is not open'),
  shiftAlreadyOpen: (shift: ShiftDoc) =>
    errorResult('ShiftAlreadyOpen', 'SHIFT_ALREADY_OPEN', 'A shift is already open on this device', {
      shift,
    }),
};

type Of<K extends keyof typeof failures> = ReturnType<(typeof failures)[K]>;

/** How a checkout can fail; stored on a cancelled order so replays of its key answer the same. */
export type CheckoutFailure =
  | Of<'outOfStock'>
  | Of<'paymentInsufficient'>
  | Of<'keyReused'>
  | Of<'noOpenShift'>
  | Of<'methodUnavailable'>
  | Of<'insufficientPoints'>
  | Of<'creditLimitExceeded'>
  | Of<'checkoutFailed'>
  | Of<'paymentExpired'>
  | Of<'paymentFailed'>
  | Of<'paymentCancelled'>
  | Of<'paymentRefused'>;

export type VoidFailure = Of<'voidNotAllowed'>;
export type RefundFailure =
  | Of<'refundNotAllowed'>
  | Of<'refundExceedsPaid'>
  | Of<'refundQuantityExceeded'>
  | Of<'keyReused'>
  | Of<'providerRefundRefused'>;
export type CheckPaymentFailure = Of<'notFound'> | Of<'providerUnavailable'>;
export type PaymentFailure = CheckPaymentFailure | Of<'paymentNotPending'>;
