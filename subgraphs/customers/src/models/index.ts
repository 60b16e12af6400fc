import { processedEventModel } from '@pos/kit/events/consumer';
import type { Connection } from 'mongoose';
import { creditEntryModel } from './credit.model';
import { customerModel, phoneClaimModel } from './customer.model';
import { pointsEntryModel } from './points.model';
import { purchaseEntryModel } from './purchase.model';
import { settingsModel } from './settings.model';

export * from './credit.model';
export * from './customer.model';
export * from './points.model';
export * from './purchase.model';
export * from './settings.model';

export function registerModels(conn: Connection) {
  return {
    customers: customerModel(conn),
    phones: phoneClaimModel(conn),
    points: pointsEntryModel(conn),
    credit: creditEntryModel(conn),
    purchases: purchaseEntryModel(conn),
    settings: settingsModel(conn),
    processedEvents: processedEventModel(conn),
  };
}
export type CustomersModels = ReturnType<typeof registerModels>;
