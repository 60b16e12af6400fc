/**
 * Reports that add up: quantities in base units (a box of 12 is 12, not 1), weekly series, and
 * deliveries dated in the merchant's own time zone (WITA, WIT), not a fixed Jakarta clock.
 */
import { randomBytes } from 'node:crypto';
import {
  ALL_SCOPES,
  type DeliveryStatusChangedPayload,
  type DomainEvent,
  EventTypes,
  type OrderRefundedPayload,
  type SoldLine,
} from '@pos/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoErrors, type Supergraph } from '../../../gateway/test/harness';
import { registerMerchant } from '../../users/test/helpers';
import { B1, C1, completed, line, plain } from './fixtures';
import { publishAll, startReportsSupergraph, tokenFor } from './support';

/** Air mineral: a pcs costs 4,000 (cost 2,500), a box of 12 costs 45,000. */
function water(unit: 'pcs' | 'box', quantity: number, lineId: string): SoldLine {
  const factor = unit === 'box' ? 12 : 1;
  const price = unit === 'box' ? 45_000 : 4_000;
  const gross = quantity * price;
  return {
    lineId,
    productId: 'AQ',
    sku: 'AQ-600',
    name: 'Air Mineral',
    categoryId: 'cat-drink',
    unitName: unit,
    quantity,
    baseQuantity: quantity * factor,
    unitPrice: price,
    gross,
    lineDiscount: 0,
    orderDiscount: 0,
    tax: 0,
    total: gross,
    netRevenue: gross,
    cost: quantity * factor * 2_500,
  };
}

const sale = (m: string, id: string, date: string, lines: SoldLine[]) =>
  plain(
    completed(m, {
      id,
      branchId: B1,
      cashierId: C1,
      businessDate: date,
      completedAt: `${date}T03:00:00Z`,
      lines,
      payments: [['CASH', lines.reduce((t, l) => t + l.total, 0)]],
    }),
  );

describe('top products in base units', () => {
  let sg: Supergraph;
  let token: string;
  const m = randomBytes(12).toString('hex');

  beforeAll(async () => {
    sg = await startReportsSupergraph();
    token = await tokenFor(sg, m, [...ALL_SCOPES]);
    // 1 box + 5 pcs on one sale, 1 box on another: 29 bottles, not "7". Then one box comes back.
    const refund: OrderRefundedPayload = {
      refundId: 'R-AQ',
      orderId: 'S2',
      number: 'INV/S2',
      branchId: B1,
      cashierId: C1,
      refundedBy: C1,
      customerId: null,
      businessDate: '2026-03-04',
      saleBusinessDate: '2026-03-03',
      refundedAt: '2026-03-04T03:00:00Z',
      reason: 'dented',
      lines: [
        {
          lineId: 'S2-box',
          productId: 'AQ',
          quantity: 1,
          baseQuantity: 12,
          amount: 45_000,
          tax: 0,
          netRevenue: 45_000,
          cost: 30_000,
          restocked: false,
        },
      ],
      payments: [{ paymentId: 'R-AQ-p0', method: 'CASH', amount: 45_000 }],
      amount: 45_000,
    };
    const events: DomainEvent[] = [
      sale(m, 'S1', '2026-03-02', [water('box', 1, 'S1-box'), water('pcs', 5, 'S1-pcs')]),
      // The refund names its line: the box, although the same product is also on the pcs line.
      sale(m, 'S2', '2026-03-03', [water('pcs', 3, 'S2-pcs'), water('box', 1, 'S2-box')]),
      sale(m, 'S3', '2026-03-03', [water('box', 1, 'S3-box')]),
      // Kopi Susu: 20 cups, more "units" than the 9 packs of water but fewer base units.
      sale(m, 'S4', '2026-03-03', [line('P1', 20)]),
      {
        id: `${m}:R-AQ:refunded`,
        type: EventTypes.OrderRefunded,
        merchantId: m,
        occurredAt: new Date('2026-03-04T03:00:00Z'),
        payload: { ...refund },
      },
    ];
    await publishAll(sg, events);
  }, 120_000);
  afterAll(() => sg?.close());

  it('adds boxes and pieces in base units, keeps the sold units, and ranks by base units', async () => {
    const { body } = await sg.request<{
      byQuantity: { productId: string; quantity: number; soldUnits: unknown[] }[];
      byCategory: { categoryId: string; quantity: number }[];
    }>(
      `query($f: ReportFilter!) {
        byQuantity: topProducts(filter: $f, by: QUANTITY) { productId quantity net soldUnits { unitName quantity baseQuantity } }
        byCategory: salesByCategory(filter: $f) { categoryId quantity }
      }`,
      { f: { from: '2026-03-01', to: '2026-03-31' } },
      { token },
    );
    const data = expectNoErrors(body);
    // Sold: box 1+1+1 (36) and pcs 5+3 (8) = 44; the refunded box takes 12 back: 32 bottles.
    // Net: 3 x 45,000 + 8 x 4,000 - 45,000 = 122,000.
    expect(data.byQuantity).toEqual([
      {
        productId: 'AQ',
        quantity: 32,
        net: '122000',
        soldUnits: [
          { unitName: 'box', quantity: 2, baseQuantity: 24 },
          { unitName: 'pcs', quantity: 8, baseQuantity: 8 },
        ],
      },
      {
        productId: 'P1',
        quantity: 20,
        net: '300000',
        soldUnits: [{ unitName: 'pcs', quantity: 20, baseQuantity: 20 }],
      },
    ]);
    expect(data.byCategory).toEqual([{ categoryId: 'cat-drink', quantity: 52 }]);
  });

  it('exports the base units with the units they were sold as', async () => {
    const { body } = await sg.request<{ createReportExport: { url: string } }>(
      'mutation($f: ReportFilter!) { createReportExport(report: TOP_PRODUCTS, format: CSV, filter: $f) { ... on DownloadLink { url } } }',
      { f: { from: '2026-03-01', to: '2026-03-31' } },
      { token },
    );
    const res = await fetch(new URL(expectNoErrors(body).createReportExport.url, sg.gatewayUrl));
    const text = await res.text();
    expect(text.split('\n')[0]).toContain('Quantity,Sold as');
    expect(text).toContain('AQ-600,Air Mineral,cat-drink,32,"2 box, 8 pcs",122000');
  });

  it('groups a sales series by ISO week', async () => {
    const w = randomBytes(12).toString('hex');
    const owner = await tokenFor(sg, w, [...ALL_SCOPES]);
    await publishAll(sg, [
      sale(w, 'W1', '2026-03-01', [line('P3', 1)]), // Sunday: 2026-W09
      sale(w, 'W2', '2026-03-02', [line('P3', 2)]), // Monday: 2026-W10
      sale(w, 'W3', '2026-03-08', [line('P3', 3)]), // Sunday: 2026-W10
      sale(w, 'W4', '2026-03-09', [line('P3', 4)]), // Monday: 2026-W11
    ]);
    const { body } = await sg.request<{
      salesSummary: { series: { period: string; net: string; orders: number }[]; totals: { net: string } };
    }>(
      'query($f: ReportFilter!) { salesSummary(filter: $f, groupBy: WEEK) { series { period net orders } totals { net } } }',
      { f: { from: '2026-03-01', to: '2026-03-15' } },
      { token: owner },
    );
    expect(expectNoErrors(body).salesSummary).toEqual({
      series: [
        { period: '2026-W09', net: '2000', orders: 1 },
        { period: '2026-W10', net: '10000', orders: 2 },
        { period: '2026-W11', net: '8000', orders: 1 },
      ],
      totals: { net: '20000' },
    });
  });
});

