import { requireInternal } from '@pos/kit';
import type { QuoteLineResolvers, QuoteResolvers } from '../__generated__/resolvers-types';

export const Quote: QuoteResolvers = {
  cost: (q, _, ctx) => {
    requireInternal(ctx);
    return q.cost;
  },
};

export const QuoteLine: QuoteLineResolvers = {
  cost: (l, _, ctx) => {
    requireInternal(ctx);
    return l.cost;
  },
};
