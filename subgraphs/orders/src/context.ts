import { type BaseContext, getOwned, requireViewer } from '@pos/kit';
import { createLoaders, type OrdersLoaders } from './loaders';
import type { CartDoc, OrderDoc, OrderStatus, OrdersModels } from './models';

export interface OrderSummary {
  id: string;
  branchId: string;
  status: OrderStatus;
  outstanding: number;
}

import { PaymentApiService } from './payments/payment-api.service';
import type { Payments } from './payments/setup';
import type { AdjustmentService } from './services/adjustment.service';
import { CartService, type CartView } from './services/cart.service';
import { CheckoutService } from './services/checkout.service';
import { HandoverService } from './services/handover.service';
import type { OrderLifecycle } from './services/lifecycle';
import { OfflineSyncService } from './services/offline.service';
import { OrderQueryService } from './services/order-query.service';
import type { CallContext, CustomersPort, ProductsPort, UsersPort } from './services/ports';
import type { RecoveryJob } from './services/recovery.service';
import { RefundService } from './services/refund.service';
import { ShiftService } from './services/shift.service';

/** Long-lived dependencies, built once in server.ts. */
export interface OrdersServices {
  models: OrdersModels;
  products: ProductsPort;
  users: UsersPort;
  customers: CustomersPort;
  lifecycle: OrderLifecycle;
  adjustments: AdjustmentService;
  recovery: RecoveryJob;
  published: () => void;
  leaseMs: number;
  payments: Payments;
}

export interface OrdersContext extends BaseContext {
  models: OrdersModels;
  loaders: OrdersLoaders;
  recovery: RecoveryJob;
  /** Services bound to the signed-in viewer; each throws UNAUTHENTICATED without one. */
  orders(): OrderQueryService;
  checkout(): CheckoutService;
  offline(): OfflineSyncService;
  refunds(): RefundService;
  shifts(): ShiftService;
  handovers(): HandoverService;
  carts(): CartService;
  payments(): PaymentApiService;
  /** Internal: an order of a merchant by id, for other subgraphs' checks. */
  orderSummary(merchantId: string, id: string): Promise<OrderSummary | null>;
  /** A cart priced once per request, however many fields ask. */
  cartView(cart: CartDoc): Promise<CartView>;
}

export function createContext(base: BaseContext, s: OrdersServices): OrdersContext {
  const viewer = () => requireViewer(base);
  const call = (): CallContext => ({
    merchantId: viewer().merchantId,
    token: base.token,
    requestId: base.requestId,
  });
  const shifts = () => new ShiftService(s.models, viewer(), s.users, call(), s.published);
  const checkoutDeps = () => ({ ...s, shifts: shifts(), carts: carts(), charging: s.payments.charging });
  const carts = () => new CartService(s, viewer(), call());
  const views = new Map<string, Promise<CartView>>();
  return {
    ...base,
    models: s.models,
    recovery: s.recovery,
    loaders: createLoaders(s.models),
    orders: () => new OrderQueryService(s.models, viewer()),
    checkout: () => new CheckoutService(checkoutDeps(), viewer(), call()),
    offline: () => new OfflineSyncService(checkoutDeps(), viewer(), call()),
    refunds: () => new RefundService({ ...s, shifts: shifts() }, viewer(), call()),
    shifts,
    handovers: () => new HandoverService(s.models, viewer(), s.users, call(), shifts(), s.published),
    carts,
    payments: () => new PaymentApiService(s.payments, new OrderQueryService(s.models, viewer()), viewer()),
    orderSummary: async (merchantId, id) => {
      const o = await getOwned<OrderDoc>(s.models.orders, id, merchantId, {
        select: { branchId: 1, status: 1, totals: 1 },
      });
      return (
        o && {
          id: o._id,
          branchId: o.branchId,
          status: o.status,
          outstanding: Math.max(0, o.totals.payable - o.totals.paid),
        }
      );
    },
    cartView: (cart) => {
      const key = `${cart._id}:${String(cart.updatedAt?.getTime())}:${cart.lines.length}`;
      let view = views.get(key);
      if (!view) {
        view = carts().view(cart);
        views.set(key, view);
      }
      return view;
    },
  };
}
