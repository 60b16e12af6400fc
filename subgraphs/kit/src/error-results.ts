import {
  defaultFieldResolver,
  GraphQLError,
  type GraphQLSchema,
  getNullableType,
  isUnionType,
} from 'graphql';

/**
 * Every error type of the supergraph (a type implementing `ErrorResult`) and the codes it answers
 * with: the one place that names a failure. A code belongs to one type, so one failure has one
 * name across the subgraphs; `npm run compose` refuses a schema whose error types are not listed
 * here, and a list in which two types share a code. The first code is the one `errorResult` uses
 * unless told otherwise. Types several subgraphs return are defined once, in
 * `subgraphs/kit/errors.graphql`.
 */
export const ERROR_CODES = {
  // Shared (subgraphs/kit/errors.graphql).
  NotFound: ['NOT_FOUND'],
  IdempotencyKeyReused: ['IDEMPOTENCY_KEY_REUSED'],
  OutOfStock: ['OUT_OF_STOCK'],
  InsufficientPoints: ['INSUFFICIENT_POINTS'],
  CreditLimitExceeded: ['CREDIT_LIMIT_EXCEEDED'],
  RepaymentExceedsBalance: ['REPAYMENT_EXCEEDS_BALANCE'],
  // users
  EmailTaken: ['EMAIL_TAKEN'],
  UsernameTaken: ['USERNAME_TAKEN'],
  WeakPassword: ['WEAK_PASSWORD'],
  InvalidCredentials: ['INVALID_CREDENTIALS'],
  AccountLocked: ['ACCOUNT_LOCKED'],
  InvalidRefreshToken: ['INVALID_REFRESH_TOKEN', 'REFRESH_TOKEN_REUSED'],
  BranchCodeTaken: ['BRANCH_CODE_TAKEN'],
  // products
  SkuTaken: ['SKU_TAKEN'],
  BarcodeTaken: ['BARCODE_TAKEN'],
  CategoryNotEmpty: ['CATEGORY_NOT_EMPTY'],
  InvalidCategoryMove: ['INVALID_CATEGORY_MOVE'],
  ProductNotForSale: ['PRODUCT_NOT_FOR_SALE'],
  ReservationReleased: ['RESERVATION_RELEASED'],
  // orders
  PaymentInsufficient: ['PAYMENT_INSUFFICIENT'],
  NoOpenShift: ['NO_OPEN_SHIFT'],
  PaymentMethodUnavailable: ['PAYMENT_METHOD_UNAVAILABLE'],
  CheckoutFailed: [
    'CHECKOUT_IN_PROGRESS',
    'CHECKOUT_BUSY',
    'CHECKOUT_TIMEOUT',
    'CHECKOUT_ABANDONED',
    'SERVICE_UNAVAILABLE',
    'PAYMENT_EXPIRED',
    'PAYMENT_FAILED',
    'PAYMENT_CANCELLED',
    'PAYMENT_REFUSED',
  ],
  ShiftNotOpen: ['SHIFT_NOT_OPEN'],
  ShiftAlreadyOpen: ['SHIFT_ALREADY_OPEN'],
  VoidNotAllowed: ['VOID_NOT_ALLOWED', 'ALREADY_VOIDED'],
  RefundNotAllowed: ['REFUND_NOT_ALLOWED'],
  RefundExceedsPaid: ['REFUND_EXCEEDS_PAID'],
  RefundQuantityExceeded: ['REFUND_QUANTITY_EXCEEDED'],
  CartChangeNotAllowed: ['CART_CHANGE_NOT_ALLOWED'],
  PaymentNotPending: ['PAYMENT_NOT_PENDING'],
  PaymentProviderUnavailable: ['PAYMENT_PROVIDER_UNAVAILABLE'],
  PaymentProviderRejected: ['PAYMENT_PROVIDER_REJECTED'],
  ProviderRefundRefused: ['PROVIDER_REFUND_REFUSED'],
  NothingToHandOver: ['NOTHING_TO_HAND_OVER'],
  /**
   * Per sale of an offline batch, not a union member. Besides its own codes it relays the code of
   * the error that refused the sale (BAD_USER_INPUT, FORBIDDEN, NOT_FOUND, SERVICE_UNAVAILABLE).
   */
  OfflineSaleRejection: [
    'CUSTOMER_NOT_FOUND',
    'CUSTOMER_REQUIRED',
    'INVALID_SALE_TIME',
    'SYNC_IN_PROGRESS',
    'INVALID_SALE',
  ],
  // couriers
  CourierNotEligible: ['COURIER_NOT_ELIGIBLE'],
  CourierUnavailable: ['COURIER_UNAVAILABLE'],
  InvalidDeliveryTransition: ['INVALID_TRANSITION'],
  DeliveryChangedConcurrently: ['DELIVERY_CHANGED_CONCURRENTLY'],
  CashOnDeliveryMismatch: ['CASH_ON_DELIVERY_MISMATCH'],
  DeliveryExists: ['DELIVERY_EXISTS'],
  OrderNotDeliverable: ['ORDER_NOT_DELIVERABLE'],
  // customers
  DuplicatePhone: ['DUPLICATE_PHONE'],
  CustomerHasBalance: ['CUSTOMER_HAS_BALANCE'],
  CustomerMerged: ['CUSTOMER_MERGED'],
  MergeNotAllowed: ['MERGE_NOT_ALLOWED'],
  // reports
  DuplicateExpenseCategory: ['DUPLICATE_NAME'],
  InvalidExpense: ['INVALID_EXPENSE'],
  OrderHasNoDelivery: ['ORDER_HAS_NO_DELIVERY'],
  CashBookDayClosed: ['CASH_BOOK_DAY_CLOSED'],
  CashBookDayNotStarted: ['CASH_BOOK_DAY_NOT_STARTED'],
} as const satisfies Record<string, readonly [string, ...string[]]>;

