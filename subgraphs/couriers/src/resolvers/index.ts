import { scalarResolvers } from '@pos/kit';
import { withInputLimits } from '@pos/kit/input-limits';
import type { Resolvers } from '../__generated__/resolvers-types';
import { COURIERS_LIMITS } from '../input-limits';
import { Courier } from './Courier';
import { CourierPosition } from './CourierPosition';
import { Delivery } from './Delivery';
import { DeliveryChange } from './DeliveryChange';
import { DeliveryStatusChange } from './DeliveryStatusChange';
import { Mutation } from './Mutation';
import { Order } from './Order';
import { Query } from './Query';
import { results } from './results';
import { Subscription } from './Subscription';

export const resolvers: Resolvers = {
  Money: scalarResolvers.Money,
  DateTime: scalarResolvers.DateTime,
  Query: withInputLimits(Query, COURIERS_LIMITS),
  Mutation: withInputLimits(Mutation, COURIERS_LIMITS),
  Subscription,
  Courier,
  CourierPosition,
  Delivery: withInputLimits(Delivery, COURIERS_LIMITS),
  DeliveryChange,
  DeliveryStatusChange,
  Order,
  ...(results as Pick<Resolvers, keyof typeof results>),
};
