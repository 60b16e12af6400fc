import type { CodegenConfig } from '@graphql-codegen/cli';

/** Subgraphs with generated resolver types; a subgraph's mappers live in its src/mappers.ts. */
const SUBGRAPHS: Record<string, { context: string; mappers: Record<string, string> }> = {
  users: {
    context: 'UsersContext',
    mappers: {
      Merchant: 'MerchantMapper',
      Branch: 'BranchMapper',
      User: 'UserMapper',
      StaffAdvanceEntry: 'StaffAdvanceEntryMapper',
      StaffAdvanceBalance: 'StaffAdvanceBalanceMapper',
      AuthPayload: 'AuthPayloadMapper',
      PasswordChanged: 'PasswordChangedMapper',
      PinChanged: 'PasswordChangedMapper',
    },
  },
  products: {
    context: 'ProductsContext',
    mappers: {
      StockAlert: 'StockAlertMapper',
      Product: 'ProductMapper',
      ProductUnit: 'ProductUnitMapper',
      Category: 'CategoryMapper',
      PriceRule: 'PriceRuleMapper',
      BarcodeMatch: 'BarcodeMatchMapper',
      ProductConnection: 'ProductConnectionMapper',
      Quote: 'QuoteMapper',
      QuoteLine: 'QuoteLineMapper',
      StockEntry: 'StockEntryMapper',
      StockEntryConnection: 'StockEntryConnectionMapper',
      StockLevel: 'StockLevelMapper',
      StockOperation: 'StockOperationMapper',
      ShortStockLine: 'ShortStockLineMapper',
      OutOfStock: 'OutOfStockMapper',
    },
  },
  customers: {
    context: 'CustomersContext',
    mappers: {
      Customer: 'CustomerMapper',
      PointsEntry: 'PointsEntryMapper',
      CreditEntry: 'CreditEntryMapper',
      CreditBalance: 'CreditBalanceMapper',
      LoyaltySettings: 'LoyaltySettingsMapper',
    },
  },
  orders: {
    context: 'OrdersContext',
    mappers: {
      Order: 'OrderMapper',
      OrderLine: 'OrderLineMapper',
      OrderConnection: 'OrderConnectionMapper',
      Refund: 'RefundMapper',
      Shift: 'ShiftMapper',
      CashMovement: 'CashMovementMapper',
      Payment: 'PaymentMapper',
      SaleShortLine: 'ShortLineMapper',
      Customer: 'CustomerMapper',
      Cart: 'CartMapper',
      CartLine: 'CartLineMapper',
      PaymentCharge: 'PaymentChargeMapper',
      PaymentAlert: 'PaymentAlertMapper',
      PaymentProviderAccount: 'PaymentProviderAccountMapper',
      PaymentProviderSettings: 'PaymentProviderSettingsMapper',
    },
  },
  couriers: {
    context: 'CouriersContext',
    mappers: {
      Courier: 'CourierMapper',
      Delivery: 'DeliveryMapper',
      DeliveryChange: 'DeliveryChangeMapper',
      DeliveryStatusChange: 'DeliveryStatusChangeMapper',
      CourierPosition: 'CourierPositionMapper',
      Order: 'OrderMapper',
    },
  },
  reports: {
    context: 'ReportsContext',
    mappers: {
      Expense: 'ExpenseMapper',
      ExpenseCategory: 'ExpenseCategoryMapper',
      ShiftReportRow: 'ShiftReportRowMapper',
    },
  },
};

const SCALARS = {
  Money: { input: 'number', output: 'number | string' },
  DateTime: { input: 'Date', output: 'Date | string' },
  Date: { input: 'string', output: 'string' },
};

/** Typed documents for the tests' operations, checked against the public (API) schema. */
const OPERATIONS = {
  'gateway/test/__generated__/operations.ts': {
    schema: 'schema/api-schema.graphql',
    documents: 'subgraphs/*/test/operations/*.graphql',
    plugins: ['typescript-operations', 'typed-document-node'],
    config: { useTypeImports: true, enumsAsTypes: true, scalars: SCALARS, avoidOptionals: { field: true } },
  },
};

const config: CodegenConfig = {
  overwrite: true,
  generates: {
    ...OPERATIONS,
    ...Object.fromEntries(
      Object.entries(SUBGRAPHS).map(([name, sub]) => [
        `subgraphs/${name}/src/__generated__/resolvers-types.ts`,
        {
          schema: [`subgraphs/${name}/${name}.graphql`, 'subgraphs/kit/federation-directives.graphql'],
          plugins: ['typescript', 'typescript-resolvers'],
          config: {
            federation: true,
            useTypeImports: true,
            enumsAsTypes: true,
            contextType: `../context#${sub.context}`,
            mapperTypeSuffix: '',
            mappers: Object.fromEntries(Object.entries(sub.mappers).map(([t, m]) => [t, `../mappers#${m}`])),
            scalars: SCALARS,
            resolverTypeWrapperSignature: 'Promise<T> | T',
            avoidOptionals: false,
          },
        },
      ]),
    ),
  },
};

export default config;
