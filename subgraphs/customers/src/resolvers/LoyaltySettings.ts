import type { LoyaltySettingsResolvers } from '../__generated__/resolvers-types';

export const LoyaltySettings: LoyaltySettingsResolvers = {
  // The merchant's zone, kept by users: the loyalty settings hold no zone of their own.
  timeZone: (s, _, ctx) => ctx.settings.zone(s.merchantId),
};
