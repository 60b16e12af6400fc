import type { PointsEntryResolvers } from '../__generated__/resolvers-types';

export const PointsEntry: PointsEntryResolvers = {
  id: (e) => String(e._id),
  kind: (e) => e.kind as never,
  orderId: (e) => e.orderId ?? null,
  branchId: (e) => e.branchId ?? null,
  reason: (e) => e.reason ?? null,
  recordedBy: (e) => e.recordedBy ?? null,
};
