import { notFound } from '@pos/kit';
import type { StaffAdvanceEntryResolvers } from '../__generated__/resolvers-types';

export const StaffAdvanceEntry: StaffAdvanceEntryResolvers = {
  id: (e) => String(e._id),
  user: async (e, _, ctx) => {
    const u = await ctx.loaders.user(e.merchantId).load(e.userId);
    if (!u) throw notFound('User');
    return u;
  },
  recordedBy: async (e, _, ctx) => {
    const u = await ctx.loaders.user(e.merchantId).load(e.recordedBy);
    if (!u) throw notFound('User');
    return u;
  },
  branch: (e, _, ctx) => (e.branchId ? ctx.loaders.branch(e.merchantId).load(e.branchId) : null),
  dueDate: (e) => e.dueDate ?? null,
  method: (e) => (e.method as 'CASH' | 'TRANSFER' | 'PAYROLL' | undefined) ?? null,
  note: (e) => e.note ?? null,
};
