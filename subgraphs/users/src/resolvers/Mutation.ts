import { requireViewer } from '@pos/kit';
import type { MutationResolvers } from '../__generated__/resolvers-types';

export const Mutation: MutationResolvers = {
  registerMerchant: (_, { input }, ctx) => ctx.registration.register(input),
  login: (_, { input }, ctx) => ctx.auth.login(input),
  loginWithPin: (_, { input }, ctx) => ctx.auth.loginWithPin(input),
  refreshToken: (_, { input }, ctx) => ctx.auth.refresh(input.refreshToken),
  logout: (_, __, ctx) => ctx.auth.logout(requireViewer(ctx)),
  changePassword: (_, { input }, ctx) => ctx.auth.changePassword(requireViewer(ctx), input),
  changePin: (_, { input }, ctx) => ctx.auth.changePin(requireViewer(ctx), input),
  updateMerchant: (_, { input }, ctx) => ctx.merchants().update(input),
  createBranch: (_, { input }, ctx) => ctx.merchants().createBranch(input),
  updateBranch: (_, { id, input }, ctx) => ctx.merchants().updateBranch(id, input),
  deactivateBranch: (_, { id }, ctx) => ctx.merchants().deactivateBranch(id),
  createStaff: (_, { input }, ctx) => ctx.staff().create(input),
  updateStaff: (_, { id, input }, ctx) => ctx.staff().update(id, input),
  deactivateStaff: (_, { id }, ctx) => ctx.staff().deactivate(id),
  setStaffPermissions: (_, { input }, ctx) => ctx.staff().setPermissions(input),
  recordStaffAdvance: (_, { input }, ctx) => ctx.advances().record(input),
  recordStaffAdvanceRepayment: (_, { input }, ctx) => ctx.advances().repay(input),
};
