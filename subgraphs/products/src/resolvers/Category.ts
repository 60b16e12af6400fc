import { requireViewer } from '@pos/kit';
import type { CategoryResolvers } from '../__generated__/resolvers-types';

export const Category: CategoryResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.category(requireViewer(ctx).merchantId).load(ref.id),
  id: (c) => c._id,
  parent: (c, _, ctx) => (c.parentId ? ctx.loaders.category(c.merchantId).load(c.parentId) : null),
  children: (c, _, ctx) => ctx.categories().children(c._id),
  path: (c, _, ctx) => ctx.categories().path(c),
};
