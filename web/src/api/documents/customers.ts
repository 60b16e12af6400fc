/** Customer look-up at the till: points and credit decide what the customer may pay with. */
import { graphql } from '../../__generated__';

export const CustomerByPhoneDocument = graphql(`
  query CustomerByPhone($phone: String!) {
    customerByPhone(phone: $phone) {
      id
      name
      phone
      tier
      points
      credit {
        balance
        limit
        available
      }
    }
  }
`);

export const LoyaltyDocument = graphql(`
  query Loyalty {
    loyaltySettings {
      redeemValuePerPoint
    }
  }
`);
