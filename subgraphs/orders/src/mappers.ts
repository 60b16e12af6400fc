import type { OrderPaymentDoc } from './models';

export type {
  CashMovementDoc as CashMovementMapper,
  ChargeAlertDoc as PaymentAlertMapper,
  OrderDoc as OrderMapper,
  OrderLineDoc as OrderLineMapper,
  PaymentAccountDoc as PaymentProviderAccountMapper,
  RefundDoc as RefundMapper,
  ShiftDoc as ShiftMapper,
} from './models';
export type { PaymentProviderSettings as PaymentProviderSettingsMapper } from './payments/payment-api.service';
export type { OrderPage as OrderConnectionMapper } from './services/order-query.service';
export type { ShortLine as ShortLineMapper } from './services/ports';
export type CustomerMapper = { id: string };
export type {
  CartDoc as CartMapper,
  CourierCashEntryDoc as CourierHandoverMapper,
  CourierCashEntryDoc as CourierCashCollectionMapper,
} from './models';
export type { PricedCartLine as CartLineMapper } from './services/cart.service';
export type CourierCashMapper = Awaited<
  ReturnType<typeof import('./services/courier-cash').heldAtBranch>
>[number];

/** A payment as the API shows it: with its order's merchant, to look its charge up. */
export type PaymentMapper = OrderPaymentDoc & { merchantId: string };
/** A charged payment's provider side: the reference on the payment plus what the till displays. */
export type PaymentChargeMapper = NonNullable<OrderPaymentDoc['provider']> & {
  merchantId: string;
  display: OrderPaymentDoc['display'] | null;
};
