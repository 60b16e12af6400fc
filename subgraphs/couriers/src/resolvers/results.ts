import { resultTypeOf } from '@pos/kit';

/** Union members: expected failures carry their `__typename` (kit `errorResult`); the rest are documents of the success type. */
export const results = {
  CreateCourierResult: { __resolveType: resultTypeOf('Courier') },
  UpdateCourierResult: { __resolveType: resultTypeOf('Courier') },
  CreateDeliveryResult: { __resolveType: resultTypeOf('Delivery') },
  DeliveryResult: { __resolveType: resultTypeOf('Delivery') },
  ReportPositionResult: { __resolveType: resultTypeOf('CourierPosition') },
  ErrorResult: { __resolveType: resultTypeOf('DeliveryChangedConcurrently') },
};
