import { requireViewer } from '@pos/kit';
import type { CourierResolvers } from '../__generated__/resolvers-types';

export const Courier: CourierResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.courier(requireViewer(ctx).merchantId).load(ref.id),
  id: (c) => c._id,
  user: (c) => ({ id: c.userId }),
  branch: (c) => ({ id: c.branchId }),
  phone: (c) => c.phone ?? null,
  plateNumber: (c) => c.plateNumber ?? null,
  lastPosition: (c) =>
    c.lastPosition ? { ...c.lastPosition, merchantId: c.merchantId, courierId: c._id } : null,
};
