import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CourierMapper, DeliveryMapper, DeliveryChangeMapper, DeliveryStatusChangeMapper, CourierPositionMapper, OrderMapper } from '../mappers';
import type { CouriersContext } from '../context';
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

/** An outlet of the merchant (users subgraph). */
export type Branch = {
  __typename?: 'Branch';
  id: Scalars['ID']['output'];
};

/**
 * The cash collected differs from the delivery's cash on delivery, or (creating a delivery) the
 * cash to collect is more than the order still owes. `expected` is the amount that would be right.
 */
export type CashOnDeliveryMismatch = ErrorResult & {
  __typename?: 'CashOnDeliveryMismatch';
  code: Scalars['String']['output'];
  expected: Scalars['Money']['output'];
  message: Scalars['String']['output'];
};

/** Completing a delivery: who received it and the cash collected. */
export type CompleteDeliveryInput = {
  /** Must equal the delivery's `cashOnDelivery`. */
  cashCollected?: InputMaybe<Scalars['Money']['input']>;
  deliveryId: Scalars['ID']['input'];
  /** At most 500 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** An https URL of at most 2,000 characters. */
  photoUrl?: InputMaybe<Scalars['String']['input']>;
  /** At most 120 characters. */
  recipientName: Scalars['String']['input'];
};

/** A staff member with the COURIER role, set up to deliver from one branch. */
export type Courier = {
  __typename?: 'Courier';
  /** Only active couriers can be assigned deliveries. */
  active: Scalars['Boolean']['output'];
  branch: Branch;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** The latest position the courier sent, if any. */
  lastPosition?: Maybe<CourierPosition>;
  /** Phone the dispatcher calls; never logged in full. */
  phone?: Maybe<Scalars['String']['output']>;
  plateNumber?: Maybe<Scalars['String']['output']>;
  /** The staff account the courier signs in with. */
  user: User;
  vehicle: Vehicle;
};

