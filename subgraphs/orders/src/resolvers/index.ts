import { scalarResolvers } from '@pos/kit';
import type { Resolvers } from '../__generated__/resolvers-types';
import { Cart, CartLine } from './Cart';
import { Customer } from './Customer';
import { Mutation } from './Mutation';
import { Order, OrderLine } from './Order';
import { Query } from './Query';
import { results } from './results';
import { CashMovement, Shift } from './Shift';

export const resolvers: Resolvers = {
  ...scalarResolvers,
  ...results,
  Query,
  Mutation,
  Order,
  OrderLine,
  Customer,
  Cart,
  CartLine,
  Shift,
  CashMovement,
};
