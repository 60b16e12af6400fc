/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type CreateStaffInput = {
  /** Branches the person may work in; empty or omitted = every branch. */
  branchIds?: Array<string | number> | null | undefined;
  /** At least one of e-mail or username. */
  email?: string | null | undefined;
  name: string;
  password: string;
  /** A phone number; any common Indonesian format (0812-..., +62 812...), stored in E.164. */
  phone?: string | null | undefined;
  /** 4 to 6 digits, for PIN login on branch devices. */
  pin?: string | null | undefined;
  role: Role;
  username?: string | null | undefined;
};

/** File format of an export. */
export type ExportFormat =
  | 'CSV'
  | 'PDF'
  | 'XLSX';

export type LoginInput = {
  /**
   * Identifies the device, for the session list and PIN devices.
   * At most 128 characters.
   */
  deviceId?: string | null | undefined;
  /** An e-mail address, or a username together with `merchantSlug`. */
  identifier: string;
  merchantSlug?: string | null | undefined;
  password: string;
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

export type RegisterMerchantInput = {
  branchCode?: string | null | undefined;
  /** The first branch; its code defaults to `MAIN`. */
  branchName: string;
  /** Minor units to round cash payments to (0 = none; 100 = Rp100). */
  cashRoundingUnit?: number | null | undefined;
  /** ISO 4217; IDR by default. */
  currency?: string | null | undefined;
  merchantName: string;
  ownerEmail: string;
  ownerName: string;
  password: string;
  tax?: TaxSettingsInput | null | undefined;
  timeZone?: string | null | undefined;
};

/**
 * Which slice of the read models a report covers. Dates are business dates in the merchant's
 * time zone, both ends included, and shorter than 3 calendar years (2023-01-01..2025-12-31 is
 * the longest from 2023-01-01) unless the report says otherwise; a longer range, or `from` after
 * `to`, is BAD_USER_INPUT. A filter a report cannot apply is refused with BAD_USER_INPUT,
 * never silently ignored. Staff limited to some branches only ever see those branches.
 * (`LOW_STOCK` exports are stock of now: see `ReportKind`.)
 */
export type ReportFilter = {
  branchId?: string | number | null | undefined;
  /** Sales reports and shifts. */
  cashierId?: string | number | null | undefined;
  categoryId?: string | number | null | undefined;
  from: string;
  /** Sales by payment method only. */
  paymentMethod?: PaymentMethod | null | undefined;
  /** Product and category reports, profit per product. */
  productId?: string | number | null | undefined;
  to: string;
};

/** Reports that can be exported. */
export type ReportKind =
  /**
   * The branch's cash book (`branchId` is required): per day, each account's opening balance, its
   * lines and its closing balance. At most 92 days.
   */
  | 'CASH_BOOK'
  | 'COURIER_PERFORMANCE'
  /** Expense entries of the range (filters: branch). */
  | 'EXPENSES'
  /** Outstanding customer credit by age, as of the range's last day (`to`); no branch filter. */
  | 'KASBON_AGING'
  /** Deliveries promised in the range that were or are late (open ones as of the download). */
  | 'LATE_DELIVERIES'
  /**
   * The rows of `lowStockNow`, read from products when the file is downloaded. Filters: branch,
   * category. Stock has no history here, so the dates do not select anything: `from`..`to` must
   * still be a valid range and must include today (the merchant's business date) when the link is
   * made; a range wholly in the past or the future is refused with BAD_USER_INPUT.
   */
  | 'LOW_STOCK'
  /** Every sold, refunded and voided line: the large export, streamed. */
  | 'ORDER_LINES'
  | 'PROFIT_AND_LOSS'
  | 'PROFIT_BY_ORDER'
  | 'SALES_BY_CASHIER'
  | 'SALES_BY_CATEGORY'
  | 'SALES_BY_PAYMENT_METHOD'
  | 'SALES_SUMMARY'
  | 'SHIFTS'
  | 'TOP_PRODUCTS';

/** What a staff member does; each role brings default permissions (see `availableScopes`). */
export type Role =
  | 'ADMIN'
  | 'CASHIER'
  | 'COURIER'
  | 'OWNER'
  | 'SUPERVISOR';

export type TaxSettingsInput = {
  enabled: boolean;
  pricesIncludeTax?: boolean | null | undefined;
  /** Basis points, 0..10000; 1100 = 11%. */
  rateBasisPoints?: number | null | undefined;
};

export type LowStockNowQueryVariables = Exact<{
  branchId?: string | number | null | undefined;
  categoryId?: string | number | null | undefined;
}>;


export type LowStockNowQuery = { lowStockNow: Array<{ productId: string, sku: string, name: string, categoryId: string | null, branchId: string, baseUnit: string, balance: number, threshold: number, shortBy: number }> };

export type CreateReportExportMutationVariables = Exact<{
  report: ReportKind;
  format: ExportFormat;
  filter: ReportFilter;
}>;


export type CreateReportExportMutation = { createReportExport:
    | { __typename: 'DownloadLink', url: string, expiresAt: Date | string }
    | { __typename: 'NotFound', code: string, message: string, entity: string }
   };

export type LowStockNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type LowStockNamesQuery = { lowStockNow: Array<{ sku: string, branchId: string, branch: { name: string } | null, product: { name: string } | null }> };

export type RegisterMutationVariables = Exact<{
  input: RegisterMerchantInput;
}>;


export type RegisterMutation = { registerMerchant:
    | { __typename: 'AuthPayload', accessToken: string, refreshToken: string, user: { id: string, name: string, role: Role } }
    | { __typename: 'EmailTaken', code: string, message: string }
    | { __typename: 'WeakPassword', code: string, message: string }
   };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login:
    | { __typename: 'AccountLocked', code: string, message: string, retryAfterSeconds: number }
    | { __typename: 'AuthPayload', accessToken: string, refreshToken: string, user: { id: string, name: string, role: Role } }
    | { __typename: 'InvalidCredentials', code: string, message: string }
   };