describe('delivery dates in the merchant time zone', () => {
  let sg: Supergraph;
  beforeAll(async () => {
    sg = await startReportsSupergraph();
  }, 120_000);
  afterAll(() => sg?.close());

  /** A delivery done at 16:30 UTC: 23:30 in Jakarta, already 00:30 the next day in Makassar. */
  const done = (m: string): DomainEvent => {
    const payload: DeliveryStatusChangedPayload = {
      deliveryId: 'D1',
      orderId: 'O1',
      branchId: 'b',
      courierId: 'K1',
      from: 'DELIVERING',
      to: 'DONE',
      at: '2026-03-01T16:30:00Z',
      promisedAt: '2026-03-01T16:00:00Z',
      deliveryMinutes: 40,
      late: true,
      cashCollected: 0,
    };
    return {
      id: `${m}:D1:3`,
      type: EventTypes.DeliveryStatusChanged,
      merchantId: m,
      occurredAt: new Date(payload.at),
      payload: { ...payload },
    };
  };

  const doneOn = async (token: string, date: string) => {
    const { body } = await sg.request<{ courierPerformance: { done: number }[]; lateDeliveries: unknown[] }>(
      `query($f: ReportFilter!) {
        courierPerformance(filter: $f) { courierId done }
        lateDeliveries(filter: $f) { deliveryId minutesLate }
      }`,
      { f: { from: date, to: date } },
      { token },
    );
    return expectNoErrors(body);
  };

  it('books a WITA merchant delivery done at 00:30 WITA on that day, not the Jakarta day before', async () => {
    const { session, merchant } = await registerMerchant(sg, { timeZone: 'Asia/Makassar' });
    const m = merchant.id;
    const token = await tokenFor(sg, m, ['reports:read'], { userId: session.user.id });
    await publishAll(sg, [done(m)]);
    expect(await doneOn(token, '2026-03-02')).toEqual({
      courierPerformance: [{ courierId: 'K1', done: 1 }],
      lateDeliveries: [{ deliveryId: 'D1', minutesLate: 30 }],
    });
    expect(await doneOn(token, '2026-03-01')).toEqual({ courierPerformance: [], lateDeliveries: [] });
  });

  it('keeps a WIB merchant delivery on the Jakarta day', async () => {
    const { session, merchant } = await registerMerchant(sg);
    const m = merchant.id;
    const token = await tokenFor(sg, m, ['reports:read'], { userId: session.user.id });
    await publishAll(sg, [done(m)]);
    expect((await doneOn(token, '2026-03-01')).courierPerformance).toEqual([{ courierId: 'K1', done: 1 }]);
    expect((await doneOn(token, '2026-03-02')).courierPerformance).toEqual([]);
  });
});
