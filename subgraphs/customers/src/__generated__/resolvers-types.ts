import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CustomerMapper, PointsEntryMapper, CreditEntryMapper, CreditBalanceMapper, LoyaltySettingsMapper } from '../mappers';
import type { CustomersContext } from '../context';
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

/** A manual change of points. */
export type AdjustPointsInput = {
  customerId: Scalars['ID']['input'];
  /**
   * Points to add (positive) or take (negative); never below a zero balance.
   * Points to add (positive) or take (negative), at most 10^9 either way; never below a zero
   * balance nor above a balance of 10^9.
   */
  points: Scalars['Int']['input'];
  /** 1 to 500 characters. */
  reason: Scalars['String']['input'];
};

export type AdjustPointsResult = InsufficientPoints | NotFound | PointsEntry;

export type ArchiveCustomerResult = Customer | CustomerHasBalance | CustomerMerged | NotFound;

/** Internal (orders' checkout saga): charge a sale to the customer's credit. Idempotent by (orderId, step). */
export type ChargeCustomerCreditInput = {
  /** 1 to 10^12 minor units. */
  amount: Scalars['Money']['input'];
  branchId: Scalars['ID']['input'];
  customerId: Scalars['ID']['input'];
  merchantId?: InputMaybe<Scalars['ID']['input']>;
  orderId: Scalars['ID']['input'];
  step: Scalars['String']['input'];
};

export type ChargeCustomerCreditResult = CreditCharged | CreditLimitExceeded;

/** A new customer. */
export type CreateCustomerInput = {
  /** At most 500 characters. */
  address?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** At most 500 characters. */
  notes?: InputMaybe<Scalars['String']['input']>;
  phone: Scalars['String']['input'];
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** A manual tier (at most 40 characters). It picks the tier's price rules, so setting it needs `prices:write`. */
  tierOverride?: InputMaybe<Scalars['String']['input']>;
};

export type CreateCustomerResult = Customer | DuplicatePhone;

/** A customer who owes something, for reminders. */
export type CreditBalance = {
  __typename?: 'CreditBalance';
  balance: Scalars['Money']['output'];
  customer: Customer;
  /** Days past the due date (0 when not yet due). */
  daysOverdue: Scalars['Int']['output'];
  /** Due date of the oldest unpaid charge. */
  dueDate: Scalars['Date']['output'];
  overdue: Scalars['Money']['output'];
  standing: CreditStanding;
};

/** Internal: the sale was charged to the customer's credit. */
export type CreditCharged = {
  __typename?: 'CreditCharged';
  balance: Scalars['Money']['output'];
  dueDate?: Maybe<Scalars['Date']['output']>;
};

/** One change of a customer's credit balance. */
export type CreditEntry = {
  __typename?: 'CreditEntry';
  at: Scalars['DateTime']['output'];
  /** What the customer owes after this entry. */
  balance: Scalars['Money']['output'];
  branchId?: Maybe<Scalars['ID']['output']>;
  /** Added to (charge) or taken from (repayment, reversal) what the customer owes. */
  change: Scalars['Money']['output'];
  /** Business date of the entry. */
  date: Scalars['Date']['output'];
  /** Charges only: when this charge is due. */
  dueDate?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  kind: CreditEntryKind;
  method?: Maybe<CreditRepaymentMethod>;
  note?: Maybe<Scalars['String']['output']>;
  orderId?: Maybe<Scalars['ID']['output']>;
  recordedBy?: Maybe<Scalars['ID']['output']>;
};

/** Kind of credit ledger entry. */
export type CreditEntryKind =
  /** A purchase paid with customer credit; due `creditTermDays` after the sale. */
  | 'CHARGE'
  /** Moved between customers by a merge. */
  | 'MERGE'
  /** The customer paid back (cash or transfer). */
  | 'REPAYMENT'
  /** A charge taken back: failed checkout, void, or a refund paid back to credit. */
  | 'REVERSAL';

