import { resultTypeOf } from '@pos/kit';
import type { Resolvers } from '../__generated__/resolvers-types';

/** Result unions: every expected failure carries its `__typename`; the mapped entity does not. */
export const results: Resolvers = {
  ErrorResult: { __resolveType: (v) => v.__typename ?? null },
  CheckoutResult: { __resolveType: resultTypeOf('Order') },
  VoidOrderResult: { __resolveType: resultTypeOf('Order') },
  RefundOrderResult: { __resolveType: resultTypeOf('Refund') },
  OpenShiftResult: { __resolveType: resultTypeOf('Shift') },
  CloseShiftResult: { __resolveType: resultTypeOf('Shift') },
  CashMovementResult: { __resolveType: resultTypeOf('CashMovement') },
  RecordCourierHandoverResult: { __resolveType: resultTypeOf('CourierHandover') },
  CartResult: { __resolveType: resultTypeOf('Cart') },
  SyncOfflineSalesResult: { __resolveType: resultTypeOf('SyncOfflineSalesPayload') },
  CheckPaymentStatusResult: { __resolveType: resultTypeOf('Order') },
  CancelPendingPaymentResult: { __resolveType: resultTypeOf('Order') },
  SetPaymentProviderAccountResult: { __resolveType: resultTypeOf('PaymentProviderAccount') },
  RemovePaymentProviderAccountResult: { __resolveType: resultTypeOf('PaymentProviderSettings') },
  ShortStockLine: { product: (s) => ({ __typename: 'Product', id: s.productId }) },
  Payment: { id: (p) => p.paymentId },
  Refund: { refundedBy: (r) => ({ __typename: 'User', id: r.refundedBy }) },
};
