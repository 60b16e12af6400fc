import { processedEventModel } from '@pos/kit';
import type { Connection } from 'mongoose';
import { courierAccountModel, courierModel } from './courier.model';
import { deliveryChangeModel, deliveryModel, deliveryOrderModel } from './delivery.model';
import { trailModel } from './position.model';

export * from './courier.model';
export * from './delivery.model';
export * from './position.model';

export function registerModels(conn: Connection) {
  return {
    couriers: courierModel(conn),
    courierAccounts: courierAccountModel(conn),
    deliveries: deliveryModel(conn),
    deliveryOrders: deliveryOrderModel(conn),
    changes: deliveryChangeModel(conn),
    trail: trailModel(conn),
    processed: processedEventModel(conn),
  };
}
export type CouriersModels = ReturnType<typeof registerModels>;
