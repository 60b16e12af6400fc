import { badInput, canUseBranch, forbidden, getOwned, hasScope, notFound, type Viewer } from '@pos/kit';
import type { CheckoutKeyDoc, OrderDoc, OrdersModels } from '../models';
import { canonicalJson } from './calendar';
import type { CartService } from './cart.service';
import {
  awaitCheckoutOutcome,
  type CheckoutOutcome,
  findCheckoutKey,
  insertPendingOrder,
  outcomeOf,
} from './checkout-keys';
import { requireCustomer } from './customer-check';
import { failures } from './failures';
import type { OrderLifecycle } from './lifecycle';
import { buildPendingOrder, type DeliveryInput, deliveryRequest, sumLines } from './order-builder';
import { isOutage } from './outage';
import { type ChargingProvider, checkCharges, type PaymentSpec, settlePayments } from './payments';
import type {
  CallContext,
  ChargingPort,
  CustomersPort,
  DiscountSpec,
  ProductsPort,
  SaleLineSpec,
  UsersPort,
} from './ports';
import type { ShiftService } from './shift.service';

export interface CheckoutInput {
  idempotencyKey: string;
  deviceId: string;
  branchId: string;
  cartId?: string | null;
  lines?: SaleLineSpec[] | null;
  orderDiscount?: DiscountSpec | null;
  customerId?: string | null;
  channel?: 'COUNTER' | 'ONLINE' | null;
  payments: PaymentSpec[];
  delivery?: DeliveryInput | null;
  note?: string | null;
}

export interface CheckoutDeps {
  models: OrdersModels;
  products: ProductsPort;
  users: UsersPort;
  customers: CustomersPort;
  lifecycle: OrderLifecycle;
  shifts: ShiftService;
  carts: CartService;
  leaseMs: number;
  /** Null when the deployment has no payment provider. */
  charging: ChargingPort | null;
}

export { type CheckoutOutcome, outcomeOf };

/** Prices the lines with products and reads the settings checkout needs, in parallel. */
export async function priceSale(
  deps: Pick<CheckoutDeps, 'products' | 'users'>,
  call: CallContext,
  input: {
    branchId: string;
    lines: SaleLineSpec[];
    orderDiscount?: DiscountSpec | null;
    customerId?: string | null;
  },
  at?: Date,
) {
  const [priced, settings, branch] = await Promise.all([
    deps.products.quote(call, {
      branchId: input.branchId,
      customerId: input.customerId ?? null,
      lines: input.lines,
      orderDiscount: input.orderDiscount ?? null,
      ...(at ? { at } : {}),
    }),
    deps.users.merchantSettings(call),
    deps.users.branch(call, input.branchId),
  ]);
  if (!branch?.active) throw notFound('Branch');
  return { priced, settings, branchCode: branch.code };
}

export { isOutage };

/** Checks what a cashier may ask of a sale: the branch, discounts and price overrides. */
export function authorizeSale(
  viewer: Viewer,
  branchId: string,
  lines: readonly SaleLineSpec[],
  orderDiscount?: DiscountSpec | null,
) {
  if (!canUseBranch(viewer, branchId)) throw forbidden('You do not work in this branch');
  if (lines.length === 0) throw badInput('A sale needs at least one line', 'lines');
  for (const l of lines) {
    if (!Number.isInteger(l.quantity) || l.quantity <= 0)
      throw badInput('Quantities must be positive', 'lines');
    if (!l.productId && !l.barcode) throw badInput('Each line needs a product or a barcode', 'lines');
  }
  const discounted = Boolean(orderDiscount) || lines.some((l) => l.discount);
  if (discounted && !hasScope(viewer, 'sales:discount'))
    throw forbidden('Discounts need the sales:discount permission');
  if (lines.some((l) => l.priceOverride != null) && !hasScope(viewer, 'sales:price-override'))
    throw forbidden('Price overrides need the sales:price-override permission');
}

/**
 * Checkout for the signed-in cashier. Idempotency: a claim document keyed by merchant, device
 * and key (see checkout-keys.ts); the insert that wins owns the checkout and every concurrent
 * or later replay reads it by key, waits for its outcome and answers the same.
 */
export class CheckoutService {
  constructor(
    private readonly deps: CheckoutDeps,
    private readonly viewer: Viewer,
    private readonly call: CallContext,
  ) {}

