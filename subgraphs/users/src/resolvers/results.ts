import { resultTypeOf } from '@pos/kit';
import type { Resolvers } from '../__generated__/resolvers-types';

/** Result unions whose success value is a mapped document without `__typename`. */
export const results: Resolvers = {
  LogoutResult: { __resolveType: resultTypeOf('LoggedOut') },
  UpdateMerchantResult: { __resolveType: resultTypeOf('Merchant') },
  BranchResult: { __resolveType: resultTypeOf('Branch') },
  StaffResult: { __resolveType: resultTypeOf('User') },
  RecordStaffAdvanceResult: { __resolveType: resultTypeOf('StaffAdvanceEntry') },
};