export type CurrentMerchantQueryVariables = Exact<{ [key: string]: never; }>;


export type CurrentMerchantQuery = { merchant: { id: string, slug: string, branches: Array<{ id: string }> } | null };

export type CreateStaffMutationVariables = Exact<{
  input: CreateStaffInput;
}>;


export type CreateStaffMutation = { createStaff:
    | { __typename: 'EmailTaken', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'User', id: string, role: Role, allBranches: boolean, branches: Array<{ id: string }> }
    | { __typename: 'UsernameTaken', code: string, message: string }
    | { __typename: 'WeakPassword', code: string, message: string }
   };


export const LowStockNowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LowStockNow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branchId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"categoryId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lowStockNow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"branchId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branchId"}}},{"kind":"Argument","name":{"kind":"Name","value":"categoryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"categoryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productId"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"categoryId"}},{"kind":"Field","name":{"kind":"Name","value":"branchId"}},{"kind":"Field","name":{"kind":"Name","value":"baseUnit"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"shortBy"}}]}}]}}]} as unknown as DocumentNode<LowStockNowQuery, LowStockNowQueryVariables>;
export const CreateReportExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateReportExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"report"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFormat"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createReportExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"report"},"value":{"kind":"Variable","name":{"kind":"Name","value":"report"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DownloadLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}}]}}]}}]}}]} as unknown as DocumentNode<CreateReportExportMutation, CreateReportExportMutationVariables>;
export const LowStockNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LowStockNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lowStockNow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"branchId"}},{"kind":"Field","name":{"kind":"Name","value":"branch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<LowStockNamesQuery, LowStockNamesQueryVariables>;
export const RegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Register"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterMerchantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerMerchant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterMutation, RegisterMutationVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccountLocked"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const CurrentMerchantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CurrentMerchant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"merchant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"branches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CurrentMerchantQuery, CurrentMerchantQueryVariables>;
export const CreateStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateStaffInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"allBranches"}},{"kind":"Field","name":{"kind":"Name","value":"branches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateStaffMutation, CreateStaffMutationVariables>;