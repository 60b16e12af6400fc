import { resultTypeOf } from '@pos/kit';
import type { Resolvers } from '../__generated__/resolvers-types';

/** Result unions whose success value is a mapped document without `__typename`. */
export const results: Resolvers = {
  MergeCustomersResult: { __resolveType: resultTypeOf('Customer') },
  SetCreditLimitResult: { __resolveType: resultTypeOf('Customer') },
  SetLoyaltySettingsResult: { __resolveType: resultTypeOf('LoyaltySettings') },
};
