import { readFileSync } from 'node:fs';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { buildSchema, parse, validate } from 'graphql';
import * as postmanCollection from './gateway/src/dev/postman-collection';
import { readmeOperations } from './gateway/src/dev/readme-examples';
import { printSubgraphSdl } from './subgraphs/kit/src/sdl';

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
      Permissions: 'PermissionsMapper',
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
      ShortStockLine: 'ShortLineMapper',
      Customer: 'CustomerMapper',
      Cart: 'CartMapper',
      CartLine: 'CartLineMapper',
      CourierHandover: 'CourierHandoverMapper',
      CourierCash: 'CourierCashMapper',
      CourierCashCollection: 'CourierCashCollectionMapper',
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
      CashBook: 'CashBookMapper',
      CashBookDay: 'CashBookDayMapper',
      CashBookLine: 'CashBookLineMapper',
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

const API_SCHEMA = 'schema/api-schema.graphql';

/**
 * README operations that are valid against the public schema. One that is not (the schema changed
 * before the README did) is left out with a warning rather than failing every output of codegen;
 * gateway/test/readme.test.ts fails on it.
 */
function validReadmeOperations() {
  const schema = buildSchema(readFileSync(API_SCHEMA, 'utf8'));
  return readmeOperations().filter((op) => {
    const errors = validate(schema, parse(op.document));
    if (errors.length)
      console.warn(
        `README example ${op.name} is left out of schema/client/: ${errors.map((e) => e.message).join('; ')}`,
      );
    return errors.length === 0;
  });
}
const README_OPERATIONS = validReadmeOperations();

/**
 * What a client of the supergraph imports (schema/client/): the possible types of every union and
 * interface (Apollo Client's `possibleTypes`, needed for fragments on result unions), typed
 * documents of the README's operations, and those operations as a Postman collection.
 */
const CLIENT = {
  'schema/client/possible-types.json': {
    schema: API_SCHEMA,
    plugins: ['fragment-matcher'],
    config: { apolloClientVersion: 3 },
  },
  'schema/client/readme-operations.ts': {
    schema: API_SCHEMA,
    documents: README_OPERATIONS.map((op) => op.document),
    plugins: ['typescript-operations', 'typed-document-node'],
    config: {
      useTypeImports: true,
      enumsAsTypes: true,
      avoidOptionals: { field: true },
      // What travels in JSON: Money is a string-encoded integer, dates are ISO strings.
      scalars: { Money: 'string', DateTime: 'string', Date: 'string' },
    },
  },
  'schema/client/pos-supergraph.postman_collection.json': {
    schema: API_SCHEMA,
    plugins: ['postman-collection'],
    config: { operations: README_OPERATIONS },
  },
};

/**
 * The web app's typed documents: every operation lives in web/src/api/documents/*.graphql, so a
 * renamed type or field is found there and nowhere else.
 */
const WEB = {
  'web/src/__generated__/operations.ts': {
    schema: 'schema/api-schema.graphql',
    documents: 'web/src/api/documents/*.graphql',
    plugins: ['typescript-operations', 'typed-document-node'],
    config: {
      useTypeImports: true,
      enumsAsTypes: true,
      avoidOptionals: { field: true },
      // Money stays the string the API sends: amounts are never floats in the browser.
      scalars: { Money: 'string', DateTime: 'string', Date: 'string' },
    },
  },
};

const config: CodegenConfig = {
  overwrite: true,
  // The Postman collection is written by the project's own plugin; every other name is a package.
  pluginLoader: (name: string) =>
    name.endsWith('/postman-collection') || name === 'postman-collection'
      ? Promise.resolve(postmanCollection)
      : import(name),
  generates: {
    ...OPERATIONS,
    ...CLIENT,
    ...WEB,
    ...Object.fromEntries(
      Object.entries(SUBGRAPHS).map(([name, sub]) => [
        `subgraphs/${name}/src/__generated__/resolvers-types.ts`,
        {
          // The SDL as the subgraph serves it: with the shared error types it names (subgraphs/kit/errors.graphql).
          schema: [
            printSubgraphSdl(`subgraphs/${name}/${name}.graphql`),
            'subgraphs/kit/federation-directives.graphql',
          ],
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
