import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { MerchantMapper, BranchMapper, UserMapper, StaffAdvanceEntryMapper, StaffAdvanceBalanceMapper, AuthPayloadMapper, PasswordChangedMapper, PermissionsMapper } from '../mappers';
import type { UsersContext } from '../context';
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

/** Too many failed attempts on this account; try again after `retryAfterSeconds`. */
export type AccountLocked = ErrorResult & {
  __typename?: 'AccountLocked';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  retryAfterSeconds: Scalars['Int']['output'];
};

/** Tokens for a signed-in session. */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** Short-lived (15 minutes at most) bearer token for `Authorization: Bearer ...`. */
  accessToken: Scalars['String']['output'];
  accessTokenExpiresAt: Scalars['DateTime']['output'];
  /** Single-use token for `refreshToken`; every use returns a new one. Reusing an old one ends the session. */
  refreshToken: Scalars['String']['output'];
  refreshTokenExpiresAt: Scalars['DateTime']['output'];
  user: User;
};

/** An outlet of a merchant. Stock, shifts and orders are per branch. */
export type Branch = {
  __typename?: 'Branch';
  active: Scalars['Boolean']['output'];
  address?: Maybe<Scalars['String']['output']>;
  /** Short code used in order numbers (`INV/<code>/20261122/0007`); unique per merchant. */
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  merchant: Merchant;
  name: Scalars['String']['output'];
  /** A phone number; any common Indonesian format (0812-..., +62 812...), stored in E.164. */
  phone?: Maybe<Scalars['String']['output']>;
};

/** A branch code is already used at this merchant. */
export type BranchCodeTaken = ErrorResult & {
  __typename?: 'BranchCodeTaken';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type BranchResult = Branch | NotFound;

export type ChangePasswordInput = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};

export type ChangePasswordResult = AccountLocked | InvalidCredentials | PasswordChanged | WeakPassword;

export type ChangePinInput = {
  /** Your password, to prove it is you. */
  currentPassword: Scalars['String']['input'];
  /**
   * 4 to 6 digits.
   * Only ASCII digits 0-9; anything else is BAD_USER_INPUT.
   */
  newPin: Scalars['String']['input'];
};

export type ChangePinResult = AccountLocked | InvalidCredentials | PinChanged;

export type CreateBranchInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  code: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** A phone number; any common Indonesian format (0812-..., +62 812...), stored in E.164. */
  phone?: InputMaybe<Scalars['String']['input']>;
};

export type CreateBranchResult = Branch | BranchCodeTaken;

export type CreateStaffInput = {
  /** Branches the person may work in; empty or omitted = every branch. */
  branchIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** At least one of e-mail or username. */
  email?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  password: Scalars['String']['input'];
  /** A phone number; any common Indonesian format (0812-..., +62 812...), stored in E.164. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** 4 to 6 digits, for PIN login on branch devices. */
  pin?: InputMaybe<Scalars['String']['input']>;
  role: Role;
  username?: InputMaybe<Scalars['String']['input']>;
};

export type CreateStaffResult = EmailTaken | NotFound | User | UsernameTaken | WeakPassword;

