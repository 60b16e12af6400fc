import { badInput, getOwned, hasScope, op, type Viewer } from '@pos/kit';
import type { OrderDoc, OrderStatus, OrdersModels } from '../models';

export interface OrderFilter {
  branchId?: string | null;
  cashierId?: string | null;
  customerId?: string | null;
  status?: OrderStatus | null;
  from?: string | null;
  to?: string | null;
}

export interface OrderPage {
  nodes: OrderDoc[];
  endCursor: string | null;
  hasNextPage: boolean;
}

const MAX_PAGE = 200;

/**
 * Reading orders. Staff without `sales:read-all` see only the orders they rang up; another
 * merchant's order reads exactly like a missing one.
 */
export class OrderQueryService {
  constructor(
    private readonly models: OrdersModels,
    private readonly viewer: Viewer,
  ) {}

  private get visibility() {
    const { merchantId, userId } = this.viewer;
    return hasScope(this.viewer, 'sales:read-all') ? { merchantId } : { merchantId, cashierId: userId };
  }

  async byId(id: string): Promise<OrderDoc | null> {
    const order = await getOwned<OrderDoc>(this.models.orders, id, this.viewer.merchantId);
    const { cashierId } = this.visibility as { cashierId?: string };
    return order && (!cashierId || order.cashierId === cashierId) ? order : null;
  }

  async byNumber(number: string): Promise<OrderDoc | null> {
    return this.models.orders.findOne({ ...this.visibility, number }).lean<OrderDoc>();
  }

  /** Newest first; the cursor is the last order's id (ids grow with creation time). */
  async list(filter: OrderFilter, first: number, after?: string | null): Promise<OrderPage> {
    if (first < 1 || first > MAX_PAGE) throw badInput(`first must be between 1 and ${MAX_PAGE}`, 'first');
    const query: Record<string, unknown> = { ...this.visibility };
    if (filter.branchId) query.branchId = filter.branchId;
    if (filter.cashierId) {
      if ('cashierId' in query && query.cashierId !== filter.cashierId)
        return { nodes: [], endCursor: null, hasNextPage: false };
      query.cashierId = filter.cashierId;
    }
    if (filter.customerId) query.customerId = filter.customerId;
    // Abandoned checkouts are not sales: listed only when asked for by status.
    query.status = filter.status ?? op({ $in: ['COMPLETED', 'VOIDED'] });
    if (filter.from || filter.to)
      query.businessDate = op({
        ...(filter.from ? { $gte: filter.from } : {}),
        ...(filter.to ? { $lte: filter.to } : {}),
      });
    if (after) query._id = op({ $lt: after });
    const rows = await this.models.orders
      .find(query)
      .sort({ _id: -1 })
      .limit(first + 1)
      .lean<OrderDoc[]>();
    const nodes = rows.slice(0, first);
    return { nodes, endCursor: nodes.at(-1)?._id ?? null, hasNextPage: rows.length > first };
  }
}
