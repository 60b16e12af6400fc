/** Payments e2e helpers: the supergraph with orders charging through a local Midtrans simulator. */
import { expect } from 'vitest';
import { expectNoErrors } from '../../../gateway/test/harness';
import {
  MidtransSimulator,
  type SimulatedAccount,
  simulatedAccount,
} from '../src/payments/midtrans/simulator';
import type { PaymentsOptions } from '../src/payments/setup';
import type { OrdersOptions } from '../src/server';
import { type OrdersHarness, startOrdersHarness } from './helpers';

export interface PaymentsHarness extends OrdersHarness {
  sim: MidtransSimulator;
  platform: SimulatedAccount;
  /** The gateway's public webhook URL. */
  webhookUrl: string;
}

/** The simulator, and the supergraph with the simulator's platform account for orders. */
export async function startPaymentsHarness(
  payments: Partial<PaymentsOptions> = {},
  tuning: Partial<OrdersOptions> = {},
): Promise<PaymentsHarness> {
  const platform = simulatedAccount();
  const sim = await new MidtransSimulator({ accounts: [platform], retryMs: 50 }).start();
  const h = await startOrdersHarness({
    recoveryIntervalMs: 300,
    ...tuning,
    payments: {
      platform: {
        serverKey: platform.serverKey,
        merchantCode: platform.merchantCode,
        environment: 'SANDBOX',
      },
      apiUrl: sim.url,
      notificationUrl: null,
      expirySeconds: 900,
      graceMs: 200,
      encryptionKey: null,
      retryMs: 500,
      ...payments,
    },
  });
  const webhookUrl = `${h.sg.gatewayUrl}/webhooks/midtrans`;
  sim.notificationUrl = webhookUrl;
  return {
    ...h,
    sim,
    platform,
    webhookUrl,
    async close() {
      await h.close();
      await sim.close();
    },
  };
}

export const PAYMENT_FIELDS = /* GraphQL */ `
  id method amount status paidAt reference
  charge { provider chargeId transactionId account channel qrString qrImageUrl deeplinkUrl expiresAt
           alerts { kind reportedAmount providerStatus message } }
`;

export const ORDER_PAYMENT_FIELDS = /* GraphQL */ `
  id number status paymentStatus paymentDueAt cancelReason refundStatus refundedAmount
  totals { total payable paid }
  lines { id quantity total }
  payments { ${PAYMENT_FIELDS} }
  refunds { id amount status method }
`;

export interface ChargeView {
  provider: string;
  chargeId: string;
  transactionId: string | null;
  account: string;
  channel: string;
  qrString: string | null;
  qrImageUrl: string | null;
  deeplinkUrl: string | null;
  expiresAt: string | null;
  alerts: { kind: string; reportedAmount: string; providerStatus: string; message: string }[];
}

export interface PaymentView {
  id: string;
  method: string;
  amount: string;
  status: string;
  paidAt: string | null;
  reference: string | null;
  charge: ChargeView | null;
}

export interface OrderView {
  __typename: string;
  id: string;
  number: string | null;
  status: string;
  paymentStatus: string;
  paymentDueAt: string | null;
  cancelReason: string | null;
  refundStatus: string;
  refundedAmount: string;
  totals: { total: string; payable: string; paid: string };
  lines: { id: string; quantity: number; total: string }[];
  payments: PaymentView[];
  refunds: { id: string; amount: string; status: string; method: string }[];
  code?: string;
  message?: string;
  orderId?: string;
}

export const PAY_CHECKOUT = /* GraphQL */ `
  mutation ($input: CheckoutInput!) {
    checkout(input: $input) {
      __typename
      ... on Order { ${ORDER_PAYMENT_FIELDS} }
      ... on CheckoutFailed { orderId }
      ... on ErrorResult { code message }
    }
  }
`;

export const ORDER_QUERY = /* GraphQL */ `
  query ($id: ID!) { order(id: $id) { __typename ${ORDER_PAYMENT_FIELDS} } }
`;

export const CHECK_PAYMENT = /* GraphQL */ `
  mutation ($id: ID!) {
    checkPaymentStatus(orderId: $id) {
      __typename
      ... on Order { ${ORDER_PAYMENT_FIELDS} }
      ... on NotFound { entity }
      ... on ErrorResult { code message }
    }
  }
`;

export const CANCEL_PAYMENT = /* GraphQL */ `
  mutation ($id: ID!) {
    cancelPendingPayment(orderId: $id) {
      __typename
      ... on Order { ${ORDER_PAYMENT_FIELDS} }
      ... on NotFound { entity }
      ... on ErrorResult { code message }
    }
  }
`;

export const REFUND = /* GraphQL */ `
  mutation ($input: RefundOrderInput!) {
    refundOrder(input: $input) {
      __typename
      ... on Refund { id amount status method lines { lineId quantity amount restocked } }
      ... on RefundExceedsPaid { refundable }
      ... on ErrorResult { code message }
    }
  }
`;

export async function payCheckout(h: OrdersHarness, token: string, input: Record<string, unknown>) {
  const { body } = await h.sg.request<{ checkout: OrderView }>(PAY_CHECKOUT, { input }, { token });
  return expectNoErrors(body).checkout;
}

export async function readOrder(h: OrdersHarness, token: string, id: string): Promise<OrderView> {
  const { body } = await h.sg.request<{ order: OrderView | null }>(ORDER_QUERY, { id }, { token });
  const order = expectNoErrors(body).order;
  if (!order) throw new Error(`order ${id} is not readable`);
  return order;
}

/** The one charged payment of a waiting order, with its charge. */
export function chargedPayment(order: OrderView): PaymentView & { charge: ChargeView } {
  expect(order.__typename, JSON.stringify(order)).toBe('Order');
  const payment = order.payments.find((p) => p.charge);
  if (!payment?.charge) throw new Error(`no charged payment on ${JSON.stringify(order)}`);
  return payment as PaymentView & { charge: ChargeView };
}
