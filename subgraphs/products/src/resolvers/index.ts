import { scalarResolvers } from '@pos/kit';
import type { Resolvers } from '../__generated__/resolvers-types';
import { Category } from './Category';
import { Mutation } from './Mutation';
import { PriceRule } from './PriceRule';
import { Product, ProductUnit } from './Product';
import { Query } from './Query';
import { Quote, QuoteLine } from './Quote';
import { results } from './results';
import { OutOfStock, ShortStockLine, StockEntry, StockLevel } from './Stock';
import { StockAlert } from './StockAlert';
import { Subscription } from './Subscription';

export const resolvers: Resolvers = {
  ...scalarResolvers,
  ...results,
  Query,
  Mutation,
  Product,
  ProductUnit,
  Category,
  PriceRule,
  Quote,
  QuoteLine,
  StockEntry,
  StockLevel,
  OutOfStock,
  ShortStockLine,
  StockAlert,
  Subscription,
};
