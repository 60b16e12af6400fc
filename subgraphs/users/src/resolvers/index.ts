import { scalarResolvers } from '@pos/kit';
import type { Resolvers } from '../__generated__/resolvers-types';
import { Branch } from './Branch';
import { Merchant } from './Merchant';
import { Mutation } from './Mutation';
import { Permissions } from './Permissions';
import { Query } from './Query';
import { results } from './results';
import { StaffAdvanceEntry } from './StaffAdvanceEntry';
import { User } from './User';

export const resolvers: Resolvers = {
  ...scalarResolvers,
  ...results,
  Query,
  Mutation,
  Merchant,
  Branch,
  User,
  Permissions,
  StaffAdvanceEntry,
};
