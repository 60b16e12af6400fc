import type { Resolvers } from '../__generated__/resolvers-types';

/** Result unions: every expected failure carries its `__typename`; the mapped entity does not. */
export const results: Resolvers = {
  ErrorResult: { __resolveType: (v) => v.__typename ?? null },
  CheckoutResult: { __resolveType: (v) => ('__typename' in v ? (v.__typename ?? null) : 'Order') },
  VoidOrderResult: { __resolveType: (v) => ('__typename' in v ? (v.__typename ?? null) : 'Order') },
  RefundOrderResult: { __resolveType: (v) => ('__typename' in v ? (v.__typename ?? null) : 'Refund') },
  OpenShiftResult: { __resolveType: (v) => ('__typename' in v ? (v.__typename ?? null) : 'Shift') },
  CloseShiftResult: { __resolveType: (v) => ('__typename' in v ? (v.__typename ?? null) : 'Shift') },
  CashMovementResult: { __resolveType: (v) => ('__typename' in v ? (v.__typename ?? null) : 'CashMovement') },
  CheckPaymentStatusResult: { __resolveType: (v) => ('__typename' in v ? (v.__typename ?? null) : 'Order') },
  CancelPendingPaymentResult: {
    __resolveType: (v) => ('__typename' in v ? (v.__typename ?? null) : 'Order'),
  },
  SetPaymentProviderAccountResult: {
    __resolveType: (v) => ('__typename' in v ? (v.__typename ?? null) : 'PaymentProviderAccount'),
  },
  RemovePaymentProviderAccountResult: { __resolveType: () => 'PaymentProviderSettings' },
  SaleShortLine: { product: (s) => ({ __typename: 'Product', id: s.productId }) },
  Refund: { refundedBy: (r) => ({ __typename: 'User', id: r.refundedBy }) },
};
