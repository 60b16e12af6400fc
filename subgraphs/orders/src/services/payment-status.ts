import type { PaymentStatus } from '@pos/kit';
import type { OrderDoc } from '../models';

const ENDED_AS: Record<string, PaymentStatus> = { PAYMENT_EXPIRED: 'EXPIRED' };

/**
 * The order's payment status, derived from its state: a voided or fully refunded order is
 * REFUNDED, a completed one PAID (PENDING while cash is still to be collected on its delivery),
 * a cancelled one EXPIRED when its charge expired and FAILED otherwise, a pending one PENDING.
 */
export function orderPaymentStatus(
  o: Pick<OrderDoc, 'status' | 'refundStatus' | 'failure' | 'delivery' | 'totals'>,
): PaymentStatus {
  if (o.status === 'VOIDED' || o.refundStatus === 'FULL') return 'REFUNDED';
  if (o.status === 'COMPLETED')
    return (o.delivery?.cashOnDelivery ?? 0) > 0 && o.totals.paid < o.totals.payable ? 'PENDING' : 'PAID';
  if (o.status === 'CANCELLED') return ENDED_AS[o.failure?.code ?? ''] ?? 'FAILED';
  return 'PENDING';
}
