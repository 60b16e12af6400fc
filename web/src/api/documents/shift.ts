/** The cashier's shift on this device: open with a float, cash in/out, close with counted cash. */
import { graphql } from '../../__generated__';

export const ShiftFields = graphql(`
  fragment ShiftFields on Shift {
    id
    status
    deviceId
    openingFloat
    openedAt
    cashSales
    cashRefunds
    cashIn
    cashOut
    expectedCash
    countedCash
    variance
    closedAt
    branch {
      id
    }
  }
`);

export const CurrentShiftDocument = graphql(`
  query CurrentShift($deviceId: String!) {
    currentShift(deviceId: $deviceId) {
      ...ShiftFields
    }
  }
`);

export const OpenShiftDocument = graphql(`
  mutation OpenShift($input: OpenShiftInput!) {
    openShift(input: $input) {
      __typename
      ... on Shift {
        ...ShiftFields
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);

export const CloseShiftDocument = graphql(`
  mutation CloseShift($input: CloseShiftInput!) {
    closeShift(input: $input) {
      __typename
      ... on Shift {
        ...ShiftFields
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);

export const CashMovementDocument = graphql(`
  mutation CashMovement($input: CashMovementInput!) {
    recordCashMovement(input: $input) {
      __typename
      ... on CashMovement {
        id
        kind
        amount
        reason
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);
