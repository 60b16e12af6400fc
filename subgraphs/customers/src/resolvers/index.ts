import { scalarResolvers } from '@pos/kit';
import type { Resolvers } from '../__generated__/resolvers-types';
import { CreditEntry } from './CreditEntry';
import { Customer } from './Customer';
import { LoyaltySettings } from './LoyaltySettings';
import { Mutation } from './Mutation';
import { PointsEntry } from './PointsEntry';
import { Query } from './Query';
import { results } from './results';

export const resolvers: Resolvers = {
  ...scalarResolvers,
  ...results,
  Query,
  Mutation,
  Customer,
  PointsEntry,
  CreditEntry,
  LoyaltySettings,
};
