import type { Connection } from 'mongoose';
import { adjustmentModel } from './adjustment.model';
import { cartModel } from './cart.model';
import { decisionModel, orderNumberModel } from './guard.model';
import { orderModel } from './order.model';
import { cashMovementModel, shiftLockModel, shiftModel } from './shift.model';

export * from './adjustment.model';
export * from './cart.model';
export * from './guard.model';
export * from './order.model';
export * from './shift.model';

export function registerModels(conn: Connection) {
  return {
    orders: orderModel(conn),
    decisions: decisionModel(conn),
    orderNumbers: orderNumberModel(conn),
    adjustments: adjustmentModel(conn),
    shifts: shiftModel(conn),
    shiftLocks: shiftLockModel(conn),
    cashMovements: cashMovementModel(conn),
    carts: cartModel(conn),
  };
}
export type OrdersModels = ReturnType<typeof registerModels>;