/** The user is not a staff member with the COURIER role, or already a courier. */
export type CourierNotEligible = ErrorResult & {
  __typename?: 'CourierNotEligible';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** A position sent by a courier's phone. */
export type CourierPosition = {
  __typename?: 'CourierPosition';
  /** Metres, as reported by the phone. */
  accuracy?: Maybe<Scalars['Float']['output']>;
  courier: Courier;
  /** The delivery the courier was carrying out, if any. */
  delivery?: Maybe<Delivery>;
  /** Degrees clockwise from north, 0..360. */
  heading?: Maybe<Scalars['Float']['output']>;
  /** Degrees, -90..90. */
  lat: Scalars['Float']['output'];
  /** Degrees, -180..180. */
  lng: Scalars['Float']['output'];
  /** When the phone took the fix. */
  recordedAt: Scalars['DateTime']['output'];
  /** Metres per second. */
  speed?: Maybe<Scalars['Float']['output']>;
};

/** The courier is inactive, or belongs to another branch than the delivery. */
export type CourierUnavailable = ErrorResult & {
  __typename?: 'CourierUnavailable';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** Sets a staff member with the COURIER role up as a courier of a branch. */
export type CreateCourierInput = {
  /** A branch of the merchant the caller works in (else `NotFound`). Ids are non-blank, at most 64 characters. */
  branchId: Scalars['ID']['input'];
  /** At most 30 characters. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** At most 20 characters. */
  plateNumber?: InputMaybe<Scalars['String']['input']>;
  userId: Scalars['ID']['input'];
  vehicle?: InputMaybe<Vehicle>;
};

export type CreateCourierResult = Courier | CourierNotEligible | NotFound;

/** A delivery created by a dispatcher (deliveries of online orders are created from the order). */
export type CreateDeliveryInput = {
  /** Non-blank, at most 500 characters. */
  address: Scalars['String']['input'];
  /** The order's own branch (else BAD_USER_INPUT). */
  branchId: Scalars['ID']['input'];
  /**
   * What the courier collects, at most what the order still owes (else `CashOnDeliveryMismatch`
   * with `expected` = what it owes): collected cash becomes a payment on the order when the
   * delivery is DONE.
   */
  cashOnDelivery?: InputMaybe<Scalars['Money']['input']>;
  /** Non-blank, at most 120 characters. */
  contactName: Scalars['String']['input'];
  /** Non-blank, at most 30 characters. */
  contactPhone: Scalars['String']['input'];
  fee?: InputMaybe<Scalars['Money']['input']>;
  /** At most 500 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /**
   * A completed order of the merchant, checked with the orders subgraph: an unknown id, and another
   * merchant's, answer `NotFound`; an order that is not COMPLETED answers `OrderNotDeliverable`.
   * Ids are non-blank, at most 64 characters.
   */
  orderId: Scalars['ID']['input'];
  promisedAt?: InputMaybe<Scalars['DateTime']['input']>;
};

export type CreateDeliveryResult = CashOnDeliveryMismatch | Delivery | DeliveryExists | NotFound | OrderNotDeliverable;

/** Bringing one order to its customer. */
export type Delivery = {
  __typename?: 'Delivery';
  address: Scalars['String']['output'];
  branch: Branch;
  cancelReason?: Maybe<Scalars['String']['output']>;
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  /**
   * What the courier reported collecting when completing. It becomes a CASH payment on the order
   * (orders), held by the courier until they hand it over into a shift's drawer
   * (`recordCourierHandover`), and shows in the branch's cash book.
   */
  cashCollected?: Maybe<Scalars['Money']['output']>;
  /** What the courier must collect from the customer (0 when already paid). */
  cashOnDelivery: Scalars['Money']['output'];
  contactName: Scalars['String']['output'];
  contactPhone: Scalars['String']['output'];
  /** Null until a dispatcher assigns a courier. */
  courier?: Maybe<Courier>;
  createdAt: Scalars['DateTime']['output'];
  /** Minutes from DELIVERING to DONE; null until done. */
  deliveryMinutes?: Maybe<Scalars['Int']['output']>;
  doneAt?: Maybe<Scalars['DateTime']['output']>;
  /** Delivery fee charged on the order. */
  fee: Scalars['Money']['output'];
  /** Every status change and assignment, oldest first. */
  history: Array<DeliveryChange>;
  id: Scalars['ID']['output'];
  /** True when done after `promisedAt`, or still open past it. */
  late: Scalars['Boolean']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /**
   * The order being delivered. Whoever may read this delivery (the courier bringing it, a
   * dispatcher) may read its order through here, within the merchant; orders' own `order(id)`
   * still limits cashiers without `sales:read-all` to their own sales. Null only when orders cannot
   * resolve the order (a delivery created before orders were checked); the rest of a list still answers.
   */
  order?: Maybe<Order>;
  /** When the customer was promised the delivery; null when no time was promised. */
  promisedAt?: Maybe<Scalars['DateTime']['output']>;
  proof?: Maybe<ProofOfDelivery>;
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  status: DeliveryStatus;
  /** The newest positions sent while delivering, newest last (kept bounded). `last` is 1 to 500. */
  trail: Array<CourierPosition>;
};


/** Bringing one order to its customer. */
export type DeliveryTrailArgs = {
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** What happened to a delivery, in order; `seq` is gap-free per delivery. */
export type DeliveryChange = {
  __typename?: 'DeliveryChange';
  at: Scalars['DateTime']['output'];
  by: User;
  courier?: Maybe<Courier>;
  from?: Maybe<DeliveryStatus>;
  kind: DeliveryChangeKind;
  seq: Scalars['Int']['output'];
  to: DeliveryStatus;
};

/** A status transition or an (re)assignment. */
export type DeliveryChangeKind =
  | 'ASSIGNED'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'CREATED'
  | 'STARTED';

/** Someone else changed the delivery at the same moment; reload and decide again. */
export type DeliveryChangedConcurrently = ErrorResult & {
  __typename?: 'DeliveryChangedConcurrently';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** The order already has a delivery. */
export type DeliveryExists = ErrorResult & {
  __typename?: 'DeliveryExists';
  code: Scalars['String']['output'];
  delivery: Delivery;
  message: Scalars['String']['output'];
};

/** Narrows `deliveries`. */
export type DeliveryFilter = {
  branchId?: InputMaybe<Scalars['ID']['input']>;
  courierId?: InputMaybe<Scalars['ID']['input']>;
  /** Only late (true) or only on-time (false) deliveries. */
  late?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<Array<DeliveryStatus>>;
};

export type DeliveryResult = CashOnDeliveryMismatch | CourierUnavailable | Delivery | DeliveryChangedConcurrently | InvalidDeliveryTransition | NotFound;

/** READY (siap) -> DELIVERING (diantar) -> DONE (selesai); CANCELLED (batal) from READY or DELIVERING. */
export type DeliveryStatus =
  | 'CANCELLED'
  | 'DELIVERING'
  | 'DONE'
  | 'READY';

/** A delivery moved from one status to another (or was reassigned). */
export type DeliveryStatusChange = {
  __typename?: 'DeliveryStatusChange';
  at: Scalars['DateTime']['output'];
  delivery: Delivery;
  from?: Maybe<DeliveryStatus>;
  kind: DeliveryChangeKind;
  /** Whether the delivery is late at this moment (DONE after the promise, or open past it). */
  late: Scalars['Boolean']['output'];
  to: DeliveryStatus;
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
 * The delivery cannot make this change (a status change, or a position reported for it) from its
 * current status.
 */
export type InvalidDeliveryTransition = ErrorResult & {
  __typename?: 'InvalidDeliveryTransition';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  status: DeliveryStatus;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Assigns or reassigns an active courier of the delivery's branch (READY or DELIVERING). */
  assignCourier: DeliveryResult;
  /** READY or DELIVERING -> CANCELLED. `reason` is non-blank, at most 500 characters. */
  cancelDelivery: DeliveryResult;
  /** DELIVERING -> DONE, with proof of delivery and the cash collected. */
  completeDelivery: DeliveryResult;
  createCourier: CreateCourierResult;
  createDelivery: CreateDeliveryResult;
  /** Records the signed-in courier's position and pushes it to subscribers. Invalid coordinates are refused (BAD_USER_INPUT). */
  reportPosition: ReportPositionResult;
  /** The assigned courier picks the order up: READY -> DELIVERING. */
  startDelivery: DeliveryResult;
  updateCourier: UpdateCourierResult;
};


export type MutationAssignCourierArgs = {
  courierId: Scalars['ID']['input'];
  deliveryId: Scalars['ID']['input'];
};


export type MutationCancelDeliveryArgs = {
  deliveryId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationCompleteDeliveryArgs = {
  input: CompleteDeliveryInput;
};


export type MutationCreateCourierArgs = {
  input: CreateCourierInput;
};


export type MutationCreateDeliveryArgs = {
  input: CreateDeliveryInput;
};


export type MutationReportPositionArgs = {
  input: ReportPositionInput;
};


export type MutationStartDeliveryArgs = {
  deliveryId: Scalars['ID']['input'];
};


export type MutationUpdateCourierArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCourierInput;
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

/** A sale (orders subgraph); this subgraph adds its delivery. */
export type Order = {
  __typename?: 'Order';
  /** The courier delivery of this order (status, courier, live position); null for counter sales. */
  delivery?: Maybe<Delivery>;
  id: Scalars['ID']['output'];
};

/**
 * The order cannot be delivered: it is not COMPLETED (still being checked out, cancelled or voided).
 * Code `ORDER_NOT_DELIVERABLE`.
 */
export type OrderNotDeliverable = ErrorResult & {
  __typename?: 'OrderNotDeliverable';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  /** The order's status (PENDING, CANCELLED or VOIDED). */
  orderStatus: Scalars['String']['output'];
};

/** Evidence that the order reached its recipient. */
export type ProofOfDelivery = {
  __typename?: 'ProofOfDelivery';
  note?: Maybe<Scalars['String']['output']>;
  /** A photo uploaded by the courier app (HTTPS URL). */
  photoUrl?: Maybe<Scalars['String']['output']>;
  recipientName: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  courier?: Maybe<Courier>;
  /** Couriers of the merchant, optionally of one branch. */
  couriers: Array<Courier>;
  /** Deliveries, newest first. Couriers see only their own. `first` is 1 to 200 (else BAD_USER_INPUT). */
  deliveries: Array<Delivery>;
  /** A delivery; couriers see only their own. */
  delivery?: Maybe<Delivery>;
  /** The signed-in courier's own profile; null for staff who are not couriers. */
  myCourier?: Maybe<Courier>;
};


export type QueryCourierArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCouriersArgs = {
  branchId?: InputMaybe<Scalars['ID']['input']>;
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryDeliveriesArgs = {
  filter?: InputMaybe<DeliveryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDeliveryArgs = {
  id: Scalars['ID']['input'];
};

/** A position from the courier's phone. */
export type ReportPositionInput = {
  accuracy?: InputMaybe<Scalars['Float']['input']>;
  /** The delivery being carried out; it must be the courier's own and DELIVERING. */
  deliveryId?: InputMaybe<Scalars['ID']['input']>;
  heading?: InputMaybe<Scalars['Float']['input']>;
  lat: Scalars['Float']['input'];
  lng: Scalars['Float']['input'];
  /** When the phone took the fix; defaults to now. At most 24 hours old, not in the future. */
  recordedAt?: InputMaybe<Scalars['DateTime']['input']>;
  speed?: InputMaybe<Scalars['Float']['input']>;
};

/**
 * `CourierUnavailable` when the caller is not an active courier; `NotFound` or
 * `InvalidDeliveryTransition` when the delivery named is not theirs or not under way.
 */
export type ReportPositionResult = CourierPosition | CourierUnavailable | InvalidDeliveryTransition | NotFound;

export type Subscription = {
  __typename?: 'Subscription';
  /** Positions of every courier of a branch, for the dispatcher's map. */
  branchCourierPositions: CourierPosition;
  /** Positions of one courier; a courier may follow only themself. */
  courierPositions: CourierPosition;
  /** Positions sent while carrying out one delivery; a courier may follow only their own deliveries. */
  deliveryPositions: CourierPosition;
  /** Status changes and assignments of a branch's deliveries; couriers receive only their own. */
  deliveryStatusChanges: DeliveryStatusChange;
};


export type SubscriptionBranchCourierPositionsArgs = {
  branchId: Scalars['ID']['input'];
};


export type SubscriptionCourierPositionsArgs = {
  courierId: Scalars['ID']['input'];
};


export type SubscriptionDeliveryPositionsArgs = {
  deliveryId: Scalars['ID']['input'];
};


export type SubscriptionDeliveryStatusChangesArgs = {
  branchId: Scalars['ID']['input'];
};

/** Changes a courier; fields left out stay as they are. */
export type UpdateCourierInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  branchId?: InputMaybe<Scalars['ID']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  plateNumber?: InputMaybe<Scalars['String']['input']>;
  vehicle?: InputMaybe<Vehicle>;
};

export type UpdateCourierResult = Courier | CourierNotEligible | NotFound;

/** A staff member (users subgraph). */
export type User = {
  __typename?: 'User';
  id: Scalars['ID']['output'];
};

/** How a courier travels. */
export type Vehicle =
  | 'BICYCLE'
  | 'CAR'
  | 'MOTORBIKE'
  | 'ON_FOOT';

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
  Courier: Courier;
  Delivery: Delivery;
  Order: Order;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Courier:
    ( { __typename: 'Courier' }
    & GraphQLRecursivePick<FederationTypes['Courier'], {"id":true}> );
  Delivery:
    ( { __typename: 'Delivery' }
    & GraphQLRecursivePick<FederationTypes['Delivery'], {"id":true}> );
  Order:
    ( { __typename: 'Order' }
    & GraphQLRecursivePick<FederationTypes['Order'], {"id":true}> );
};

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  CreateCourierResult:
    | ( CourierMapper )
    | ( CourierNotEligible )
    | ( NotFound )
  ;
  CreateDeliveryResult:
    | ( CashOnDeliveryMismatch )
    | ( DeliveryMapper )
    | ( Omit<DeliveryExists, 'delivery'> & { delivery: _RefType['Delivery'] } )
    | ( NotFound )
    | ( OrderNotDeliverable )
  ;
  DeliveryResult:
    | ( CashOnDeliveryMismatch )
    | ( CourierUnavailable )
    | ( DeliveryMapper )
    | ( DeliveryChangedConcurrently )
    | ( InvalidDeliveryTransition )
    | ( NotFound )
  ;
  ReportPositionResult:
    | ( CourierPositionMapper )
    | ( CourierUnavailable )
    | ( InvalidDeliveryTransition )
    | ( NotFound )
  ;
  UpdateCourierResult:
    | ( CourierMapper )
    | ( CourierNotEligible )
    | ( NotFound )
  ;
};

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  ErrorResult:
    | ( CashOnDeliveryMismatch )
    | ( CourierNotEligible )
    | ( CourierUnavailable )
    | ( DeliveryChangedConcurrently )
    | ( Omit<DeliveryExists, 'delivery'> & { delivery: _RefType['Delivery'] } )
    | ( InvalidDeliveryTransition )
    | ( NotFound )
    | ( OrderNotDeliverable )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Branch: ResolverTypeWrapper<Branch>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CashOnDeliveryMismatch: ResolverTypeWrapper<CashOnDeliveryMismatch>;
  CompleteDeliveryInput: CompleteDeliveryInput;
  Courier: ResolverTypeWrapper<CourierMapper>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CourierNotEligible: ResolverTypeWrapper<CourierNotEligible>;
  CourierPosition: ResolverTypeWrapper<CourierPositionMapper>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  CourierUnavailable: ResolverTypeWrapper<CourierUnavailable>;
  CreateCourierInput: CreateCourierInput;
  CreateCourierResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['CreateCourierResult']>;
  CreateDeliveryInput: CreateDeliveryInput;
  CreateDeliveryResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['CreateDeliveryResult']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Delivery: ResolverTypeWrapper<DeliveryMapper>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  DeliveryChange: ResolverTypeWrapper<DeliveryChangeMapper>;
  DeliveryChangeKind: DeliveryChangeKind;
  DeliveryChangedConcurrently: ResolverTypeWrapper<DeliveryChangedConcurrently>;
  DeliveryExists: ResolverTypeWrapper<Omit<DeliveryExists, 'delivery'> & { delivery: ResolversTypes['Delivery'] }>;
  DeliveryFilter: DeliveryFilter;
  DeliveryResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['DeliveryResult']>;
  DeliveryStatus: DeliveryStatus;
  DeliveryStatusChange: ResolverTypeWrapper<DeliveryStatusChangeMapper>;
  ErrorResult: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['ErrorResult']>;
  InvalidDeliveryTransition: ResolverTypeWrapper<InvalidDeliveryTransition>;
  Money: ResolverTypeWrapper<Scalars['Money']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NotFound: ResolverTypeWrapper<NotFound>;
  Order: ResolverTypeWrapper<OrderMapper>;
  OrderNotDeliverable: ResolverTypeWrapper<OrderNotDeliverable>;
  ProofOfDelivery: ResolverTypeWrapper<ProofOfDelivery>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReportPositionInput: ReportPositionInput;
  ReportPositionResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ReportPositionResult']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  UpdateCourierInput: UpdateCourierInput;
  UpdateCourierResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['UpdateCourierResult']>;
  User: ResolverTypeWrapper<User>;
  Vehicle: Vehicle;
  federation__Scope: ResolverTypeWrapper<Scalars['federation__Scope']['output']>;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  link__Purpose: Link__Purpose;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Branch: Branch;
  ID: Scalars['ID']['output'];
  CashOnDeliveryMismatch: CashOnDeliveryMismatch;
  CompleteDeliveryInput: CompleteDeliveryInput;
  Courier: CourierMapper;
  Boolean: Scalars['Boolean']['output'];
  CourierNotEligible: CourierNotEligible;
  CourierPosition: CourierPositionMapper;
  Float: Scalars['Float']['output'];
  CourierUnavailable: CourierUnavailable;
  CreateCourierInput: CreateCourierInput;
  CreateCourierResult: ResolversUnionTypes<ResolversParentTypes>['CreateCourierResult'];
  CreateDeliveryInput: CreateDeliveryInput;
  CreateDeliveryResult: ResolversUnionTypes<ResolversParentTypes>['CreateDeliveryResult'];
  DateTime: Scalars['DateTime']['output'];
  Delivery: DeliveryMapper;
  Int: Scalars['Int']['output'];
  DeliveryChange: DeliveryChangeMapper;
  DeliveryChangedConcurrently: DeliveryChangedConcurrently;
  DeliveryExists: Omit<DeliveryExists, 'delivery'> & { delivery: ResolversParentTypes['Delivery'] };
  DeliveryFilter: DeliveryFilter;
  DeliveryResult: ResolversUnionTypes<ResolversParentTypes>['DeliveryResult'];
  DeliveryStatusChange: DeliveryStatusChangeMapper;
  ErrorResult: ResolversInterfaceTypes<ResolversParentTypes>['ErrorResult'];
  InvalidDeliveryTransition: InvalidDeliveryTransition;
  Money: Scalars['Money']['output'];
  Mutation: Record<PropertyKey, never>;
  NotFound: NotFound;
  Order: OrderMapper;
  OrderNotDeliverable: OrderNotDeliverable;
  ProofOfDelivery: ProofOfDelivery;
  Query: Record<PropertyKey, never>;
  ReportPositionInput: ReportPositionInput;
  ReportPositionResult: ResolversUnionTypes<ResolversParentTypes>['ReportPositionResult'];
  Subscription: Record<PropertyKey, never>;
  UpdateCourierInput: UpdateCourierInput;
  UpdateCourierResult: ResolversUnionTypes<ResolversParentTypes>['UpdateCourierResult'];
  User: User;
  federation__Scope: Scalars['federation__Scope']['output'];
  link__Import: Scalars['link__Import']['output'];
  String: Scalars['String']['output'];
};

export type AuthenticatedDirectiveArgs = { };

export type AuthenticatedDirectiveResolver<Result, Parent, ContextType = CouriersContext, Args = AuthenticatedDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type InaccessibleDirectiveArgs = { };

export type InaccessibleDirectiveResolver<Result, Parent, ContextType = CouriersContext, Args = InaccessibleDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type InterfaceObjectDirectiveArgs = { };

export type InterfaceObjectDirectiveResolver<Result, Parent, ContextType = CouriersContext, Args = InterfaceObjectDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type LinkDirectiveArgs = {
  as?: Maybe<Scalars['String']['input']>;
  for?: Maybe<Link__Purpose>;
  import?: Maybe<Array<Maybe<Scalars['link__Import']['input']>>>;
  url: Scalars['String']['input'];
};

export type LinkDirectiveResolver<Result, Parent, ContextType = CouriersContext, Args = LinkDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type RequiresScopesDirectiveArgs = {
  scopes: Array<Array<Scalars['federation__Scope']['input']>>;
};

export type RequiresScopesDirectiveResolver<Result, Parent, ContextType = CouriersContext, Args = RequiresScopesDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ShareableDirectiveArgs = { };

export type ShareableDirectiveResolver<Result, Parent, ContextType = CouriersContext, Args = ShareableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type BranchResolvers<ContextType = CouriersContext, ParentType extends ResolversParentTypes['Branch'] = ResolversParentTypes['Branch']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type CashOnDeliveryMismatchResolvers<ContextType = CouriersContext, ParentType extends ResolversParentTypes['CashOnDeliveryMismatch'] = ResolversParentTypes['CashOnDeliveryMismatch']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expected?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CourierResolvers<ContextType = CouriersContext, ParentType extends ResolversParentTypes['Courier'] = ResolversParentTypes['Courier'], FederationReferenceType extends FederationReferenceTypes['Courier'] = FederationReferenceTypes['Courier']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Courier']> | FederationReferenceType, FederationReferenceType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  branch?: Resolver<ResolversTypes['Branch'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastPosition?: Resolver<Maybe<ResolversTypes['CourierPosition']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  plateNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  vehicle?: Resolver<ResolversTypes['Vehicle'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CourierNotEligibleResolvers<ContextType = CouriersContext, ParentType extends ResolversParentTypes['CourierNotEligible'] = ResolversParentTypes['CourierNotEligible']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CourierPositionResolvers<ContextType = CouriersContext, ParentType extends ResolversParentTypes['CourierPosition'] = ResolversParentTypes['CourierPosition']> = {
  accuracy?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  courier?: Resolver<ResolversTypes['Courier'], ParentType, ContextType>;
  delivery?: Resolver<Maybe<ResolversTypes['Delivery']>, ParentType, ContextType>;
  heading?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  lat?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lng?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  speed?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CourierUnavailableResolvers<ContextType = CouriersContext, ParentType extends ResolversParentTypes['CourierUnavailable'] = ResolversParentTypes['CourierUnavailable']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CreateCourierResultResolvers<ContextType = CouriersContext, ParentType extends ResolversParentTypes['CreateCourierResult'] = ResolversParentTypes['CreateCourierResult']> = {
  __resolveType: TypeResolveFn<'Courier' | 'CourierNotEligible' | 'NotFound', ParentType, ContextType>;
};

export type CreateDeliveryResultResolvers<ContextType = CouriersContext, ParentType extends ResolversParentTypes['CreateDeliveryResult'] = ResolversParentTypes['CreateDeliveryResult']> = {
  __resolveType: TypeResolveFn<'CashOnDeliveryMismatch' | 'Delivery' | 'DeliveryExists' | 'NotFound' | 'OrderNotDeliverable', ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeliveryResolvers<ContextType = CouriersContext, ParentType extends ResolversParentTypes['Delivery'] = ResolversParentTypes['Delivery'], FederationReferenceType extends FederationReferenceTypes['Delivery'] = FederationReferenceTypes['Delivery']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Delivery']> | FederationReferenceType, FederationReferenceType, ContextType>;
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  branch?: Resolver<ResolversTypes['Branch'], ParentType, ContextType>;
  cancelReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cancelledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  cashCollected?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  cashOnDelivery?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  contactName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contactPhone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  courier?: Resolver<Maybe<ResolversTypes['Courier']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveryMinutes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  doneAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  fee?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['DeliveryChange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  late?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
  promisedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  proof?: Resolver<Maybe<ResolversTypes['ProofOfDelivery']>, ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DeliveryStatus'], ParentType, ContextType>;
  trail?: Resolver<Array<ResolversTypes['CourierPosition']>, ParentType, ContextType, RequireFields<DeliveryTrailArgs, 'last'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DeliveryChangeResolvers<ContextType = CouriersContext, ParentType extends ResolversParentTypes['DeliveryChange'] = ResolversParentTypes['DeliveryChange']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  courier?: Resolver<Maybe<ResolversTypes['Courier']>, ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['DeliveryStatus']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DeliveryChangeKind'], ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DeliveryStatus'], ParentType, ContextType>;
};

export type DeliveryChangedConcurrentlyResolvers<ContextType = CouriersContext, ParentType extends ResolversParentTypes['DeliveryChangedConcurrently'] = ResolversParentTypes['DeliveryChangedConcurrently']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DeliveryExistsResolvers<ContextType = CouriersContext, ParentType extends ResolversParentTypes['DeliveryExists'] = ResolversParentTypes['DeliveryExists']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  delivery?: Resolver<ResolversTypes['Delivery'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DeliveryResultResolvers<ContextType = CouriersContext, ParentType extends ResolversParentTypes['DeliveryResult'] = ResolversParentTypes['DeliveryResult']> = {
  __resolveType: TypeResolveFn<'CashOnDeliveryMismatch' | 'CourierUnavailable' | 'Delivery' | 'DeliveryChangedConcurrently' | 'InvalidDeliveryTransition' | 'NotFound', ParentType, ContextType>;
};

export type DeliveryStatusChangeResolvers<ContextType = CouriersContext, ParentType extends ResolversParentTypes['DeliveryStatusChange'] = ResolversParentTypes['DeliveryStatusChange']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  delivery?: Resolver<ResolversTypes['Delivery'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['DeliveryStatus']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DeliveryChangeKind'], ParentType, ContextType>;
  late?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DeliveryStatus'], ParentType, ContextType>;
};

export type ErrorResultResolvers<ContextType = CouriersContext, ParentType extends ResolversParentTypes['ErrorResult'] = ResolversParentTypes['ErrorResult']> = {
  __resolveType: TypeResolveFn<'CashOnDeliveryMismatch' | 'CourierNotEligible' | 'CourierUnavailable' | 'DeliveryChangedConcurrently' | 'DeliveryExists' | 'InvalidDeliveryTransition' | 'NotFound' | 'OrderNotDeliverable', ParentType, ContextType>;
};

export type InvalidDeliveryTransitionResolvers<ContextType = CouriersContext, ParentType extends ResolversParentTypes['InvalidDeliveryTransition'] = ResolversParentTypes['InvalidDeliveryTransition']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DeliveryStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface MoneyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Money'], any> {
  name: 'Money';
}

export type MutationResolvers<ContextType = CouriersContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  assignCourier?: Resolver<ResolversTypes['DeliveryResult'], ParentType, ContextType, RequireFields<MutationAssignCourierArgs, 'courierId' | 'deliveryId'>>;
  cancelDelivery?: Resolver<ResolversTypes['DeliveryResult'], ParentType, ContextType, RequireFields<MutationCancelDeliveryArgs, 'deliveryId' | 'reason'>>;
  completeDelivery?: Resolver<ResolversTypes['DeliveryResult'], ParentType, ContextType, RequireFields<MutationCompleteDeliveryArgs, 'input'>>;
  createCourier?: Resolver<ResolversTypes['CreateCourierResult'], ParentType, ContextType, RequireFields<MutationCreateCourierArgs, 'input'>>;
  createDelivery?: Resolver<ResolversTypes['CreateDeliveryResult'], ParentType, ContextType, RequireFields<MutationCreateDeliveryArgs, 'input'>>;
  reportPosition?: Resolver<ResolversTypes['ReportPositionResult'], ParentType, ContextType, RequireFields<MutationReportPositionArgs, 'input'>>;
  startDelivery?: Resolver<ResolversTypes['DeliveryResult'], ParentType, ContextType, RequireFields<MutationStartDeliveryArgs, 'deliveryId'>>;
  updateCourier?: Resolver<ResolversTypes['UpdateCourierResult'], ParentType, ContextType, RequireFields<MutationUpdateCourierArgs, 'id' | 'input'>>;
};

export type NotFoundResolvers<ContextType = CouriersContext, ParentType extends ResolversParentTypes['NotFound'] = ResolversParentTypes['NotFound']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrderResolvers<ContextType = CouriersContext, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order'], FederationReferenceType extends FederationReferenceTypes['Order'] = FederationReferenceTypes['Order']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Order']> | FederationReferenceType, FederationReferenceType, ContextType>;
  delivery?: Resolver<Maybe<ResolversTypes['Delivery']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type OrderNotDeliverableResolvers<ContextType = CouriersContext, ParentType extends ResolversParentTypes['OrderNotDeliverable'] = ResolversParentTypes['OrderNotDeliverable']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orderStatus?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProofOfDeliveryResolvers<ContextType = CouriersContext, ParentType extends ResolversParentTypes['ProofOfDelivery'] = ResolversParentTypes['ProofOfDelivery']> = {
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  photoUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recipientName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = CouriersContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  courier?: Resolver<Maybe<ResolversTypes['Courier']>, ParentType, ContextType, RequireFields<QueryCourierArgs, 'id'>>;
  couriers?: Resolver<Array<ResolversTypes['Courier']>, ParentType, ContextType, RequireFields<QueryCouriersArgs, 'includeInactive'>>;
  deliveries?: Resolver<Array<ResolversTypes['Delivery']>, ParentType, ContextType, RequireFields<QueryDeliveriesArgs, 'first'>>;
  delivery?: Resolver<Maybe<ResolversTypes['Delivery']>, ParentType, ContextType, RequireFields<QueryDeliveryArgs, 'id'>>;
  myCourier?: Resolver<Maybe<ResolversTypes['Courier']>, ParentType, ContextType>;
};

export type ReportPositionResultResolvers<ContextType = CouriersContext, ParentType extends ResolversParentTypes['ReportPositionResult'] = ResolversParentTypes['ReportPositionResult']> = {
  __resolveType: TypeResolveFn<'CourierPosition' | 'CourierUnavailable' | 'InvalidDeliveryTransition' | 'NotFound', ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = CouriersContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  branchCourierPositions?: SubscriptionResolver<ResolversTypes['CourierPosition'], "branchCourierPositions", ParentType, ContextType, RequireFields<SubscriptionBranchCourierPositionsArgs, 'branchId'>>;
  courierPositions?: SubscriptionResolver<ResolversTypes['CourierPosition'], "courierPositions", ParentType, ContextType, RequireFields<SubscriptionCourierPositionsArgs, 'courierId'>>;
  deliveryPositions?: SubscriptionResolver<ResolversTypes['CourierPosition'], "deliveryPositions", ParentType, ContextType, RequireFields<SubscriptionDeliveryPositionsArgs, 'deliveryId'>>;
  deliveryStatusChanges?: SubscriptionResolver<ResolversTypes['DeliveryStatusChange'], "deliveryStatusChanges", ParentType, ContextType, RequireFields<SubscriptionDeliveryStatusChangesArgs, 'branchId'>>;
};

export type UpdateCourierResultResolvers<ContextType = CouriersContext, ParentType extends ResolversParentTypes['UpdateCourierResult'] = ResolversParentTypes['UpdateCourierResult']> = {
  __resolveType: TypeResolveFn<'Courier' | 'CourierNotEligible' | 'NotFound', ParentType, ContextType>;
};

export type UserResolvers<ContextType = CouriersContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export interface Federation__ScopeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['federation__Scope'], any> {
  name: 'federation__Scope';
}

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = CouriersContext> = {
  Branch?: BranchResolvers<ContextType>;
  CashOnDeliveryMismatch?: CashOnDeliveryMismatchResolvers<ContextType>;
  Courier?: CourierResolvers<ContextType>;
  CourierNotEligible?: CourierNotEligibleResolvers<ContextType>;
  CourierPosition?: CourierPositionResolvers<ContextType>;
  CourierUnavailable?: CourierUnavailableResolvers<ContextType>;
  CreateCourierResult?: CreateCourierResultResolvers<ContextType>;
  CreateDeliveryResult?: CreateDeliveryResultResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Delivery?: DeliveryResolvers<ContextType>;
  DeliveryChange?: DeliveryChangeResolvers<ContextType>;
  DeliveryChangedConcurrently?: DeliveryChangedConcurrentlyResolvers<ContextType>;
  DeliveryExists?: DeliveryExistsResolvers<ContextType>;
  DeliveryResult?: DeliveryResultResolvers<ContextType>;
  DeliveryStatusChange?: DeliveryStatusChangeResolvers<ContextType>;
  ErrorResult?: ErrorResultResolvers<ContextType>;
  InvalidDeliveryTransition?: InvalidDeliveryTransitionResolvers<ContextType>;
  Money?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  NotFound?: NotFoundResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  OrderNotDeliverable?: OrderNotDeliverableResolvers<ContextType>;
  ProofOfDelivery?: ProofOfDeliveryResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReportPositionResult?: ReportPositionResultResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  UpdateCourierResult?: UpdateCourierResultResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  federation__Scope?: GraphQLScalarType;
  link__Import?: GraphQLScalarType;
};

export type DirectiveResolvers<ContextType = CouriersContext> = {
  authenticated?: AuthenticatedDirectiveResolver<any, any, ContextType>;
  inaccessible?: InaccessibleDirectiveResolver<any, any, ContextType>;
  interfaceObject?: InterfaceObjectDirectiveResolver<any, any, ContextType>;
  link?: LinkDirectiveResolver<any, any, ContextType>;
  requiresScopes?: RequiresScopesDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
};
