/** Selling: checkout, offline sync, held bills, receipts, voids and refunds. */
import { graphql } from '../../__generated__';

export const OrderFields = graphql(`
  fragment OrderFields on Order {
    id
    number
    status
    refundStatus
    offline
    clientId
    occurredAt
    refundedAmount
    customer {
      id
      name
    }
    lines {
      id
      name
      unitName
      quantity
      unitPrice
      lineDiscount
      orderDiscount
      total
      refundedQuantity
    }
    payments {
      method
      amount
      tendered
      change
      reference
      points
    }
    totals {
      gross
      lineDiscount
      orderDiscount
      tax
      total
      rounding
      payable
      paid
      change
    }
    unsettledPayments {
      method
      amount
      code
      reason
    }
  }
`);

export const CheckoutDocument = graphql(`
  mutation Checkout($input: CheckoutInput!) {
    checkout(input: $input) {
      __typename
      ... on Order {
        ...OrderFields
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);

export const SyncOfflineSalesDocument = graphql(`
  mutation SyncOfflineSales($input: SyncOfflineSalesInput!) {
    syncOfflineSales(input: $input) {
      __typename
      ... on SyncOfflineSalesPayload {
        accepted
        duplicates
        results {
          clientId
          duplicate
          order {
            id
            number
            totals {
              payable
              change
            }
          }
          rejection {
            code
            message
            retryable
          }
        }
      }
    }
  }
`);

export const RecentOrdersDocument = graphql(`
  query RecentOrders($filter: OrderFilter!, $first: Int!) {
    orders(filter: $filter, first: $first) {
      nodes {
        ...OrderFields
      }
    }
  }
`);

export const OrderByNumberDocument = graphql(`
  query OrderByNumber($number: String!) {
    orderByNumber(number: $number) {
      ...OrderFields
    }
  }
`);

export const VoidOrderDocument = graphql(`
  mutation VoidOrder($input: VoidOrderInput!) {
    voidOrder(input: $input) {
      __typename
      ... on Order {
        ...OrderFields
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);

export const RefundOrderDocument = graphql(`
  mutation RefundOrder($input: RefundOrderInput!) {
    refundOrder(input: $input) {
      __typename
      ... on Refund {
        id
        amount
        method
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);

export const OrderDocumentLinkDocument = graphql(`
  mutation OrderDocumentLink($orderId: ID!, $layout: OrderDocumentLayout!) {
    createOrderDocumentLink(orderId: $orderId, layout: $layout) {
      __typename
      ... on DownloadLink {
        url
        expiresAt
      }
    }
  }
`);

export const CartFields = graphql(`
  fragment CartFields on Cart {
    id
    label
    status
    updatedAt
    customer {
      id
      name
      phone
      points
      credit {
        balance
        limit
        available
      }
    }
    lines {
      id
      product {
        id
      }
      unitName
      quantity
      total
    }
    totals {
      total
    }
  }
`);

export const CreateCartDocument = graphql(`
  mutation CreateCart($input: CreateCartInput!) {
    createCart(input: $input) {
      __typename
      ... on Cart {
        id
      }
    }
  }
`);

export const AddCartLineDocument = graphql(`
  mutation AddCartLine($cartId: ID!, $line: SaleLineInput!) {
    addCartLine(cartId: $cartId, line: $line) {
      __typename
      ... on Cart {
        id
      }
    }
  }
`);

export const SetCartOrderDiscountDocument = graphql(`
  mutation SetCartOrderDiscount($cartId: ID!, $discount: DiscountInput) {
    setCartOrderDiscount(cartId: $cartId, discount: $discount) {
      __typename
      ... on Cart {
        id
      }
    }
  }
`);

export const HoldCartDocument = graphql(`
  mutation HoldCart($cartId: ID!, $label: String) {
    holdCart(cartId: $cartId, label: $label) {
      __typename
      ... on Cart {
        ...CartFields
      }
    }
  }
`);

export const HeldCartsDocument = graphql(`
  query HeldCarts($branchId: ID!) {
    heldCarts(branchId: $branchId) {
      ...CartFields
    }
  }
`);

export const ResumeCartDocument = graphql(`
  mutation ResumeCart($cartId: ID!, $deviceId: String!) {
    resumeCart(cartId: $cartId, deviceId: $deviceId) {
      __typename
      ... on Cart {
        ...CartFields
      }
    }
  }
`);

export const DiscardCartDocument = graphql(`
  mutation DiscardCart($cartId: ID!) {
    discardCart(cartId: $cartId) {
      __typename
      ... on Cart {
        id
      }
    }
  }
`);
