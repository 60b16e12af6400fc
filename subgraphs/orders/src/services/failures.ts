import { type ErrorCodeOf, errorResult, notFoundResult, type PaymentMethod } from '@pos/kit';
import type { CartDoc, ShiftDoc } from '../models';
import type { ShortLine } from './ports';

/** Every expected failure of orders, as the GraphQL union member of the same name. */
export const failures = {
  outOfStock: (lines: ShortLine[]) => errorResult('OutOfStock', 'Not enough stock for some lines', { lines }),
  paymentInsufficient: (payable: number, paid: number) =>
    errorResult('PaymentInsufficient', 'The payments do not cover what is owed', {
      payable,
      paid,
    }),
  keyReused: () => errorResult('IdempotencyKeyReused', 'This key was used for another request'),
  noOpenShift: () => errorResult('NoOpenShift', 'Open a shift before taking cash'),
  methodUnavailable: (method: PaymentMethod) =>
    errorResult('PaymentMethodUnavailable', `${method} cannot be taken now`, {
      method,
    }),
  insufficientPoints: (points: number) =>
    errorResult('InsufficientPoints', 'The customer has not enough points', { points }),
  creditLimitExceeded: (available: number) =>
    errorResult('CreditLimitExceeded', 'The credit limit would be exceeded', {
      available,
    }),
  checkoutFailed: (code: ErrorCodeOf<'CheckoutFailed'>, message: string, orderId: string | null = null) =>
    errorResult('CheckoutFailed', message, { orderId }, code),
  voidNotAllowed: (message: string) => errorResult('VoidNotAllowed', message),
  alreadyVoided: () => errorResult('VoidNotAllowed', 'The order is already voided', {}, 'ALREADY_VOIDED'),
  refundNotAllowed: (message: string) => errorResult('RefundNotAllowed', message),
  refundExceedsPaid: (refundable: number) =>
    errorResult('RefundExceedsPaid', 'More than was paid minus earlier refunds', {
      refundable,
    }),
  refundQuantityExceeded: (lineId: string, refundableQuantity: number) =>
    errorResult('RefundQuantityExceeded', 'More than was sold and not yet refunded', {
      lineId,
      refundableQuantity,
    }),
  cartChangeNotAllowed: (cartStatus: CartDoc['status']) =>
    errorResult('CartChangeNotAllowed', `The cart is ${cartStatus.toLowerCase().replace('_', ' ')}`, {
      cartStatus,
    }),
  /** The sale's provider charge ran out before the customer paid; the sale was cancelled. */
  paymentExpired: (orderId: string) =>
    errorResult(
      'CheckoutFailed',
      'The customer did not pay in time; the sale was cancelled',
      { orderId },
      'PAYMENT_EXPIRED',
    ),
  /** The provider or the customer's wallet refused the charge; the sale was cancelled. */
  paymentFailed: (orderId: string) =>
    errorResult(
      'CheckoutFailed',
      'The payment was refused; the sale was cancelled',
      { orderId },
      'PAYMENT_FAILED',
    ),
  /** The cashier cancelled the unpaid charge; the sale was cancelled. */
  paymentCancelled: (orderId: string) =>
    errorResult(
      'CheckoutFailed',
      'The payment was cancelled; the sale was cancelled',
      { orderId },
      'PAYMENT_CANCELLED',
    ),
  /** The provider would not create the charge (account or amount refused). */
  paymentRefused: (orderId: string, message: string) =>
    errorResult('CheckoutFailed', message, { orderId }, 'PAYMENT_REFUSED'),
  notFound: (entity: string) => notFoundResult(entity),
  paymentNotPending: () =>
    errorResult('PaymentNotPending', 'The order has no payment waiting for the customer'),
  providerUnavailable: () =>
    errorResult('PaymentProviderUnavailable', 'The payment provider cannot be reached; try again'),
  providerRejected: (message: string) => errorResult('PaymentProviderRejected', message),
  providerRefundRefused: (message: string) => errorResult('ProviderRefundRefused', message),
  shiftNotOpen: () => errorResult('ShiftNotOpen', 'The shift is not open'),
  shiftAlreadyOpen: (shift: ShiftDoc) =>
    errorResult('ShiftAlreadyOpen', 'A shift is already open on this device', {
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

export type VoidFailure = Of<'voidNotAllowed'> | Of<'alreadyVoided'>;
export type RefundFailure =
  | Of<'refundNotAllowed'>
  | Of<'refundExceedsPaid'>
  | Of<'refundQuantityExceeded'>
  | Of<'keyReused'>
  | Of<'providerRefundRefused'>;
export type CheckPaymentFailure = Of<'notFound'> | Of<'providerUnavailable'>;
export type PaymentFailure = CheckPaymentFailure | Of<'paymentNotPending'>;
