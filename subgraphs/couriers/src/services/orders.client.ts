import { SubgraphClient } from '@pos/kit';

export interface OrderSummary {
  id: string;
  branchId: string;
  status: string;
  /** What the order still owes (payable minus paid), in minor units. */
  outstanding: number;
}

const ORDER = /* GraphQL */ `
  query ($m: ID!, $id: ID!) { orderSummary(merchantId: $m, id: $id) { id branchId status outstanding } }
`;

/** Asks the orders subgraph, by its internal `orderSummary`, about an order a delivery points at. */
export class OrdersClient {
  private readonly client: SubgraphClient;

  constructor(url: () => string | undefined, secrets: { gatewaySecret: string; internalSecret: string }) {
    this.client = new SubgraphClient('orders', url, secrets);
  }

  /** The merchant's order, or null when it has none with this id. */
  async order(merchantId: string, orderId: string, requestId?: string): Promise<OrderSummary | null> {
    const data = await this.client.request<{
      orderSummary: (Omit<OrderSummary, 'outstanding'> & { outstanding: string }) | null;
    }>(ORDER, { m: merchantId, id: orderId }, requestId ? { requestId } : {});
    const order = data.orderSummary;
    return order && { ...order, outstanding: Number(order.outstanding) };
  }
}
