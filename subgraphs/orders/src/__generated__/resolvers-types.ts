import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { OrderMapper, OrderLineMapper, OrderConnectionMapper, RefundMapper, ShiftMapper, CashMovementMapper, PaymentMapper, ShortLineMapper, CustomerMapper, CartMapper, CartLineMapper, CourierHandoverMapper, CourierCashMapper, CourierCashCollectionMapper, PaymentChargeMapper, PaymentAlertMapper, PaymentProviderAccountMapper, PaymentProviderSettingsMapper } from '../mappers';
import type { OrdersContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date (YYYY-MM-DD) in the merchant's time zone. */
  Date: { input: string; output: string; }
  /** An instant in ISO-8601 with an offset; always returned in UTC. */
  DateTime: { input: Date; output: Date | string; }
  /**
   * Money in minor units of the merchant's currency, sent as a string-encoded integer so totals
   * above 2^31 survive every client. IDR has no minor unit: Rp15.500 is "15500".
   */
  Money: { input: number; output: number | string; }
  federation__Scope: { input: unknown; output: unknown; }
  link__Import: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** An outlet of a merchant. Stock, shifts and orders are per branch. */
export type Branch = {
  __typename?: 'Branch';
  id: Scalars['ID']['output'];
};

export type CancelPendingPaymentResult = NotFound | Order | PaymentNotPending | PaymentProviderUnavailable;

/**
 * A sale being built at a till. Lines are priced by the products subgraph every time the cart is
 * read, exactly as checkout will price them.
 */
export type Cart = {
  __typename?: 'Cart';
  branch: Branch;
  cashier: User;
  customer?: Maybe<Customer>;
  deviceId: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Name of a held bill ("Meja 4"). */
  label?: Maybe<Scalars['String']['output']>;
  lines: Array<CartLine>;
  /** The order it became (CHECKED_OUT only). */
  orderId?: Maybe<Scalars['ID']['output']>;
  status: CartStatus;
  totals: CartTotals;
  updatedAt: Scalars['DateTime']['output'];
};

/**
 * The cart cannot make this change in its status: only an OPEN cart takes lines, discounts,
 * customers and holding; a HELD (or OPEN) one can be resumed; a CHECKED_OUT or DISCARDED one
 * can do nothing. Code `CART_CHANGE_NOT_ALLOWED`.
 */
export type CartChangeNotAllowed = ErrorResult & {
  __typename?: 'CartChangeNotAllowed';
  /** The cart's status now. */
  cartStatus: CartStatus;
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** A priced cart line. */
export type CartLine = {
  __typename?: 'CartLine';
  baseQuantity: Scalars['Int']['output'];
  gross: Scalars['Money']['output'];
  id: Scalars['ID']['output'];
  lineDiscount: Scalars['Money']['output'];
  name: Scalars['String']['output'];
  orderDiscount: Scalars['Money']['output'];
  product: Product;
  quantity: Scalars['Int']['output'];
  sku: Scalars['String']['output'];
  tax: Scalars['Money']['output'];
  total: Scalars['Money']['output'];
  unitName: Scalars['String']['output'];
  unitPrice: Scalars['Money']['output'];
};

/**
 * What every cart mutation answers, so one fragment serves them all: the cart, or why it was
 * refused (the cart, line, branch or customer is not found, or the cart's status does not allow
 * the change).
 */
export type CartResult = Cart | CartChangeNotAllowed | NotFound;

/** Where a cart is. */
export type CartStatus =
  | 'CHECKED_OUT'
  | 'DISCARDED'
  /** Parked (a held bill), to be resumed at any till of the branch. */
  | 'HELD'
  | 'OPEN';

/** Cart amounts before payment (cash rounding is applied at checkout). */
export type CartTotals = {
  __typename?: 'CartTotals';
  gross: Scalars['Money']['output'];
  lineDiscount: Scalars['Money']['output'];
  orderDiscount: Scalars['Money']['output'];
  tax: Scalars['Money']['output'];
  total: Scalars['Money']['output'];
};

/** Cash put into (paid-in) or taken out of (paid-out) the drawer outside sales. */
export type CashMovement = {
  __typename?: 'CashMovement';
  amount: Scalars['Money']['output'];
  at: Scalars['DateTime']['output'];
  /** Set when the cash out paid an expense; reports books it under this category. */
  expenseCategory?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: CashMovementKind;
  reason: Scalars['String']['output'];
  recordedBy: User;
};

export type CashMovementInput = {
  amount: Scalars['Money']['input'];
  /** At most 60 characters. */
  expenseCategory?: InputMaybe<Scalars['String']['input']>;
  kind: CashMovementKind;
  /** Non-blank, at most 500 characters. */
  reason: Scalars['String']['input'];
  shiftId: Scalars['ID']['input'];
};

/** Direction of a cash movement outside sales. */
export type CashMovementKind =
  | 'IN'
  | 'OUT';

export type CashMovementResult = CashMovement | ShiftNotOpen;

export type CheckPaymentStatusResult = NotFound | Order | PaymentProviderUnavailable;

/**
 * A service the checkout depends on failed; the order was cancelled and nothing was taken.
 * Retry with a new idempotency key.
 */
export type CheckoutFailed = ErrorResult & {
  __typename?: 'CheckoutFailed';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  orderId?: Maybe<Scalars['ID']['output']>;
};

/**
 * A sale to check out. Same `idempotencyKey` and device with the same body returns the first
 * result; with another body, IDEMPOTENCY_KEY_REUSED. Keys are kept permanently on the order.
 */
export type CheckoutInput = {
  branchId: Scalars['ID']['input'];
  /**
   * Check out an open cart: its lines, order discount and customer are used (then `lines` is not given).
   * A cart that is not open is `CartChangeNotAllowed`; one of another branch is BAD_USER_INPUT.
   */
  cartId?: InputMaybe<Scalars['ID']['input']>;
  channel?: InputMaybe<OrderChannel>;
  /** A customer of the merchant; another merchant's or an unknown id is `NotFound`. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  delivery?: InputMaybe<DeliveryInput>;
  /** Non-blank, at most 64 characters. */
  deviceId: Scalars['String']['input'];
  /** Non-blank, at most 128 characters. */
  idempotencyKey: Scalars['String']['input'];
  lines?: InputMaybe<Array<SaleLineInput>>;
  /** At most 500 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  orderDiscount?: InputMaybe<DiscountInput>;
  payments: Array<PaymentInput>;
};

export type CheckoutResult = CartChangeNotAllowed | CheckoutFailed | CreditLimitExceeded | IdempotencyKeyReused | InsufficientPoints | NoOpenShift | NotFound | Order | OutOfStock | PaymentInsufficient | PaymentMethodUnavailable;

export type CloseShiftInput = {
  countedCash: Scalars['Money']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  shiftId: Scalars['ID']['input'];
};

export type CloseShiftResult = Shift | ShiftNotOpen;

/** A staff member with the COURIER role, set up to deliver from one branch (couriers subgraph). */
export type Courier = {
  __typename?: 'Courier';
  id: Scalars['ID']['output'];
};

/** A courier holding cash collected on delivery at a branch, not yet handed over. */
export type CourierCash = {
  __typename?: 'CourierCash';
  branch: Branch;
  /** The deliveries the cash was collected on, oldest first. */
  collections: Array<CourierCashCollection>;
  courier: Courier;
  /** What the courier should hand over. */
  held: Scalars['Money']['output'];
};

/** Cash collected on one delivery. */
export type CourierCashCollection = {
  __typename?: 'CourierCashCollection';
  amount: Scalars['Money']['output'];
  collectedAt: Scalars['DateTime']['output'];
  deliveryId: Scalars['ID']['output'];
  /** Null only when orders does not know the delivery's order. */
  order?: Maybe<Order>;
};

/**
 * Cash a courier handed to a cashier or supervisor, counted into the drawer of their open shift.
 * Every hand-over takes all the cash the courier held at the branch.
 */
export type CourierHandover = {
  __typename?: 'CourierHandover';
  at: Scalars['DateTime']['output'];
  /** Business date of the hand-over. */
  businessDate: Scalars['Date']['output'];
  /** What was counted into the drawer (it adds to the shift's expected cash). */
  counted: Scalars['Money']['output'];
  courier: Courier;
  /** The deliveries whose cash this hand-over settles. */
  deliveryIds: Array<Scalars['ID']['output']>;
  /** What the courier held: the cash collected on delivery since their last hand-over. */
  expected: Scalars['Money']['output'];
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  recordedBy: User;
  shiftId: Scalars['ID']['output'];
  /** counted - expected: negative when cash is missing. */
  variance: Scalars['Money']['output'];
};

export type CreateCartInput = {
  branchId: Scalars['ID']['input'];
  /** A customer of the merchant; another merchant's or an unknown id is `NotFound`. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Non-blank, at most 64 characters. */
  deviceId: Scalars['String']['input'];
  /** At most 60 characters. */
  label?: InputMaybe<Scalars['String']['input']>;
};

/** The charge would take the customer over their credit limit. Code `CREDIT_LIMIT_EXCEEDED`. */
export type CreditLimitExceeded = ErrorResult & {
  __typename?: 'CreditLimitExceeded';
  /** What can still be charged before the limit. */
  available: Scalars['Money']['output'];
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/**
 * A customer of the merchant. The phone number (E.164, `+62...`) is the natural key: unique per
 * merchant. Purchase history (`orders`) is provided by the orders subgraph.
 */
export type Customer = {
  __typename?: 'Customer';
  id: Scalars['ID']['output'];
  /**
   * The customer's orders (completed, voided and refunded; not abandoned checkouts), newest first.
   * `first` is 1 to 200.
   */
  orders: OrderConnection;
};


/**
 * A customer of the merchant. The phone number (E.164, `+62...`) is the natural key: unique per
 * merchant. Purchase history (`orders`) is provided by the orders subgraph.
 */
export type CustomerOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Delivery requested with the order; the couriers subgraph turns it into a delivery. */
export type DeliveryDetails = {
  __typename?: 'DeliveryDetails';
  address: Scalars['String']['output'];
  /** What the courier collects on delivery (0 when already paid). */
  cashOnDelivery: Scalars['Money']['output'];
  contactName: Scalars['String']['output'];
  contactPhone: Scalars['String']['output'];
  fee: Scalars['Money']['output'];
  note?: Maybe<Scalars['String']['output']>;
  promisedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** Delivery details for the couriers subgraph. */
export type DeliveryInput = {
  address: Scalars['String']['input'];
  /** True when the courier collects the payable amount on delivery (then no payment is needed now). */
  cashOnDelivery?: InputMaybe<Scalars['Boolean']['input']>;
  contactName: Scalars['String']['input'];
  contactPhone: Scalars['String']['input'];
  fee?: InputMaybe<Scalars['Money']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  promisedAt?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Exactly one of the two. */
export type DiscountInput = {
  amount?: InputMaybe<Scalars['Money']['input']>;
  percentBasisPoints?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * An expected failure the client must handle, returned as a member of a mutation's result
 * union. `code` is stable SCREAMING_CASE (one code per failure across the supergraph);
 * `message` is for people.
 */
export type ErrorResult = {
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/**
 * The idempotency key was used before for a different request; nothing was done. Code
 * `IDEMPOTENCY_KEY_REUSED`.
 */
export type IdempotencyKeyReused = ErrorResult & {
  __typename?: 'IdempotencyKeyReused';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** The customer has fewer points than asked for. Code `INSUFFICIENT_POINTS`. */
export type InsufficientPoints = ErrorResult & {
  __typename?: 'InsufficientPoints';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  /** The customer's points balance. */
  points: Scalars['Int']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a line (scan a barcode, or a product with a unit). */
  addCartLine: CartResult;
  /**
   * Gives up on a waiting payment (the customer walked away): the charge is cancelled at the
   * provider and the sale with it, its stock released. A charge paid meanwhile completes the sale
   * instead. Orders of other cashiers need `sales:read-all`.
   */
  cancelPendingPayment: CancelPendingPaymentResult;
  /**
   * Asks the payment provider where an order's waiting payment stands and applies the answer: paid
   * completes the sale, expired or refused cancels it and releases its stock. The till calls it
   * while it shows the QR; the provider's notification does the same on its own. An order without
   * a waiting payment is returned as it is. Orders of other cashiers need `sales:read-all`.
   */
  checkPaymentStatus: CheckPaymentStatusResult;
  /** Prices, reserves stock, takes payments and completes a sale; a saga with compensation. */
  checkout: CheckoutResult;
  closeShift: CloseShiftResult;
  createCart: CartResult;
  discardCart: CartResult;
  /** Parks the cart as a held bill. */
  holdCart: CartResult;
  openShift: OpenShiftResult;
  recordCashMovement: CashMovementResult;
  /**
   * Records a courier handing over the cash collected on delivery into an open shift's drawer,
   * with the count and its variance.
   */
  recordCourierHandover: RecordCourierHandoverResult;
  /** Internal: runs the recovery job once (tests, operators). Finishes or cancels stale pending orders. */
  recoverPendingOrders: Scalars['Int']['output'];
  refundOrder: RefundOrderResult;
  removeCartLine: CartResult;
  /**
   * Removes the merchant's own account (the platform's is used again, if any). Charges still
   * waiting on it can no longer be verified and expire.
   */
  removePaymentProviderAccount: RemovePaymentProviderAccountResult;
  /** Takes a held bill back to this till. */
  resumeCart: CartResult;
  /** The customer must be one of the merchant's (else `NotFound`); null removes it. */
  setCartCustomer: CartResult;
  /** Null removes the order discount. */
  setCartOrderDiscount: CartResult;
  /**
   * Sets the merchant's own Midtrans account: its sales are then charged with it (money settles to
   * the merchant directly) instead of the platform's account.
   */
  setPaymentProviderAccount: SetPaymentProviderAccountResult;
  /**
   * Records sales made offline: each valid sale is recorded and completed, each invalid one is
   * rejected with a typed per-sale result before anything is reserved (see `OfflineSaleInput`).
   * Replays change nothing.
   */
  syncOfflineSales: SyncOfflineSalesResult;
  updateCartLine: CartResult;
  /** Cancels a completed order in its shift; stock goes back, cash leaves the drawer. */
  voidOrder: VoidOrderResult;
};


export type MutationAddCartLineArgs = {
  cartId: Scalars['ID']['input'];
  line: SaleLineInput;
};


export type MutationCancelPendingPaymentArgs = {
  orderId: Scalars['ID']['input'];
};


export type MutationCheckPaymentStatusArgs = {
  orderId: Scalars['ID']['input'];
};


export type MutationCheckoutArgs = {
  input: CheckoutInput;
};


export type MutationCloseShiftArgs = {
  input: CloseShiftInput;
};


export type MutationCreateCartArgs = {
  input: CreateCartInput;
};


export type MutationDiscardCartArgs = {
  cartId: Scalars['ID']['input'];
};


export type MutationHoldCartArgs = {
  cartId: Scalars['ID']['input'];
  label?: InputMaybe<Scalars['String']['input']>;
};


export type MutationOpenShiftArgs = {
  input: OpenShiftInput;
};


export type MutationRecordCashMovementArgs = {
  input: CashMovementInput;
};


export type MutationRecordCourierHandoverArgs = {
  input: RecordCourierHandoverInput;
};


export type MutationRefundOrderArgs = {
  input: RefundOrderInput;
};


export type MutationRemoveCartLineArgs = {
  cartId: Scalars['ID']['input'];
  lineId: Scalars['ID']['input'];
};


export type MutationResumeCartArgs = {
  cartId: Scalars['ID']['input'];
  deviceId: Scalars['String']['input'];
};


export type MutationSetCartCustomerArgs = {
  cartId: Scalars['ID']['input'];
  customerId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationSetCartOrderDiscountArgs = {
  cartId: Scalars['ID']['input'];
  discount?: InputMaybe<DiscountInput>;
};


export type MutationSetPaymentProviderAccountArgs = {
  input: SetPaymentProviderAccountInput;
};


export type MutationSyncOfflineSalesArgs = {
  input: SyncOfflineSalesInput;
};


export type MutationUpdateCartLineArgs = {
  cartId: Scalars['ID']['input'];
  input: UpdateCartLineInput;
  lineId: Scalars['ID']['input'];
};


export type MutationVoidOrderArgs = {
  input: VoidOrderInput;
};

/** Cash needs an open shift for this cashier and device. */
export type NoOpenShift = ErrorResult & {
  __typename?: 'NoOpenShift';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/**
 * What the mutation names does not exist, or belongs to another merchant (the two read the
 * same). Code `NOT_FOUND`.
 */
export type NotFound = ErrorResult & {
  __typename?: 'NotFound';
  code: Scalars['String']['output'];
  /** The kind of record that is missing, as its GraphQL type name: `Branch`, `Cart`, `Product`, ... */
  entity: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/**
 * The courier holds no cash collected on delivery at the shift's branch. Code
 * `NOTHING_TO_HAND_OVER`.
 */
export type NothingToHandOver = ErrorResult & {
  __typename?: 'NothingToHandOver';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/**
 * A sale made while the device was offline. It already happened: a valid sale is always recorded
 * and COMPLETED, even when stock goes negative or it is short-paid. Every sale ends one of two
 * ways, never left pending:
 * - recorded (COMPLETED). A POINTS or CUSTOMER_CREDIT payment customers refuses when the sale is
 *   synced (too few points, over the credit limit) does not undo the sale: it is taken off the
 *   order into `Order.unsettledPayments` (an amount the customer owes, for review) and the order
 *   is short-paid by it;
 * - rejected up front, before any stock is taken, with `OfflineSaleResult.rejection`: a customer
 *   that does not exist in the merchant (CUSTOMER_NOT_FOUND), points or credit without a customer
 *   (CUSTOMER_REQUIRED), a time outside the window below (INVALID_SALE_TIME), bad lines
 *   (BAD_USER_INPUT), or a service briefly down (SERVICE_UNAVAILABLE, `retryable`).
 */
export type OfflineSaleInput = {
  branchId: Scalars['ID']['input'];
  /** The sale's permanent id on the device; its duplicate check. Non-blank, at most 64 characters. */
  clientId: Scalars['ID']['input'];
  /** A customer of the merchant; otherwise the sale is rejected (CUSTOMER_NOT_FOUND). */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  lines: Array<SaleLineInput>;
  /** At most 500 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /**
   * When the sale happened, with its time zone: within the last 90 days and at most 10 minutes
   * ahead of the server's clock.
   */
  occurredAt: Scalars['DateTime']['input'];
  orderDiscount?: InputMaybe<DiscountInput>;
  payments: Array<PaymentInput>;
};

/**
 * A synced sale that was not recorded. Codes: CUSTOMER_NOT_FOUND, CUSTOMER_REQUIRED,
 * INVALID_SALE_TIME, BAD_USER_INPUT, FORBIDDEN, NOT_FOUND (unknown branch), SERVICE_UNAVAILABLE
 * and SYNC_IN_PROGRESS (both `retryable`: sync the sale again later).
 */
export type OfflineSaleRejection = ErrorResult & {
  __typename?: 'OfflineSaleRejection';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  /** True when syncing the same sale again later may record it; false when the sale must be corrected. */
  retryable: Scalars['Boolean']['output'];
};

/** What happened to one synced sale. */
export type OfflineSaleResult = {
  __typename?: 'OfflineSaleResult';
  clientId: Scalars['ID']['output'];
  /** True when this sale had been synced before; the earlier order is returned. */
  duplicate: Scalars['Boolean']['output'];
  /** Set when the sale could not be recorded; the rest of the batch is not affected. The message of `rejection`. */
  error?: Maybe<Scalars['String']['output']>;
  order?: Maybe<Order>;
  /** Why the sale was not recorded; nothing of it was reserved or taken. */
  rejection?: Maybe<OfflineSaleRejection>;
};

/** Ids are non-blank and at most 64 characters. */
export type OpenShiftInput = {
  branchId: Scalars['ID']['input'];
  /** Non-blank, at most 64 characters. */
  deviceId: Scalars['String']['input'];
  openingFloat: Scalars['Money']['input'];
};

export type OpenShiftResult = NotFound | Shift | ShiftAlreadyOpen;

/**
 * A sale. `number` is human-readable and gap-free per branch and business day
 * (`INV/<branch code>/<yyyymmdd>/<seq>`); it is given only when the order completes, so
 * abandoned checkouts leave no holes. This type is also the receipt: with `branch`, `cashier`
 * and `branch.merchant` (users subgraph) it holds everything a printed receipt or invoice needs.
 */
export type Order = {
  __typename?: 'Order';
  branch: Branch;
  /** Business date in the merchant's time zone of when the sale happened. */
  businessDate: Scalars['Date']['output'];
  /** Why a checkout was cancelled (CANCELLED only). */
  cancelReason?: Maybe<Scalars['String']['output']>;
  cashier: User;
  channel: OrderChannel;
  /** The offline sale's id on the device; null for online sales. */
  clientId?: Maybe<Scalars['ID']['output']>;
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  customer?: Maybe<Customer>;
  /** The delivery asked for at checkout; the live delivery (courier, status) is `delivery`, from the couriers subgraph. */
  deliveryRequest?: Maybe<DeliveryDetails>;
  deviceId: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lines: Array<OrderLine>;
  note?: Maybe<Scalars['String']['output']>;
  /** Null until the order completes. */
  number?: Maybe<Scalars['String']['output']>;
  /** When the sale happened (for offline sales, on the device). */
  occurredAt: Scalars['DateTime']['output'];
  /** True for a sale made offline and synced later. */
  offline: Scalars['Boolean']['output'];
  /**
   * While a provider charge waits for the customer: when it expires (the sale is then cancelled and
   * its stock released). Null otherwise.
   */
  paymentDueAt?: Maybe<Scalars['DateTime']['output']>;
  /**
   * Where the money of the order stands: PENDING while the checkout runs or a provider charge waits
   * for the customer, and while cash is still to be collected on its delivery; PAID once completed
   * (every payment PAID) with any cash on delivery collected; EXPIRED or FAILED when it was
   * cancelled because its provider charge expired or failed (FAILED too for any other cancelled
   * checkout); REFUNDED once voided or fully refunded.
   */
  paymentStatus: PaymentStatus;
  payments: Array<Payment>;
  refundStatus: RefundStatus;
  /** Sum of all refunds. */
  refundedAmount: Scalars['Money']['output'];
  /** Refunds, oldest first. */
  refunds: Array<Refund>;
  /** The cashier's shift the cash went into; null for sales without cash taken outside a shift. */
  shiftId?: Maybe<Scalars['ID']['output']>;
  status: OrderStatus;
  totals: OrderTotals;
  /**
   * Offline sales only: payments customers refused when the sale was synced (points short, credit
   * limit reached). The sale stands and is short-paid by these amounts, which the customer owes;
   * they are left for the owner to review. Empty for every other order.
   */
  unsettledPayments: Array<UnsettledPayment>;
  voidReason?: Maybe<Scalars['String']['output']>;
  voidedAt?: Maybe<Scalars['DateTime']['output']>;
  voidedBy?: Maybe<User>;
};

/** Where the sale was made. */
export type OrderChannel =
  | 'COUNTER'
  | 'ONLINE';

/** A page of orders, newest first. */
export type OrderConnection = {
  __typename?: 'OrderConnection';
  /** Pass as `after` to get the next page; null on the last page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  nodes: Array<Order>;
};

/** Filters of the order list; every field narrows it. Cashiers without `sales:read-all` see only their own orders. */
export type OrderFilter = {
  branchId?: InputMaybe<Scalars['ID']['input']>;
  cashierId?: InputMaybe<Scalars['ID']['input']>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Inclusive business dates. */
  from?: InputMaybe<Scalars['Date']['input']>;
  status?: InputMaybe<OrderStatus>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** One sold line, priced by the products subgraph. */
export type OrderLine = {
  __typename?: 'OrderLine';
  /** Base units taken from stock: quantity x the unit's conversion. */
  baseQuantity: Scalars['Int']['output'];
  /** quantity x unitPrice, before discounts. */
  gross: Scalars['Money']['output'];
  id: Scalars['ID']['output'];
  lineDiscount: Scalars['Money']['output'];
  name: Scalars['String']['output'];
  /** This line's share of the order discount, spread pro rata. */
  orderDiscount: Scalars['Money']['output'];
  product: Product;
  /** Units of `unitName` sold. */
  quantity: Scalars['Int']['output'];
  /** Units of `unitName` refunded so far. */
  refundedQuantity: Scalars['Int']['output'];
  sku: Scalars['String']['output'];
  /** Tax included in or added to this line (0 when tax is off). */
  tax: Scalars['Money']['output'];
  /** What the customer pays for this line. */
  total: Scalars['Money']['output'];
  /** Unit sold (`pcs`, `box`, ...). */
  unitName: Scalars['String']['output'];
  unitPrice: Scalars['Money']['output'];
};

/**
 * Lifecycle of an order. A checkout starts PENDING while stock and payments are taken, and stays
 * PENDING while a payment charged through the provider waits for the customer (`paymentDueAt`); it
 * ends COMPLETED, or CANCELLED with every earlier step compensated (stock released). A completed
 * order may be VOIDED (same shift) or refunded (see `refundStatus`).
 */
export type OrderStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'PENDING'
  | 'VOIDED';

/** Internal: what another subgraph checks about an order before pointing at it. */
export type OrderSummary = {
  __typename?: 'OrderSummary';
  branchId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  /** What the order still owes: payable minus paid, never below 0. */
  outstanding: Scalars['Money']['output'];
  status: OrderStatus;
};

/** Amounts of an order. `total` = lines + delivery fee; `payable` = total + cash rounding. */
export type OrderTotals = {
  __typename?: 'OrderTotals';
  /** Cash handed back. */
  change: Scalars['Money']['output'];
  deliveryFee: Scalars['Money']['output'];
  gross: Scalars['Money']['output'];
  lineDiscount: Scalars['Money']['output'];
  orderDiscount: Scalars['Money']['output'];
  /** Sum of payments applied to the order. */
  paid: Scalars['Money']['output'];
  /** What the customer owes after cash rounding. */
  payable: Scalars['Money']['output'];
  /** Cash rounding adjustment (its own receipt line; may be negative). */
  rounding: Scalars['Money']['output'];
  tax: Scalars['Money']['output'];
  total: Scalars['Money']['output'];
};

/** Not enough stock for some lines; nothing was taken. Code `OUT_OF_STOCK`. */
export type OutOfStock = ErrorResult & {
  __typename?: 'OutOfStock';
  code: Scalars['String']['output'];
  lines: Array<ShortStockLine>;
  message: Scalars['String']['output'];
};

/** One payment of a (possibly split) order. */
export type Payment = {
  __typename?: 'Payment';
  /** Amount applied to the order. */
  amount: Scalars['Money']['output'];
  /** Cash only: what went back. */
  change?: Maybe<Scalars['Money']['output']>;
  /** Set when the payment is charged through the payment provider. */
  charge?: Maybe<PaymentCharge>;
  /**
   * Set when a courier collected this (CASH) payment on delivery: it was added to the order when the
   * delivery was DONE, and reaches a drawer when the courier hands the cash over.
   */
  deliveryId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  method: PaymentMethod;
  /**
   * When the money was confirmed: the sale's time at the till, the provider's settlement time for a
   * charged payment. Null while PENDING.
   */
  paidAt?: Maybe<Scalars['DateTime']['output']>;
  /** POINTS only: points redeemed. */
  points?: Maybe<Scalars['Int']['output']>;
  /** Digital methods: the QRIS/e-wallet/transfer/card reference. */
  reference?: Maybe<Scalars['String']['output']>;
  status: PaymentStatus;
  /** Cash only: what the customer handed over. */
  tendered?: Maybe<Scalars['Money']['output']>;
};

/**
 * Whose payment provider account takes the money: the platform's (which pays the merchant out) or
 * the merchant's own.
 */
export type PaymentAccountKind =
  | 'MERCHANT'
  | 'PLATFORM';

/**
 * Something about a charge the merchant should look at: AMOUNT_MISMATCH, a notification (or status)
 * naming another amount than the charge, which never marks it paid; LATE_PAYMENT_NOT_REFUNDED, money
 * that arrived after the sale was cancelled and that the provider would not refund (refund the
 * customer by hand).
 */
export type PaymentAlert = {
  __typename?: 'PaymentAlert';
  at: Scalars['DateTime']['output'];
  kind: Scalars['String']['output'];
  message: Scalars['String']['output'];
  /** The provider's own status word (`settlement`, `expire`, ...). */
  providerStatus: Scalars['String']['output'];
  /** The amount the provider named. */
  reportedAmount: Scalars['Money']['output'];
};

/**
 * A payment charged through the payment provider: what the till shows the customer, and the
 * provider's references.
 */
export type PaymentCharge = {
  __typename?: 'PaymentCharge';
  account: PaymentAccountKind;
  /** Reports about this charge that were not applied (see `PaymentAlert`), oldest first. */
  alerts: Array<PaymentAlert>;
  /** `QRIS`, `GOPAY` or `SHOPEEPAY`. */
  channel: Scalars['String']['output'];
  /** Our id of the charge at the provider (Midtrans `order_id`). */
  chargeId: Scalars['ID']['output'];
  /** E-wallets: the link that opens the customer's wallet app. */
  deeplinkUrl?: Maybe<Scalars['String']['output']>;
  /** When the customer's time to pay runs out. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** `MIDTRANS`. */
  provider: Scalars['String']['output'];
  /** The provider's QR image, when it serves one. */
  qrImageUrl?: Maybe<Scalars['String']['output']>;
  /** QRIS: the payload to render as a QR code for the customer to scan. */
  qrString?: Maybe<Scalars['String']['output']>;
  /** The provider's transaction id. */
  transactionId?: Maybe<Scalars['String']['output']>;
};

/** One payment. Cash gives `tendered` (the change is computed); other methods give `amount`. */
export type PaymentInput = {
  amount?: InputMaybe<Scalars['Money']['input']>;
  /**
   * QRIS and EWALLET only: charge the customer through the payment provider (a dynamic QRIS, or the
   * wallet's app) instead of recording a payment the cashier checked; no `reference` then. The sale
   * waits for the customer: the order comes back PENDING with the QR or wallet link in
   * `payments.charge`, its stock held; it completes when the provider confirms the payment, and is
   * cancelled (stock released) when the charge expires or fails. One charged payment per sale;
   * PAYMENT_METHOD_UNAVAILABLE when the merchant has no provider account (see
   * `paymentProviderSettings`). Not for offline sales.
   */
  charge?: InputMaybe<Scalars['Boolean']['input']>;
  method: PaymentMethod;
  /** POINTS: how many points to redeem. */
  points?: InputMaybe<Scalars['Int']['input']>;
  /**
   * A payment the cashier checked (a static QRIS sticker, an EDC slip, a transfer seen in the bank
   * app): its reference, at most 100 characters. Such a payment is PAID at once.
   */
  reference?: InputMaybe<Scalars['String']['input']>;
  tendered?: InputMaybe<Scalars['Money']['input']>;
  /** A charged EWALLET payment: the wallet (GOPAY when not given). */
  wallet?: InputMaybe<Wallet>;
};

/** The payments do not cover what is owed. */
export type PaymentInsufficient = ErrorResult & {
  __typename?: 'PaymentInsufficient';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  paid: Scalars['Money']['output'];
  payable: Scalars['Money']['output'];
};

/**
 * How a payment was made. CUSTOMER_CREDIT (kasbon) and POINTS are checked against the
 * customer's limit and balance by the customers subgraph.
 */
export type PaymentMethod =
  | 'BANK_TRANSFER'
  | 'CARD'
  | 'CASH'
  | 'CUSTOMER_CREDIT'
  | 'EWALLET'
  | 'POINTS'
  | 'QRIS';

/** A payment method this checkout cannot take right now (e.g. points when loyalty is not available). */
export type PaymentMethodUnavailable = ErrorResult & {
  __typename?: 'PaymentMethodUnavailable';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  method: PaymentMethod;
};

/** The order has no payment waiting for the customer (already paid, cancelled, or never charged). */
export type PaymentNotPending = ErrorResult & {
  __typename?: 'PaymentNotPending';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/**
 * The merchant's own account at the payment provider (Midtrans). Its server key is stored encrypted
 * and never returned; `serverKeyHint` is its last four characters.
 */
export type PaymentProviderAccount = {
  __typename?: 'PaymentProviderAccount';
  environment: PaymentProviderEnvironment;
  /** The account's Midtrans merchant id; notifications naming another are refused. */
  merchantCode?: Maybe<Scalars['String']['output']>;
  provider: Scalars['String']['output'];
  serverKeyHint: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

/** Which Midtrans an account lives in. */
export type PaymentProviderEnvironment =
  | 'PRODUCTION'
  | 'SANDBOX';

/** The payment provider did not accept the account's key (or the deployment cannot store keys). */
export type PaymentProviderRejected = ErrorResult & {
  __typename?: 'PaymentProviderRejected';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** How this merchant's QRIS and e-wallet payments can be charged. */
export type PaymentProviderSettings = {
  __typename?: 'PaymentProviderSettings';
  /** Whose account charges: the merchant's own when set, else the platform's; null when neither. */
  chargingAccount?: Maybe<PaymentAccountKind>;
  /** True when `PaymentInput.charge` can be used now. */
  chargingAvailable: Scalars['Boolean']['output'];
  /** The merchant's own account; null when none is set, and for staff without `merchant:manage`. */
  ownAccount?: Maybe<PaymentProviderAccount>;
};

/** The payment provider cannot be reached right now; nothing changed. Try again. */
export type PaymentProviderUnavailable = ErrorResult & {
  __typename?: 'PaymentProviderUnavailable';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/**
 * Where a payment stands. Cash, points, customer credit and payments the cashier records with a
 * `reference` are PAID at the till. A QRIS or e-wallet payment charged through the payment provider
 * (`PaymentInput.charge`) is PENDING until the provider's verified notification, or a status check,
 * says it was paid; EXPIRED when the customer did not pay in time, FAILED when the provider or the
 * wallet refused it or the cashier cancelled it (the sale is then cancelled and its stock released);
 * REFUNDED once the provider confirmed that all of it went back.
 */
export type PaymentStatus =
  | 'EXPIRED'
  | 'FAILED'
  | 'PAID'
  | 'PENDING'
  | 'REFUNDED';

/** Something the merchant sells. */
export type Product = {
  __typename?: 'Product';
  id: Scalars['ID']['output'];
};

/**
 * The payment provider refused to pay the refund back (e.g. past the wallet's refund window); the
 * refund was not made. Refund another way (e.g. CASH).
 */
export type ProviderRefundRefused = ErrorResult & {
  __typename?: 'ProviderRefundRefused';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /**
   * A cart as orders are read: staff without `sales:read-all` see only their own carts in their
   * branches, and the held bills of their branches; any other cart reads as null.
   */
  cart?: Maybe<Cart>;
  /**
   * Couriers holding cash collected on delivery at a branch the caller works in (else FORBIDDEN),
   * most first: what the cashier should expect at a hand-over.
   */
  courierCashHeld: Array<CourierCash>;
  /** The caller's open shift on a device. */
  currentShift?: Maybe<Shift>;
  /** Held bills of a branch, newest first (at most 100); empty for a branch the caller does not work in. */
  heldCarts: Array<Cart>;
  order?: Maybe<Order>;
  /** By the printed number, e.g. `INV/PST/20261122/0007`. */
  orderByNumber?: Maybe<Order>;
  /**
   * Internal (the internal secret only): the merchant's order with this id, null when it has none
   * (another merchant's reads the same). Couriers asks it before creating a delivery.
   */
  orderSummary?: Maybe<OrderSummary>;
  /** `first` is 1 to 200 (else BAD_USER_INPUT); `after` is the previous page's `endCursor`. */
  orders: OrderConnection;
  /** Whether QRIS and e-wallet payments can be charged through the payment provider, and with whose account. */
  paymentProviderSettings: PaymentProviderSettings;
  shift?: Maybe<Shift>;
};


export type QueryCartArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCourierCashHeldArgs = {
  branchId: Scalars['ID']['input'];
};


export type QueryCurrentShiftArgs = {
  deviceId: Scalars['String']['input'];
};


export type QueryHeldCartsArgs = {
  branchId: Scalars['ID']['input'];
};


export type QueryOrderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrderByNumberArgs = {
  number: Scalars['String']['input'];
};


export type QueryOrderSummaryArgs = {
  id: Scalars['ID']['input'];
  merchantId: Scalars['ID']['input'];
};


export type QueryOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryShiftArgs = {
  id: Scalars['ID']['input'];
};

/**
 * A courier hands over all the cash they collected on delivery at the shift's branch. Same
 * `idempotencyKey` and same request: the first result; another request: `IdempotencyKeyReused`.
 */
export type RecordCourierHandoverInput = {
  /** The cash counted into the drawer: 0 to 10^12 minor units. */
  countedCash: Scalars['Money']['input'];
  courierId: Scalars['ID']['input'];
  /** Non-blank, at most 128 characters. */
  idempotencyKey: Scalars['String']['input'];
  /** At most 500 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** An open shift of the caller (any open shift with `shifts:read-all`), else `ShiftNotOpen`. */
  shiftId: Scalars['ID']['input'];
};

export type RecordCourierHandoverResult = CourierHandover | IdempotencyKeyReused | NothingToHandOver | ShiftNotOpen;

/**
 * A refund of some lines (or the whole order) of a completed order. Refunded with the method of a
 * payment charged through the provider, the money goes back through the provider.
 */
export type Refund = {
  __typename?: 'Refund';
  amount: Scalars['Money']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  lines: Array<RefundLine>;
  method: PaymentMethod;
  reason: Scalars['String']['output'];
  refundedBy: User;
  status: RefundState;
};

/** The refund is more than was paid minus earlier refunds. */
export type RefundExceedsPaid = ErrorResult & {
  __typename?: 'RefundExceedsPaid';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  refundable: Scalars['Money']['output'];
};

/** A refunded line. */
export type RefundLine = {
  __typename?: 'RefundLine';
  amount: Scalars['Money']['output'];
  lineId: Scalars['ID']['output'];
  quantity: Scalars['Int']['output'];
  /** False when the goods were not put back on the shelf (damaged). */
  restocked: Scalars['Boolean']['output'];
};

/** A line to refund and whether its goods go back into stock. */
export type RefundLineInput = {
  lineId: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
  restock?: InputMaybe<Scalars['Boolean']['input']>;
};

/** The order cannot be refunded in its current state (not completed, or voided). */
export type RefundNotAllowed = ErrorResult & {
  __typename?: 'RefundNotAllowed';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/**
 * A full or partial refund. Without `lines`, everything not yet refunded. `amount` overrides the
 * computed amount (goodwill) and is capped by what was paid minus earlier refunds.
 */
export type RefundOrderInput = {
  amount?: InputMaybe<Scalars['Money']['input']>;
  deviceId?: InputMaybe<Scalars['String']['input']>;
  /** Non-blank, at most 128 characters. */
  idempotencyKey: Scalars['String']['input'];
  lines?: InputMaybe<Array<RefundLineInput>>;
  /** Defaults to CASH when the order had cash, else its first payment's method. */
  method?: InputMaybe<PaymentMethod>;
  orderId: Scalars['ID']['input'];
  /** Non-blank, at most 500 characters. */
  reason: Scalars['String']['input'];
};

export type RefundOrderResult = IdempotencyKeyReused | NotFound | ProviderRefundRefused | Refund | RefundExceedsPaid | RefundNotAllowed | RefundQuantityExceeded;

/** More units of a line than were sold minus earlier refunds. */
export type RefundQuantityExceeded = ErrorResult & {
  __typename?: 'RefundQuantityExceeded';
  code: Scalars['String']['output'];
  lineId: Scalars['ID']['output'];
  message: Scalars['String']['output'];
  /** Units of the line that can still be refunded. */
  refundableQuantity: Scalars['Int']['output'];
};

/**
 * Whether a refund's money went back. Only a refund through the payment provider is ever PENDING
 * (the provider has not answered yet; the recovery job asks again) or FAILED (the provider refused
 * it; its amount and quantities were taken back out of the order's refunds).
 */
export type RefundState =
  | 'FAILED'
  | 'PENDING'
  | 'REFUNDED';

/** How much of a completed order was refunded. */
export type RefundStatus =
  | 'FULL'
  | 'NONE'
  | 'PARTIAL';

export type RemovePaymentProviderAccountResult = PaymentProviderSettings;

/** A line to sell: a product by id or by barcode (the barcode picks the unit too). */
export type SaleLineInput = {
  barcode?: InputMaybe<Scalars['String']['input']>;
  discount?: InputMaybe<DiscountInput>;
  /** A price set at the till; needs `sales:price-override` and is recorded. */
  priceOverride?: InputMaybe<Scalars['Money']['input']>;
  productId?: InputMaybe<Scalars['ID']['input']>;
  quantity: Scalars['Int']['input'];
  /** Unit name (`box`); the base unit when omitted (or the barcode's unit). */
  unit?: InputMaybe<Scalars['String']['input']>;
};

/** A merchant's own Midtrans account. The key is checked with Midtrans before it is stored. */
export type SetPaymentProviderAccountInput = {
  environment: PaymentProviderEnvironment;
  /** The Midtrans merchant id (`G123456789`), to refuse notifications naming another. */
  merchantCode?: InputMaybe<Scalars['String']['input']>;
  /** The server key (`SB-Mid-server-...` in the sandbox, `Mid-server-...` in production). */
  serverKey: Scalars['String']['input'];
};

export type SetPaymentProviderAccountResult = PaymentProviderAccount | PaymentProviderRejected | PaymentProviderUnavailable;

/**
 * A cashier's session at one device with its cash drawer. Expected cash = opening float +
 * cash sales - cash refunds + cash in - cash out + courier cash handed over; variance = counted -
 * expected.
 */
export type Shift = {
  __typename?: 'Shift';
  branch: Branch;
  cashIn: Scalars['Money']['output'];
  cashOut: Scalars['Money']['output'];
  cashRefunds: Scalars['Money']['output'];
  /**
   * Cash taken for sales (after change and rounding), minus voided sales; live while open. Cash
   * collected on delivery is not in it: it comes in with the courier's hand-over (`courierCash`).
   */
  cashSales: Scalars['Money']['output'];
  cashier: User;
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  closedBy?: Maybe<User>;
  countedCash?: Maybe<Scalars['Money']['output']>;
  /** Cash couriers handed over into this drawer, as counted. */
  courierCash: Scalars['Money']['output'];
  /** Cash couriers handed over into this drawer, oldest first. */
  courierHandovers: Array<CourierHandover>;
  deviceId: Scalars['String']['output'];
  expectedCash: Scalars['Money']['output'];
  id: Scalars['ID']['output'];
  movements: Array<CashMovement>;
  openedAt: Scalars['DateTime']['output'];
  openedBy: User;
  openingFloat: Scalars['Money']['output'];
  status: ShiftStatus;
  /** counted - expected: negative when cash is missing. */
  variance?: Maybe<Scalars['Money']['output']>;
};

/** This cashier already has an open shift on this device. */
export type ShiftAlreadyOpen = ErrorResult & {
  __typename?: 'ShiftAlreadyOpen';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  shift: Shift;
};

/** The shift is not open (already closed, or not this cashier's). */
export type ShiftNotOpen = ErrorResult & {
  __typename?: 'ShiftNotOpen';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** Whether a shift still takes sales. */
export type ShiftStatus =
  | 'CLOSED'
  | 'OPEN';

/** A line that does not have enough stock. */
export type ShortStockLine = {
  __typename?: 'ShortStockLine';
  /** Base units in stock when it was checked. */
  available: Scalars['Int']['output'];
  product: Product;
  /** Base units asked for. */
  requested: Scalars['Int']['output'];
};

/** A batch of offline sales from one device. Batches may arrive in any order and more than once. */
export type SyncOfflineSalesInput = {
  /** Non-blank, at most 64 characters. */
  deviceId: Scalars['String']['input'];
  /** At most 500 sales per batch. */
  sales: Array<OfflineSaleInput>;
};

/** Per-sale results, in the order of the input. */
export type SyncOfflineSalesPayload = {
  __typename?: 'SyncOfflineSalesPayload';
  accepted: Scalars['Int']['output'];
  duplicates: Scalars['Int']['output'];
  results: Array<OfflineSaleResult>;
};

/**
 * Each sale of a batch succeeds or fails on its own (`OfflineSaleResult.rejection`); the batch
 * as a whole has no other outcome.
 */
export type SyncOfflineSalesResult = SyncOfflineSalesPayload;

/** A payment of an offline sale that could not be taken when the sale was synced. */
export type UnsettledPayment = {
  __typename?: 'UnsettledPayment';
  /** What the payment would have covered, now owed by the customer. */
  amount: Scalars['Money']['output'];
  /** Why: INSUFFICIENT_POINTS, CREDIT_LIMIT_EXCEEDED, PAYMENT_INSUFFICIENT or PAYMENT_REFUSED. */
  code: Scalars['String']['output'];
  method: PaymentMethod;
  /** POINTS only: the points that could not be redeemed. */
  points?: Maybe<Scalars['Int']['output']>;
  reason: Scalars['String']['output'];
};

/** Only the fields given change. */
export type UpdateCartLineInput = {
  discount?: InputMaybe<DiscountInput>;
  priceOverride?: InputMaybe<Scalars['Money']['input']>;
  quantity?: InputMaybe<Scalars['Int']['input']>;
  unit?: InputMaybe<Scalars['String']['input']>;
};

/** A staff member (owner, cashier, courier, ...) of one merchant. */
export type User = {
  __typename?: 'User';
  id: Scalars['ID']['output'];
};

/**
 * The order cannot be voided. Code `ALREADY_VOIDED` when it was voided before (nothing changed);
 * else `VOID_NOT_ALLOWED`: not completed, already refunded, or its shift is closed.
 */
export type VoidNotAllowed = ErrorResult & {
  __typename?: 'VoidNotAllowed';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type VoidOrderInput = {
  orderId: Scalars['ID']['input'];
  /** Non-blank, at most 500 characters. */
  reason: Scalars['String']['input'];
};

export type VoidOrderResult = NotFound | Order | VoidNotAllowed;

/** The e-wallet a charged EWALLET payment is taken from. */
export type Wallet =
  | 'GOPAY'
  | 'SHOPEEPAY';

export type Link__Purpose =
  | 'EXECUTION'
  | 'SECURITY';



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Customer: Customer;
  Order: Order;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Customer:
    ( { __typename: 'Customer' }
    & GraphQLRecursivePick<FederationTypes['Customer'], {"id":true}> );
  Order:
    ( { __typename: 'Order' }
    & GraphQLRecursivePick<FederationTypes['Order'], {"id":true}> );
};

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  CancelPendingPaymentResult:
    | ( NotFound )
    | ( OrderMapper )
    | ( PaymentNotPending )
    | ( PaymentProviderUnavailable )
  ;
  CartResult:
    | ( CartMapper )
    | ( CartChangeNotAllowed )
    | ( NotFound )
  ;
  CashMovementResult:
    | ( CashMovementMapper )
    | ( ShiftNotOpen )
  ;
  CheckPaymentStatusResult:
    | ( NotFound )
    | ( OrderMapper )
    | ( PaymentProviderUnavailable )
  ;
  CheckoutResult:
    | ( CartChangeNotAllowed )
    | ( CheckoutFailed )
    | ( CreditLimitExceeded )
    | ( IdempotencyKeyReused )
    | ( InsufficientPoints )
    | ( NoOpenShift )
    | ( NotFound )
    | ( OrderMapper )
    | ( Omit<OutOfStock, 'lines'> & { lines: Array<_RefType['ShortStockLine']> } )
    | ( PaymentInsufficient )
    | ( PaymentMethodUnavailable )
  ;
  CloseShiftResult:
    | ( ShiftMapper )
    | ( ShiftNotOpen )
  ;
  OpenShiftResult:
    | ( NotFound )
    | ( ShiftMapper )
    | ( Omit<ShiftAlreadyOpen, 'shift'> & { shift: _RefType['Shift'] } )
  ;
  RecordCourierHandoverResult:
    | ( CourierHandoverMapper )
    | ( IdempotencyKeyReused )
    | ( NothingToHandOver )
    | ( ShiftNotOpen )
  ;
  RefundOrderResult:
    | ( IdempotencyKeyReused )
    | ( NotFound )
    | ( ProviderRefundRefused )
    | ( RefundMapper )
    | ( RefundExceedsPaid )
    | ( RefundNotAllowed )
    | ( RefundQuantityExceeded )
  ;
  RemovePaymentProviderAccountResult: ( PaymentProviderSettingsMapper );
  SetPaymentProviderAccountResult:
    | ( PaymentProviderAccountMapper )
    | ( PaymentProviderRejected )
    | ( PaymentProviderUnavailable )
  ;
  SyncOfflineSalesResult: ( Omit<SyncOfflineSalesPayload, 'results'> & { results: Array<_RefType['OfflineSaleResult']> } );
  VoidOrderResult:
    | ( NotFound )
    | ( OrderMapper )
    | ( VoidNotAllowed )
  ;
};

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  ErrorResult:
    | ( CartChangeNotAllowed )
    | ( CheckoutFailed )
    | ( CreditLimitExceeded )
    | ( IdempotencyKeyReused )
    | ( InsufficientPoints )
    | ( NoOpenShift )
    | ( NotFound )
    | ( NothingToHandOver )
    | ( OfflineSaleRejection )
    | ( Omit<OutOfStock, 'lines'> & { lines: Array<_RefType['ShortStockLine']> } )
    | ( PaymentInsufficient )
    | ( PaymentMethodUnavailable )
    | ( PaymentNotPending )
    | ( PaymentProviderRejected )
    | ( PaymentProviderUnavailable )
    | ( ProviderRefundRefused )
    | ( RefundExceedsPaid )
    | ( RefundNotAllowed )
    | ( RefundQuantityExceeded )
    | ( Omit<ShiftAlreadyOpen, 'shift'> & { shift: _RefType['Shift'] } )
    | ( ShiftNotOpen )
    | ( VoidNotAllowed )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Branch: ResolverTypeWrapper<Branch>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CancelPendingPaymentResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['CancelPendingPaymentResult']>;
  Cart: ResolverTypeWrapper<CartMapper>;
  CartChangeNotAllowed: ResolverTypeWrapper<CartChangeNotAllowed>;
  CartLine: ResolverTypeWrapper<CartLineMapper>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CartResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['CartResult']>;
  CartStatus: CartStatus;
  CartTotals: ResolverTypeWrapper<CartTotals>;
  CashMovement: ResolverTypeWrapper<CashMovementMapper>;
  CashMovementInput: CashMovementInput;
  CashMovementKind: CashMovementKind;
  CashMovementResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['CashMovementResult']>;
  CheckPaymentStatusResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['CheckPaymentStatusResult']>;
  CheckoutFailed: ResolverTypeWrapper<CheckoutFailed>;
  CheckoutInput: CheckoutInput;
  CheckoutResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['CheckoutResult']>;
  CloseShiftInput: CloseShiftInput;
  CloseShiftResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['CloseShiftResult']>;
  Courier: ResolverTypeWrapper<Courier>;
  CourierCash: ResolverTypeWrapper<CourierCashMapper>;
  CourierCashCollection: ResolverTypeWrapper<CourierCashCollectionMapper>;
  CourierHandover: ResolverTypeWrapper<CourierHandoverMapper>;
  CreateCartInput: CreateCartInput;
  CreditLimitExceeded: ResolverTypeWrapper<CreditLimitExceeded>;
  Customer: ResolverTypeWrapper<CustomerMapper>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeliveryDetails: ResolverTypeWrapper<DeliveryDetails>;
  DeliveryInput: DeliveryInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  DiscountInput: DiscountInput;
  ErrorResult: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['ErrorResult']>;
  IdempotencyKeyReused: ResolverTypeWrapper<IdempotencyKeyReused>;
  InsufficientPoints: ResolverTypeWrapper<InsufficientPoints>;
  Money: ResolverTypeWrapper<Scalars['Money']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NoOpenShift: ResolverTypeWrapper<NoOpenShift>;
  NotFound: ResolverTypeWrapper<NotFound>;
  NothingToHandOver: ResolverTypeWrapper<NothingToHandOver>;
  OfflineSaleInput: OfflineSaleInput;
  OfflineSaleRejection: ResolverTypeWrapper<OfflineSaleRejection>;
  OfflineSaleResult: ResolverTypeWrapper<Omit<OfflineSaleResult, 'order'> & { order?: Maybe<ResolversTypes['Order']> }>;
  OpenShiftInput: OpenShiftInput;
  OpenShiftResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['OpenShiftResult']>;
  Order: ResolverTypeWrapper<OrderMapper>;
  OrderChannel: OrderChannel;
  OrderConnection: ResolverTypeWrapper<OrderConnectionMapper>;
  OrderFilter: OrderFilter;
  OrderLine: ResolverTypeWrapper<OrderLineMapper>;
  OrderStatus: OrderStatus;
  OrderSummary: ResolverTypeWrapper<OrderSummary>;
  OrderTotals: ResolverTypeWrapper<OrderTotals>;
  OutOfStock: ResolverTypeWrapper<Omit<OutOfStock, 'lines'> & { lines: Array<ResolversTypes['ShortStockLine']> }>;
  Payment: ResolverTypeWrapper<PaymentMapper>;
  PaymentAccountKind: PaymentAccountKind;
  PaymentAlert: ResolverTypeWrapper<PaymentAlertMapper>;
  PaymentCharge: ResolverTypeWrapper<PaymentChargeMapper>;
  PaymentInput: PaymentInput;
  PaymentInsufficient: ResolverTypeWrapper<PaymentInsufficient>;
  PaymentMethod: PaymentMethod;
  PaymentMethodUnavailable: ResolverTypeWrapper<PaymentMethodUnavailable>;
  PaymentNotPending: ResolverTypeWrapper<PaymentNotPending>;
  PaymentProviderAccount: ResolverTypeWrapper<PaymentProviderAccountMapper>;
  PaymentProviderEnvironment: PaymentProviderEnvironment;
  PaymentProviderRejected: ResolverTypeWrapper<PaymentProviderRejected>;
  PaymentProviderSettings: ResolverTypeWrapper<PaymentProviderSettingsMapper>;
  PaymentProviderUnavailable: ResolverTypeWrapper<PaymentProviderUnavailable>;
  PaymentStatus: PaymentStatus;
  Product: ResolverTypeWrapper<Product>;
  ProviderRefundRefused: ResolverTypeWrapper<ProviderRefundRefused>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordCourierHandoverInput: RecordCourierHandoverInput;
  RecordCourierHandoverResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RecordCourierHandoverResult']>;
  Refund: ResolverTypeWrapper<RefundMapper>;
  RefundExceedsPaid: ResolverTypeWrapper<RefundExceedsPaid>;
  RefundLine: ResolverTypeWrapper<RefundLine>;
  RefundLineInput: RefundLineInput;
  RefundNotAllowed: ResolverTypeWrapper<RefundNotAllowed>;
  RefundOrderInput: RefundOrderInput;
  RefundOrderResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RefundOrderResult']>;
  RefundQuantityExceeded: ResolverTypeWrapper<RefundQuantityExceeded>;
  RefundState: RefundState;
  RefundStatus: RefundStatus;
  RemovePaymentProviderAccountResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RemovePaymentProviderAccountResult']>;
  SaleLineInput: SaleLineInput;
  SetPaymentProviderAccountInput: SetPaymentProviderAccountInput;
  SetPaymentProviderAccountResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SetPaymentProviderAccountResult']>;
  Shift: ResolverTypeWrapper<ShiftMapper>;
  ShiftAlreadyOpen: ResolverTypeWrapper<Omit<ShiftAlreadyOpen, 'shift'> & { shift: ResolversTypes['Shift'] }>;
  ShiftNotOpen: ResolverTypeWrapper<ShiftNotOpen>;
  ShiftStatus: ShiftStatus;
  ShortStockLine: ResolverTypeWrapper<ShortLineMapper>;
  SyncOfflineSalesInput: SyncOfflineSalesInput;
  SyncOfflineSalesPayload: ResolverTypeWrapper<Omit<SyncOfflineSalesPayload, 'results'> & { results: Array<ResolversTypes['OfflineSaleResult']> }>;
  SyncOfflineSalesResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SyncOfflineSalesResult']>;
  UnsettledPayment: ResolverTypeWrapper<UnsettledPayment>;
  UpdateCartLineInput: UpdateCartLineInput;
  User: ResolverTypeWrapper<User>;
  VoidNotAllowed: ResolverTypeWrapper<VoidNotAllowed>;
  VoidOrderInput: VoidOrderInput;
  VoidOrderResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['VoidOrderResult']>;
  Wallet: Wallet;
  federation__Scope: ResolverTypeWrapper<Scalars['federation__Scope']['output']>;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  link__Purpose: Link__Purpose;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Branch: Branch;
  ID: Scalars['ID']['output'];
  CancelPendingPaymentResult: ResolversUnionTypes<ResolversParentTypes>['CancelPendingPaymentResult'];
  Cart: CartMapper;
  CartChangeNotAllowed: CartChangeNotAllowed;
  CartLine: CartLineMapper;
  Int: Scalars['Int']['output'];
  CartResult: ResolversUnionTypes<ResolversParentTypes>['CartResult'];
  CartTotals: CartTotals;
  CashMovement: CashMovementMapper;
  CashMovementInput: CashMovementInput;
  CashMovementResult: ResolversUnionTypes<ResolversParentTypes>['CashMovementResult'];
  CheckPaymentStatusResult: ResolversUnionTypes<ResolversParentTypes>['CheckPaymentStatusResult'];
  CheckoutFailed: CheckoutFailed;
  CheckoutInput: CheckoutInput;
  CheckoutResult: ResolversUnionTypes<ResolversParentTypes>['CheckoutResult'];
  CloseShiftInput: CloseShiftInput;
  CloseShiftResult: ResolversUnionTypes<ResolversParentTypes>['CloseShiftResult'];
  Courier: Courier;
  CourierCash: CourierCashMapper;
  CourierCashCollection: CourierCashCollectionMapper;
  CourierHandover: CourierHandoverMapper;
  CreateCartInput: CreateCartInput;
  CreditLimitExceeded: CreditLimitExceeded;
  Customer: CustomerMapper;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DeliveryDetails: DeliveryDetails;
  DeliveryInput: DeliveryInput;
  Boolean: Scalars['Boolean']['output'];
  DiscountInput: DiscountInput;
  ErrorResult: ResolversInterfaceTypes<ResolversParentTypes>['ErrorResult'];
  IdempotencyKeyReused: IdempotencyKeyReused;
  InsufficientPoints: InsufficientPoints;
  Money: Scalars['Money']['output'];
  Mutation: Record<PropertyKey, never>;
  NoOpenShift: NoOpenShift;
  NotFound: NotFound;
  NothingToHandOver: NothingToHandOver;
  OfflineSaleInput: OfflineSaleInput;
  OfflineSaleRejection: OfflineSaleRejection;
  OfflineSaleResult: Omit<OfflineSaleResult, 'order'> & { order?: Maybe<ResolversParentTypes['Order']> };
  OpenShiftInput: OpenShiftInput;
  OpenShiftResult: ResolversUnionTypes<ResolversParentTypes>['OpenShiftResult'];
  Order: OrderMapper;
  OrderConnection: OrderConnectionMapper;
  OrderFilter: OrderFilter;
  OrderLine: OrderLineMapper;
  OrderSummary: OrderSummary;
  OrderTotals: OrderTotals;
  OutOfStock: Omit<OutOfStock, 'lines'> & { lines: Array<ResolversParentTypes['ShortStockLine']> };
  Payment: PaymentMapper;
  PaymentAlert: PaymentAlertMapper;
  PaymentCharge: PaymentChargeMapper;
  PaymentInput: PaymentInput;
  PaymentInsufficient: PaymentInsufficient;
  PaymentMethodUnavailable: PaymentMethodUnavailable;
  PaymentNotPending: PaymentNotPending;
  PaymentProviderAccount: PaymentProviderAccountMapper;
  PaymentProviderRejected: PaymentProviderRejected;
  PaymentProviderSettings: PaymentProviderSettingsMapper;
  PaymentProviderUnavailable: PaymentProviderUnavailable;
  Product: Product;
  ProviderRefundRefused: ProviderRefundRefused;
  Query: Record<PropertyKey, never>;
  RecordCourierHandoverInput: RecordCourierHandoverInput;
  RecordCourierHandoverResult: ResolversUnionTypes<ResolversParentTypes>['RecordCourierHandoverResult'];
  Refund: RefundMapper;
  RefundExceedsPaid: RefundExceedsPaid;
  RefundLine: RefundLine;
  RefundLineInput: RefundLineInput;
  RefundNotAllowed: RefundNotAllowed;
  RefundOrderInput: RefundOrderInput;
  RefundOrderResult: ResolversUnionTypes<ResolversParentTypes>['RefundOrderResult'];
  RefundQuantityExceeded: RefundQuantityExceeded;
  RemovePaymentProviderAccountResult: ResolversUnionTypes<ResolversParentTypes>['RemovePaymentProviderAccountResult'];
  SaleLineInput: SaleLineInput;
  SetPaymentProviderAccountInput: SetPaymentProviderAccountInput;
  SetPaymentProviderAccountResult: ResolversUnionTypes<ResolversParentTypes>['SetPaymentProviderAccountResult'];
  Shift: ShiftMapper;
  ShiftAlreadyOpen: Omit<ShiftAlreadyOpen, 'shift'> & { shift: ResolversParentTypes['Shift'] };
  ShiftNotOpen: ShiftNotOpen;
  ShortStockLine: ShortLineMapper;
  SyncOfflineSalesInput: SyncOfflineSalesInput;
  SyncOfflineSalesPayload: Omit<SyncOfflineSalesPayload, 'results'> & { results: Array<ResolversParentTypes['OfflineSaleResult']> };
  SyncOfflineSalesResult: ResolversUnionTypes<ResolversParentTypes>['SyncOfflineSalesResult'];
  UnsettledPayment: UnsettledPayment;
  UpdateCartLineInput: UpdateCartLineInput;
  User: User;
  VoidNotAllowed: VoidNotAllowed;
  VoidOrderInput: VoidOrderInput;
  VoidOrderResult: ResolversUnionTypes<ResolversParentTypes>['VoidOrderResult'];
  federation__Scope: Scalars['federation__Scope']['output'];
  link__Import: Scalars['link__Import']['output'];
  String: Scalars['String']['output'];
};

export type AuthenticatedDirectiveArgs = { };

export type AuthenticatedDirectiveResolver<Result, Parent, ContextType = OrdersContext, Args = AuthenticatedDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type InaccessibleDirectiveArgs = { };

export type InaccessibleDirectiveResolver<Result, Parent, ContextType = OrdersContext, Args = InaccessibleDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type InterfaceObjectDirectiveArgs = { };

export type InterfaceObjectDirectiveResolver<Result, Parent, ContextType = OrdersContext, Args = InterfaceObjectDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type LinkDirectiveArgs = {
  as?: Maybe<Scalars['String']['input']>;
  for?: Maybe<Link__Purpose>;
  import?: Maybe<Array<Maybe<Scalars['link__Import']['input']>>>;
  url: Scalars['String']['input'];
};

export type LinkDirectiveResolver<Result, Parent, ContextType = OrdersContext, Args = LinkDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type RequiresScopesDirectiveArgs = {
  scopes: Array<Array<Scalars['federation__Scope']['input']>>;
};

export type RequiresScopesDirectiveResolver<Result, Parent, ContextType = OrdersContext, Args = RequiresScopesDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ShareableDirectiveArgs = { };

export type ShareableDirectiveResolver<Result, Parent, ContextType = OrdersContext, Args = ShareableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type BranchResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Branch'] = ResolversParentTypes['Branch']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type CancelPendingPaymentResultResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['CancelPendingPaymentResult'] = ResolversParentTypes['CancelPendingPaymentResult']> = {
  __resolveType: TypeResolveFn<'NotFound' | 'Order' | 'PaymentNotPending' | 'PaymentProviderUnavailable', ParentType, ContextType>;
};

export type CartResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Cart'] = ResolversParentTypes['Cart']> = {
  branch?: Resolver<ResolversTypes['Branch'], ParentType, ContextType>;
  cashier?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  deviceId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['CartLine']>, ParentType, ContextType>;
  orderId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CartStatus'], ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['CartTotals'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CartChangeNotAllowedResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['CartChangeNotAllowed'] = ResolversParentTypes['CartChangeNotAllowed']> = {
  cartStatus?: Resolver<ResolversTypes['CartStatus'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CartLineResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['CartLine'] = ResolversParentTypes['CartLine']> = {
  baseQuantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  gross?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lineDiscount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orderDiscount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tax?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  unitName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type CartResultResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['CartResult'] = ResolversParentTypes['CartResult']> = {
  __resolveType: TypeResolveFn<'Cart' | 'CartChangeNotAllowed' | 'NotFound', ParentType, ContextType>;
};

export type CartTotalsResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['CartTotals'] = ResolversParentTypes['CartTotals']> = {
  gross?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  lineDiscount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  orderDiscount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  tax?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type CashMovementResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['CashMovement'] = ResolversParentTypes['CashMovement']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  expenseCategory?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CashMovementKind'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CashMovementResultResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['CashMovementResult'] = ResolversParentTypes['CashMovementResult']> = {
  __resolveType: TypeResolveFn<'CashMovement' | 'ShiftNotOpen', ParentType, ContextType>;
};

export type CheckPaymentStatusResultResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['CheckPaymentStatusResult'] = ResolversParentTypes['CheckPaymentStatusResult']> = {
  __resolveType: TypeResolveFn<'NotFound' | 'Order' | 'PaymentProviderUnavailable', ParentType, ContextType>;
};

export type CheckoutFailedResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['CheckoutFailed'] = ResolversParentTypes['CheckoutFailed']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orderId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CheckoutResultResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['CheckoutResult'] = ResolversParentTypes['CheckoutResult']> = {
  __resolveType: TypeResolveFn<'CartChangeNotAllowed' | 'CheckoutFailed' | 'CreditLimitExceeded' | 'IdempotencyKeyReused' | 'InsufficientPoints' | 'NoOpenShift' | 'NotFound' | 'Order' | 'OutOfStock' | 'PaymentInsufficient' | 'PaymentMethodUnavailable', ParentType, ContextType>;
};

export type CloseShiftResultResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['CloseShiftResult'] = ResolversParentTypes['CloseShiftResult']> = {
  __resolveType: TypeResolveFn<'Shift' | 'ShiftNotOpen', ParentType, ContextType>;
};

export type CourierResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Courier'] = ResolversParentTypes['Courier']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type CourierCashResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['CourierCash'] = ResolversParentTypes['CourierCash']> = {
  branch?: Resolver<ResolversTypes['Branch'], ParentType, ContextType>;
  collections?: Resolver<Array<ResolversTypes['CourierCashCollection']>, ParentType, ContextType>;
  courier?: Resolver<ResolversTypes['Courier'], ParentType, ContextType>;
  held?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type CourierCashCollectionResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['CourierCashCollection'] = ResolversParentTypes['CourierCashCollection']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  collectedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveryId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
};

export type CourierHandoverResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['CourierHandover'] = ResolversParentTypes['CourierHandover']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  businessDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  counted?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  courier?: Resolver<ResolversTypes['Courier'], ParentType, ContextType>;
  deliveryIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  expected?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  shiftId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  variance?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CreditLimitExceededResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['CreditLimitExceeded'] = ResolversParentTypes['CreditLimitExceeded']> = {
  available?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CustomerResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'], FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Customer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  orders?: Resolver<ResolversTypes['OrderConnection'], ParentType, ContextType, RequireFields<CustomerOrdersArgs, 'first'>>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeliveryDetailsResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['DeliveryDetails'] = ResolversParentTypes['DeliveryDetails']> = {
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cashOnDelivery?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  contactName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contactPhone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fee?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  promisedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type ErrorResultResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['ErrorResult'] = ResolversParentTypes['ErrorResult']> = {
  __resolveType: TypeResolveFn<'CartChangeNotAllowed' | 'CheckoutFailed' | 'CreditLimitExceeded' | 'IdempotencyKeyReused' | 'InsufficientPoints' | 'NoOpenShift' | 'NotFound' | 'NothingToHandOver' | 'OfflineSaleRejection' | 'OutOfStock' | 'PaymentInsufficient' | 'PaymentMethodUnavailable' | 'PaymentNotPending' | 'PaymentProviderRejected' | 'PaymentProviderUnavailable' | 'ProviderRefundRefused' | 'RefundExceedsPaid' | 'RefundNotAllowed' | 'RefundQuantityExceeded' | 'ShiftAlreadyOpen' | 'ShiftNotOpen' | 'VoidNotAllowed', ParentType, ContextType>;
};

export type IdempotencyKeyReusedResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['IdempotencyKeyReused'] = ResolversParentTypes['IdempotencyKeyReused']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InsufficientPointsResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['InsufficientPoints'] = ResolversParentTypes['InsufficientPoints']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface MoneyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Money'], any> {
  name: 'Money';
}

export type MutationResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addCartLine?: Resolver<ResolversTypes['CartResult'], ParentType, ContextType, RequireFields<MutationAddCartLineArgs, 'cartId' | 'line'>>;
  cancelPendingPayment?: Resolver<ResolversTypes['CancelPendingPaymentResult'], ParentType, ContextType, RequireFields<MutationCancelPendingPaymentArgs, 'orderId'>>;
  checkPaymentStatus?: Resolver<ResolversTypes['CheckPaymentStatusResult'], ParentType, ContextType, RequireFields<MutationCheckPaymentStatusArgs, 'orderId'>>;
  checkout?: Resolver<ResolversTypes['CheckoutResult'], ParentType, ContextType, RequireFields<MutationCheckoutArgs, 'input'>>;
  closeShift?: Resolver<ResolversTypes['CloseShiftResult'], ParentType, ContextType, RequireFields<MutationCloseShiftArgs, 'input'>>;
  createCart?: Resolver<ResolversTypes['CartResult'], ParentType, ContextType, RequireFields<MutationCreateCartArgs, 'input'>>;
  discardCart?: Resolver<ResolversTypes['CartResult'], ParentType, ContextType, RequireFields<MutationDiscardCartArgs, 'cartId'>>;
  holdCart?: Resolver<ResolversTypes['CartResult'], ParentType, ContextType, RequireFields<MutationHoldCartArgs, 'cartId'>>;
  openShift?: Resolver<ResolversTypes['OpenShiftResult'], ParentType, ContextType, RequireFields<MutationOpenShiftArgs, 'input'>>;
  recordCashMovement?: Resolver<ResolversTypes['CashMovementResult'], ParentType, ContextType, RequireFields<MutationRecordCashMovementArgs, 'input'>>;
  recordCourierHandover?: Resolver<ResolversTypes['RecordCourierHandoverResult'], ParentType, ContextType, RequireFields<MutationRecordCourierHandoverArgs, 'input'>>;
  recoverPendingOrders?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  refundOrder?: Resolver<ResolversTypes['RefundOrderResult'], ParentType, ContextType, RequireFields<MutationRefundOrderArgs, 'input'>>;
  removeCartLine?: Resolver<ResolversTypes['CartResult'], ParentType, ContextType, RequireFields<MutationRemoveCartLineArgs, 'cartId' | 'lineId'>>;
  removePaymentProviderAccount?: Resolver<ResolversTypes['RemovePaymentProviderAccountResult'], ParentType, ContextType>;
  resumeCart?: Resolver<ResolversTypes['CartResult'], ParentType, ContextType, RequireFields<MutationResumeCartArgs, 'cartId' | 'deviceId'>>;
  setCartCustomer?: Resolver<ResolversTypes['CartResult'], ParentType, ContextType, RequireFields<MutationSetCartCustomerArgs, 'cartId'>>;
  setCartOrderDiscount?: Resolver<ResolversTypes['CartResult'], ParentType, ContextType, RequireFields<MutationSetCartOrderDiscountArgs, 'cartId'>>;
  setPaymentProviderAccount?: Resolver<ResolversTypes['SetPaymentProviderAccountResult'], ParentType, ContextType, RequireFields<MutationSetPaymentProviderAccountArgs, 'input'>>;
  syncOfflineSales?: Resolver<ResolversTypes['SyncOfflineSalesResult'], ParentType, ContextType, RequireFields<MutationSyncOfflineSalesArgs, 'input'>>;
  updateCartLine?: Resolver<ResolversTypes['CartResult'], ParentType, ContextType, RequireFields<MutationUpdateCartLineArgs, 'cartId' | 'input' | 'lineId'>>;
  voidOrder?: Resolver<ResolversTypes['VoidOrderResult'], ParentType, ContextType, RequireFields<MutationVoidOrderArgs, 'input'>>;
};

export type NoOpenShiftResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['NoOpenShift'] = ResolversParentTypes['NoOpenShift']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NotFoundResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['NotFound'] = ResolversParentTypes['NotFound']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NothingToHandOverResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['NothingToHandOver'] = ResolversParentTypes['NothingToHandOver']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OfflineSaleRejectionResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['OfflineSaleRejection'] = ResolversParentTypes['OfflineSaleRejection']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  retryable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OfflineSaleResultResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['OfflineSaleResult'] = ResolversParentTypes['OfflineSaleResult']> = {
  clientId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  duplicate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
  rejection?: Resolver<Maybe<ResolversTypes['OfflineSaleRejection']>, ParentType, ContextType>;
};

export type OpenShiftResultResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['OpenShiftResult'] = ResolversParentTypes['OpenShiftResult']> = {
  __resolveType: TypeResolveFn<'NotFound' | 'Shift' | 'ShiftAlreadyOpen', ParentType, ContextType>;
};

export type OrderResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order'], FederationReferenceType extends FederationReferenceTypes['Order'] = FederationReferenceTypes['Order']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Order']> | FederationReferenceType, FederationReferenceType, ContextType>;
  branch?: Resolver<ResolversTypes['Branch'], ParentType, ContextType>;
  businessDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  cancelReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cashier?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['OrderChannel'], ParentType, ContextType>;
  clientId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  deliveryRequest?: Resolver<Maybe<ResolversTypes['DeliveryDetails']>, ParentType, ContextType>;
  deviceId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['OrderLine']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  offline?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  paymentDueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  paymentStatus?: Resolver<ResolversTypes['PaymentStatus'], ParentType, ContextType>;
  payments?: Resolver<Array<ResolversTypes['Payment']>, ParentType, ContextType>;
  refundStatus?: Resolver<ResolversTypes['RefundStatus'], ParentType, ContextType>;
  refundedAmount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  refunds?: Resolver<Array<ResolversTypes['Refund']>, ParentType, ContextType>;
  shiftId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OrderStatus'], ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['OrderTotals'], ParentType, ContextType>;
  unsettledPayments?: Resolver<Array<ResolversTypes['UnsettledPayment']>, ParentType, ContextType>;
  voidReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  voidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  voidedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrderConnectionResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['OrderConnection'] = ResolversParentTypes['OrderConnection']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Order']>, ParentType, ContextType>;
};

export type OrderLineResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['OrderLine'] = ResolversParentTypes['OrderLine']> = {
  baseQuantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  gross?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lineDiscount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orderDiscount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  refundedQuantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tax?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  unitName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type OrderSummaryResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['OrderSummary'] = ResolversParentTypes['OrderSummary']> = {
  branchId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  outstanding?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OrderStatus'], ParentType, ContextType>;
};

export type OrderTotalsResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['OrderTotals'] = ResolversParentTypes['OrderTotals']> = {
  change?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  deliveryFee?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  gross?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  lineDiscount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  orderDiscount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  paid?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  payable?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  rounding?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  tax?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type OutOfStockResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['OutOfStock'] = ResolversParentTypes['OutOfStock']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['ShortStockLine']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PaymentResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Payment'] = ResolversParentTypes['Payment']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  change?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  charge?: Resolver<Maybe<ResolversTypes['PaymentCharge']>, ParentType, ContextType>;
  deliveryId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['PaymentMethod'], ParentType, ContextType>;
  paidAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  points?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PaymentStatus'], ParentType, ContextType>;
  tendered?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
};

export type PaymentAlertResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['PaymentAlert'] = ResolversParentTypes['PaymentAlert']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  providerStatus?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reportedAmount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type PaymentChargeResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['PaymentCharge'] = ResolversParentTypes['PaymentCharge']> = {
  account?: Resolver<ResolversTypes['PaymentAccountKind'], ParentType, ContextType>;
  alerts?: Resolver<Array<ResolversTypes['PaymentAlert']>, ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  chargeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  deeplinkUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  qrImageUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  qrString?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  transactionId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PaymentInsufficientResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['PaymentInsufficient'] = ResolversParentTypes['PaymentInsufficient']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paid?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  payable?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PaymentMethodUnavailableResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['PaymentMethodUnavailable'] = ResolversParentTypes['PaymentMethodUnavailable']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['PaymentMethod'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PaymentNotPendingResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['PaymentNotPending'] = ResolversParentTypes['PaymentNotPending']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PaymentProviderAccountResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['PaymentProviderAccount'] = ResolversParentTypes['PaymentProviderAccount']> = {
  environment?: Resolver<ResolversTypes['PaymentProviderEnvironment'], ParentType, ContextType>;
  merchantCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  serverKeyHint?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PaymentProviderRejectedResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['PaymentProviderRejected'] = ResolversParentTypes['PaymentProviderRejected']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PaymentProviderSettingsResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['PaymentProviderSettings'] = ResolversParentTypes['PaymentProviderSettings']> = {
  chargingAccount?: Resolver<Maybe<ResolversTypes['PaymentAccountKind']>, ParentType, ContextType>;
  chargingAvailable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  ownAccount?: Resolver<Maybe<ResolversTypes['PaymentProviderAccount']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PaymentProviderUnavailableResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['PaymentProviderUnavailable'] = ResolversParentTypes['PaymentProviderUnavailable']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProductResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ProviderRefundRefusedResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['ProviderRefundRefused'] = ResolversParentTypes['ProviderRefundRefused']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  cart?: Resolver<Maybe<ResolversTypes['Cart']>, ParentType, ContextType, RequireFields<QueryCartArgs, 'id'>>;
  courierCashHeld?: Resolver<Array<ResolversTypes['CourierCash']>, ParentType, ContextType, RequireFields<QueryCourierCashHeldArgs, 'branchId'>>;
  currentShift?: Resolver<Maybe<ResolversTypes['Shift']>, ParentType, ContextType, RequireFields<QueryCurrentShiftArgs, 'deviceId'>>;
  heldCarts?: Resolver<Array<ResolversTypes['Cart']>, ParentType, ContextType, RequireFields<QueryHeldCartsArgs, 'branchId'>>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType, RequireFields<QueryOrderArgs, 'id'>>;
  orderByNumber?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType, RequireFields<QueryOrderByNumberArgs, 'number'>>;
  orderSummary?: Resolver<Maybe<ResolversTypes['OrderSummary']>, ParentType, ContextType, RequireFields<QueryOrderSummaryArgs, 'id' | 'merchantId'>>;
  orders?: Resolver<ResolversTypes['OrderConnection'], ParentType, ContextType, RequireFields<QueryOrdersArgs, 'first'>>;
  paymentProviderSettings?: Resolver<ResolversTypes['PaymentProviderSettings'], ParentType, ContextType>;
  shift?: Resolver<Maybe<ResolversTypes['Shift']>, ParentType, ContextType, RequireFields<QueryShiftArgs, 'id'>>;
};

export type RecordCourierHandoverResultResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['RecordCourierHandoverResult'] = ResolversParentTypes['RecordCourierHandoverResult']> = {
  __resolveType: TypeResolveFn<'CourierHandover' | 'IdempotencyKeyReused' | 'NothingToHandOver' | 'ShiftNotOpen', ParentType, ContextType>;
};

export type RefundResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Refund'] = ResolversParentTypes['Refund']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['RefundLine']>, ParentType, ContextType>;
  method?: Resolver<ResolversTypes['PaymentMethod'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  refundedBy?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RefundState'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RefundExceedsPaidResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['RefundExceedsPaid'] = ResolversParentTypes['RefundExceedsPaid']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  refundable?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RefundLineResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['RefundLine'] = ResolversParentTypes['RefundLine']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  lineId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  restocked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type RefundNotAllowedResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['RefundNotAllowed'] = ResolversParentTypes['RefundNotAllowed']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RefundOrderResultResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['RefundOrderResult'] = ResolversParentTypes['RefundOrderResult']> = {
  __resolveType: TypeResolveFn<'IdempotencyKeyReused' | 'NotFound' | 'ProviderRefundRefused' | 'Refund' | 'RefundExceedsPaid' | 'RefundNotAllowed' | 'RefundQuantityExceeded', ParentType, ContextType>;
};

export type RefundQuantityExceededResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['RefundQuantityExceeded'] = ResolversParentTypes['RefundQuantityExceeded']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lineId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  refundableQuantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RemovePaymentProviderAccountResultResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['RemovePaymentProviderAccountResult'] = ResolversParentTypes['RemovePaymentProviderAccountResult']> = {
  __resolveType: TypeResolveFn<'PaymentProviderSettings', ParentType, ContextType>;
};

export type SetPaymentProviderAccountResultResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['SetPaymentProviderAccountResult'] = ResolversParentTypes['SetPaymentProviderAccountResult']> = {
  __resolveType: TypeResolveFn<'PaymentProviderAccount' | 'PaymentProviderRejected' | 'PaymentProviderUnavailable', ParentType, ContextType>;
};

export type ShiftResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Shift'] = ResolversParentTypes['Shift']> = {
  branch?: Resolver<ResolversTypes['Branch'], ParentType, ContextType>;
  cashIn?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  cashOut?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  cashRefunds?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  cashSales?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  cashier?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  closedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  countedCash?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  courierCash?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  courierHandovers?: Resolver<Array<ResolversTypes['CourierHandover']>, ParentType, ContextType>;
  deviceId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expectedCash?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  movements?: Resolver<Array<ResolversTypes['CashMovement']>, ParentType, ContextType>;
  openedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  openedBy?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  openingFloat?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ShiftStatus'], ParentType, ContextType>;
  variance?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ShiftAlreadyOpenResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['ShiftAlreadyOpen'] = ResolversParentTypes['ShiftAlreadyOpen']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shift?: Resolver<ResolversTypes['Shift'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ShiftNotOpenResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['ShiftNotOpen'] = ResolversParentTypes['ShiftNotOpen']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ShortStockLineResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['ShortStockLine'] = ResolversParentTypes['ShortStockLine']> = {
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  requested?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SyncOfflineSalesPayloadResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['SyncOfflineSalesPayload'] = ResolversParentTypes['SyncOfflineSalesPayload']> = {
  accepted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  duplicates?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  results?: Resolver<Array<ResolversTypes['OfflineSaleResult']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SyncOfflineSalesResultResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['SyncOfflineSalesResult'] = ResolversParentTypes['SyncOfflineSalesResult']> = {
  __resolveType: TypeResolveFn<'SyncOfflineSalesPayload', ParentType, ContextType>;
};

export type UnsettledPaymentResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['UnsettledPayment'] = ResolversParentTypes['UnsettledPayment']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['PaymentMethod'], ParentType, ContextType>;
  points?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UserResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type VoidNotAllowedResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['VoidNotAllowed'] = ResolversParentTypes['VoidNotAllowed']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type VoidOrderResultResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['VoidOrderResult'] = ResolversParentTypes['VoidOrderResult']> = {
  __resolveType: TypeResolveFn<'NotFound' | 'Order' | 'VoidNotAllowed', ParentType, ContextType>;
};

export interface Federation__ScopeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['federation__Scope'], any> {
  name: 'federation__Scope';
}

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = OrdersContext> = {
  Branch?: BranchResolvers<ContextType>;
  CancelPendingPaymentResult?: CancelPendingPaymentResultResolvers<ContextType>;
  Cart?: CartResolvers<ContextType>;
  CartChangeNotAllowed?: CartChangeNotAllowedResolvers<ContextType>;
  CartLine?: CartLineResolvers<ContextType>;
  CartResult?: CartResultResolvers<ContextType>;
  CartTotals?: CartTotalsResolvers<ContextType>;
  CashMovement?: CashMovementResolvers<ContextType>;
  CashMovementResult?: CashMovementResultResolvers<ContextType>;
  CheckPaymentStatusResult?: CheckPaymentStatusResultResolvers<ContextType>;
  CheckoutFailed?: CheckoutFailedResolvers<ContextType>;
  CheckoutResult?: CheckoutResultResolvers<ContextType>;
  CloseShiftResult?: CloseShiftResultResolvers<ContextType>;
  Courier?: CourierResolvers<ContextType>;
  CourierCash?: CourierCashResolvers<ContextType>;
  CourierCashCollection?: CourierCashCollectionResolvers<ContextType>;
  CourierHandover?: CourierHandoverResolvers<ContextType>;
  CreditLimitExceeded?: CreditLimitExceededResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DeliveryDetails?: DeliveryDetailsResolvers<ContextType>;
  ErrorResult?: ErrorResultResolvers<ContextType>;
  IdempotencyKeyReused?: IdempotencyKeyReusedResolvers<ContextType>;
  InsufficientPoints?: InsufficientPointsResolvers<ContextType>;
  Money?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  NoOpenShift?: NoOpenShiftResolvers<ContextType>;
  NotFound?: NotFoundResolvers<ContextType>;
  NothingToHandOver?: NothingToHandOverResolvers<ContextType>;
  OfflineSaleRejection?: OfflineSaleRejectionResolvers<ContextType>;
  OfflineSaleResult?: OfflineSaleResultResolvers<ContextType>;
  OpenShiftResult?: OpenShiftResultResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  OrderConnection?: OrderConnectionResolvers<ContextType>;
  OrderLine?: OrderLineResolvers<ContextType>;
  OrderSummary?: OrderSummaryResolvers<ContextType>;
  OrderTotals?: OrderTotalsResolvers<ContextType>;
  OutOfStock?: OutOfStockResolvers<ContextType>;
  Payment?: PaymentResolvers<ContextType>;
  PaymentAlert?: PaymentAlertResolvers<ContextType>;
  PaymentCharge?: PaymentChargeResolvers<ContextType>;
  PaymentInsufficient?: PaymentInsufficientResolvers<ContextType>;
  PaymentMethodUnavailable?: PaymentMethodUnavailableResolvers<ContextType>;
  PaymentNotPending?: PaymentNotPendingResolvers<ContextType>;
  PaymentProviderAccount?: PaymentProviderAccountResolvers<ContextType>;
  PaymentProviderRejected?: PaymentProviderRejectedResolvers<ContextType>;
  PaymentProviderSettings?: PaymentProviderSettingsResolvers<ContextType>;
  PaymentProviderUnavailable?: PaymentProviderUnavailableResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  ProviderRefundRefused?: ProviderRefundRefusedResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecordCourierHandoverResult?: RecordCourierHandoverResultResolvers<ContextType>;
  Refund?: RefundResolvers<ContextType>;
  RefundExceedsPaid?: RefundExceedsPaidResolvers<ContextType>;
  RefundLine?: RefundLineResolvers<ContextType>;
  RefundNotAllowed?: RefundNotAllowedResolvers<ContextType>;
  RefundOrderResult?: RefundOrderResultResolvers<ContextType>;
  RefundQuantityExceeded?: RefundQuantityExceededResolvers<ContextType>;
  RemovePaymentProviderAccountResult?: RemovePaymentProviderAccountResultResolvers<ContextType>;
  SetPaymentProviderAccountResult?: SetPaymentProviderAccountResultResolvers<ContextType>;
  Shift?: ShiftResolvers<ContextType>;
  ShiftAlreadyOpen?: ShiftAlreadyOpenResolvers<ContextType>;
  ShiftNotOpen?: ShiftNotOpenResolvers<ContextType>;
  ShortStockLine?: ShortStockLineResolvers<ContextType>;
  SyncOfflineSalesPayload?: SyncOfflineSalesPayloadResolvers<ContextType>;
  SyncOfflineSalesResult?: SyncOfflineSalesResultResolvers<ContextType>;
  UnsettledPayment?: UnsettledPaymentResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  VoidNotAllowed?: VoidNotAllowedResolvers<ContextType>;
  VoidOrderResult?: VoidOrderResultResolvers<ContextType>;
  federation__Scope?: GraphQLScalarType;
  link__Import?: GraphQLScalarType;
};

export type DirectiveResolvers<ContextType = OrdersContext> = {
  authenticated?: AuthenticatedDirectiveResolver<any, any, ContextType>;
  inaccessible?: InaccessibleDirectiveResolver<any, any, ContextType>;
  interfaceObject?: InterfaceObjectDirectiveResolver<any, any, ContextType>;
  link?: LinkDirectiveResolver<any, any, ContextType>;
  requiresScopes?: RequiresScopesDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
};