/** The charge would take the customer over their credit limit. Code `CREDIT_LIMIT_EXCEEDED`. */
export type CreditLimitExceeded = ErrorResult & {
  __typename?: 'CreditLimitExceeded';
  /** What can still be charged before the limit. */
  available: Scalars['Money']['output'];
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** How a credit repayment was paid. */
export type CreditRepaymentMethod =
  | 'CASH'
  | 'TRANSFER';

/** Where a credit balance stands against its due date. */
export type CreditStanding =
  /** Due within the next `withinDays` days. */
  | 'DUE_SOON'
  /** Part of the balance is past its due date. */
  | 'OVERDUE';

/** A customer's credit statement for a period. */
export type CreditStatement = {
  __typename?: 'CreditStatement';
  closingBalance: Scalars['Money']['output'];
  entries: Array<CreditEntry>;
  /** Balance before the first entry of the period. */
  openingBalance: Scalars['Money']['output'];
};

/**
 * A customer of the merchant. The phone number (E.164, `+62...`) is the natural key: unique per
 * merchant. Purchase history (`orders`) is provided by the orders subgraph.
 */
export type Customer = {
  __typename?: 'Customer';
  address?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  credit: CustomerCredit;
  /** The customer's credit (kasbon) ledger between two dates (inclusive, business dates), oldest first. */
  creditStatement: CreditStatement;
  email?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The customer this one was merged into. */
  mergedInto?: Maybe<Customer>;
  name: Scalars['String']['output'];
  notes?: Maybe<Scalars['String']['output']>;
  /** E.164, e.g. `+6281234567890`; any common format is accepted on input (0812..., 62812..., +62812...). */
  phone: Scalars['String']['output'];
  /** Loyalty points balance. May be negative when points already spent are taken back by a refund. */
  points: Scalars['Int']['output'];
  /** The customer's points ledger, newest first. */
  pointsHistory: PointsEntryConnection;
  /** Purchase totals kept from the orders' events. */
  stats: PurchaseStats;
  status: CustomerStatus;
  tags: Array<Scalars['String']['output']>;
  /**
   * The tier used for tier prices: `tierOverride` when set, else the highest tier of the loyalty
   * settings whose `minLifetimeSpend` the customer's total spend reaches; null when neither applies.
   */
  tier?: Maybe<Scalars['String']['output']>;
  /** A tier set by hand, which wins over the spend-based one. */
  tierOverride?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
};


/**
 * A customer of the merchant. The phone number (E.164, `+62...`) is the natural key: unique per
 * merchant. Purchase history (`orders`) is provided by the orders subgraph.
 */
export type CustomerCreditStatementArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * A customer of the merchant. The phone number (E.164, `+62...`) is the natural key: unique per
 * merchant. Purchase history (`orders`) is provided by the orders subgraph.
 */
export type CustomerPointsHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of customers, by name. */
export type CustomerConnection = {
  __typename?: 'CustomerConnection';
  /** Pass as `after` to get the next page; null on the last page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  nodes: Array<Customer>;
};

/** A customer's credit (kasbon) account. */
export type CustomerCredit = {
  __typename?: 'CustomerCredit';
  /** How much more may be charged: limit - balance, never below 0. */
  available: Scalars['Money']['output'];
  /** What the customer owes now. Negative when they paid in advance. */
  balance: Scalars['Money']['output'];
  /** Due date of the oldest charge not yet repaid; null when nothing is owed. */
  dueDate?: Maybe<Scalars['Date']['output']>;
  /** The most the customer may owe; 0 means no credit. */
  limit: Scalars['Money']['output'];
  /** Part of the balance whose due date is before today (repayments settle the oldest charges first). */
  overdue: Scalars['Money']['output'];
};

/** Filters of the customer list. */
export type CustomerFilter = {
  /** A phone number in any common format (prefix match on the normalized number), or the start of the name (case-insensitive). */
  search?: InputMaybe<Scalars['String']['input']>;
  /** ACTIVE by default. */
  status?: InputMaybe<CustomerStatus>;
  tag?: InputMaybe<Scalars['String']['input']>;
  /** Customers whose tier was set by hand to this (spend-based tiers are computed when read, so they cannot be filtered). */
  tier?: InputMaybe<Scalars['String']['input']>;
};

/** A customer who still owes credit cannot be archived. Code `CUSTOMER_HAS_BALANCE`. */
export type CustomerHasBalance = ErrorResult & {
  __typename?: 'CustomerHasBalance';
  balance: Scalars['Money']['output'];
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/**
 * The customer was merged into another one and cannot change status; use the customer it was
 * merged into. Code `CUSTOMER_MERGED`.
 */
export type CustomerMerged = ErrorResult & {
  __typename?: 'CustomerMerged';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/**
 * Where a customer record stands. Archived and merged customers keep their phone number
 * reserved, so the same person is never created twice.
 */
export type CustomerStatus =
  | 'ACTIVE'
  /** Hidden from lists and searches by default; restore it to use it again. */
  | 'ARCHIVED'
  /** A duplicate folded into another customer (`mergedInto`); looking it up by phone finds the survivor. */
  | 'MERGED';

/** The phone number already belongs to a customer of this merchant (maybe archived or merged). Code `DUPLICATE_PHONE`. */
export type DuplicatePhone = ErrorResult & {
  __typename?: 'DuplicatePhone';
  code: Scalars['String']['output'];
  /** The customer who has the number (the survivor, for a merged one). */
  existing: Customer;
  message: Scalars['String']['output'];
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

/** The customer has fewer points than asked for. Code `INSUFFICIENT_POINTS`. */
export type InsufficientPoints = ErrorResult & {
  __typename?: 'InsufficientPoints';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  /** The customer's points balance. */
  points: Scalars['Int']['output'];
};

/** The merchant's loyalty and credit rules. */
export type LoyaltySettings = {
  __typename?: 'LoyaltySettings';
  /** Days after a credit sale until it is due. */
  creditTermDays: Scalars['Int']['output'];
  /**
   * Earning: `earnPoints` points for every full `earnAmount` of an order's earnable total. The
   * earnable total is the paid total after discounts, less the delivery fee and less the part
   * paid with points (spending points earns none); the part paid with customer credit earns
   * points, since it is a purchase the customer owes. `earnAmount` 0 turns earning off.
   */
  earnAmount: Scalars['Money']['output'];
  earnPoints: Scalars['Int']['output'];
  /** What one point is worth when redeemed; 0 turns redemption off. */
  redeemValuePerPoint: Scalars['Money']['output'];
  /** Tiers by lifetime spend, lowest first; empty when tiers are set by hand only. */
  tiers: Array<LoyaltyTier>;
  /**
   * Time zone of business and due dates: the merchant's own (`Merchant.timeZone`), which is changed
   * in the merchant's settings.
   */
  timeZone: Scalars['String']['output'];
};

/** New loyalty and credit rules; fields left out stay as they are. */
export type LoyaltySettingsInput = {
  /** 1 to 3650 days. */
  creditTermDays?: InputMaybe<Scalars['Int']['input']>;
  /** 0 to 10^12 minor units (1,000,000,000,000). */
  earnAmount?: InputMaybe<Scalars['Money']['input']>;
  /** 1 to 10^9 points per full `earnAmount`. */
  earnPoints?: InputMaybe<Scalars['Int']['input']>;
  /** 0 to 10^12 minor units (1,000,000,000,000). */
  redeemValuePerPoint?: InputMaybe<Scalars['Money']['input']>;
  tiers?: InputMaybe<Array<LoyaltyTierInput>>;
  /**
   * Only the merchant's own time zone (`Merchant.timeZone`) is accepted: business and due dates follow
   * it, and it is changed in the merchant's settings. Any other zone is BAD_USER_INPUT.
   */
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

/** A tier reached by lifetime spend. */
export type LoyaltyTier = {
  __typename?: 'LoyaltyTier';
  minLifetimeSpend: Scalars['Money']['output'];
  /** The name products' tier prices refer to, e.g. `GOLD`. */
  name: Scalars['String']['output'];
};

/** A tier reached by lifetime spend. */
export type LoyaltyTierInput = {
  /** 0 to 10^12 minor units (1,000,000,000,000). */
  minLifetimeSpend: Scalars['Money']['input'];
  /** 1 to 40 characters. */
  name: Scalars['String']['input'];
};

/**
 * Folds `sourceId` (a duplicate) into `targetId`: points, credit, purchase stats and tags move
 * to the target, empty fields of the target are filled from the source, and the source becomes
 * MERGED. Repeating a merge returns the target and changes nothing.
 */
export type MergeCustomersInput = {
  sourceId: Scalars['ID']['input'];
  targetId: Scalars['ID']['input'];
};

export type MergeCustomersResult = Customer | MergeNotAllowed | NotFound;

/**
 * These two customers cannot be merged: the target is not active, or the source was already
 * merged into another customer. Code `MERGE_NOT_ALLOWED`.
 */
export type MergeNotAllowed = ErrorResult & {
  __typename?: 'MergeNotAllowed';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  adjustPoints: AdjustPointsResult;
  /** Hides a customer from lists and searches; refused while they owe credit. */
  archiveCustomer: ArchiveCustomerResult;
  /** Internal: charge a sale to customer credit. A replay returns the first result. */
  chargeCustomerCredit: ChargeCustomerCreditResult;
  createCustomer: CreateCustomerResult;
  mergeCustomers: MergeCustomersResult;
  recordCreditRepayment: RecordCreditRepaymentResult;
  /** Internal: spend points at checkout. A replay returns the first result; safe against concurrent spending. */
  redeemPoints: RedeemPointsResult;
  restoreCustomer: RestoreCustomerResult;
  /** Internal: takes back a credit charge step; true also when nothing was charged (a late charge of that step is then refused). */
  reverseCustomerCredit: Scalars['Boolean']['output'];
  /**
   * Internal: gives back the points of a redemption step; true also when nothing was redeemed
   * (then a late redemption of that step is refused, so it can never land after its compensation).
   */
  reversePointsRedemption: Scalars['Boolean']['output'];
  /**
   * Sets the most a customer may owe (0 to 10^12 minor units); a limit below the current balance
   * only blocks new charges.
   */
  setCreditLimit: SetCreditLimitResult;
  setLoyaltySettings: SetLoyaltySettingsResult;
  updateCustomer: UpdateCustomerResult;
};


export type MutationAdjustPointsArgs = {
  input: AdjustPointsInput;
};


export type MutationArchiveCustomerArgs = {
  id: Scalars['ID']['input'];
};


export type MutationChargeCustomerCreditArgs = {
  input: ChargeCustomerCreditInput;
};


export type MutationCreateCustomerArgs = {
  input: CreateCustomerInput;
};


export type MutationMergeCustomersArgs = {
  input: MergeCustomersInput;
};


export type MutationRecordCreditRepaymentArgs = {
  input: RecordCreditRepaymentInput;
};


export type MutationRedeemPointsArgs = {
  input: RedeemPointsInput;
};


export type MutationRestoreCustomerArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReverseCustomerCreditArgs = {
  input: ReverseCustomerCreditInput;
};


export type MutationReversePointsRedemptionArgs = {
  input: ReversePointsRedemptionInput;
};


export type MutationSetCreditLimitArgs = {
  customerId: Scalars['ID']['input'];
  limit: Scalars['Money']['input'];
};


export type MutationSetLoyaltySettingsArgs = {
  input: LoyaltySettingsInput;
};


export type MutationUpdateCustomerArgs = {
  input: UpdateCustomerInput;
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

/** One change of a customer's points. */
export type PointsEntry = {
  __typename?: 'PointsEntry';
  at: Scalars['DateTime']['output'];
  /** The balance after this entry. */
  balance: Scalars['Int']['output'];
  branchId?: Maybe<Scalars['ID']['output']>;
  /** Points added (positive) or taken (negative). */
  change: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  kind: PointsEntryKind;
  orderId?: Maybe<Scalars['ID']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
  /** The staff member who made a manual adjustment or merge. */
  recordedBy?: Maybe<Scalars['ID']['output']>;
};

/** A page of points entries, newest first. */
export type PointsEntryConnection = {
  __typename?: 'PointsEntryConnection';
  /** Pass as `after` to get the next page; null on the last page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  nodes: Array<PointsEntry>;
};

/** Kind of points ledger entry. */
export type PointsEntryKind =
  /** Changed by hand, with a reason. */
  | 'ADJUSTMENT'
  /** Earned on a completed order. */
  | 'EARN'
  /** Earned points taken back by a refund or void. */
  | 'EARN_REVERSAL'
  /** Moved between customers by a merge. */
  | 'MERGE'
  /** Spent as payment at checkout. */
  | 'REDEEM'
  /** A redemption given back (failed checkout, void or refund paid back in points). */
  | 'REDEEM_REVERSAL';

/** Internal: points taken for the order. */
export type PointsRedeemed = {
  __typename?: 'PointsRedeemed';
  balance: Scalars['Int']['output'];
  points: Scalars['Int']['output'];
  /** points x redeemValuePerPoint at the time of redemption. */
  value: Scalars['Money']['output'];
};

/** What a customer bought, counted from completed orders less refunds and voids. */
export type PurchaseStats = {
  __typename?: 'PurchaseStats';
  firstVisitAt?: Maybe<Scalars['DateTime']['output']>;
  lastVisitAt?: Maybe<Scalars['DateTime']['output']>;
  /** Paid totals of completed orders less refunds and voids; the base of spend-based tiers. */
  totalSpent: Scalars['Money']['output'];
  /** Completed orders, less voided ones. */
  visitCount: Scalars['Int']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Customers who owe something and are due within `withinDays` days or overdue as of `asOf` (default today), most overdue first. */
  creditBalances: Array<CreditBalance>;
  /** A customer by id; another merchant's id reads as null. */
  customer?: Maybe<Customer>;
  /** The customer with this phone number in any common format; a merged duplicate's number finds the survivor. */
  customerByPhone?: Maybe<Customer>;
  /** Customers by name (then id), with filters. */
  customers: CustomerConnection;
  /** The merchant's loyalty and credit rules (defaults until set). */
  loyaltySettings: LoyaltySettings;
};


export type QueryCreditBalancesArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  standing?: InputMaybe<CreditStanding>;
  withinDays?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCustomerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCustomerByPhoneArgs = {
  phone: Scalars['String']['input'];
};


export type QueryCustomersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CustomerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A credit repayment. `idempotencyKey` (e.g. the device's receipt id) makes a retried request record it once. */
export type RecordCreditRepaymentInput = {
  /** 1 to 10^12 minor units, at most what is owed. */
  amount: Scalars['Money']['input'];
  /** A branch the staff member may work at. */
  branchId?: InputMaybe<Scalars['ID']['input']>;
  customerId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  method: CreditRepaymentMethod;
  /** At most 500 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
};

export type RecordCreditRepaymentResult = CreditEntry | NotFound | RepaymentExceedsBalance;

/**
 * Internal (orders' checkout saga): spend points as payment. Idempotent by (orderId, step).
 * `merchantId` is for calls without a user token (recovery jobs); with a token it must match.
 */
export type RedeemPointsInput = {
  branchId: Scalars['ID']['input'];
  customerId: Scalars['ID']['input'];
  merchantId?: InputMaybe<Scalars['ID']['input']>;
  orderId: Scalars['ID']['input'];
  /** 1 to 10^9 points, worth at most 10^12 minor units. */
  points: Scalars['Int']['input'];
  step: Scalars['String']['input'];
};

export type RedeemPointsResult = InsufficientPoints | PointsRedeemed;

/**
 * The repayment is more than what is owed (a customer's credit, or a staff member's cash
 * advances). Code `REPAYMENT_EXCEEDS_BALANCE`.
 */
export type RepaymentExceedsBalance = ErrorResult & {
  __typename?: 'RepaymentExceedsBalance';
  /** What is owed now. */
  balance: Scalars['Money']['output'];
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type RestoreCustomerResult = Customer | CustomerMerged | NotFound;

/** Internal: names the credit charge step to compensate. */
export type ReverseCustomerCreditInput = {
  merchantId?: InputMaybe<Scalars['ID']['input']>;
  orderId: Scalars['ID']['input'];
  step: Scalars['String']['input'];
};

/** Internal: names the redemption step to compensate. */
export type ReversePointsRedemptionInput = {
  merchantId?: InputMaybe<Scalars['ID']['input']>;
  orderId: Scalars['ID']['input'];
  step: Scalars['String']['input'];
};

export type SetCreditLimitResult = Customer | NotFound;

/**
 * The merchant's settings have no state a client could conflict with; malformed values are
 * BAD_USER_INPUT.
 */
export type SetLoyaltySettingsResult = LoyaltySettings;

/** Changes to a customer; fields left out stay as they are, null clears an optional one. */
export type UpdateCustomerInput = {
  /** At most 500 characters. */
  address?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  /** At most 500 characters. */
  notes?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  /**
   * A manual tier (at most 40 characters); null clears it. It picks the tier's price rules, so
   * setting or clearing it needs `prices:write`.
   */
  tierOverride?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateCustomerResult = Customer | DuplicatePhone | NotFound;

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
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Customer:
    ( { __typename: 'Customer' }
    & GraphQLRecursivePick<FederationTypes['Customer'], {"id":true}> );
};

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  AdjustPointsResult:
    | ( InsufficientPoints )
    | ( NotFound )
    | ( PointsEntryMapper )
  ;
  ArchiveCustomerResult:
    | ( CustomerMapper )
    | ( CustomerHasBalance )
    | ( CustomerMerged )
    | ( NotFound )
  ;
  ChargeCustomerCreditResult:
    | ( CreditCharged )
    | ( CreditLimitExceeded )
  ;
  CreateCustomerResult:
    | ( CustomerMapper )
    | ( Omit<DuplicatePhone, 'existing'> & { existing: _RefType['Customer'] } )
  ;
  MergeCustomersResult:
    | ( CustomerMapper )
    | ( MergeNotAllowed )
    | ( NotFound )
  ;
  RecordCreditRepaymentResult:
    | ( CreditEntryMapper )
    | ( NotFound )
    | ( RepaymentExceedsBalance )
  ;
  RedeemPointsResult:
    | ( InsufficientPoints )
    | ( PointsRedeemed )
  ;
  RestoreCustomerResult:
    | ( CustomerMapper )
    | ( CustomerMerged )
    | ( NotFound )
  ;
  SetCreditLimitResult:
    | ( CustomerMapper )
    | ( NotFound )
  ;
  SetLoyaltySettingsResult: ( LoyaltySettingsMapper );
  UpdateCustomerResult:
    | ( CustomerMapper )
    | ( Omit<DuplicatePhone, 'existing'> & { existing: _RefType['Customer'] } )
    | ( NotFound )
  ;
};

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  ErrorResult:
    | ( CreditLimitExceeded )
    | ( CustomerHasBalance )
    | ( CustomerMerged )
    | ( Omit<DuplicatePhone, 'existing'> & { existing: _RefType['Customer'] } )
    | ( InsufficientPoints )
    | ( MergeNotAllowed )
    | ( NotFound )
    | ( RepaymentExceedsBalance )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AdjustPointsInput: AdjustPointsInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AdjustPointsResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['AdjustPointsResult']>;
  ArchiveCustomerResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ArchiveCustomerResult']>;
  ChargeCustomerCreditInput: ChargeCustomerCreditInput;
  ChargeCustomerCreditResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ChargeCustomerCreditResult']>;
  CreateCustomerInput: CreateCustomerInput;
  CreateCustomerResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['CreateCustomerResult']>;
  CreditBalance: ResolverTypeWrapper<CreditBalanceMapper>;
  CreditCharged: ResolverTypeWrapper<CreditCharged>;
  CreditEntry: ResolverTypeWrapper<CreditEntryMapper>;
  CreditEntryKind: CreditEntryKind;
  CreditLimitExceeded: ResolverTypeWrapper<CreditLimitExceeded>;
  CreditRepaymentMethod: CreditRepaymentMethod;
  CreditStanding: CreditStanding;
  CreditStatement: ResolverTypeWrapper<Omit<CreditStatement, 'entries'> & { entries: Array<ResolversTypes['CreditEntry']> }>;
  Customer: ResolverTypeWrapper<CustomerMapper>;
  CustomerConnection: ResolverTypeWrapper<Omit<CustomerConnection, 'nodes'> & { nodes: Array<ResolversTypes['Customer']> }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CustomerCredit: ResolverTypeWrapper<CustomerCredit>;
  CustomerFilter: CustomerFilter;
  CustomerHasBalance: ResolverTypeWrapper<CustomerHasBalance>;
  CustomerMerged: ResolverTypeWrapper<CustomerMerged>;
  CustomerStatus: CustomerStatus;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DuplicatePhone: ResolverTypeWrapper<Omit<DuplicatePhone, 'existing'> & { existing: ResolversTypes['Customer'] }>;
  ErrorResult: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['ErrorResult']>;
  InsufficientPoints: ResolverTypeWrapper<InsufficientPoints>;
  LoyaltySettings: ResolverTypeWrapper<LoyaltySettingsMapper>;
  LoyaltySettingsInput: LoyaltySettingsInput;
  LoyaltyTier: ResolverTypeWrapper<LoyaltyTier>;
  LoyaltyTierInput: LoyaltyTierInput;
  MergeCustomersInput: MergeCustomersInput;
  MergeCustomersResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['MergeCustomersResult']>;
  MergeNotAllowed: ResolverTypeWrapper<MergeNotAllowed>;
  Money: ResolverTypeWrapper<Scalars['Money']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NotFound: ResolverTypeWrapper<NotFound>;
  PointsEntry: ResolverTypeWrapper<PointsEntryMapper>;
  PointsEntryConnection: ResolverTypeWrapper<Omit<PointsEntryConnection, 'nodes'> & { nodes: Array<ResolversTypes['PointsEntry']> }>;
  PointsEntryKind: PointsEntryKind;
  PointsRedeemed: ResolverTypeWrapper<PointsRedeemed>;
  PurchaseStats: ResolverTypeWrapper<PurchaseStats>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordCreditRepaymentInput: RecordCreditRepaymentInput;
  RecordCreditRepaymentResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RecordCreditRepaymentResult']>;
  RedeemPointsInput: RedeemPointsInput;
  RedeemPointsResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RedeemPointsResult']>;
  RepaymentExceedsBalance: ResolverTypeWrapper<RepaymentExceedsBalance>;
  RestoreCustomerResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RestoreCustomerResult']>;
  ReverseCustomerCreditInput: ReverseCustomerCreditInput;
  ReversePointsRedemptionInput: ReversePointsRedemptionInput;
  SetCreditLimitResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SetCreditLimitResult']>;
  SetLoyaltySettingsResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SetLoyaltySettingsResult']>;
  UpdateCustomerInput: UpdateCustomerInput;
  UpdateCustomerResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['UpdateCustomerResult']>;
  federation__Scope: ResolverTypeWrapper<Scalars['federation__Scope']['output']>;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  link__Purpose: Link__Purpose;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AdjustPointsInput: AdjustPointsInput;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  AdjustPointsResult: ResolversUnionTypes<ResolversParentTypes>['AdjustPointsResult'];
  ArchiveCustomerResult: ResolversUnionTypes<ResolversParentTypes>['ArchiveCustomerResult'];
  ChargeCustomerCreditInput: ChargeCustomerCreditInput;
  ChargeCustomerCreditResult: ResolversUnionTypes<ResolversParentTypes>['ChargeCustomerCreditResult'];
  CreateCustomerInput: CreateCustomerInput;
  CreateCustomerResult: ResolversUnionTypes<ResolversParentTypes>['CreateCustomerResult'];
  CreditBalance: CreditBalanceMapper;
  CreditCharged: CreditCharged;
  CreditEntry: CreditEntryMapper;
  CreditLimitExceeded: CreditLimitExceeded;
  CreditStatement: Omit<CreditStatement, 'entries'> & { entries: Array<ResolversParentTypes['CreditEntry']> };
  Customer: CustomerMapper;
  CustomerConnection: Omit<CustomerConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Customer']> };
  Boolean: Scalars['Boolean']['output'];
  CustomerCredit: CustomerCredit;
  CustomerFilter: CustomerFilter;
  CustomerHasBalance: CustomerHasBalance;
  CustomerMerged: CustomerMerged;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DuplicatePhone: Omit<DuplicatePhone, 'existing'> & { existing: ResolversParentTypes['Customer'] };
  ErrorResult: ResolversInterfaceTypes<ResolversParentTypes>['ErrorResult'];
  InsufficientPoints: InsufficientPoints;
  LoyaltySettings: LoyaltySettingsMapper;
  LoyaltySettingsInput: LoyaltySettingsInput;
  LoyaltyTier: LoyaltyTier;
  LoyaltyTierInput: LoyaltyTierInput;
  MergeCustomersInput: MergeCustomersInput;
  MergeCustomersResult: ResolversUnionTypes<ResolversParentTypes>['MergeCustomersResult'];
  MergeNotAllowed: MergeNotAllowed;
  Money: Scalars['Money']['output'];
  Mutation: Record<PropertyKey, never>;
  NotFound: NotFound;
  PointsEntry: PointsEntryMapper;
  PointsEntryConnection: Omit<PointsEntryConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['PointsEntry']> };
  PointsRedeemed: PointsRedeemed;
  PurchaseStats: PurchaseStats;
  Query: Record<PropertyKey, never>;
  RecordCreditRepaymentInput: RecordCreditRepaymentInput;
  RecordCreditRepaymentResult: ResolversUnionTypes<ResolversParentTypes>['RecordCreditRepaymentResult'];
  RedeemPointsInput: RedeemPointsInput;
  RedeemPointsResult: ResolversUnionTypes<ResolversParentTypes>['RedeemPointsResult'];
  RepaymentExceedsBalance: RepaymentExceedsBalance;
  RestoreCustomerResult: ResolversUnionTypes<ResolversParentTypes>['RestoreCustomerResult'];
  ReverseCustomerCreditInput: ReverseCustomerCreditInput;
  ReversePointsRedemptionInput: ReversePointsRedemptionInput;
  SetCreditLimitResult: ResolversUnionTypes<ResolversParentTypes>['SetCreditLimitResult'];
  SetLoyaltySettingsResult: ResolversUnionTypes<ResolversParentTypes>['SetLoyaltySettingsResult'];
  UpdateCustomerInput: UpdateCustomerInput;
  UpdateCustomerResult: ResolversUnionTypes<ResolversParentTypes>['UpdateCustomerResult'];
  federation__Scope: Scalars['federation__Scope']['output'];
  link__Import: Scalars['link__Import']['output'];
  String: Scalars['String']['output'];
};

export type AuthenticatedDirectiveArgs = { };

export type AuthenticatedDirectiveResolver<Result, Parent, ContextType = CustomersContext, Args = AuthenticatedDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type InaccessibleDirectiveArgs = { };

export type InaccessibleDirectiveResolver<Result, Parent, ContextType = CustomersContext, Args = InaccessibleDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type InterfaceObjectDirectiveArgs = { };

export type InterfaceObjectDirectiveResolver<Result, Parent, ContextType = CustomersContext, Args = InterfaceObjectDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type LinkDirectiveArgs = {
  as?: Maybe<Scalars['String']['input']>;
  for?: Maybe<Link__Purpose>;
  import?: Maybe<Array<Maybe<Scalars['link__Import']['input']>>>;
  url: Scalars['String']['input'];
};

export type LinkDirectiveResolver<Result, Parent, ContextType = CustomersContext, Args = LinkDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type RequiresScopesDirectiveArgs = {
  scopes: Array<Array<Scalars['federation__Scope']['input']>>;
};

export type RequiresScopesDirectiveResolver<Result, Parent, ContextType = CustomersContext, Args = RequiresScopesDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ShareableDirectiveArgs = { };

export type ShareableDirectiveResolver<Result, Parent, ContextType = CustomersContext, Args = ShareableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AdjustPointsResultResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['AdjustPointsResult'] = ResolversParentTypes['AdjustPointsResult']> = {
  __resolveType: TypeResolveFn<'InsufficientPoints' | 'NotFound' | 'PointsEntry', ParentType, ContextType>;
};

export type ArchiveCustomerResultResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['ArchiveCustomerResult'] = ResolversParentTypes['ArchiveCustomerResult']> = {
  __resolveType: TypeResolveFn<'Customer' | 'CustomerHasBalance' | 'CustomerMerged' | 'NotFound', ParentType, ContextType>;
};

export type ChargeCustomerCreditResultResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['ChargeCustomerCreditResult'] = ResolversParentTypes['ChargeCustomerCreditResult']> = {
  __resolveType: TypeResolveFn<'CreditCharged' | 'CreditLimitExceeded', ParentType, ContextType>;
};

export type CreateCustomerResultResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['CreateCustomerResult'] = ResolversParentTypes['CreateCustomerResult']> = {
  __resolveType: TypeResolveFn<'Customer' | 'DuplicatePhone', ParentType, ContextType>;
};

export type CreditBalanceResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['CreditBalance'] = ResolversParentTypes['CreditBalance']> = {
  balance?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  daysOverdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  standing?: Resolver<ResolversTypes['CreditStanding'], ParentType, ContextType>;
};

export type CreditChargedResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['CreditCharged'] = ResolversParentTypes['CreditCharged']> = {
  balance?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CreditEntryResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['CreditEntry'] = ResolversParentTypes['CreditEntry']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  balance?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  branchId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  change?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CreditEntryKind'], ParentType, ContextType>;
  method?: Resolver<Maybe<ResolversTypes['CreditRepaymentMethod']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  orderId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  recordedBy?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CreditLimitExceededResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['CreditLimitExceeded'] = ResolversParentTypes['CreditLimitExceeded']> = {
  available?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CreditStatementResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['CreditStatement'] = ResolversParentTypes['CreditStatement']> = {
  closingBalance?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  entries?: Resolver<Array<ResolversTypes['CreditEntry']>, ParentType, ContextType>;
  openingBalance?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type CustomerResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'], FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Customer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  credit?: Resolver<ResolversTypes['CustomerCredit'], ParentType, ContextType>;
  creditStatement?: Resolver<ResolversTypes['CreditStatement'], ParentType, ContextType, Partial<CustomerCreditStatementArgs>>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mergedInto?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pointsHistory?: Resolver<ResolversTypes['PointsEntryConnection'], ParentType, ContextType, RequireFields<CustomerPointsHistoryArgs, 'first'>>;
  stats?: Resolver<ResolversTypes['PurchaseStats'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CustomerStatus'], ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  tier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tierOverride?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CustomerConnectionResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['CustomerConnection'] = ResolversParentTypes['CustomerConnection']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Customer']>, ParentType, ContextType>;
};

export type CustomerCreditResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['CustomerCredit'] = ResolversParentTypes['CustomerCredit']> = {
  available?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  balance?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  limit?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type CustomerHasBalanceResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['CustomerHasBalance'] = ResolversParentTypes['CustomerHasBalance']> = {
  balance?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CustomerMergedResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['CustomerMerged'] = ResolversParentTypes['CustomerMerged']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DuplicatePhoneResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['DuplicatePhone'] = ResolversParentTypes['DuplicatePhone']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  existing?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ErrorResultResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['ErrorResult'] = ResolversParentTypes['ErrorResult']> = {
  __resolveType: TypeResolveFn<'CreditLimitExceeded' | 'CustomerHasBalance' | 'CustomerMerged' | 'DuplicatePhone' | 'InsufficientPoints' | 'MergeNotAllowed' | 'NotFound' | 'RepaymentExceedsBalance', ParentType, ContextType>;
};

export type InsufficientPointsResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['InsufficientPoints'] = ResolversParentTypes['InsufficientPoints']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LoyaltySettingsResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['LoyaltySettings'] = ResolversParentTypes['LoyaltySettings']> = {
  creditTermDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  earnAmount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  earnPoints?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  redeemValuePerPoint?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  tiers?: Resolver<Array<ResolversTypes['LoyaltyTier']>, ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LoyaltyTierResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['LoyaltyTier'] = ResolversParentTypes['LoyaltyTier']> = {
  minLifetimeSpend?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MergeCustomersResultResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['MergeCustomersResult'] = ResolversParentTypes['MergeCustomersResult']> = {
  __resolveType: TypeResolveFn<'Customer' | 'MergeNotAllowed' | 'NotFound', ParentType, ContextType>;
};

export type MergeNotAllowedResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['MergeNotAllowed'] = ResolversParentTypes['MergeNotAllowed']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface MoneyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Money'], any> {
  name: 'Money';
}

export type MutationResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  adjustPoints?: Resolver<ResolversTypes['AdjustPointsResult'], ParentType, ContextType, RequireFields<MutationAdjustPointsArgs, 'input'>>;
  archiveCustomer?: Resolver<ResolversTypes['ArchiveCustomerResult'], ParentType, ContextType, RequireFields<MutationArchiveCustomerArgs, 'id'>>;
  chargeCustomerCredit?: Resolver<ResolversTypes['ChargeCustomerCreditResult'], ParentType, ContextType, RequireFields<MutationChargeCustomerCreditArgs, 'input'>>;
  createCustomer?: Resolver<ResolversTypes['CreateCustomerResult'], ParentType, ContextType, RequireFields<MutationCreateCustomerArgs, 'input'>>;
  mergeCustomers?: Resolver<ResolversTypes['MergeCustomersResult'], ParentType, ContextType, RequireFields<MutationMergeCustomersArgs, 'input'>>;
  recordCreditRepayment?: Resolver<ResolversTypes['RecordCreditRepaymentResult'], ParentType, ContextType, RequireFields<MutationRecordCreditRepaymentArgs, 'input'>>;
  redeemPoints?: Resolver<ResolversTypes['RedeemPointsResult'], ParentType, ContextType, RequireFields<MutationRedeemPointsArgs, 'input'>>;
  restoreCustomer?: Resolver<ResolversTypes['RestoreCustomerResult'], ParentType, ContextType, RequireFields<MutationRestoreCustomerArgs, 'id'>>;
  reverseCustomerCredit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationReverseCustomerCreditArgs, 'input'>>;
  reversePointsRedemption?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationReversePointsRedemptionArgs, 'input'>>;
  setCreditLimit?: Resolver<ResolversTypes['SetCreditLimitResult'], ParentType, ContextType, RequireFields<MutationSetCreditLimitArgs, 'customerId' | 'limit'>>;
  setLoyaltySettings?: Resolver<ResolversTypes['SetLoyaltySettingsResult'], ParentType, ContextType, RequireFields<MutationSetLoyaltySettingsArgs, 'input'>>;
  updateCustomer?: Resolver<ResolversTypes['UpdateCustomerResult'], ParentType, ContextType, RequireFields<MutationUpdateCustomerArgs, 'input'>>;
};

export type NotFoundResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['NotFound'] = ResolversParentTypes['NotFound']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PointsEntryResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['PointsEntry'] = ResolversParentTypes['PointsEntry']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  balance?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  branchId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  change?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PointsEntryKind'], ParentType, ContextType>;
  orderId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordedBy?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PointsEntryConnectionResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['PointsEntryConnection'] = ResolversParentTypes['PointsEntryConnection']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['PointsEntry']>, ParentType, ContextType>;
};

export type PointsRedeemedResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['PointsRedeemed'] = ResolversParentTypes['PointsRedeemed']> = {
  balance?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PurchaseStatsResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['PurchaseStats'] = ResolversParentTypes['PurchaseStats']> = {
  firstVisitAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastVisitAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  totalSpent?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  visitCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  creditBalances?: Resolver<Array<ResolversTypes['CreditBalance']>, ParentType, ContextType, RequireFields<QueryCreditBalancesArgs, 'withinDays'>>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType, RequireFields<QueryCustomerArgs, 'id'>>;
  customerByPhone?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType, RequireFields<QueryCustomerByPhoneArgs, 'phone'>>;
  customers?: Resolver<ResolversTypes['CustomerConnection'], ParentType, ContextType, RequireFields<QueryCustomersArgs, 'first'>>;
  loyaltySettings?: Resolver<ResolversTypes['LoyaltySettings'], ParentType, ContextType>;
};

export type RecordCreditRepaymentResultResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['RecordCreditRepaymentResult'] = ResolversParentTypes['RecordCreditRepaymentResult']> = {
  __resolveType: TypeResolveFn<'CreditEntry' | 'NotFound' | 'RepaymentExceedsBalance', ParentType, ContextType>;
};

export type RedeemPointsResultResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['RedeemPointsResult'] = ResolversParentTypes['RedeemPointsResult']> = {
  __resolveType: TypeResolveFn<'InsufficientPoints' | 'PointsRedeemed', ParentType, ContextType>;
};

export type RepaymentExceedsBalanceResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['RepaymentExceedsBalance'] = ResolversParentTypes['RepaymentExceedsBalance']> = {
  balance?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RestoreCustomerResultResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['RestoreCustomerResult'] = ResolversParentTypes['RestoreCustomerResult']> = {
  __resolveType: TypeResolveFn<'Customer' | 'CustomerMerged' | 'NotFound', ParentType, ContextType>;
};

export type SetCreditLimitResultResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['SetCreditLimitResult'] = ResolversParentTypes['SetCreditLimitResult']> = {
  __resolveType: TypeResolveFn<'Customer' | 'NotFound', ParentType, ContextType>;
};

export type SetLoyaltySettingsResultResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['SetLoyaltySettingsResult'] = ResolversParentTypes['SetLoyaltySettingsResult']> = {
  __resolveType: TypeResolveFn<'LoyaltySettings', ParentType, ContextType>;
};

export type UpdateCustomerResultResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['UpdateCustomerResult'] = ResolversParentTypes['UpdateCustomerResult']> = {
  __resolveType: TypeResolveFn<'Customer' | 'DuplicatePhone' | 'NotFound', ParentType, ContextType>;
};

export interface Federation__ScopeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['federation__Scope'], any> {
  name: 'federation__Scope';
}

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = CustomersContext> = {
  AdjustPointsResult?: AdjustPointsResultResolvers<ContextType>;
  ArchiveCustomerResult?: ArchiveCustomerResultResolvers<ContextType>;
  ChargeCustomerCreditResult?: ChargeCustomerCreditResultResolvers<ContextType>;
  CreateCustomerResult?: CreateCustomerResultResolvers<ContextType>;
  CreditBalance?: CreditBalanceResolvers<ContextType>;
  CreditCharged?: CreditChargedResolvers<ContextType>;
  CreditEntry?: CreditEntryResolvers<ContextType>;
  CreditLimitExceeded?: CreditLimitExceededResolvers<ContextType>;
  CreditStatement?: CreditStatementResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  CustomerConnection?: CustomerConnectionResolvers<ContextType>;
  CustomerCredit?: CustomerCreditResolvers<ContextType>;
  CustomerHasBalance?: CustomerHasBalanceResolvers<ContextType>;
  CustomerMerged?: CustomerMergedResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DuplicatePhone?: DuplicatePhoneResolvers<ContextType>;
  ErrorResult?: ErrorResultResolvers<ContextType>;
  InsufficientPoints?: InsufficientPointsResolvers<ContextType>;
  LoyaltySettings?: LoyaltySettingsResolvers<ContextType>;
  LoyaltyTier?: LoyaltyTierResolvers<ContextType>;
  MergeCustomersResult?: MergeCustomersResultResolvers<ContextType>;
  MergeNotAllowed?: MergeNotAllowedResolvers<ContextType>;
  Money?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  NotFound?: NotFoundResolvers<ContextType>;
  PointsEntry?: PointsEntryResolvers<ContextType>;
  PointsEntryConnection?: PointsEntryConnectionResolvers<ContextType>;
  PointsRedeemed?: PointsRedeemedResolvers<ContextType>;
  PurchaseStats?: PurchaseStatsResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecordCreditRepaymentResult?: RecordCreditRepaymentResultResolvers<ContextType>;
  RedeemPointsResult?: RedeemPointsResultResolvers<ContextType>;
  RepaymentExceedsBalance?: RepaymentExceedsBalanceResolvers<ContextType>;
  RestoreCustomerResult?: RestoreCustomerResultResolvers<ContextType>;
  SetCreditLimitResult?: SetCreditLimitResultResolvers<ContextType>;
  SetLoyaltySettingsResult?: SetLoyaltySettingsResultResolvers<ContextType>;
  UpdateCustomerResult?: UpdateCustomerResultResolvers<ContextType>;
  federation__Scope?: GraphQLScalarType;
  link__Import?: GraphQLScalarType;
};

export type DirectiveResolvers<ContextType = CustomersContext> = {
  authenticated?: AuthenticatedDirectiveResolver<any, any, ContextType>;
  inaccessible?: InaccessibleDirectiveResolver<any, any, ContextType>;
  interfaceObject?: InterfaceObjectDirectiveResolver<any, any, ContextType>;
  link?: LinkDirectiveResolver<any, any, ContextType>;
  requiresScopes?: RequiresScopesDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
};
