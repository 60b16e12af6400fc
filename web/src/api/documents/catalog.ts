/** The catalog the till sells from (cached in IndexedDB for offline use) and the server's prices. */
import { graphql } from '../../__generated__';

export const CatalogProductFields = graphql(`
  fragment CatalogProductFields on Product {
    id
    sku
    name
    status
    imageUrl
    category {
      id
    }
    units {
      name
      factor
      price
      barcode
      isBase
    }
  }
`);

export const CatalogPageDocument = graphql(`
  query CatalogPage($first: Int!, $after: String, $branchId: ID!, $withStock: Boolean!) {
    products(first: $first, after: $after) {
      nodes {
        ...CatalogProductFields
        stock(branchId: $branchId) @include(if: $withStock) {
          balance
          low
        }
      }
      endCursor
      hasNextPage
    }
  }
`);

export const ProductByBarcodeDocument = graphql(`
  query ProductByBarcode($barcode: String!) {
    productByBarcode(barcode: $barcode) {
      product {
        ...CatalogProductFields
      }
      unit {
        name
        factor
        price
        barcode
        isBase
      }
    }
  }
`);

export const CategoriesDocument = graphql(`
  query Categories {
    categories {
      id
      name
      position
      path
    }
  }
`);

export const QuoteDocument = graphql(`
  query Quote($input: QuoteInput!) {
    quote(input: $input) {
      __typename
      ... on Quote {
        gross
        lineDiscount
        orderDiscount
        tax
        total
        taxEnabled
        lines {
          productId
          unitName
          quantity
          unitPrice
          listUnitPrice
          lineDiscount
          total
        }
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);

export const LowStockAlertsDocument = graphql(`
  subscription LowStockAlerts($branchId: ID!) {
    lowStockAlerts(branchId: $branchId) {
      kind
      balance
      threshold
      entrySeq
      at
      product {
        id
        name
        sku
      }
    }
  }
`);