/** The e-mail address is already registered. */
export type EmailTaken = ErrorResult & {
  __typename?: 'EmailTaken';
  code: Scalars['String']['output'];
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

/** Wrong identifier, password or PIN. Deliberately does not say which. */
export type InvalidCredentials = ErrorResult & {
  __typename?: 'InvalidCredentials';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** The refresh token is unknown, expired or revoked. `REFRESH_TOKEN_REUSED` means the session was ended. */
export type InvalidRefreshToken = ErrorResult & {
  __typename?: 'InvalidRefreshToken';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** The session is over: its access token and refresh tokens no longer work. */
export type LoggedOut = {
  __typename?: 'LoggedOut';
  ok: Scalars['Boolean']['output'];
};

export type LoginInput = {
  /**
   * Identifies the device, for the session list and PIN devices.
   * At most 128 characters.
   */
  deviceId?: InputMaybe<Scalars['String']['input']>;
  /** An e-mail address, or a username together with `merchantSlug`. */
  identifier: Scalars['String']['input'];
  merchantSlug?: InputMaybe<Scalars['String']['input']>;
  password: Scalars['String']['input'];
};

export type LoginResult = AccountLocked | AuthPayload | InvalidCredentials;

/**
 * Ending one's own session cannot be refused by anything a client did: a token that no longer
 * works is UNAUTHENTICATED before this runs.
 */
export type LogoutResult = LoggedOut;

/** A business using the platform (a tenant). Every record belongs to exactly one merchant. */
export type Merchant = {
  __typename?: 'Merchant';
  /** Address and tax number printed on invoices and receipts. */
  address?: Maybe<Scalars['String']['output']>;
  branches: Array<Branch>;
  /** Cash payments are rounded to this many minor units, half-up (0 = no rounding). Digital payments are exact. */
  cashRoundingUnit: Scalars['Int']['output'];
  /** ISO 4217 code; IDR by default. */
  currency: Scalars['String']['output'];
  /** Digits after the decimal point of the currency's minor unit (0 for IDR). */
  currencyExponent: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  logoUrl?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  receiptFooter?: Maybe<Scalars['String']['output']>;
  /** Short handle used with a username to log in (`warung-sari`). */
  slug: Scalars['String']['output'];
  tax: TaxSettings;
  taxNumber?: Maybe<Scalars['String']['output']>;
  /** IANA time zone that defines the business date (Asia/Jakarta by default). */
  timeZone: Scalars['String']['output'];
};


/** A business using the platform (a tenant). Every record belongs to exactly one merchant. */
export type MerchantBranchesArgs = {
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Changes the caller's password and signs out every other session. */
  changePassword: ChangePasswordResult;
  /** Sets or changes the caller's PIN and signs out every other session. */
  changePin: ChangePinResult;
  createBranch: CreateBranchResult;
  /** Adds a staff member with a role below the caller's own. */
  createStaff: CreateStaffResult;
  /** Deactivated branches keep their history but take no new sales. */
  deactivateBranch: BranchResult;
  /** Blocks sign-in and ends every session of the person. */
  deactivateStaff: StaffResult;
  /** Signs in with e-mail (or username and merchant) and password. Five failures lock the account with growing delays. */
  login: LoginResult;
  /** Signs in on a shared branch device with a PIN. */
  loginWithPin: LoginResult;
  /** Ends the current session: the access token is revoked until it expires and the refresh tokens stop working. */
  logout: LogoutResult;
  /** Records a cash advance (kasbon) given to a staff member. */
  recordStaffAdvance: RecordStaffAdvanceResult;
  /** Records a repayment of a staff cash advance. */
  recordStaffAdvanceRepayment: StaffAdvanceResult;
  /** Exchanges a refresh token for new tokens. Each refresh token works once. */
  refreshToken: RefreshTokenResult;
  /** Creates a merchant, its first branch and the owner account, and signs the owner in. */
  registerMerchant: RegisterMerchantResult;
  /** Sets per-person grants and revocations; only scopes the caller holds can be granted. Signs the person out everywhere. */
  setStaffPermissions: StaffResult;
  updateBranch: BranchResult;
  updateMerchant: UpdateMerchantResult;
  /** Changing role or branches signs the person out everywhere, so new limits apply at once. */
  updateStaff: UpdateStaffResult;
};


export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


export type MutationChangePinArgs = {
  input: ChangePinInput;
};


export type MutationCreateBranchArgs = {
  input: CreateBranchInput;
};


export type MutationCreateStaffArgs = {
  input: CreateStaffInput;
};


export type MutationDeactivateBranchArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeactivateStaffArgs = {
  id: Scalars['ID']['input'];
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationLoginWithPinArgs = {
  input: PinLoginInput;
};


export type MutationRecordStaffAdvanceArgs = {
  input: RecordStaffAdvanceInput;
};


export type MutationRecordStaffAdvanceRepaymentArgs = {
  input: RecordStaffRepaymentInput;
};


export type MutationRefreshTokenArgs = {
  input: RefreshTokenInput;
};


export type MutationRegisterMerchantArgs = {
  input: RegisterMerchantInput;
};


export type MutationSetStaffPermissionsArgs = {
  input: SetStaffPermissionsInput;
};


export type MutationUpdateBranchArgs = {
  id: Scalars['ID']['input'];
  input: UpdateBranchInput;
};


export type MutationUpdateMerchantArgs = {
  input: UpdateMerchantInput;
};


export type MutationUpdateStaffArgs = {
  id: Scalars['ID']['input'];
  input: UpdateStaffInput;
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

/** The password was changed and every other session was signed out. */
export type PasswordChanged = {
  __typename?: 'PasswordChanged';
  /** Sessions that were signed out. */
  revokedSessions: Scalars['Int']['output'];
  user: User;
};

/** A staff member's permissions. */
export type Permissions = {
  __typename?: 'Permissions';
  /**
   * Whether these permissions allow `action`, so a screen can hide what would be refused. `action`
   * is an operation by its root field name (`voidOrder`, `createStaff`, `salesSummary`; each says in
   * its description what it requires), the same as `Mutation.voidOrder`, or a scope (`sales:void`,
   * see `availableScopes`). Answers from scopes alone: the ownership rules (a cashier sees only their
   * own orders, staff manage only lower roles, branch limits) still apply when the operation runs.
   * An unknown action is BAD_USER_INPUT.
   */
  can: Scalars['Boolean']['output'];
  /** What the person's access token carries. */
  effective: Array<Scalars['String']['output']>;
  /** Scopes added on top of the role's defaults. */
  grants: Array<Scalars['String']['output']>;
  /** Role defaults taken away from this person. */
  revokes: Array<Scalars['String']['output']>;
};


/** A staff member's permissions. */
export type PermissionsCanArgs = {
  action: Scalars['String']['input'];
};

/** The PIN was set or changed and every other session was signed out. */
export type PinChanged = {
  __typename?: 'PinChanged';
  revokedSessions: Scalars['Int']['output'];
  user: User;
};

/** Quick login on a shared branch device: pick the staff member, type the PIN. */
export type PinLoginInput = {
  branchId: Scalars['ID']['input'];
  /** At most 128 characters. */
  deviceId: Scalars['String']['input'];
  merchantSlug: Scalars['String']['input'];
  pin: Scalars['String']['input'];
  userId: Scalars['ID']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** Every permission scope and the roles that have it by default. */
  availableScopes: Array<ScopeInfo>;
  branch?: Maybe<Branch>;
  /** Branches of the merchant the caller may work in. */
  branches: Array<Branch>;
  /** The signed-in staff member. */
  me?: Maybe<User>;
  /** The signed-in staff member's merchant. */
  merchant?: Maybe<Merchant>;
  /**
   * Internal (the internal secret only): the IANA time zone of a merchant, for subgraphs that date
   * events without a signed-in user (a delivery's business date, a payment collected on delivery).
   * Null for a merchant that does not exist.
   */
  merchantTimeZone?: Maybe<Scalars['String']['output']>;
  /** Staff of the merchant, newest first. */
  staff: StaffConnection;
  /** Balances of staff who owe something; `overdueOnly` lists only those with an overdue part as of `asOf` (default now). */
  staffAdvanceBalances: Array<StaffAdvanceBalance>;
  /** A staff member's advance ledger, oldest first. Everyone may read their own. */
  staffAdvanceLedger: Array<StaffAdvanceEntry>;
  user?: Maybe<User>;
};


export type QueryBranchArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBranchesArgs = {
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryMerchantTimeZoneArgs = {
  merchantId: Scalars['ID']['input'];
};


export type QueryStaffArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StaffFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryStaffAdvanceBalancesArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  overdueOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryStaffAdvanceLedgerArgs = {
  userId: Scalars['ID']['input'];
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};

export type RecordStaffAdvanceInput = {
  /** 1 to 10^12 minor units. */
  amount: Scalars['Money']['input'];
  /**
   * The branch that paid it out: the advance is kasbon given in that branch's cash book (from its
   * cash, or its bank with `paidBy: TRANSFER`). Without a branch it was paid outside the books.
   */
  branchId?: InputMaybe<Scalars['ID']['input']>;
  dueDate: Scalars['Date']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** How it was paid out: CASH (default) or TRANSFER; PAYROLL is for repayments only. */
  paidBy?: InputMaybe<RepaymentMethod>;
  userId: Scalars['ID']['input'];
};

export type RecordStaffAdvanceResult = NotFound | StaffAdvanceEntry;

export type RecordStaffRepaymentInput = {
  /** 1 to 10^12 minor units, at most what is owed. */
  amount: Scalars['Money']['input'];
  /**
   * The branch that took the money (CASH into its cash, TRANSFER into its bank): kasbon repaid in
   * its cash book. PAYROLL deductions move no money and are in no book.
   */
  branchId?: InputMaybe<Scalars['ID']['input']>;
  method: RepaymentMethod;
  note?: InputMaybe<Scalars['String']['input']>;
  userId: Scalars['ID']['input'];
};

export type RefreshTokenInput = {
  refreshToken: Scalars['String']['input'];
};

export type RefreshTokenResult = AuthPayload | InvalidRefreshToken;

export type RegisterMerchantInput = {
  branchCode?: InputMaybe<Scalars['String']['input']>;
  /** The first branch; its code defaults to `MAIN`. */
  branchName: Scalars['String']['input'];
  /** Minor units to round cash payments to (0 = none; 100 = Rp100). */
  cashRoundingUnit?: InputMaybe<Scalars['Int']['input']>;
  /** ISO 4217; IDR by default. */
  currency?: InputMaybe<Scalars['String']['input']>;
  merchantName: Scalars['String']['input'];
  ownerEmail: Scalars['String']['input'];
  ownerName: Scalars['String']['input'];
  password: Scalars['String']['input'];
  tax?: InputMaybe<TaxSettingsInput>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

export type RegisterMerchantResult = AuthPayload | EmailTaken | WeakPassword;

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

export type RepaymentMethod =
  | 'CASH'
  | 'PAYROLL'
  | 'TRANSFER';

/** What a staff member does; each role brings default permissions (see `availableScopes`). */
export type Role =
  | 'ADMIN'
  | 'CASHIER'
  | 'COURIER'
  | 'OWNER'
  | 'SUPERVISOR';

/** A permission scope and what it allows. */
export type ScopeInfo = {
  __typename?: 'ScopeInfo';
  /** Roles that have it by default. */
  defaultFor: Array<Role>;
  description: Scalars['String']['output'];
  scope: Scalars['String']['output'];
};

export type SetStaffPermissionsInput = {
  grants: Array<Scalars['String']['input']>;
  revokes: Array<Scalars['String']['input']>;
  userId: Scalars['ID']['input'];
};

/** What a staff member owes. */
export type StaffAdvanceBalance = {
  __typename?: 'StaffAdvanceBalance';
  balance: Scalars['Money']['output'];
  /** Due date of the oldest advance not yet paid back. */
  nextDueDate?: Maybe<Scalars['Date']['output']>;
  /** Part of the balance whose due date is before the reference date (repayments settle the oldest advances first). */
  overdue: Scalars['Money']['output'];
  user: User;
};

/** One entry of a staff member's cash-advance (kasbon) ledger. Entries are never edited or deleted. */
export type StaffAdvanceEntry = {
  __typename?: 'StaffAdvanceEntry';
  at: Scalars['DateTime']['output'];
  /** What the person owes after this entry. */
  balance: Scalars['Money']['output'];
  branch?: Maybe<Branch>;
  /** Positive for an advance, negative for a repayment. */
  change: Scalars['Money']['output'];
  /** For advances: when it should be paid back. */
  dueDate?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  /** How the advance was paid out, or the repayment paid back. */
  method?: Maybe<RepaymentMethod>;
  note?: Maybe<Scalars['String']['output']>;
  recordedBy: User;
  seq: Scalars['Int']['output'];
  type: StaffAdvanceEntryType;
  user: User;
};

/** Kind of entry in a staff cash-advance ledger. */
export type StaffAdvanceEntryType =
  | 'ADVANCE'
  | 'REPAYMENT';

export type StaffAdvanceResult = NotFound | RepaymentExceedsBalance | StaffAdvanceEntry;

/** A page of staff, newest first. */
export type StaffConnection = {
  __typename?: 'StaffConnection';
  /** Pass as `after` to get the next page; null on the last page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  nodes: Array<User>;
};

export type StaffFilter = {
  branchId?: InputMaybe<Scalars['ID']['input']>;
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
  role?: InputMaybe<Role>;
  /** Prefix of the name, case-insensitive. */
  search?: InputMaybe<Scalars['String']['input']>;
};

export type StaffResult = NotFound | User;

/** PPN settings. Off by default: most small merchants are not VAT-registered. */
export type TaxSettings = {
  __typename?: 'TaxSettings';
  enabled: Scalars['Boolean']['output'];
  /** True when catalog prices already include tax. */
  pricesIncludeTax: Scalars['Boolean']['output'];
  /** Rate in basis points: 1100 = 11%. */
  rateBasisPoints: Scalars['Int']['output'];
};

export type TaxSettingsInput = {
  enabled: Scalars['Boolean']['input'];
  pricesIncludeTax?: InputMaybe<Scalars['Boolean']['input']>;
  /** Basis points, 0..10000; 1100 = 11%. */
  rateBasisPoints?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateBranchInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** A phone number; any common Indonesian format (0812-..., +62 812...), stored in E.164. */
  phone?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateMerchantInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  cashRoundingUnit?: InputMaybe<Scalars['Int']['input']>;
  logoUrl?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  receiptFooter?: InputMaybe<Scalars['String']['input']>;
  tax?: InputMaybe<TaxSettingsInput>;
  taxNumber?: InputMaybe<Scalars['String']['input']>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateMerchantResult = Merchant | NotFound;

export type UpdateStaffInput = {
  branchIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  email?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** A phone number; any common Indonesian format (0812-..., +62 812...), stored in E.164. */
  phone?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Role>;
  username?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateStaffResult = EmailTaken | NotFound | User | UsernameTaken;

/** A staff member (owner, cashier, courier, ...) of one merchant. */
export type User = {
  __typename?: 'User';
  active: Scalars['Boolean']['output'];
  allBranches: Scalars['Boolean']['output'];
  /** Branches this person may work in. Empty when `allBranches` is true. */
  branches: Array<Branch>;
  createdAt: Scalars['DateTime']['output'];
  email?: Maybe<Scalars['String']['output']>;
  /** Whether a PIN is set for quick login on shared branch devices. */
  hasPin: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  merchant: Merchant;
  name: Scalars['String']['output'];
  /** Role defaults plus grants minus revocations; visible to the person themselves and to `staff:read`. */
  permissions: Permissions;
  /** A phone number; any common Indonesian format (0812-..., +62 812...), stored in E.164. */
  phone?: Maybe<Scalars['String']['output']>;
  role: Role;
  username?: Maybe<Scalars['String']['output']>;
};

/** The username is already used at this merchant. */
export type UsernameTaken = ErrorResult & {
  __typename?: 'UsernameTaken';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** The password does not meet the policy: at least 10 characters, letters and digits, not a common password. */
export type WeakPassword = ErrorResult & {
  __typename?: 'WeakPassword';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

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
  Branch: Branch;
  Merchant: Merchant;
  User: User;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Branch:
    ( { __typename: 'Branch' }
    & GraphQLRecursivePick<FederationTypes['Branch'], {"id":true}> );
  Merchant:
    ( { __typename: 'Merchant' }
    & GraphQLRecursivePick<FederationTypes['Merchant'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
};

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  BranchResult:
    | ( BranchMapper )
    | ( NotFound )
  ;
  ChangePasswordResult:
    | ( AccountLocked )
    | ( InvalidCredentials )
    | ( PasswordChangedMapper )
    | ( WeakPassword )
  ;
  ChangePinResult:
    | ( AccountLocked )
    | ( InvalidCredentials )
    | ( PasswordChangedMapper )
  ;
  CreateBranchResult:
    | ( BranchMapper )
    | ( BranchCodeTaken )
  ;
  CreateStaffResult:
    | ( EmailTaken )
    | ( NotFound )
    | ( UserMapper )
    | ( UsernameTaken )
    | ( WeakPassword )
  ;
  LoginResult:
    | ( AccountLocked )
    | ( AuthPayloadMapper )
    | ( InvalidCredentials )
  ;
  LogoutResult: ( LoggedOut );
  RecordStaffAdvanceResult:
    | ( NotFound )
    | ( StaffAdvanceEntryMapper )
  ;
  RefreshTokenResult:
    | ( AuthPayloadMapper )
    | ( InvalidRefreshToken )
  ;
  RegisterMerchantResult:
    | ( AuthPayloadMapper )
    | ( EmailTaken )
    | ( WeakPassword )
  ;
  StaffAdvanceResult:
    | ( NotFound )
    | ( RepaymentExceedsBalance )
    | ( StaffAdvanceEntryMapper )
  ;
  StaffResult:
    | ( NotFound )
    | ( UserMapper )
  ;
  UpdateMerchantResult:
    | ( MerchantMapper )
    | ( NotFound )
  ;
  UpdateStaffResult:
    | ( EmailTaken )
    | ( NotFound )
    | ( UserMapper )
    | ( UsernameTaken )
  ;
};

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  ErrorResult:
    | ( AccountLocked )
    | ( BranchCodeTaken )
    | ( EmailTaken )
    | ( InvalidCredentials )
    | ( InvalidRefreshToken )
    | ( NotFound )
    | ( RepaymentExceedsBalance )
    | ( UsernameTaken )
    | ( WeakPassword )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AccountLocked: ResolverTypeWrapper<AccountLocked>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AuthPayload: ResolverTypeWrapper<AuthPayloadMapper>;
  Branch: ResolverTypeWrapper<BranchMapper>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  BranchCodeTaken: ResolverTypeWrapper<BranchCodeTaken>;
  BranchResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['BranchResult']>;
  ChangePasswordInput: ChangePasswordInput;
  ChangePasswordResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ChangePasswordResult']>;
  ChangePinInput: ChangePinInput;
  ChangePinResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ChangePinResult']>;
  CreateBranchInput: CreateBranchInput;
  CreateBranchResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['CreateBranchResult']>;
  CreateStaffInput: CreateStaffInput;
  CreateStaffResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['CreateStaffResult']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  EmailTaken: ResolverTypeWrapper<EmailTaken>;
  ErrorResult: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['ErrorResult']>;
  InvalidCredentials: ResolverTypeWrapper<InvalidCredentials>;
  InvalidRefreshToken: ResolverTypeWrapper<InvalidRefreshToken>;
  LoggedOut: ResolverTypeWrapper<LoggedOut>;
  LoginInput: LoginInput;
  LoginResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['LoginResult']>;
  LogoutResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['LogoutResult']>;
  Merchant: ResolverTypeWrapper<MerchantMapper>;
  Money: ResolverTypeWrapper<Scalars['Money']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NotFound: ResolverTypeWrapper<NotFound>;
  PasswordChanged: ResolverTypeWrapper<PasswordChangedMapper>;
  Permissions: ResolverTypeWrapper<PermissionsMapper>;
  PinChanged: ResolverTypeWrapper<PasswordChangedMapper>;
  PinLoginInput: PinLoginInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordStaffAdvanceInput: RecordStaffAdvanceInput;
  RecordStaffAdvanceResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RecordStaffAdvanceResult']>;
  RecordStaffRepaymentInput: RecordStaffRepaymentInput;
  RefreshTokenInput: RefreshTokenInput;
  RefreshTokenResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RefreshTokenResult']>;
  RegisterMerchantInput: RegisterMerchantInput;
  RegisterMerchantResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RegisterMerchantResult']>;
  RepaymentExceedsBalance: ResolverTypeWrapper<RepaymentExceedsBalance>;
  RepaymentMethod: RepaymentMethod;
  Role: Role;
  ScopeInfo: ResolverTypeWrapper<ScopeInfo>;
  SetStaffPermissionsInput: SetStaffPermissionsInput;
  StaffAdvanceBalance: ResolverTypeWrapper<StaffAdvanceBalanceMapper>;
  StaffAdvanceEntry: ResolverTypeWrapper<StaffAdvanceEntryMapper>;
  StaffAdvanceEntryType: StaffAdvanceEntryType;
  StaffAdvanceResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['StaffAdvanceResult']>;
  StaffConnection: ResolverTypeWrapper<Omit<StaffConnection, 'nodes'> & { nodes: Array<ResolversTypes['User']> }>;
  StaffFilter: StaffFilter;
  StaffResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['StaffResult']>;
  TaxSettings: ResolverTypeWrapper<TaxSettings>;
  TaxSettingsInput: TaxSettingsInput;
  UpdateBranchInput: UpdateBranchInput;
  UpdateMerchantInput: UpdateMerchantInput;
  UpdateMerchantResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['UpdateMerchantResult']>;
  UpdateStaffInput: UpdateStaffInput;
  UpdateStaffResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['UpdateStaffResult']>;
  User: ResolverTypeWrapper<UserMapper>;
  UsernameTaken: ResolverTypeWrapper<UsernameTaken>;
  WeakPassword: ResolverTypeWrapper<WeakPassword>;
  federation__Scope: ResolverTypeWrapper<Scalars['federation__Scope']['output']>;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  link__Purpose: Link__Purpose;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AccountLocked: AccountLocked;
  Int: Scalars['Int']['output'];
  AuthPayload: AuthPayloadMapper;
  Branch: BranchMapper;
  Boolean: Scalars['Boolean']['output'];
  ID: Scalars['ID']['output'];
  BranchCodeTaken: BranchCodeTaken;
  BranchResult: ResolversUnionTypes<ResolversParentTypes>['BranchResult'];
  ChangePasswordInput: ChangePasswordInput;
  ChangePasswordResult: ResolversUnionTypes<ResolversParentTypes>['ChangePasswordResult'];
  ChangePinInput: ChangePinInput;
  ChangePinResult: ResolversUnionTypes<ResolversParentTypes>['ChangePinResult'];
  CreateBranchInput: CreateBranchInput;
  CreateBranchResult: ResolversUnionTypes<ResolversParentTypes>['CreateBranchResult'];
  CreateStaffInput: CreateStaffInput;
  CreateStaffResult: ResolversUnionTypes<ResolversParentTypes>['CreateStaffResult'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  EmailTaken: EmailTaken;
  ErrorResult: ResolversInterfaceTypes<ResolversParentTypes>['ErrorResult'];
  InvalidCredentials: InvalidCredentials;
  InvalidRefreshToken: InvalidRefreshToken;
  LoggedOut: LoggedOut;
  LoginInput: LoginInput;
  LoginResult: ResolversUnionTypes<ResolversParentTypes>['LoginResult'];
  LogoutResult: ResolversUnionTypes<ResolversParentTypes>['LogoutResult'];
  Merchant: MerchantMapper;
  Money: Scalars['Money']['output'];
  Mutation: Record<PropertyKey, never>;
  NotFound: NotFound;
  PasswordChanged: PasswordChangedMapper;
  Permissions: PermissionsMapper;
  PinChanged: PasswordChangedMapper;
  PinLoginInput: PinLoginInput;
  Query: Record<PropertyKey, never>;
  RecordStaffAdvanceInput: RecordStaffAdvanceInput;
  RecordStaffAdvanceResult: ResolversUnionTypes<ResolversParentTypes>['RecordStaffAdvanceResult'];
  RecordStaffRepaymentInput: RecordStaffRepaymentInput;
  RefreshTokenInput: RefreshTokenInput;
  RefreshTokenResult: ResolversUnionTypes<ResolversParentTypes>['RefreshTokenResult'];
  RegisterMerchantInput: RegisterMerchantInput;
  RegisterMerchantResult: ResolversUnionTypes<ResolversParentTypes>['RegisterMerchantResult'];
  RepaymentExceedsBalance: RepaymentExceedsBalance;
  ScopeInfo: ScopeInfo;
  SetStaffPermissionsInput: SetStaffPermissionsInput;
  StaffAdvanceBalance: StaffAdvanceBalanceMapper;
  StaffAdvanceEntry: StaffAdvanceEntryMapper;
  StaffAdvanceResult: ResolversUnionTypes<ResolversParentTypes>['StaffAdvanceResult'];
  StaffConnection: Omit<StaffConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['User']> };
  StaffFilter: StaffFilter;
  StaffResult: ResolversUnionTypes<ResolversParentTypes>['StaffResult'];
  TaxSettings: TaxSettings;
  TaxSettingsInput: TaxSettingsInput;
  UpdateBranchInput: UpdateBranchInput;
  UpdateMerchantInput: UpdateMerchantInput;
  UpdateMerchantResult: ResolversUnionTypes<ResolversParentTypes>['UpdateMerchantResult'];
  UpdateStaffInput: UpdateStaffInput;
  UpdateStaffResult: ResolversUnionTypes<ResolversParentTypes>['UpdateStaffResult'];
  User: UserMapper;
  UsernameTaken: UsernameTaken;
  WeakPassword: WeakPassword;
  federation__Scope: Scalars['federation__Scope']['output'];
  link__Import: Scalars['link__Import']['output'];
  String: Scalars['String']['output'];
};

export type AuthenticatedDirectiveArgs = { };

export type AuthenticatedDirectiveResolver<Result, Parent, ContextType = UsersContext, Args = AuthenticatedDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type InaccessibleDirectiveArgs = { };

export type InaccessibleDirectiveResolver<Result, Parent, ContextType = UsersContext, Args = InaccessibleDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type InterfaceObjectDirectiveArgs = { };

export type InterfaceObjectDirectiveResolver<Result, Parent, ContextType = UsersContext, Args = InterfaceObjectDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type LinkDirectiveArgs = {
  as?: Maybe<Scalars['String']['input']>;
  for?: Maybe<Link__Purpose>;
  import?: Maybe<Array<Maybe<Scalars['link__Import']['input']>>>;
  url: Scalars['String']['input'];
};

export type LinkDirectiveResolver<Result, Parent, ContextType = UsersContext, Args = LinkDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type RequiresScopesDirectiveArgs = {
  scopes: Array<Array<Scalars['federation__Scope']['input']>>;
};

export type RequiresScopesDirectiveResolver<Result, Parent, ContextType = UsersContext, Args = RequiresScopesDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ShareableDirectiveArgs = { };

export type ShareableDirectiveResolver<Result, Parent, ContextType = UsersContext, Args = ShareableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AccountLockedResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['AccountLocked'] = ResolversParentTypes['AccountLocked']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  retryAfterSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AuthPayloadResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['AuthPayload'] = ResolversParentTypes['AuthPayload']> = {
  accessToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  accessTokenExpiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  refreshToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  refreshTokenExpiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BranchResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['Branch'] = ResolversParentTypes['Branch'], FederationReferenceType extends FederationReferenceTypes['Branch'] = FederationReferenceTypes['Branch']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Branch']> | FederationReferenceType, FederationReferenceType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  merchant?: Resolver<ResolversTypes['Merchant'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BranchCodeTakenResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['BranchCodeTaken'] = ResolversParentTypes['BranchCodeTaken']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BranchResultResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['BranchResult'] = ResolversParentTypes['BranchResult']> = {
  __resolveType: TypeResolveFn<'Branch' | 'NotFound', ParentType, ContextType>;
};

export type ChangePasswordResultResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['ChangePasswordResult'] = ResolversParentTypes['ChangePasswordResult']> = {
  __resolveType: TypeResolveFn<'AccountLocked' | 'InvalidCredentials' | 'PasswordChanged' | 'WeakPassword', ParentType, ContextType>;
};

export type ChangePinResultResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['ChangePinResult'] = ResolversParentTypes['ChangePinResult']> = {
  __resolveType: TypeResolveFn<'AccountLocked' | 'InvalidCredentials' | 'PinChanged', ParentType, ContextType>;
};

export type CreateBranchResultResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['CreateBranchResult'] = ResolversParentTypes['CreateBranchResult']> = {
  __resolveType: TypeResolveFn<'Branch' | 'BranchCodeTaken', ParentType, ContextType>;
};

export type CreateStaffResultResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['CreateStaffResult'] = ResolversParentTypes['CreateStaffResult']> = {
  __resolveType: TypeResolveFn<'EmailTaken' | 'NotFound' | 'User' | 'UsernameTaken' | 'WeakPassword', ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EmailTakenResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['EmailTaken'] = ResolversParentTypes['EmailTaken']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ErrorResultResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['ErrorResult'] = ResolversParentTypes['ErrorResult']> = {
  __resolveType: TypeResolveFn<'AccountLocked' | 'BranchCodeTaken' | 'EmailTaken' | 'InvalidCredentials' | 'InvalidRefreshToken' | 'NotFound' | 'RepaymentExceedsBalance' | 'UsernameTaken' | 'WeakPassword', ParentType, ContextType>;
};

export type InvalidCredentialsResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['InvalidCredentials'] = ResolversParentTypes['InvalidCredentials']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InvalidRefreshTokenResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['InvalidRefreshToken'] = ResolversParentTypes['InvalidRefreshToken']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LoggedOutResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['LoggedOut'] = ResolversParentTypes['LoggedOut']> = {
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LoginResultResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['LoginResult'] = ResolversParentTypes['LoginResult']> = {
  __resolveType: TypeResolveFn<'AccountLocked' | 'AuthPayload' | 'InvalidCredentials', ParentType, ContextType>;
};

export type LogoutResultResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['LogoutResult'] = ResolversParentTypes['LogoutResult']> = {
  __resolveType: TypeResolveFn<'LoggedOut', ParentType, ContextType>;
};

export type MerchantResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['Merchant'] = ResolversParentTypes['Merchant'], FederationReferenceType extends FederationReferenceTypes['Merchant'] = FederationReferenceTypes['Merchant']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Merchant']> | FederationReferenceType, FederationReferenceType, ContextType>;
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  branches?: Resolver<Array<ResolversTypes['Branch']>, ParentType, ContextType, RequireFields<MerchantBranchesArgs, 'includeInactive'>>;
  cashRoundingUnit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currencyExponent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  logoUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  receiptFooter?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tax?: Resolver<ResolversTypes['TaxSettings'], ParentType, ContextType>;
  taxNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface MoneyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Money'], any> {
  name: 'Money';
}

export type MutationResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  changePassword?: Resolver<ResolversTypes['ChangePasswordResult'], ParentType, ContextType, RequireFields<MutationChangePasswordArgs, 'input'>>;
  changePin?: Resolver<ResolversTypes['ChangePinResult'], ParentType, ContextType, RequireFields<MutationChangePinArgs, 'input'>>;
  createBranch?: Resolver<ResolversTypes['CreateBranchResult'], ParentType, ContextType, RequireFields<MutationCreateBranchArgs, 'input'>>;
  createStaff?: Resolver<ResolversTypes['CreateStaffResult'], ParentType, ContextType, RequireFields<MutationCreateStaffArgs, 'input'>>;
  deactivateBranch?: Resolver<ResolversTypes['BranchResult'], ParentType, ContextType, RequireFields<MutationDeactivateBranchArgs, 'id'>>;
  deactivateStaff?: Resolver<ResolversTypes['StaffResult'], ParentType, ContextType, RequireFields<MutationDeactivateStaffArgs, 'id'>>;
  login?: Resolver<ResolversTypes['LoginResult'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'input'>>;
  loginWithPin?: Resolver<ResolversTypes['LoginResult'], ParentType, ContextType, RequireFields<MutationLoginWithPinArgs, 'input'>>;
  logout?: Resolver<ResolversTypes['LogoutResult'], ParentType, ContextType>;
  recordStaffAdvance?: Resolver<ResolversTypes['RecordStaffAdvanceResult'], ParentType, ContextType, RequireFields<MutationRecordStaffAdvanceArgs, 'input'>>;
  recordStaffAdvanceRepayment?: Resolver<ResolversTypes['StaffAdvanceResult'], ParentType, ContextType, RequireFields<MutationRecordStaffAdvanceRepaymentArgs, 'input'>>;
  refreshToken?: Resolver<ResolversTypes['RefreshTokenResult'], ParentType, ContextType, RequireFields<MutationRefreshTokenArgs, 'input'>>;
  registerMerchant?: Resolver<ResolversTypes['RegisterMerchantResult'], ParentType, ContextType, RequireFields<MutationRegisterMerchantArgs, 'input'>>;
  setStaffPermissions?: Resolver<ResolversTypes['StaffResult'], ParentType, ContextType, RequireFields<MutationSetStaffPermissionsArgs, 'input'>>;
  updateBranch?: Resolver<ResolversTypes['BranchResult'], ParentType, ContextType, RequireFields<MutationUpdateBranchArgs, 'id' | 'input'>>;
  updateMerchant?: Resolver<ResolversTypes['UpdateMerchantResult'], ParentType, ContextType, RequireFields<MutationUpdateMerchantArgs, 'input'>>;
  updateStaff?: Resolver<ResolversTypes['UpdateStaffResult'], ParentType, ContextType, RequireFields<MutationUpdateStaffArgs, 'id' | 'input'>>;
};

export type NotFoundResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['NotFound'] = ResolversParentTypes['NotFound']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PasswordChangedResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['PasswordChanged'] = ResolversParentTypes['PasswordChanged']> = {
  revokedSessions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PermissionsResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['Permissions'] = ResolversParentTypes['Permissions']> = {
  can?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<PermissionsCanArgs, 'action'>>;
  effective?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  grants?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  revokes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PinChangedResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['PinChanged'] = ResolversParentTypes['PinChanged']> = {
  revokedSessions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  availableScopes?: Resolver<Array<ResolversTypes['ScopeInfo']>, ParentType, ContextType>;
  branch?: Resolver<Maybe<ResolversTypes['Branch']>, ParentType, ContextType, RequireFields<QueryBranchArgs, 'id'>>;
  branches?: Resolver<Array<ResolversTypes['Branch']>, ParentType, ContextType, RequireFields<QueryBranchesArgs, 'includeInactive'>>;
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  merchant?: Resolver<Maybe<ResolversTypes['Merchant']>, ParentType, ContextType>;
  merchantTimeZone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<QueryMerchantTimeZoneArgs, 'merchantId'>>;
  staff?: Resolver<ResolversTypes['StaffConnection'], ParentType, ContextType, RequireFields<QueryStaffArgs, 'first'>>;
  staffAdvanceBalances?: Resolver<Array<ResolversTypes['StaffAdvanceBalance']>, ParentType, ContextType, RequireFields<QueryStaffAdvanceBalancesArgs, 'overdueOnly'>>;
  staffAdvanceLedger?: Resolver<Array<ResolversTypes['StaffAdvanceEntry']>, ParentType, ContextType, RequireFields<QueryStaffAdvanceLedgerArgs, 'userId'>>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType, RequireFields<QueryUserArgs, 'id'>>;
};

export type RecordStaffAdvanceResultResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['RecordStaffAdvanceResult'] = ResolversParentTypes['RecordStaffAdvanceResult']> = {
  __resolveType: TypeResolveFn<'NotFound' | 'StaffAdvanceEntry', ParentType, ContextType>;
};

export type RefreshTokenResultResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['RefreshTokenResult'] = ResolversParentTypes['RefreshTokenResult']> = {
  __resolveType: TypeResolveFn<'AuthPayload' | 'InvalidRefreshToken', ParentType, ContextType>;
};

export type RegisterMerchantResultResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['RegisterMerchantResult'] = ResolversParentTypes['RegisterMerchantResult']> = {
  __resolveType: TypeResolveFn<'AuthPayload' | 'EmailTaken' | 'WeakPassword', ParentType, ContextType>;
};

export type RepaymentExceedsBalanceResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['RepaymentExceedsBalance'] = ResolversParentTypes['RepaymentExceedsBalance']> = {
  balance?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ScopeInfoResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['ScopeInfo'] = ResolversParentTypes['ScopeInfo']> = {
  defaultFor?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StaffAdvanceBalanceResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['StaffAdvanceBalance'] = ResolversParentTypes['StaffAdvanceBalance']> = {
  balance?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  nextDueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type StaffAdvanceEntryResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['StaffAdvanceEntry'] = ResolversParentTypes['StaffAdvanceEntry']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  balance?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  branch?: Resolver<Maybe<ResolversTypes['Branch']>, ParentType, ContextType>;
  change?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  method?: Resolver<Maybe<ResolversTypes['RepaymentMethod']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['StaffAdvanceEntryType'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StaffAdvanceResultResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['StaffAdvanceResult'] = ResolversParentTypes['StaffAdvanceResult']> = {
  __resolveType: TypeResolveFn<'NotFound' | 'RepaymentExceedsBalance' | 'StaffAdvanceEntry', ParentType, ContextType>;
};

export type StaffConnectionResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['StaffConnection'] = ResolversParentTypes['StaffConnection']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
};

export type StaffResultResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['StaffResult'] = ResolversParentTypes['StaffResult']> = {
  __resolveType: TypeResolveFn<'NotFound' | 'User', ParentType, ContextType>;
};

export type TaxSettingsResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['TaxSettings'] = ResolversParentTypes['TaxSettings']> = {
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  pricesIncludeTax?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rateBasisPoints?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UpdateMerchantResultResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['UpdateMerchantResult'] = ResolversParentTypes['UpdateMerchantResult']> = {
  __resolveType: TypeResolveFn<'Merchant' | 'NotFound', ParentType, ContextType>;
};

export type UpdateStaffResultResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['UpdateStaffResult'] = ResolversParentTypes['UpdateStaffResult']> = {
  __resolveType: TypeResolveFn<'EmailTaken' | 'NotFound' | 'User' | 'UsernameTaken', ParentType, ContextType>;
};

export type UserResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  allBranches?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  branches?: Resolver<Array<ResolversTypes['Branch']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasPin?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  merchant?: Resolver<ResolversTypes['Merchant'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  permissions?: Resolver<ResolversTypes['Permissions'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  username?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UsernameTakenResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['UsernameTaken'] = ResolversParentTypes['UsernameTaken']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type WeakPasswordResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['WeakPassword'] = ResolversParentTypes['WeakPassword']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface Federation__ScopeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['federation__Scope'], any> {
  name: 'federation__Scope';
}

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = UsersContext> = {
  AccountLocked?: AccountLockedResolvers<ContextType>;
  AuthPayload?: AuthPayloadResolvers<ContextType>;
  Branch?: BranchResolvers<ContextType>;
  BranchCodeTaken?: BranchCodeTakenResolvers<ContextType>;
  BranchResult?: BranchResultResolvers<ContextType>;
  ChangePasswordResult?: ChangePasswordResultResolvers<ContextType>;
  ChangePinResult?: ChangePinResultResolvers<ContextType>;
  CreateBranchResult?: CreateBranchResultResolvers<ContextType>;
  CreateStaffResult?: CreateStaffResultResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  EmailTaken?: EmailTakenResolvers<ContextType>;
  ErrorResult?: ErrorResultResolvers<ContextType>;
  InvalidCredentials?: InvalidCredentialsResolvers<ContextType>;
  InvalidRefreshToken?: InvalidRefreshTokenResolvers<ContextType>;
  LoggedOut?: LoggedOutResolvers<ContextType>;
  LoginResult?: LoginResultResolvers<ContextType>;
  LogoutResult?: LogoutResultResolvers<ContextType>;
  Merchant?: MerchantResolvers<ContextType>;
  Money?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  NotFound?: NotFoundResolvers<ContextType>;
  PasswordChanged?: PasswordChangedResolvers<ContextType>;
  Permissions?: PermissionsResolvers<ContextType>;
  PinChanged?: PinChangedResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecordStaffAdvanceResult?: RecordStaffAdvanceResultResolvers<ContextType>;
  RefreshTokenResult?: RefreshTokenResultResolvers<ContextType>;
  RegisterMerchantResult?: RegisterMerchantResultResolvers<ContextType>;
  RepaymentExceedsBalance?: RepaymentExceedsBalanceResolvers<ContextType>;
  ScopeInfo?: ScopeInfoResolvers<ContextType>;
  StaffAdvanceBalance?: StaffAdvanceBalanceResolvers<ContextType>;
  StaffAdvanceEntry?: StaffAdvanceEntryResolvers<ContextType>;
  StaffAdvanceResult?: StaffAdvanceResultResolvers<ContextType>;
  StaffConnection?: StaffConnectionResolvers<ContextType>;
  StaffResult?: StaffResultResolvers<ContextType>;
  TaxSettings?: TaxSettingsResolvers<ContextType>;
  UpdateMerchantResult?: UpdateMerchantResultResolvers<ContextType>;
  UpdateStaffResult?: UpdateStaffResultResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UsernameTaken?: UsernameTakenResolvers<ContextType>;
  WeakPassword?: WeakPasswordResolvers<ContextType>;
  federation__Scope?: GraphQLScalarType;
  link__Import?: GraphQLScalarType;
};

export type DirectiveResolvers<ContextType = UsersContext> = {
  authenticated?: AuthenticatedDirectiveResolver<any, any, ContextType>;
  inaccessible?: InaccessibleDirectiveResolver<any, any, ContextType>;
  interfaceObject?: InterfaceObjectDirectiveResolver<any, any, ContextType>;
  link?: LinkDirectiveResolver<any, any, ContextType>;
  requiresScopes?: RequiresScopesDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
};
