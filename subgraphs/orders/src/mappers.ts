export type { PaymentRecord as PaymentMapper } from '@pos/kit';
export type {
  CashMovementDoc as CashMovementMapper,
  OrderDoc as OrderMapper,
  OrderLineDoc as OrderLineMapper,
  RefundDoc as RefundMapper,
  ShiftDoc as ShiftMapper,
} from './models';
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
