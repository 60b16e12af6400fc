/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    user {\n      id\n      name\n      username\n      role\n    }\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on AuthPayload {\n        ...SessionFields\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation PinLogin($input: PinLoginInput!) {\n    loginWithPin(input: $input) {\n      __typename\n      ... on AuthPayload {\n        ...SessionFields\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": typeof types.PinLoginDocument,
    "\n  mutation Refresh($input: RefreshTokenInput!) {\n    refreshToken(input: $input) {\n      __typename\n      ... on AuthPayload {\n        ...SessionFields\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": typeof types.RefreshDocument,
    "\n  mutation Logout {\n    logout {\n      __typename\n      ... on LoggedOut {\n        ok\n      }\n    }\n  }\n": typeof types.LogoutDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      username\n      role\n      permissions {\n        effective\n      }\n      merchant {\n        id\n        name\n        slug\n        currency\n        timeZone\n        cashRoundingUnit\n        branches {\n          id\n          name\n          code\n        }\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  query Roster($branchId: ID!) {\n    staff(filter: { branchId: $branchId }, first: 100) {\n      nodes {\n        id\n        name\n        username\n        role\n        active\n        hasPin\n      }\n    }\n  }\n": typeof types.RosterDocument,
    "\n  fragment CatalogProductFields on Product {\n    id\n    sku\n    name\n    status\n    imageUrl\n    category {\n      id\n    }\n    units {\n      name\n      factor\n      price\n      barcode\n      isBase\n    }\n  }\n": typeof types.CatalogProductFieldsFragmentDoc,
    "\n  query CatalogPage($first: Int!, $after: String, $branchId: ID!, $withStock: Boolean!) {\n    products(first: $first, after: $after) {\n      nodes {\n        ...CatalogProductFields\n        stock(branchId: $branchId) @include(if: $withStock) {\n          balance\n          low\n        }\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n": typeof types.CatalogPageDocument,
    "\n  query ProductByBarcode($barcode: String!) {\n    productByBarcode(barcode: $barcode) {\n      product {\n        ...CatalogProductFields\n      }\n      unit {\n        name\n        factor\n        price\n        barcode\n        isBase\n      }\n    }\n  }\n": typeof types.ProductByBarcodeDocument,
    "\n  query Categories {\n    categories {\n      id\n      name\n      position\n      path\n    }\n  }\n": typeof types.CategoriesDocument,
    "\n  query Quote($input: QuoteInput!) {\n    quote(input: $input) {\n      __typename\n      ... on Quote {\n        gross\n        lineDiscount\n        orderDiscount\n        tax\n        total\n        taxEnabled\n        lines {\n          productId\n          unitName\n          quantity\n          unitPrice\n          listUnitPrice\n          lineDiscount\n          total\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": typeof types.QuoteDocument,
    "\n  subscription LowStockAlerts($branchId: ID!) {\n    lowStockAlerts(branchId: $branchId) {\n      kind\n      balance\n      threshold\n      entrySeq\n      at\n      product {\n        id\n        name\n        sku\n      }\n    }\n  }\n": typeof types.LowStockAlertsDocument,
    "\n  query CustomerByPhone($phone: String!) {\n    customerByPhone(phone: $phone) {\n      id\n      name\n      phone\n      tier\n      points\n      credit {\n        balance\n        limit\n        available\n      }\n    }\n  }\n": typeof types.CustomerByPhoneDocument,
    "\n  query Loyalty {\n    loyaltySettings {\n      redeemValuePerPoint\n    }\n  }\n": typeof types.LoyaltyDocument,
    "\n  fragment OrderFields on Order {\n    id\n    number\n    status\n    refundStatus\n    offline\n    clientId\n    occurredAt\n    refundedAmount\n    customer {\n      id\n      name\n    }\n    lines {\n      id\n      name\n      unitName\n      quantity\n      unitPrice\n      lineDiscount\n      orderDiscount\n      total\n      refundedQuantity\n    }\n    payments {\n      method\n      amount\n      tendered\n      change\n      reference\n      points\n    }\n    totals {\n      gross\n      lineDiscount\n      orderDiscount\n      tax\n      total\n      rounding\n      payable\n      paid\n      change\n    }\n    unsettledPayments {\n      method\n      amount\n      code\n      reason\n    }\n  }\n": typeof types.OrderFieldsFragmentDoc,
    "\n  mutation Checkout($input: CheckoutInput!) {\n    checkout(input: $input) {\n      __typename\n      ... on Order {\n        ...OrderFields\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": typeof types.CheckoutDocument,
    "\n  mutation SyncOfflineSales($input: SyncOfflineSalesInput!) {\n    syncOfflineSales(input: $input) {\n      __typename\n      ... on SyncOfflineSalesPayload {\n        accepted\n        duplicates\n        results {\n          clientId\n          duplicate\n          order {\n            id\n            number\n            totals {\n              payable\n              change\n            }\n          }\n          rejection {\n            code\n            message\n            retryable\n          }\n        }\n      }\n    }\n  }\n": typeof types.SyncOfflineSalesDocument,
    "\n  query RecentOrders($filter: OrderFilter!, $first: Int!) {\n    orders(filter: $filter, first: $first) {\n      nodes {\n        ...OrderFields\n      }\n    }\n  }\n": typeof types.RecentOrdersDocument,
    "\n  query OrderByNumber($number: String!) {\n    orderByNumber(number: $number) {\n      ...OrderFields\n    }\n  }\n": typeof types.OrderByNumberDocument,
    "\n  mutation VoidOrder($input: VoidOrderInput!) {\n    voidOrder(input: $input) {\n      __typename\n      ... on Order {\n        ...OrderFields\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": typeof types.VoidOrderDocument,
    "\n  mutation RefundOrder($input: RefundOrderInput!) {\n    refundOrder(input: $input) {\n      __typename\n      ... on Refund {\n        id\n        amount\n        method\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": typeof types.RefundOrderDocument,
    "\n  mutation OrderDocumentLink($orderId: ID!, $layout: OrderDocumentLayout!) {\n    createOrderDocumentLink(orderId: $orderId, layout: $layout) {\n      __typename\n      ... on DownloadLink {\n        url\n        expiresAt\n      }\n    }\n  }\n": typeof types.OrderDocumentLinkDocument,
    "\n  fragment CartFields on Cart {\n    id\n    label\n    status\n    updatedAt\n    customer {\n      id\n      name\n      phone\n      points\n      credit {\n        balance\n        limit\n        available\n      }\n    }\n    lines {\n      id\n      product {\n        id\n      }\n      unitName\n      quantity\n      total\n    }\n    totals {\n      total\n    }\n  }\n": typeof types.CartFieldsFragmentDoc,
    "\n  mutation CreateCart($input: CreateCartInput!) {\n    createCart(input: $input) {\n      __typename\n      ... on Cart {\n        id\n      }\n    }\n  }\n": typeof types.CreateCartDocument,
    "\n  mutation AddCartLine($cartId: ID!, $line: SaleLineInput!) {\n    addCartLine(cartId: $cartId, line: $line) {\n      __typename\n      ... on Cart {\n        id\n      }\n    }\n  }\n": typeof types.AddCartLineDocument,
    "\n  mutation SetCartOrderDiscount($cartId: ID!, $discount: DiscountInput) {\n    setCartOrderDiscount(cartId: $cartId, discount: $discount) {\n      __typename\n      ... on Cart {\n        id\n      }\n    }\n  }\n": typeof types.SetCartOrderDiscountDocument,
    "\n  mutation HoldCart($cartId: ID!, $label: String) {\n    holdCart(cartId: $cartId, label: $label) {\n      __typename\n      ... on Cart {\n        ...CartFields\n      }\n    }\n  }\n": typeof types.HoldCartDocument,
    "\n  query HeldCarts($branchId: ID!) {\n    heldCarts(branchId: $branchId) {\n      ...CartFields\n    }\n  }\n": typeof types.HeldCartsDocument,
    "\n  mutation ResumeCart($cartId: ID!, $deviceId: String!) {\n    resumeCart(cartId: $cartId, deviceId: $deviceId) {\n      __typename\n      ... on Cart {\n        ...CartFields\n      }\n    }\n  }\n": typeof types.ResumeCartDocument,
    "\n  mutation DiscardCart($cartId: ID!) {\n    discardCart(cartId: $cartId) {\n      __typename\n      ... on Cart {\n        id\n      }\n    }\n  }\n": typeof types.DiscardCartDocument,
    "\n  fragment ShiftFields on Shift {\n    id\n    status\n    deviceId\n    openingFloat\n    openedAt\n    cashSales\n    cashRefunds\n    cashIn\n    cashOut\n    expectedCash\n    countedCash\n    variance\n    closedAt\n    branch {\n      id\n    }\n  }\n": typeof types.ShiftFieldsFragmentDoc,
    "\n  query CurrentShift($deviceId: String!) {\n    currentShift(deviceId: $deviceId) {\n      ...ShiftFields\n    }\n  }\n": typeof types.CurrentShiftDocument,
    "\n  mutation OpenShift($input: OpenShiftInput!) {\n    openShift(input: $input) {\n      __typename\n      ... on Shift {\n        ...ShiftFields\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": typeof types.OpenShiftDocument,
    "\n  mutation CloseShift($input: CloseShiftInput!) {\n    closeShift(input: $input) {\n      __typename\n      ... on Shift {\n        ...ShiftFields\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": typeof types.CloseShiftDocument,
    "\n  mutation CashMovement($input: CashMovementInput!) {\n    recordCashMovement(input: $input) {\n      __typename\n      ... on CashMovement {\n        id\n        kind\n        amount\n        reason\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": typeof types.CashMovementDocument,
};
const documents: Documents = {
    "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    user {\n      id\n      name\n      username\n      role\n    }\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on AuthPayload {\n        ...SessionFields\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation PinLogin($input: PinLoginInput!) {\n    loginWithPin(input: $input) {\n      __typename\n      ... on AuthPayload {\n        ...SessionFields\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": types.PinLoginDocument,
    "\n  mutation Refresh($input: RefreshTokenInput!) {\n    refreshToken(input: $input) {\n      __typename\n      ... on AuthPayload {\n        ...SessionFields\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": types.RefreshDocument,
    "\n  mutation Logout {\n    logout {\n      __typename\n      ... on LoggedOut {\n        ok\n      }\n    }\n  }\n": types.LogoutDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      username\n      role\n      permissions {\n        effective\n      }\n      merchant {\n        id\n        name\n        slug\n        currency\n        timeZone\n        cashRoundingUnit\n        branches {\n          id\n          name\n          code\n        }\n      }\n    }\n  }\n": types.MeDocument,
    "\n  query Roster($branchId: ID!) {\n    staff(filter: { branchId: $branchId }, first: 100) {\n      nodes {\n        id\n        name\n        username\n        role\n        active\n        hasPin\n      }\n    }\n  }\n": types.RosterDocument,
    "\n  fragment CatalogProductFields on Product {\n    id\n    sku\n    name\n    status\n    imageUrl\n    category {\n      id\n    }\n    units {\n      name\n      factor\n      price\n      barcode\n      isBase\n    }\n  }\n": types.CatalogProductFieldsFragmentDoc,
    "\n  query CatalogPage($first: Int!, $after: String, $branchId: ID!, $withStock: Boolean!) {\n    products(first: $first, after: $after) {\n      nodes {\n        ...CatalogProductFields\n        stock(branchId: $branchId) @include(if: $withStock) {\n          balance\n          low\n        }\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n": types.CatalogPageDocument,
    "\n  query ProductByBarcode($barcode: String!) {\n    productByBarcode(barcode: $barcode) {\n      product {\n        ...CatalogProductFields\n      }\n      unit {\n        name\n        factor\n        price\n        barcode\n        isBase\n      }\n    }\n  }\n": types.ProductByBarcodeDocument,
    "\n  query Categories {\n    categories {\n      id\n      name\n      position\n      path\n    }\n  }\n": types.CategoriesDocument,
    "\n  query Quote($input: QuoteInput!) {\n    quote(input: $input) {\n      __typename\n      ... on Quote {\n        gross\n        lineDiscount\n        orderDiscount\n        tax\n        total\n        taxEnabled\n        lines {\n          productId\n          unitName\n          quantity\n          unitPrice\n          listUnitPrice\n          lineDiscount\n          total\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": types.QuoteDocument,
    "\n  subscription LowStockAlerts($branchId: ID!) {\n    lowStockAlerts(branchId: $branchId) {\n      kind\n      balance\n      threshold\n      entrySeq\n      at\n      product {\n        id\n        name\n        sku\n      }\n    }\n  }\n": types.LowStockAlertsDocument,
    "\n  query CustomerByPhone($phone: String!) {\n    customerByPhone(phone: $phone) {\n      id\n      name\n      phone\n      tier\n      points\n      credit {\n        balance\n        limit\n        available\n      }\n    }\n  }\n": types.CustomerByPhoneDocument,
    "\n  query Loyalty {\n    loyaltySettings {\n      redeemValuePerPoint\n    }\n  }\n": types.LoyaltyDocument,
    "\n  fragment OrderFields on Order {\n    id\n    number\n    status\n    refundStatus\n    offline\n    clientId\n    occurredAt\n    refundedAmount\n    customer {\n      id\n      name\n    }\n    lines {\n      id\n      name\n      unitName\n      quantity\n      unitPrice\n      lineDiscount\n      orderDiscount\n      total\n      refundedQuantity\n    }\n    payments {\n      method\n      amount\n      tendered\n      change\n      reference\n      points\n    }\n    totals {\n      gross\n      lineDiscount\n      orderDiscount\n      tax\n      total\n      rounding\n      payable\n      paid\n      change\n    }\n    unsettledPayments {\n      method\n      amount\n      code\n      reason\n    }\n  }\n": types.OrderFieldsFragmentDoc,
    "\n  mutation Checkout($input: CheckoutInput!) {\n    checkout(input: $input) {\n      __typename\n      ... on Order {\n        ...OrderFields\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": types.CheckoutDocument,
    "\n  mutation SyncOfflineSales($input: SyncOfflineSalesInput!) {\n    syncOfflineSales(input: $input) {\n      __typename\n      ... on SyncOfflineSalesPayload {\n        accepted\n        duplicates\n        results {\n          clientId\n          duplicate\n          order {\n            id\n            number\n            totals {\n              payable\n              change\n            }\n          }\n          rejection {\n            code\n            message\n            retryable\n          }\n        }\n      }\n    }\n  }\n": types.SyncOfflineSalesDocument,
    "\n  query RecentOrders($filter: OrderFilter!, $first: Int!) {\n    orders(filter: $filter, first: $first) {\n      nodes {\n        ...OrderFields\n      }\n    }\n  }\n": types.RecentOrdersDocument,
    "\n  query OrderByNumber($number: String!) {\n    orderByNumber(number: $number) {\n      ...OrderFields\n    }\n  }\n": types.OrderByNumberDocument,
    "\n  mutation VoidOrder($input: VoidOrderInput!) {\n    voidOrder(input: $input) {\n      __typename\n      ... on Order {\n        ...OrderFields\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": types.VoidOrderDocument,
    "\n  mutation RefundOrder($input: RefundOrderInput!) {\n    refundOrder(input: $input) {\n      __typename\n      ... on Refund {\n        id\n        amount\n        method\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": types.RefundOrderDocument,
    "\n  mutation OrderDocumentLink($orderId: ID!, $layout: OrderDocumentLayout!) {\n    createOrderDocumentLink(orderId: $orderId, layout: $layout) {\n      __typename\n      ... on DownloadLink {\n        url\n        expiresAt\n      }\n    }\n  }\n": types.OrderDocumentLinkDocument,
    "\n  fragment CartFields on Cart {\n    id\n    label\n    status\n    updatedAt\n    customer {\n      id\n      name\n      phone\n      points\n      credit {\n        balance\n        limit\n        available\n      }\n    }\n    lines {\n      id\n      product {\n        id\n      }\n      unitName\n      quantity\n      total\n    }\n    totals {\n      total\n    }\n  }\n": types.CartFieldsFragmentDoc,
    "\n  mutation CreateCart($input: CreateCartInput!) {\n    createCart(input: $input) {\n      __typename\n      ... on Cart {\n        id\n      }\n    }\n  }\n": types.CreateCartDocument,
    "\n  mutation AddCartLine($cartId: ID!, $line: SaleLineInput!) {\n    addCartLine(cartId: $cartId, line: $line) {\n      __typename\n      ... on Cart {\n        id\n      }\n    }\n  }\n": types.AddCartLineDocument,
    "\n  mutation SetCartOrderDiscount($cartId: ID!, $discount: DiscountInput) {\n    setCartOrderDiscount(cartId: $cartId, discount: $discount) {\n      __typename\n      ... on Cart {\n        id\n      }\n    }\n  }\n": types.SetCartOrderDiscountDocument,
    "\n  mutation HoldCart($cartId: ID!, $label: String) {\n    holdCart(cartId: $cartId, label: $label) {\n      __typename\n      ... on Cart {\n        ...CartFields\n      }\n    }\n  }\n": types.HoldCartDocument,
    "\n  query HeldCarts($branchId: ID!) {\n    heldCarts(branchId: $branchId) {\n      ...CartFields\n    }\n  }\n": types.HeldCartsDocument,
    "\n  mutation ResumeCart($cartId: ID!, $deviceId: String!) {\n    resumeCart(cartId: $cartId, deviceId: $deviceId) {\n      __typename\n      ... on Cart {\n        ...CartFields\n      }\n    }\n  }\n": types.ResumeCartDocument,
    "\n  mutation DiscardCart($cartId: ID!) {\n    discardCart(cartId: $cartId) {\n      __typename\n      ... on Cart {\n        id\n      }\n    }\n  }\n": types.DiscardCartDocument,
    "\n  fragment ShiftFields on Shift {\n    id\n    status\n    deviceId\n    openingFloat\n    openedAt\n    cashSales\n    cashRefunds\n    cashIn\n    cashOut\n    expectedCash\n    countedCash\n    variance\n    closedAt\n    branch {\n      id\n    }\n  }\n": types.ShiftFieldsFragmentDoc,
    "\n  query CurrentShift($deviceId: String!) {\n    currentShift(deviceId: $deviceId) {\n      ...ShiftFields\n    }\n  }\n": types.CurrentShiftDocument,
    "\n  mutation OpenShift($input: OpenShiftInput!) {\n    openShift(input: $input) {\n      __typename\n      ... on Shift {\n        ...ShiftFields\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": types.OpenShiftDocument,
    "\n  mutation CloseShift($input: CloseShiftInput!) {\n    closeShift(input: $input) {\n      __typename\n      ... on Shift {\n        ...ShiftFields\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": types.CloseShiftDocument,
    "\n  mutation CashMovement($input: CashMovementInput!) {\n    recordCashMovement(input: $input) {\n      __typename\n      ... on CashMovement {\n        id\n        kind\n        amount\n        reason\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": types.CashMovementDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    user {\n      id\n      name\n      username\n      role\n    }\n  }\n"): (typeof documents)["\n  fragment SessionFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    user {\n      id\n      name\n      username\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on AuthPayload {\n        ...SessionFields\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on AuthPayload {\n        ...SessionFields\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PinLogin($input: PinLoginInput!) {\n    loginWithPin(input: $input) {\n      __typename\n      ... on AuthPayload {\n        ...SessionFields\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PinLogin($input: PinLoginInput!) {\n    loginWithPin(input: $input) {\n      __typename\n      ... on AuthPayload {\n        ...SessionFields\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Refresh($input: RefreshTokenInput!) {\n    refreshToken(input: $input) {\n      __typename\n      ... on AuthPayload {\n        ...SessionFields\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Refresh($input: RefreshTokenInput!) {\n    refreshToken(input: $input) {\n      __typename\n      ... on AuthPayload {\n        ...SessionFields\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout {\n      __typename\n      ... on LoggedOut {\n        ok\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout {\n      __typename\n      ... on LoggedOut {\n        ok\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      name\n      username\n      role\n      permissions {\n        effective\n      }\n      merchant {\n        id\n        name\n        slug\n        currency\n        timeZone\n        cashRoundingUnit\n        branches {\n          id\n          name\n          code\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      name\n      username\n      role\n      permissions {\n        effective\n      }\n      merchant {\n        id\n        name\n        slug\n        currency\n        timeZone\n        cashRoundingUnit\n        branches {\n          id\n          name\n          code\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Roster($branchId: ID!) {\n    staff(filter: { branchId: $branchId }, first: 100) {\n      nodes {\n        id\n        name\n        username\n        role\n        active\n        hasPin\n      }\n    }\n  }\n"): (typeof documents)["\n  query Roster($branchId: ID!) {\n    staff(filter: { branchId: $branchId }, first: 100) {\n      nodes {\n        id\n        name\n        username\n        role\n        active\n        hasPin\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CatalogProductFields on Product {\n    id\n    sku\n    name\n    status\n    imageUrl\n    category {\n      id\n    }\n    units {\n      name\n      factor\n      price\n      barcode\n      isBase\n    }\n  }\n"): (typeof documents)["\n  fragment CatalogProductFields on Product {\n    id\n    sku\n    name\n    status\n    imageUrl\n    category {\n      id\n    }\n    units {\n      name\n      factor\n      price\n      barcode\n      isBase\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogPage($first: Int!, $after: String, $branchId: ID!, $withStock: Boolean!) {\n    products(first: $first, after: $after) {\n      nodes {\n        ...CatalogProductFields\n        stock(branchId: $branchId) @include(if: $withStock) {\n          balance\n          low\n        }\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n"): (typeof documents)["\n  query CatalogPage($first: Int!, $after: String, $branchId: ID!, $withStock: Boolean!) {\n    products(first: $first, after: $after) {\n      nodes {\n        ...CatalogProductFields\n        stock(branchId: $branchId) @include(if: $withStock) {\n          balance\n          low\n        }\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductByBarcode($barcode: String!) {\n    productByBarcode(barcode: $barcode) {\n      product {\n        ...CatalogProductFields\n      }\n      unit {\n        name\n        factor\n        price\n        barcode\n        isBase\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProductByBarcode($barcode: String!) {\n    productByBarcode(barcode: $barcode) {\n      product {\n        ...CatalogProductFields\n      }\n      unit {\n        name\n        factor\n        price\n        barcode\n        isBase\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Categories {\n    categories {\n      id\n      name\n      position\n      path\n    }\n  }\n"): (typeof documents)["\n  query Categories {\n    categories {\n      id\n      name\n      position\n      path\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Quote($input: QuoteInput!) {\n    quote(input: $input) {\n      __typename\n      ... on Quote {\n        gross\n        lineDiscount\n        orderDiscount\n        tax\n        total\n        taxEnabled\n        lines {\n          productId\n          unitName\n          quantity\n          unitPrice\n          listUnitPrice\n          lineDiscount\n          total\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  query Quote($input: QuoteInput!) {\n    quote(input: $input) {\n      __typename\n      ... on Quote {\n        gross\n        lineDiscount\n        orderDiscount\n        tax\n        total\n        taxEnabled\n        lines {\n          productId\n          unitName\n          quantity\n          unitPrice\n          listUnitPrice\n          lineDiscount\n          total\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LowStockAlerts($branchId: ID!) {\n    lowStockAlerts(branchId: $branchId) {\n      kind\n      balance\n      threshold\n      entrySeq\n      at\n      product {\n        id\n        name\n        sku\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription LowStockAlerts($branchId: ID!) {\n    lowStockAlerts(branchId: $branchId) {\n      kind\n      balance\n      threshold\n      entrySeq\n      at\n      product {\n        id\n        name\n        sku\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerByPhone($phone: String!) {\n    customerByPhone(phone: $phone) {\n      id\n      name\n      phone\n      tier\n      points\n      credit {\n        balance\n        limit\n        available\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerByPhone($phone: String!) {\n    customerByPhone(phone: $phone) {\n      id\n      name\n      phone\n      tier\n      points\n      credit {\n        balance\n        limit\n        available\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Loyalty {\n    loyaltySettings {\n      redeemValuePerPoint\n    }\n  }\n"): (typeof documents)["\n  query Loyalty {\n    loyaltySettings {\n      redeemValuePerPoint\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderFields on Order {\n    id\n    number\n    status\n    refundStatus\n    offline\n    clientId\n    occurredAt\n    refundedAmount\n    customer {\n      id\n      name\n    }\n    lines {\n      id\n      name\n      unitName\n      quantity\n      unitPrice\n      lineDiscount\n      orderDiscount\n      total\n      refundedQuantity\n    }\n    payments {\n      method\n      amount\n      tendered\n      change\n      reference\n      points\n    }\n    totals {\n      gross\n      lineDiscount\n      orderDiscount\n      tax\n      total\n      rounding\n      payable\n      paid\n      change\n    }\n    unsettledPayments {\n      method\n      amount\n      code\n      reason\n    }\n  }\n"): (typeof documents)["\n  fragment OrderFields on Order {\n    id\n    number\n    status\n    refundStatus\n    offline\n    clientId\n    occurredAt\n    refundedAmount\n    customer {\n      id\n      name\n    }\n    lines {\n      id\n      name\n      unitName\n      quantity\n      unitPrice\n      lineDiscount\n      orderDiscount\n      total\n      refundedQuantity\n    }\n    payments {\n      method\n      amount\n      tendered\n      change\n      reference\n      points\n    }\n    totals {\n      gross\n      lineDiscount\n      orderDiscount\n      tax\n      total\n      rounding\n      payable\n      paid\n      change\n    }\n    unsettledPayments {\n      method\n      amount\n      code\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Checkout($input: CheckoutInput!) {\n    checkout(input: $input) {\n      __typename\n      ... on Order {\n        ...OrderFields\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Checkout($input: CheckoutInput!) {\n    checkout(input: $input) {\n      __typename\n      ... on Order {\n        ...OrderFields\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SyncOfflineSales($input: SyncOfflineSalesInput!) {\n    syncOfflineSales(input: $input) {\n      __typename\n      ... on SyncOfflineSalesPayload {\n        accepted\n        duplicates\n        results {\n          clientId\n          duplicate\n          order {\n            id\n            number\n            totals {\n              payable\n              change\n            }\n          }\n          rejection {\n            code\n            message\n            retryable\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SyncOfflineSales($input: SyncOfflineSalesInput!) {\n    syncOfflineSales(input: $input) {\n      __typename\n      ... on SyncOfflineSalesPayload {\n        accepted\n        duplicates\n        results {\n          clientId\n          duplicate\n          order {\n            id\n            number\n            totals {\n              payable\n              change\n            }\n          }\n          rejection {\n            code\n            message\n            retryable\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecentOrders($filter: OrderFilter!, $first: Int!) {\n    orders(filter: $filter, first: $first) {\n      nodes {\n        ...OrderFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecentOrders($filter: OrderFilter!, $first: Int!) {\n    orders(filter: $filter, first: $first) {\n      nodes {\n        ...OrderFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderByNumber($number: String!) {\n    orderByNumber(number: $number) {\n      ...OrderFields\n    }\n  }\n"): (typeof documents)["\n  query OrderByNumber($number: String!) {\n    orderByNumber(number: $number) {\n      ...OrderFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoidOrder($input: VoidOrderInput!) {\n    voidOrder(input: $input) {\n      __typename\n      ... on Order {\n        ...OrderFields\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VoidOrder($input: VoidOrderInput!) {\n    voidOrder(input: $input) {\n      __typename\n      ... on Order {\n        ...OrderFields\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefundOrder($input: RefundOrderInput!) {\n    refundOrder(input: $input) {\n      __typename\n      ... on Refund {\n        id\n        amount\n        method\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RefundOrder($input: RefundOrderInput!) {\n    refundOrder(input: $input) {\n      __typename\n      ... on Refund {\n        id\n        amount\n        method\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrderDocumentLink($orderId: ID!, $layout: OrderDocumentLayout!) {\n    createOrderDocumentLink(orderId: $orderId, layout: $layout) {\n      __typename\n      ... on DownloadLink {\n        url\n        expiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OrderDocumentLink($orderId: ID!, $layout: OrderDocumentLayout!) {\n    createOrderDocumentLink(orderId: $orderId, layout: $layout) {\n      __typename\n      ... on DownloadLink {\n        url\n        expiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CartFields on Cart {\n    id\n    label\n    status\n    updatedAt\n    customer {\n      id\n      name\n      phone\n      points\n      credit {\n        balance\n        limit\n        available\n      }\n    }\n    lines {\n      id\n      product {\n        id\n      }\n      unitName\n      quantity\n      total\n    }\n    totals {\n      total\n    }\n  }\n"): (typeof documents)["\n  fragment CartFields on Cart {\n    id\n    label\n    status\n    updatedAt\n    customer {\n      id\n      name\n      phone\n      points\n      credit {\n        balance\n        limit\n        available\n      }\n    }\n    lines {\n      id\n      product {\n        id\n      }\n      unitName\n      quantity\n      total\n    }\n    totals {\n      total\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCart($input: CreateCartInput!) {\n    createCart(input: $input) {\n      __typename\n      ... on Cart {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCart($input: CreateCartInput!) {\n    createCart(input: $input) {\n      __typename\n      ... on Cart {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCartLine($cartId: ID!, $line: SaleLineInput!) {\n    addCartLine(cartId: $cartId, line: $line) {\n      __typename\n      ... on Cart {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddCartLine($cartId: ID!, $line: SaleLineInput!) {\n    addCartLine(cartId: $cartId, line: $line) {\n      __typename\n      ... on Cart {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCartOrderDiscount($cartId: ID!, $discount: DiscountInput) {\n    setCartOrderDiscount(cartId: $cartId, discount: $discount) {\n      __typename\n      ... on Cart {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetCartOrderDiscount($cartId: ID!, $discount: DiscountInput) {\n    setCartOrderDiscount(cartId: $cartId, discount: $discount) {\n      __typename\n      ... on Cart {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HoldCart($cartId: ID!, $label: String) {\n    holdCart(cartId: $cartId, label: $label) {\n      __typename\n      ... on Cart {\n        ...CartFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation HoldCart($cartId: ID!, $label: String) {\n    holdCart(cartId: $cartId, label: $label) {\n      __typename\n      ... on Cart {\n        ...CartFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HeldCarts($branchId: ID!) {\n    heldCarts(branchId: $branchId) {\n      ...CartFields\n    }\n  }\n"): (typeof documents)["\n  query HeldCarts($branchId: ID!) {\n    heldCarts(branchId: $branchId) {\n      ...CartFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeCart($cartId: ID!, $deviceId: String!) {\n    resumeCart(cartId: $cartId, deviceId: $deviceId) {\n      __typename\n      ... on Cart {\n        ...CartFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResumeCart($cartId: ID!, $deviceId: String!) {\n    resumeCart(cartId: $cartId, deviceId: $deviceId) {\n      __typename\n      ... on Cart {\n        ...CartFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiscardCart($cartId: ID!) {\n    discardCart(cartId: $cartId) {\n      __typename\n      ... on Cart {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DiscardCart($cartId: ID!) {\n    discardCart(cartId: $cartId) {\n      __typename\n      ... on Cart {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ShiftFields on Shift {\n    id\n    status\n    deviceId\n    openingFloat\n    openedAt\n    cashSales\n    cashRefunds\n    cashIn\n    cashOut\n    expectedCash\n    countedCash\n    variance\n    closedAt\n    branch {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment ShiftFields on Shift {\n    id\n    status\n    deviceId\n    openingFloat\n    openedAt\n    cashSales\n    cashRefunds\n    cashIn\n    cashOut\n    expectedCash\n    countedCash\n    variance\n    closedAt\n    branch {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurrentShift($deviceId: String!) {\n    currentShift(deviceId: $deviceId) {\n      ...ShiftFields\n    }\n  }\n"): (typeof documents)["\n  query CurrentShift($deviceId: String!) {\n    currentShift(deviceId: $deviceId) {\n      ...ShiftFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenShift($input: OpenShiftInput!) {\n    openShift(input: $input) {\n      __typename\n      ... on Shift {\n        ...ShiftFields\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OpenShift($input: OpenShiftInput!) {\n    openShift(input: $input) {\n      __typename\n      ... on Shift {\n        ...ShiftFields\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseShift($input: CloseShiftInput!) {\n    closeShift(input: $input) {\n      __typename\n      ... on Shift {\n        ...ShiftFields\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CloseShift($input: CloseShiftInput!) {\n    closeShift(input: $input) {\n      __typename\n      ... on Shift {\n        ...ShiftFields\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CashMovement($input: CashMovementInput!) {\n    recordCashMovement(input: $input) {\n      __typename\n      ... on CashMovement {\n        id\n        kind\n        amount\n        reason\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CashMovement($input: CashMovementInput!) {\n    recordCashMovement(input: $input) {\n      __typename\n      ... on CashMovement {\n        id\n        kind\n        amount\n        reason\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;