/**
 * The sale being rung up, kept on the device (and in IndexedDB, so a closed tab loses nothing).
 * Amounts here are list prices for display; the server's quote prices the sale.
 */
import { readKv, type TillDatabase, writeKv } from '../offline/db';

export interface Discount {
  percentBasisPoints?: number;
  amount?: string;
}

export interface CartLine {
  key: string;
  productId: string;
  name: string;
  unit: string;
  /** List price of one unit, for display while no quote is at hand. */
  listPrice: string;
  quantity: number;
  discount: Discount | null;
}

export interface CartCustomer {
  id: string;
  name: string;
  phone: string;
  points: number;
  creditAvailable: string;
}

export interface Cart {
  lines: CartLine[];
  orderDiscount: Discount | null;
  customer: CartCustomer | null;
  /** Set when the cart was resumed from a held bill. */
  heldLabel: string | null;
}

export const emptyCart = (): Cart => ({ lines: [], orderDiscount: null, customer: null, heldLabel: null });

const KEY = 'cart';
export const loadCart = async (db: TillDatabase) => (await readKv<Cart>(db, KEY)) ?? emptyCart();
export const saveCart = (db: TillDatabase, cart: Cart) => writeKv(db, KEY, cart);

export function addLine(
  cart: Cart,
  line: Omit<CartLine, 'key' | 'quantity' | 'discount'>,
  quantity = 1,
): Cart {
  const same = cart.lines.find((l) => l.productId === line.productId && l.unit === line.unit && !l.discount);
  if (same) {
    return {
      ...cart,
      lines: cart.lines.map((l) => (l === same ? { ...l, quantity: l.quantity + quantity } : l)),
    };
  }
  return {
    ...cart,
    lines: [...cart.lines, { ...line, key: crypto.randomUUID(), quantity, discount: null }],
  };
}

export function setQuantity(cart: Cart, key: string, quantity: number): Cart {
  if (quantity <= 0) return { ...cart, lines: cart.lines.filter((l) => l.key !== key) };
  return { ...cart, lines: cart.lines.map((l) => (l.key === key ? { ...l, quantity } : l)) };
}

export function updateLine(cart: Cart, key: string, change: Partial<CartLine>): Cart {
  return { ...cart, lines: cart.lines.map((l) => (l.key === key ? { ...l, ...change } : l)) };
}

/** The lines as the API takes them (quote, checkout, offline sync, carts). */
export function saleLines(cart: Cart) {
  return cart.lines.map((l) => ({
    productId: l.productId,
    unit: l.unit,
    quantity: l.quantity,
    ...(l.discount ? { discount: l.discount } : {}),
  }));
}

/**
 * What the cashier sees while offline: list price times quantity less discounts. Shown as an
 * estimate; the server prices the sale when it syncs.
 */
export function estimateTotal(cart: Cart): string {
  let total = 0n;
  for (const l of cart.lines) {
    const gross = BigInt(l.listPrice) * BigInt(l.quantity);
    total += gross - discountOf(gross, l.discount);
  }
  return (total - discountOf(total, cart.orderDiscount)).toString();
}

function discountOf(value: bigint, d: Discount | null): bigint {
  if (!d) return 0n;
  if (d.amount) return BigInt(d.amount) > value ? value : BigInt(d.amount);
  if (d.percentBasisPoints) return (value * BigInt(d.percentBasisPoints) + 5000n) / 10000n;
  return 0n;
}
