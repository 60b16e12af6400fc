import { processedEventModel, WorkQueue } from '@pos/kit';
import type { Connection } from 'mongoose';
import { adjustmentModel } from './adjustment.model';
import { cartModel } from './cart.model';
import { chargeModel, paymentAccountModel } from './charge.model';
import { courierCashModel } from './courier-cash.model';
import { checkoutKeyModel, decisionModel, orderNumberHintModel, orderNumberModel } from './guard.model';
import { orderModel } from './order.model';
import { cashMovementModel, shiftLockModel, shiftModel } from './shift.model';

export * from './adjustment.model';
export * from './cart.model';
export * from './charge.model';
export * from './courier-cash.model';
export * from './guard.model';
export * from './order.model';
export * from './shift.model';

/** What a recovery pass needs to read the item's document by key. */
export interface PendingWork {
  merchantId: string;
}

/** An order waiting for the customer to pay a provider charge. */
export interface PendingPayment extends PendingWork {
  chargeId: string;
}

export function registerModels(conn: Connection) {
  return {
    orders: orderModel(conn),
    decisions: decisionModel(conn),
    orderNumbers: orderNumberModel(conn),
    adjustments: adjustmentModel(conn),
    shifts: shiftModel(conn),
    shiftLocks: shiftLockModel(conn),
    cashMovements: cashMovementModel(conn),
    courierCash: courierCashModel(conn),
    /** Events of other subgraphs this one consumed (deliveries done), each handled once. */
    processed: processedEventModel(conn),
    carts: cartModel(conn),
    checkoutKeys: checkoutKeyModel(conn),
    orderNumberHints: orderNumberHintModel(conn),
    /** Orders that may still be PENDING, queued before they are inserted; the recovery job drains it. */
    pendingOrders: new WorkQueue<PendingWork>(conn, 'pending_orders'),
    /** Voids and refunds whose stock return may not have happened yet. */
    pendingAdjustments: new WorkQueue<PendingWork>(conn, 'pending_adjustments'),
    charges: chargeModel(conn),
    paymentAccounts: paymentAccountModel(conn),
    /**
     * Orders waiting for a provider charge to be paid, due when the charge expires (plus a grace
     * for the provider's notification). Kept apart from `pendingOrders`, whose items are due
     * within a lease of seconds: every charge gets the same window, so the items at the head of
     * this queue are the first due.
     */
    pendingPayments: new WorkQueue<PendingPayment>(conn, 'pending_payments'),
  };
}
export type OrdersModels = ReturnType<typeof registerModels>;
