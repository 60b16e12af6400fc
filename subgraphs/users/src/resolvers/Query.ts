import { ALL_SCOPES, getOwned, ROLE_DEFAULT_SCOPES, ROLES, requireInternal, SCOPES } from '@pos/kit';
import type { QueryResolvers } from '../__generated__/resolvers-types';
import type { MerchantDoc } from '../models';

export const Query: QueryResolvers = {
  me: (_, __, ctx) => ctx.staff().get(ctx.viewer!.userId),
  merchant: (_, __, ctx) => ctx.merchants().current(),
  branches: (_, { includeInactive }, ctx) => ctx.merchants().branches(includeInactive ?? false),
  branch: (_, { id }, ctx) => ctx.merchants().branch(id),
  staff: (_, { filter, first, after }, ctx) => ctx.staff().list(filter ?? {}, first ?? 50, after),
  user: (_, { id }, ctx) => ctx.staff().find(id),
  availableScopes: () =>
    ALL_SCOPES.map((scope) => ({
      scope,
      description: SCOPES[scope],
      defaultFor: ROLES.filter((r) => ROLE_DEFAULT_SCOPES[r].includes(scope)),
    })),
  staffAdvanceBalances: (_, { overdueOnly, asOf }, ctx) =>
    ctx.advances().balances(overdueOnly ?? false, asOf),
  staffAdvanceLedger: (_, { userId }, ctx) => ctx.advances().ledger(userId),
  merchantTimeZone: async (_, { merchantId }, ctx) => {
    requireInternal(ctx);
    const m = await getOwned<MerchantDoc>(ctx.models.merchants, merchantId, merchantId, {
      tenantField: '_id',
      select: { timeZone: 1 },
    });
    return m?.timeZone ?? null;
  },
};