export type ErrorTypeName = keyof typeof ERROR_CODES;
export type ErrorCodeOf<T extends ErrorTypeName> = (typeof ERROR_CODES)[T][number];

/** An error type's value as a resolver returns it: `__typename` picks the union member. */
export type ErrorResultOf<T extends ErrorTypeName, X extends object = object> = {
  __typename: T;
  code: ErrorCodeOf<T>;
  message: string;
} & X;

/** Any expected failure, whatever its type. */
export interface ErrorResultShape {
  __typename: string;
  code: string;
  message: string;
}

/**
 * An expected outcome the client must handle (out of stock, key reused, ...), returned as a
 * member of the mutation's result union. The code comes from `ERROR_CODES`; a type with several
 * codes takes the one given.
 */
export function errorResult<T extends ErrorTypeName, X extends object = object>(
  typename: T,
  message: string,
  extra?: X,
  code: ErrorCodeOf<T> = ERROR_CODES[typename][0],
): ErrorResultOf<T, X> {
  if (!(ERROR_CODES[typename] as readonly string[]).includes(code))
    throw new Error(`${code} is not a code of ${typename}`);
  return { ...(extra as X), __typename: typename, code, message };
}

/** `PriceRule` -> `Price rule`, for messages. */
const spoken = (typeName: string) =>
  typeName.replace(/(?<=[a-z])(?=[A-Z])/g, ' ').replace(/ [A-Z]/g, (s) => s.toLowerCase());

export type NotFoundResult = ErrorResultOf<'NotFound', { entity: string }>;

/** The `NotFound` member: `entity` is the GraphQL type name of what is missing. */
export const notFoundResult = (entity: string): NotFoundResult =>
  errorResult('NotFound', `${spoken(entity)} not found`, { entity });

/**
 * Thrown by `notFound(entity)`. A query answers it as a NOT_FOUND error; a mutation whose result
 * union has `NotFound` answers it with that member instead (see `notFoundAsResult`), so a service
 * shared by both may throw it from as deep as it likes.
 */
export class NotFoundError extends GraphQLError {
  constructor(readonly entity: string) {
    super(`${spoken(entity)} not found`, { extensions: { code: 'NOT_FOUND' } });
  }
}

/** The `__typename` a value of a union member carries, if its type declares one. */
type TypenameOf<V> = V extends unknown
  ? '__typename' extends keyof V
    ? NonNullable<V['__typename' & keyof V]>
    : never
  : never;

/**
 * `__resolveType` of a result union: expected failures carry their `__typename`; the success
 * value (a mapped document) does not, and is the `success` type.
 */
export const resultTypeOf =
  <S extends string>(success: S) =>
  <V extends object>(value: V): S | TypenameOf<V> =>
    '__typename' in value && typeof value.__typename === 'string'
      ? (value.__typename as TypenameOf<V>)
      : success;

/**
 * Makes every mutation whose result union has `NotFound` answer a `NotFoundError` thrown inside
 * it with that member, so "no such record" is a typed outcome of mutations while queries keep
 * the NOT_FOUND error. Wraps resolvers in place, like the auth directives.
 */
export function notFoundAsResult(schema: GraphQLSchema): GraphQLSchema {
  const mutation = schema.getMutationType();
  if (!mutation) return schema;
  for (const field of Object.values(mutation.getFields())) {
    const type = getNullableType(field.type);
    if (!isUnionType(type) || !type.getTypes().some((t) => t.name === 'NotFound')) continue;
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = async (source, args, context, info) => {
      try {
        return await resolve(source, args, context, info);
      } catch (err) {
        if (err instanceof NotFoundError) return notFoundResult(err.entity);
        throw err;
      }
    };
  }
  return schema;
}
