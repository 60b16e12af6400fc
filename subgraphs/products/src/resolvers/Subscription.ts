import type { SubscriptionResolvers } from '../__generated__/resolvers-types';
import type { StockAlertMessage } from '../services/stock-alerts';

export const Subscription: SubscriptionResolvers = {
  lowStockAlerts: {
    subscribe: (_, { branchId }, ctx) => ctx.stockAlerts(branchId),
    resolve: (message: StockAlertMessage) => message,
  },
};
