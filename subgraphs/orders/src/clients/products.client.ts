import { badInput, forbidden, SubgraphClient } from '@pos/kit';
import type { CallContext, PricedLine, ProductsPort, ReserveOutcome, ShortLine } from '../services/ports';
import type { ClientSecrets } from './users.client';

const QUOTE = /* GraphQL */ `
  query Quote($input: QuoteInput!) {
    quote(input: $input) {
      __typename
      ... on Quote {
        lines {
          productId sku name categoryId unitName quantity baseQuantity unitPrice priceOverridden
          gross lineDiscount orderDiscount tax total netRevenue cost
        }
      }
      ... on ProductNotForSale { message productIds }
    }
  }
`;
const RESERVE = /* GraphQL */ `
  mutation Reserve($input: ReserveStockInput!) {
    reserveStock(input: $input) {
      __typename
      ... on OutOfStock { lines { product { id } requested available } }
    }
  }
`;
const RELEASE = `mutation Release($input: ReleaseStockInput!) { releaseStock(input: $input) { replayed } }`;
const RETURN = `mutation Return($input: ReturnStockInput!) { returnStock(input: $input) { replayed } }`;

type MoneyFields =
  | 'unitPrice'
  | 'gross'
  | 'lineDiscount'
  | 'orderDiscount'
  | 'tax'
  | 'total'
  | 'netRevenue'
  | 'cost';
type WireLine = Omit<PricedLine, MoneyFields> & Record<MoneyFields, string>;
type QuoteResult =
  | { __typename: 'Quote'; lines: WireLine[] }
  | { __typename: 'ProductNotForSale'; message: string };
type ReserveResult =
  | { __typename: 'OrderStockChange' }
  | { __typename: 'ReservationReleased' }
  | { __typename: 'OutOfStock'; lines: { product: { id: string }; requested: number; available: number }[] };

/**
 * The products subgraph's pricing and internal stock mutations, called directly with the
 * internal secret (they are `@inaccessible` at the gateway). `merchantId` is explicit in the
 * stock calls because the recovery job has no user token.
 */
export class ProductsClient implements ProductsPort {
  constructor(
    private readonly url: () => string | undefined,
    private readonly secrets: ClientSecrets,
    private readonly timeoutMs: number,
  ) {}

  private request<T>(call: CallContext, query: string, input: object): Promise<T> {
    const url = this.url();
    if (!url) throw new Error('products subgraph URL is not configured');
    return new SubgraphClient('products', url, this.secrets, this.timeoutMs).request<T>(
      query,
      { input },
      { token: call.token, ...(call.requestId ? { requestId: call.requestId } : {}) },
    );
  }

  async quote(call: CallContext, req: Parameters<ProductsPort['quote']>[1]): Promise<PricedLine[]> {
    const { quote } = await this.request<{ quote: QuoteResult }>(call, QUOTE, {
      branchId: req.branchId,
      ...(req.customerId ? { customerId: req.customerId } : {}),
      ...(req.at ? { at: req.at.toISOString() } : {}),
      lines: req.lines.map((l) => ({
        ...(l.productId ? { productId: l.productId } : {}),
        ...(l.barcode ? { barcode: l.barcode } : {}),
        ...(l.unit ? { unit: l.unit } : {}),
        quantity: l.quantity,
        ...(l.discount ? { discount: discount(l.discount) } : {}),
        ...(l.priceOverride != null ? { priceOverride: String(l.priceOverride) } : {}),
      })),
      ...(req.orderDiscount ? { orderDiscount: discount(req.orderDiscount) } : {}),
    }).catch(rethrowInputErrors);
    if (quote.__typename === 'ProductNotForSale') throw badInput(quote.message, 'lines');
    return quote.lines.map((l) => ({
      ...l,
      unitPrice: Number(l.unitPrice),
      gross: Number(l.gross),
      lineDiscount: Number(l.lineDiscount),
      orderDiscount: Number(l.orderDiscount),
      tax: Number(l.tax),
      total: Number(l.total),
      netRevenue: Number(l.netRevenue),
      cost: Number(l.cost),
    }));
  }

  async reserve(call: CallContext, input: Parameters<ProductsPort['reserve']>[1]): Promise<ReserveOutcome> {
    const { reserveStock: r } = await this.request<{ reserveStock: ReserveResult }>(call, RESERVE, {
      merchantId: call.merchantId,
      ...input,
      ...(input.at ? { at: input.at.toISOString() } : {}),
    });
    if (r.__typename === 'OrderStockChange') return { ok: true };
    // Released before it was made: the order is being cancelled; nothing was taken.
    if (r.__typename === 'ReservationReleased') return { ok: false, released: true };
    const short: ShortLine[] = r.lines.map((l) => ({
      productId: l.product.id,
      requested: l.requested,
      available: l.available,
    }));
    return { ok: false, short };
  }

  async release(call: CallContext, input: { orderId: string; step: string }): Promise<void> {
    await this.request(call, RELEASE, { merchantId: call.merchantId, ...input });
  }

  async restock(call: CallContext, input: Parameters<ProductsPort['restock']>[1]): Promise<void> {
    await this.request(call, RETURN, { merchantId: call.merchantId, ...input });
  }
}

function discount(d: { percentBasisPoints?: number | null; amount?: number | null }) {
  return d.amount != null ? { amount: String(d.amount) } : { percentBasisPoints: d.percentBasisPoints };
}

/** Products refusing our input (unknown barcode, bad unit) is the cashier's input error, not an outage. */
function rethrowInputErrors(err: unknown): never {
  const codes = (err as { codes?: string[] }).codes ?? [];
  const message = (err as Error).message ?? 'Invalid sale lines';
  if (codes.includes('BAD_USER_INPUT') || codes.includes('NOT_FOUND'))
    throw badInput(message.replace(/^products: /, ''), 'lines');
  if (codes.includes('FORBIDDEN')) throw forbidden(message.replace(/^products: /, ''));
  throw err;
}
