import { scalarResolvers } from '@pos/kit';
import { withInputLimits } from '@pos/kit/input-limits';
import type { Resolvers } from '../__generated__/resolvers-types';
import { ORDERS_LIMITS } from '../input-limits';
import { Cart, CartLine } from './Cart';
import { Customer } from './Customer';
import { Mutation } from './Mutation';
import { Order, OrderLine } from './Order';
import { Payment, PaymentCharge, PaymentProviderAccount } from './Payment';
import { Query } from './Query';
import { results } from './results';
import { CashMovement, CourierCash, CourierCashCollection, CourierHandover, Shift } from './Shift';

export const resolvers: Resolvers = {
  ...scalarResolvers,
  ...results,
  Query: withInputLimits(Query, ORDERS_LIMITS),
  Mutation: withInputLimits(Mutation, ORDERS_LIMITS),
  Order,
  OrderLine,
  Payment,
  PaymentCharge,
  PaymentProviderAccount,
  Customer: withInputLimits(Customer, ORDERS_LIMITS),
  Cart,
  CartLine,
  Shift,
  CashMovement,
  CourierHandover,
  CourierCash,
  CourierCashCollection,
};
