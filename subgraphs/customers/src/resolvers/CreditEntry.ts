import type { CreditEntryResolvers } from '../__generated__/resolvers-types';

export const CreditEntry: CreditEntryResolvers = {
  id: (e) => String(e._id),
  kind: (e) => e.kind as never,
  dueDate: (e) => (e.kind === 'CHARGE' ? (e.dueDate ?? null) : null),
  method: (e) => e.method ?? null,
  orderId: (e) => e.orderId ?? null,
  branchId: (e) => e.branchId ?? null,
  note: (e) => e.note ?? null,
  recordedBy: (e) => e.recordedBy ?? null,
};