  /** A cart that cannot be sold is refused before anything is claimed, so it is not a stored outcome. */
  async checkout(
    input: CheckoutInput,
  ): Promise<CheckoutOutcome | ReturnType<typeof failures.cartChangeNotAllowed>> {
    const { viewer } = this;
    const { idempotencyKey, ...body } = input;
    if (!idempotencyKey.trim()) throw badInput('An idempotency key is needed', 'idempotencyKey');
    const requestHash = canonicalJson(body);
    const earlier = await findCheckoutKey(
      this.deps.models,
      viewer.merchantId,
      input.deviceId,
      idempotencyKey,
    );
    if (earlier) return this.replay(earlier, requestHash);

    const sale = await this.saleOf(input);
    if ('__typename' in sale) return sale;
    authorizeSale(viewer, input.branchId, sale.lines, sale.orderDiscount);
    checkCharges(input.payments, true);
    const methods = new Set(input.payments.map((p) => p.method));
    const needsCustomers = methods.has('POINTS') || methods.has('CUSTOMER_CREDIT');
    if (needsCustomers && !sale.customerId)
      throw badInput('Points and customer credit need a customer', 'customerId');
    if (needsCustomers && !this.deps.customers.available()) {
      const method = methods.has('POINTS') ? 'POINTS' : 'CUSTOMER_CREDIT';
      return failures.methodUnavailable(method);
    }
    await requireCustomer(this.deps.customers, this.call, sale.customerId);
    const shift = await this.deps.shifts.openShiftFor(viewer.userId, input.deviceId);
    if (methods.has('CASH') && !shift) return failures.noOpenShift();

    let prepared: Awaited<ReturnType<typeof priceSale>>;
    try {
      prepared = await priceSale(this.deps, this.call, sale);
    } catch (err) {
      if (isOutage(err))
        return failures.checkoutFailed('SERVICE_UNAVAILABLE', 'Pricing is unavailable; try again');
      throw err;
    }
    const { priced, settings, branchCode } = prepared;
    const charged = input.payments.find((p) => p.charge);
    let charging: ChargingProvider | null = null;
    if (charged) {
      // Midtrans charges rupiah only.
      const account =
        settings.currency === 'IDR' ? await this.deps.charging?.accountFor(viewer.merchantId) : null;
      if (!account || !this.deps.charging) return failures.methodUnavailable(charged.method);
      charging = { provider: this.deps.charging.providerName, account };
    }
    const deliveryFee = input.delivery?.fee ?? 0;
    const total = sumLines(priced).total + deliveryFee;
    const now = new Date();
    const settlement = settlePayments(total, input.payments, settings.cashRoundingUnit, {
      cashOnDelivery: Boolean(input.delivery?.cashOnDelivery),
      charging,
      paidAt: now,
    });
    if (!settlement.ok) return failures.paymentInsufficient(settlement.payable, settlement.paid);
    const order = buildPendingOrder(
      {
        merchantId: viewer.merchantId,
        branchId: input.branchId,
        branchCode,
        cashierId: viewer.userId,
        deviceId: input.deviceId,
        shiftId: shift?._id ?? null,
        customerId: sale.customerId ?? null,
        channel: input.channel ?? 'COUNTER',
        idempotencyKey,
        requestHash,
        offline: false,
        clientId: null,
        occurredAt: now,
        note: input.note ?? null,
        leaseMs: this.deps.leaseMs,
      },
      priced,
      settlement.value,
      deliveryFee,
      deliveryRequest(input.delivery, settlement.value.payable, settlement.value.paid),
      settings,
    );
    const inserted = await insertPendingOrder(this.deps.models, order);
    if ('earlier' in inserted) return this.replay(inserted.earlier, requestHash);
    const done =
      (await this.deps.lifecycle.run(inserted.inserted, this.call)) ?? (await this.load(order._id));
    // A sale waiting for its charge has used its cart too: when the charge expires, the till rings it again.
    if (input.cartId && (done.status === 'COMPLETED' || done.awaitingPaymentUntil))
      await this.deps.carts.checkedOut(input.cartId, done._id);
    return outcomeOf(done);
  }

  /** The lines to sell: the request's own, or those of the open cart it names. */
  private async saleOf(input: CheckoutInput) {
    if (!input.cartId) {
      if (!input.lines) throw badInput('Give the lines or a cart', 'lines');
      return {
        branchId: input.branchId,
        lines: input.lines,
        orderDiscount: input.orderDiscount,
        customerId: input.customerId,
      };
    }
    if (input.lines?.length) throw badInput('Give the lines or a cart, not both', 'lines');
    const cart = await this.deps.carts.get(input.cartId);
    if (!cart) throw notFound('Cart');
    if (cart.branchId !== input.branchId) throw badInput('The cart belongs to another branch', 'cartId');
    if (cart.status !== 'OPEN') return failures.cartChangeNotAllowed(cart.status);
    return {
      branchId: cart.branchId,
      lines: cart.lines.map(({ lineId: _, ...line }) => line),
      orderDiscount: cart.orderDiscount,
      customerId: input.customerId ?? cart.customerId,
    };
  }

  /** Same body: the first outcome (waiting for it while it runs). Another body: KEY_REUSED. */
  private replay(claim: CheckoutKeyDoc, requestHash: string): Promise<CheckoutOutcome> {
    if (claim.requestHash !== requestHash) return Promise.resolve(failures.keyReused());
    return awaitCheckoutOutcome(this.deps.models, this.deps.lifecycle, claim);
  }

  private async load(id: string): Promise<OrderDoc> {
    const order = await getOwned<OrderDoc>(this.deps.models.orders, id, this.viewer.merchantId);
    if (!order) throw notFound('Order');
    return order;
  }
}
