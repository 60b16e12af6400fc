/**
 * Sign-in and the device's staff roster. Results are unions: each document selects its success
 * type and `... on ErrorResult { code message }`, which `api/results.ts` reads generically.
 */
import { graphql } from '../../__generated__';

export const SessionFields = graphql(`
  fragment SessionFields on AuthPayload {
    accessToken
    accessTokenExpiresAt
    refreshToken
    refreshTokenExpiresAt
    user {
      id
      name
      username
      role
    }
  }
`);

export const LoginDocument = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      __typename
      ... on AuthPayload {
        ...SessionFields
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);

export const PinLoginDocument = graphql(`
  mutation PinLogin($input: PinLoginInput!) {
    loginWithPin(input: $input) {
      __typename
      ... on AuthPayload {
        ...SessionFields
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);

export const RefreshDocument = graphql(`
  mutation Refresh($input: RefreshTokenInput!) {
    refreshToken(input: $input) {
      __typename
      ... on AuthPayload {
        ...SessionFields
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);

export const LogoutDocument = graphql(`
  mutation Logout {
    logout {
      __typename
      ... on LoggedOut {
        ok
      }
    }
  }
`);

export const MeDocument = graphql(`
  query Me {
    me {
      id
      name
      username
      role
      permissions {
        effective
      }
      merchant {
        id
        name
        slug
        currency
        timeZone
        cashRoundingUnit
        branches {
          id
          name
          code
        }
      }
    }
  }
`);

export const RosterDocument = graphql(`
  query Roster($branchId: ID!) {
    staff(filter: { branchId: $branchId }, first: 100) {
      nodes {
        id
        name
        username
        role
        active
        hasPin
      }
    }
  }
`);
