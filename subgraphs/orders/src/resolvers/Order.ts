import { requireViewer } from '@pos/kit';
import type { OrderLineResolvers, OrderResolvers } from '../__generated__/resolvers-types';
import { orderPaymentStatus } from '../services/payment-status';

export const Order: OrderResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.order(requireViewer(ctx).merchantId).load(ref.id),
  id: (o) => o._id,
  branch: (o) => ({ __typename: 'Branch', id: o.branchId }),
  cashier: (o) => ({ __typename: 'User', id: o.cashierId }),
  customer: (o) => (o.customerId ? { id: o.customerId } : null),
  voidedBy: (o) => (o.voidedBy ? { __typename: 'User', id: o.voidedBy } : null),
  deliveryRequest: (o) => o.delivery ?? null,
  unsettledPayments: (o) => o.unsettled ?? [],
  payments: (o) => o.payments.map((p) => ({ ...p, merchantId: o.merchantId })),
  paymentStatus: (o) => orderPaymentStatus(o),
  paymentDueAt: (o) => o.awaitingPaymentUntil ?? null,
  refunds: (o) => o.refunds.map((r) => ({ ...r, status: r.status ?? 'REFUNDED' })),
};

export const OrderLine: OrderLineResolvers = {
  id: (l) => l.lineId,
  product: (l) => ({ __typename: 'Product', id: l.productId }),
};
