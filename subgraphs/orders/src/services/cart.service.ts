import { canUseBranch, forbidden, getOwned, hasScope, notFound, updateByKey, type Viewer } from '@pos/kit';
import { Types } from 'mongoose';
import type { CartDoc, OrdersModels } from '../models';
import { authorizeSale, type CheckoutDeps, priceSale } from './checkout.service';
import { requireCustomer } from './customer-check';
import { failures } from './failures';
import { sumLines } from './order-builder';
import type { CallContext, DiscountSpec, PricedLine, SaleLineSpec } from './ports';

export type PricedCartLine = PricedLine & { lineId: string };

export interface CartView {
  cart: CartDoc;
  lines: PricedCartLine[];
  totals: ReturnType<typeof sumLines>;
}

export interface CartLineChange {
  quantity?: number | null;
  unit?: string | null;
  discount?: DiscountSpec | null;
  priceOverride?: number | null;
}

const newId = () => new Types.ObjectId().toHexString();

/**
 * Carts of the signed-in cashier: built line by line, parked (held bills) and resumed, always
 * priced by products on read so the till shows what checkout will charge. A cart is edited by
 * one till at a time, so its writes are plain last-write-wins.
 */
export class CartService {
  constructor(
    private readonly deps: Pick<CheckoutDeps, 'models' | 'products' | 'users' | 'customers'>,
    private readonly viewer: Viewer,
    private readonly call: CallContext,
  ) {}

  private get models(): OrdersModels {
    return this.deps.models;
  }

  async create(input: {
    branchId: string;
    deviceId: string;
    customerId?: string | null;
    label?: string | null;
  }) {
    if (!canUseBranch(this.viewer, input.branchId)) throw forbidden('You do not work in this branch');
    // An owner may use every branch, so the branch must be shown to exist: no cart of nowhere.
    const branch = await this.deps.users.branch(this.call, input.branchId);
    if (!branch?.active) throw notFound('Branch');
    await requireCustomer(this.deps.customers, this.call, input.customerId);
    const cart = await this.models.carts.create({
      _id: newId(),
      merchantId: this.viewer.merchantId,
      branchId: input.branchId,
      cashierId: this.viewer.userId,
      deviceId: input.deviceId,
      status: 'OPEN',
      label: input.label ?? null,
      customerId: input.customerId ?? null,
      lines: [],
      orderDiscount: null,
      orderId: null,
    });
    return cart.toObject<CartDoc>();
  }

  /**
   * The cart as orders are read: staff without `sales:read-all` see only carts they work on, in
   * their branches. A held bill is the exception, as any till of its branch may resume it.
   * Anything else reads exactly like a missing cart.
   */
  async get(id: string): Promise<CartDoc | null> {
    const cart = await getOwned<CartDoc>(this.models.carts, id, this.viewer.merchantId);
    return cart && this.canSee(cart) ? cart : null;
  }

  private canSee(cart: CartDoc): boolean {
    if (!canUseBranch(this.viewer, cart.branchId)) return false;
    return (
      cart.cashierId === this.viewer.userId ||
      hasScope(this.viewer, 'sales:read-all') ||
      cart.status === 'HELD'
    );
  }

  /** Held bills of a branch, newest first. */
  async held(branchId: string): Promise<CartDoc[]> {
    if (!canUseBranch(this.viewer, branchId)) return [];
    // Awaited here: a mongoose query handed to GraphQL may be executed twice.
    return await this.models.carts
      .find({ merchantId: this.viewer.merchantId, branchId, status: 'HELD' })
      .sort({ updatedAt: -1 })
      .limit(100)
      .lean<CartDoc[]>();
  }

  addLine(cartId: string, line: SaleLineSpec) {
    return this.edit(cartId, (c) => ({ lines: [...c.lines, { ...line, lineId: newId() }] }));
  }

  /** Only the fields given change. */
  updateLine(cartId: string, lineId: string, change: CartLineChange) {
    const given = Object.fromEntries(Object.entries(change).filter(([, v]) => v !== null && v !== undefined));
    return this.edit(cartId, (c) => {
      if (!c.lines.some((l) => l.lineId === lineId)) throw notFound('CartLine');
      return { lines: c.lines.map((l) => (l.lineId === lineId ? { ...l, ...given } : l)) };
    });
  }

  /** Marks the cart as turned into an order, so it is not sold twice. */
  async checkedOut(cartId: string, orderId: string): Promise<void> {
    if (!(await this.get(cartId))) return;
    await updateByKey(this.models.carts, cartId, { $set: { status: 'CHECKED_OUT', orderId } });
  }

  removeLine(cartId: string, lineId: string) {
    return this.edit(cartId, (c) => ({ lines: c.lines.filter((l) => l.lineId !== lineId) }));
  }

  setOrderDiscount(cartId: string, discount: DiscountSpec | null) {
    return this.edit(cartId, () => ({ orderDiscount: discount }));
  }

  async setCustomer(cartId: string, customerId: string | null) {
    await requireCustomer(this.deps.customers, this.call, customerId);
    return this.edit(cartId, () => ({ customerId }));
  }

  /** Parks the cart as a held bill; any till of the branch may resume it. */
  hold(cartId: string, label?: string | null) {
    return this.edit(cartId, (c) => ({ status: 'HELD', label: label ?? c.label }), ['OPEN']);
  }

  resume(cartId: string, deviceId: string) {
    return this.edit(cartId, () => ({ status: 'OPEN', deviceId, cashierId: this.viewer.userId }), [
      'HELD',
      'OPEN',
    ]);
  }

  discard(cartId: string) {
    return this.edit(cartId, () => ({ status: 'DISCARDED' }), ['OPEN', 'HELD']);
  }

  /** The cart with every line priced by products, as checkout will price it. */
  async view(cart: CartDoc): Promise<CartView> {
    if (cart.lines.length === 0) return { cart, lines: [], totals: sumLines([]) };
    const { priced } = await priceSale(this.deps, this.call, cart);
    return {
      cart,
      lines: priced.map((p, i) => ({ ...p, lineId: cart.lines[i]?.lineId ?? String(i) })),
      totals: sumLines(priced),
    };
  }

  /** A missing cart or line throws `notFound`, which the mutation answers as its `NotFound` member. */
  private async edit(
    cartId: string,
    change: (cart: CartDoc) => Partial<CartDoc>,
    allowed: readonly CartDoc['status'][] = ['OPEN'],
  ): Promise<CartDoc | ReturnType<typeof failures.cartChangeNotAllowed>> {
    const cart = await this.get(cartId);
    if (!cart) throw notFound('Cart');
    if (!allowed.includes(cart.status)) return failures.cartChangeNotAllowed(cart.status);
    const next = { ...cart, ...change(cart) };
    if (next.lines.length > 0) authorizeSale(this.viewer, next.branchId, next.lines, next.orderDiscount);
    // A line products cannot price (unknown product or barcode) is refused now, not stored.
    if (next.lines.length > 0 && (next.lines !== cart.lines || next.orderDiscount !== cart.orderDiscount))
      await this.deps.products.quote(this.call, {
        branchId: next.branchId,
        customerId: next.customerId ?? null,
        lines: next.lines,
        orderDiscount: next.orderDiscount ?? null,
      });
    await updateByKey(this.models.carts, cart._id, {
      $set: {
        status: next.status,
        label: next.label,
        customerId: next.customerId,
        lines: next.lines,
        orderDiscount: next.orderDiscount,
        deviceId: next.deviceId,
        cashierId: next.cashierId,
      },
    });
    return next;
  }
}
