import type {
  PaymentChargeResolvers,
  PaymentProviderAccountResolvers,
  PaymentResolvers,
} from '../__generated__/resolvers-types';

export const Payment: PaymentResolvers = {
  id: (p) => p.paymentId,
  // Payments recorded before they had a status were all taken at the till.
  status: (p) => p.status ?? 'PAID',
  paidAt: (p) => (p.paidAt ? new Date(p.paidAt) : null),
  charge: (p) =>
    p.provider ? { ...p.provider, merchantId: p.merchantId, display: p.display ?? null } : null,
};

export const PaymentCharge: PaymentChargeResolvers = {
  qrString: (c) => c.display?.qrString ?? null,
  qrImageUrl: (c) => c.display?.qrImageUrl ?? null,
  deeplinkUrl: (c) => c.display?.deeplinkUrl ?? null,
  expiresAt: (c) => c.display?.expiresAt ?? null,
  account: (c) => c.account,
  alerts: async (c, _, ctx) => (await ctx.loaders.charge(c.merchantId).load(c.chargeId))?.alerts ?? [],
};

export const PaymentProviderAccount: PaymentProviderAccountResolvers = {
  updatedAt: (a) => a.updatedAt ?? new Date(0),
};
